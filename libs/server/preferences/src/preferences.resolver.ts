import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Actor } from '@convene/access';
import { DigestFrequency } from '@convene/contracts';
import { CurrentActor, SignedIn } from '@convene/graphql-kit';
import { PreferencesService } from './preferences.service';

registerEnumType(DigestFrequency, { name: 'DigestFrequency', description: 'How often the forum digest comes: DAILY, WEEKLY or OFF.' });

@ObjectType('EmailPreferences', { description: 'Which optional emails the signed-in person gets. Invitations and password resets always come.' })
export class EmailPreferencesModel {
  @Field({ description: 'Agenda packs, agenda updates and (for coordinators) unpublished-agenda reminders.' }) agenda!: boolean;
  @Field({ description: 'Minutes circulated for comment, and approved minutes.' }) minutes!: boolean;
  @Field({ description: 'Forum mentions, batched every five minutes.' }) mentions!: boolean;
  @Field({ description: 'Three days before an action of yours is due, and when it is overdue.' }) actionReminders!: boolean;
  @Field(() => DigestFrequency) forumDigest!: DigestFrequency;
  @Field(() => Int, { description: 'Hour of the day (0–23, UK time) the digest comes.' }) digestHour!: number;
  @Field(() => Int, { description: 'Day of the week for weekly digests: 1 = Monday … 7 = Sunday.' }) digestWeekday!: number;
}

@InputType()
export class EmailPreferencesInput {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() agenda?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() minutes?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() mentions?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() actionReminders?: boolean | null;
  @Field(() => DigestFrequency, { nullable: true }) @IsOptional() @IsEnum(DigestFrequency) forumDigest?: DigestFrequency | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(23) digestHour?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(7) digestWeekday?: number | null;
}

@SignedIn()
@Resolver(() => EmailPreferencesModel)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @Query(() => EmailPreferencesModel, { description: 'Your email preferences.' })
  emailPreferences(@CurrentActor() actor: Actor): Promise<EmailPreferencesModel> {
    return this.preferences.get(actor.personId);
  }

  @Mutation(() => EmailPreferencesModel, { description: 'Changes the fields you give; the rest stay as they are.' })
  updateEmailPreferences(@CurrentActor() actor: Actor, @Args('input') input: EmailPreferencesInput): Promise<EmailPreferencesModel> {
    return this.preferences.update(actor.personId, input);
  }
}
