import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CitationKind {
  AGENDA_ITEM = 'AGENDA_ITEM',
  ASSESSMENT_ENTRY = 'ASSESSMENT_ENTRY',
  DECISION = 'DECISION',
  POST = 'POST',
}
registerEnumType(CitationKind, { name: 'CitationKind', description: 'What cites a resource.' });

@ObjectType('ResourceCitation', { description: 'A place in Convene that cites a resource: an agenda item, a sector assessment entry, a decision in minutes or a forum post.' })
export class CitationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) resourceId!: string;
  @Field() resourceTitle!: string;
  @Field({ description: 'The resource’s page (same origin as the web client).' }) resourceUrl!: string;
  @Field(() => CitationKind) kind!: CitationKind;
  @Field({ description: 'What cites it, in words: “Agenda item 3: Housing update (Destitution Steering Group, 12 January 2027)”.' }) label!: string;
  @Field({ description: 'Where it is in the web client.' }) url!: string;
  @Field(() => Boolean, { description: 'An agenda item that takes the resource as one of its papers.' }) asPaper!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@InputType({ description: 'Exactly one of agendaItemId, assessmentEntryId, minutesId (with decisionIndex) or postId.' })
export class CitationInput {
  @Field(() => ID) resourceId!: string;
  @Field(() => ID, { nullable: true }) agendaItemId?: string | null;
  @Field(() => ID, { nullable: true }) assessmentEntryId?: string | null;
  @Field(() => ID, { nullable: true }) minutesId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The decision’s place in the minutes, from 0.' }) decisionIndex?: number | null;
  @Field(() => ID, { nullable: true }) postId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'For an agenda item: take the resource as one of its papers.' }) asPaper?: boolean | null;
}
