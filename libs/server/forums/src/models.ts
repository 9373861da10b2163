import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '@convene/identity';

export enum ForumRole {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
}
registerEnumType(ForumRole, { name: 'ForumRole' });

export enum ThreadKind {
  DISCUSSION = 'DISCUSSION',
  INPUTS = 'INPUTS',
}
registerEnumType(ThreadKind, { name: 'ThreadKind', description: 'INPUTS threads collect members’ evidence for an agenda item and lock at the submission deadline.' });

@ObjectType('Forum')
export class ForumModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ID, { nullable: true, description: 'Set when the forum belongs to a group: its members are in the forum.' }) groupId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('ForumMember')
export class ForumMemberModel {
  @Field(() => PersonModel, { nullable: true }) person!: PersonModel | null;
  @Field(() => ForumRole) role!: ForumRole;
  @Field({ description: 'In the forum through its group.' }) viaGroup!: boolean;
  personId!: string;
}

@ObjectType('Thread')
export class ThreadModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) forumId!: string;
  @Field(() => ThreadKind) kind!: ThreadKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) theme!: string | null;
  @Field() pinned!: boolean;
  @Field({ description: 'Locked by a moderator, or past its locksAt.' }) locked!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) locksAt!: Date | null;
  @Field(() => ID, { nullable: true }) agendaItemId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) lastPostAt!: Date;
  createdByPersonId!: string | null;
}

@ObjectType('Post')
export class PostModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) threadId!: string;
  @Field(() => ID) forumId!: string;
  @Field({ description: 'The id the client chose when posting; posting it again returns this post.' }) clientId!: string;
  @Field(() => ID, { nullable: true }) replyToId!: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown as written; null while hidden, except for moderators and the author.' }) bodyMarkdown!: string | null;
  @Field(() => String, { nullable: true, description: 'Sanitised HTML; null while hidden, except for moderators and the author.' }) bodyHtml!: string | null;
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true }) hiddenReason!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) editedAt!: Date | null;
  @Field({ description: 'Position in the thread; pass as `after` to page, or to markThreadRead.' }) position!: string;
  @Field({ description: 'Catch-up cursor: moves on every change.' }) cursor!: string;
  authorPersonId!: string | null;
  heldReason!: 'FIRST_POST' | 'PERSONAL_DATA' | null;
  heldDecision!: 'APPROVED' | 'REJECTED' | null;
}

@ObjectType('PostRevision')
export class PostRevisionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The text before this edit.' }) bodyMarkdown!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('PostReport')
export class PostReportModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) postId!: string;
  @Field(() => ID) threadId!: string;
  @Field({ description: 'The web path to the reported post: /forums/<forumId>/threads/<threadId>#post-<postId>.' }) path!: string;
  @Field() reason!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  reporterPersonId!: string | null;
}

@ObjectType('ThreadPage')
export class ThreadPageModel {
  @Field(() => [ThreadModel]) nodes!: ThreadModel[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('PostPage')
export class PostPageModel {
  @Field(() => [PostModel]) nodes!: PostModel[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType('ForumSearchHit')
export class SearchHitModel {
  @Field(() => ID) postId!: string;
  @Field(() => ID) threadId!: string;
  @Field(() => ID) forumId!: string;
  @Field() threadTitle!: string;
  @Field({ description: 'Escaped text around the matches, which are wrapped in <mark>.' }) snippet!: string;
  @Field(() => Float) rank!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export const PAGE_MAX = 100;
export const clampPage = (first: number) => Math.min(Math.max(Math.trunc(first) || 20, 1), PAGE_MAX);
export { Int };
