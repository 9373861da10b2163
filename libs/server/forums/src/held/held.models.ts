import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PersonalDataKind } from '../guard/personal-data';
import { PostModel } from '../models';

export enum PersonalDataChoiceEnum {
  REDACT = 'REDACT',
  POST_ANYWAY = 'POST_ANYWAY',
  HOLD = 'HOLD',
}
registerEnumType(PersonalDataChoiceEnum, {
  name: 'PersonalDataChoice',
  description: 'REDACT: the server replaces what it found with “[reference removed]”. POST_ANYWAY: with a reason (recorded; held in a HOLD forum). HOLD: for a moderator’s approval.',
});

export enum PersonalDataModeEnum {
  WARN = 'WARN',
  HOLD = 'HOLD',
}
registerEnumType(PersonalDataModeEnum, { name: 'PersonalDataMode', description: 'WARN: the author chooses (remove it, or post anyway with a reason). HOLD: such posts wait for a moderator.' });

registerEnumType(PersonalDataKind, { name: 'PersonalDataKind' });

export enum HeldReasonEnum {
  FIRST_POST = 'FIRST_POST',
  PERSONAL_DATA = 'PERSONAL_DATA',
}
registerEnumType(HeldReasonEnum, { name: 'HeldReason', description: 'FIRST_POST: a new guest’s first posts in the forum. PERSONAL_DATA: the personal-data guard.' });

export enum ApprovalStateEnum {
  WAITING = 'WAITING',
  REJECTED = 'REJECTED',
}
registerEnumType(ApprovalStateEnum, { name: 'ApprovalState' });

@InputType('PersonalDataConsentInput', { description: 'The answer to a PERSONAL_DATA refusal.' })
export class PersonalDataConsentInput {
  @Field(() => PersonalDataChoiceEnum) @IsEnum(PersonalDataChoiceEnum) choice!: PersonalDataChoiceEnum;
  @Field(() => String, { nullable: true, description: 'Why the post must keep it (POST_ANYWAY), up to 500 characters; may not hold personal data itself.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@ObjectType('PostApproval', { description: 'Set while a post waits for a moderator, or after it was not approved; seen by its author and moderators only.' })
export class PostApprovalModel {
  @Field(() => ApprovalStateEnum) state!: ApprovalStateEnum;
  @Field(() => HeldReasonEnum) reason!: HeldReasonEnum;
}

@ObjectType('HeldPost', { description: 'A post waiting for a moderator.' })
export class HeldPostModel {
  @Field(() => PostModel) post!: PostModel;
  @Field() threadTitle!: string;
  @Field(() => HeldReasonEnum) reason!: HeldReasonEnum;
  @Field(() => GraphQLISODateTime) heldAt!: Date;
  @Field(() => [PersonalDataKind], { description: 'What the personal-data guard found (kinds, never values).' }) kinds!: PersonalDataKind[];
  @Field(() => String, { nullable: true, description: 'The author’s reason for posting anyway.' }) authorReason!: string | null;
  @Field(() => ID) forumId!: string;
}
