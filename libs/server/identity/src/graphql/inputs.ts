import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PartnershipRole } from '@convene/contracts';
import { PageArgs, SingleLine } from '@convene/graphql-kit';
import { OrganisationKind } from '../entities';

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(320) email!: string;
  @Field() @IsString() @MaxLength(200) password!: string;
  @Field(() => ID, { nullable: true, description: 'Which partnership to sign into, if you belong to several.' })
  @IsOptional() @IsUUID() partnershipId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  /** No length rule: every unusable token must get the same answer, which the service gives. */
  @Field() @IsString() token!: string;
  @Field(() => String, { nullable: true, description: 'Needed for link invitations.' })
  @IsOptional() @IsEmail() @MaxLength(320) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Needed when creating a new account.' })
  @IsOptional() @IsString() @Length(1, 120) @SingleLine() name?: string | null;
  @Field(() => String, { nullable: true, description: 'For a forum invitation: the organisation you work for, as you would write it (up to 200 characters).' })
  @IsOptional() @IsString() @MaxLength(200) @SingleLine() organisation?: string | null;
  @Field({ description: 'A new password (at least 10 characters), or your existing one if you already have an account.' })
  @IsString() @MaxLength(200) password!: string;
}

@InputType()
export class InviteByEmailInput {
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field(() => PartnershipRole, { defaultValue: PartnershipRole.MEMBER }) @IsEnum(PartnershipRole) role: PartnershipRole = PartnershipRole.MEMBER;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Also adds them to this forum when they accept. Forum moderators may invite members to their forum.' }) @IsOptional() @IsUUID() forumId?: string | null;
}

@InputType()
export class CreateInvitationLinkInput {
  @Field(() => PartnershipRole, { defaultValue: PartnershipRole.MEMBER }) @IsEnum(PartnershipRole) role: PartnershipRole = PartnershipRole.MEMBER;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Also adds them to this forum when they accept. Forum moderators may invite members to their forum.' }) @IsOptional() @IsUUID() forumId?: string | null;
  @Field(() => Int, { defaultValue: 1, description: 'How many people may use the link (1–1000).' }) @IsInt() @Min(1) @Max(1000) maxUses = 1;
  @Field(() => Int, { nullable: true, description: 'Days until the link expires (1–90).' }) @IsOptional() @IsInt() @Min(1) @Max(90) expiresInDays?: number | null;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() token!: string;
  @Field() @IsString() @MaxLength(200) password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(200) currentPassword!: string;
  @Field() @IsString() @MaxLength(200) newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) @SingleLine() name?: string | null;
  @Field(() => String, { nullable: true, description: 'A BCP 47 language tag such as en, cy, ar, uk.' })
  @IsOptional() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/) preferredLanguage?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) @SingleLine() jobTitle?: string | null;
}

@InputType()
export class OrganisationInput {
  @Field() @IsString() @Length(2, 200) @SingleLine() name!: string;
  @Field(() => OrganisationKind) @IsEnum(OrganisationKind) kind!: OrganisationKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) area?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true }) themes?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(500) website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) contactEmail?: string | null;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 200) @SingleLine() name?: string;
  @Field(() => OrganisationKind, { nullable: true }) @IsOptional() @IsEnum(OrganisationKind) kind?: OrganisationKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) area?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(60, { each: true }) themes?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(500) website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(320) contactEmail?: string | null;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => PartnershipRole, { nullable: true }) @IsOptional() @IsEnum(PartnershipRole) role?: PartnershipRole | null;
  @Field(() => String, { nullable: true, description: 'Matches name, email or organisation name.' }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() includeDeactivated?: boolean | null;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string | null;
}
