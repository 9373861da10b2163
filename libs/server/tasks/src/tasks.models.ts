import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TaskKind {
  PROPOSALS_TO_DECIDE = 'PROPOSALS_TO_DECIDE',
  AGENDA_TO_PUBLISH = 'AGENDA_TO_PUBLISH',
  MEETING_TO_REPLY = 'MEETING_TO_REPLY',
  MINUTES_TO_COMMENT = 'MINUTES_TO_COMMENT',
  MINUTES_TO_APPROVE = 'MINUTES_TO_APPROVE',
  ACTION_DUE = 'ACTION_DUE',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  INPUTS_CLOSING = 'INPUTS_CLOSING',
  UNREAD_MENTIONS = 'UNREAD_MENTIONS',
}

registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'What is waiting: proposed items to accept or decline, an agenda to publish, a meeting to reply to, circulated minutes to comment on or approve, an action due (in 14 days) or overdue, an inputs thread closing (in 3 days), unread mentions.',
});

@ObjectType('Task', { description: 'Something waiting for the signed-in person, derived from the partnership\'s state: nothing to store or dismiss, it goes when it is done.' })
export class TaskModel {
  @Field(() => TaskKind) kind!: TaskKind;
  @Field({ description: 'What to do, in plain words, e.g. "Decide 2 proposed items".' }) title!: string;
  @Field({ description: 'The group or forum it belongs to.' }) context!: string;
  @Field({ description: 'Where in the web client it is done, e.g. /meetings/<id>#proposals.' }) path!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it is due (the meeting, the pack, the deadline), or the latest mention.' }) dueAt!: Date | null;
  @Field(() => Boolean, { description: 'Past its due time.' }) overdue!: boolean;
  @Field(() => Int, { description: 'How many (proposals, mentions); 1 otherwise.' }) count!: number;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => ID, { description: 'The meeting, minutes, action or thread the task is about.' }) subjectId!: string;
}
