import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MergeReasonEnum {
  SIMILAR_NAME = 'SIMILAR_NAME',
  SAME_CHARITY_NUMBER = 'SAME_CHARITY_NUMBER',
  SAME_WEBSITE = 'SAME_WEBSITE',
}
registerEnumType(MergeReasonEnum, { name: 'MergeReason', description: 'Why two organisations look like one: names alike (pg_trgm), one charity number, one web domain.' });

@ObjectType('MergeCandidate', { description: 'One side of a proposed merge, with what hangs off it.' })
export class MergeCandidateModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) charityNumber!: string | null;
  @Field(() => Int) services!: number;
  @Field(() => Int) contacts!: number;
  @Field(() => Int) people!: number;
}

@ObjectType('MergeProposal', { description: 'Two organisations that may be one; a coordinator merges or dismisses the pair.' })
export class MergeProposalModel {
  @Field(() => MergeCandidateModel) first!: MergeCandidateModel;
  @Field(() => MergeCandidateModel) second!: MergeCandidateModel;
  @Field(() => [MergeReasonEnum]) reasons!: MergeReasonEnum[];
  @Field(() => Float, { description: 'How alike the names are, 0 to 1.' }) similarity!: number;
}

@ObjectType('OrganisationMerge', { description: 'A merge done: the survivor keeps everything the merged organisation had, until it is undone.' })
export class MergeModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) survivorId!: string;
  @Field(() => String, { nullable: true, description: 'Null once the survivor itself is gone.' }) survivorName!: string | null;
  @Field(() => ID) mergedId!: string;
  @Field() mergedName!: string;
  @Field(() => [MergeReasonEnum]) reasons!: MergeReasonEnum[];
  @Field(() => GraphQLISODateTime) mergedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) undoneAt!: Date | null;
  @Field(() => Int, { description: 'References moved (or kept aside) by the merge.' }) moved!: number;
}
