import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { DirectoryVisibility } from '@convene/access';
import { SingleLine, Text } from '@convene/graphql-kit';
import { LawfulBasis } from '../taxonomy';

registerEnumType(DirectoryVisibility, { name: 'DirectoryVisibility', description: 'Who sees a contact or one of its fields: anyone, the partnership, or coordinators and admins only.' });

@ObjectType('DirectoryContact', {
  description: 'A contact at an organisation or service. Each of its email and phone has its own visibility; a field you may not see is null, and a contact you may not see is left out.',
})
export class ContactModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
  @Field(() => ID, { nullable: true }) serviceId!: string | null;
  @Field() name!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => DirectoryVisibility) visibility!: DirectoryVisibility;
  @Field(() => DirectoryVisibility, { nullable: true, description: 'Coordinators and admins only.' }) emailVisibility!: DirectoryVisibility | null;
  @Field(() => DirectoryVisibility, { nullable: true, description: 'Coordinators and admins only.' }) phoneVisibility!: DirectoryVisibility | null;
  @Field(() => LawfulBasis, { nullable: true, description: 'Coordinators and admins only.' }) lawfulBasis!: LawfulBasis | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastCheckedAt!: Date | null;
  partnershipId!: string;
  personId!: string | null;
}

@InputType('DirectoryContactInput')
export class ContactInput {
  @Field(() => ID, { nullable: true, description: 'The organisation, or…' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => ID, { nullable: true, description: '…the service (exactly one of the two, when adding).' }) @IsOptional() @IsUUID() serviceId?: string | null;
  @Field() @Text({ max: 200 }) @SingleLine() name!: string;
  @Field({ defaultValue: '' }) @Text({ max: 200, blank: true }) @SingleLine() role!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() phone?: string | null;
  @Field(() => DirectoryVisibility) @IsEnum(DirectoryVisibility) visibility!: DirectoryVisibility;
  @Field(() => DirectoryVisibility, { nullable: true, description: 'Defaults to the contact’s visibility; never wider.' }) @IsOptional() @IsEnum(DirectoryVisibility) emailVisibility?: DirectoryVisibility | null;
  @Field(() => DirectoryVisibility, { nullable: true, description: 'Defaults to the contact’s visibility; never wider.' }) @IsOptional() @IsEnum(DirectoryVisibility) phoneVisibility?: DirectoryVisibility | null;
  @Field(() => LawfulBasis) @IsEnum(LawfulBasis) lawfulBasis!: LawfulBasis;
}
