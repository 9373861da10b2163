import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FoiDataset', { description: 'A signed-off, published version of a campaign’s answers (personal data removed).' })
export class DatasetModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) signedOffAt!: Date;
  @Field(() => String, { nullable: true }) signedOffByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when taken off the public page (by a withdrawal or a newer sign-off).' }) withdrawnAt!: Date | null;
  @Field({ description: 'The public page, while this version is the current one.' }) publicUrl!: string;
}

@ObjectType('FoiPublishing', { description: 'Whether a campaign may be published, and its datasets, newest first.' })
export class PublishingModel {
  @Field(() => ID) campaignId!: string;
  @Field({ description: 'False for drafts and for campaigns whose publication policy is NONE.' }) publishable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why not, in words.' }) notPublishableReason!: string | null;
  @Field(() => [DatasetModel]) datasets!: DatasetModel[];
}

/** What a published page shows: frozen at sign-off, with names, email addresses and telephone numbers removed. */
export interface DatasetContent {
  title: string;
  purpose: string;
  partnershipName: string;
  groupName: string | null;
  requests: number;
  replied: number;
  responseRate: number;
  questions: { number: string; text: string; unit: string; definition: string; summary: string; exactTotalText: string | null; withEstimatesTotalText: string | null }[];
  authorities: { authority: string; status: string; letterSubject: string; letterText: string; answers: { number: string; display: string; note: string; source: string }[] }[];
}
