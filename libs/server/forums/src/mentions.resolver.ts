import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { mentionCandidates } from './mentions';

@ObjectType('MentionCandidate', { description: 'Someone who can read the forum, to mention in a post: their name and organisation, nothing else.' })
export class MentionCandidateModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) organisation!: string | null;
}

@SignedIn()
@Resolver(() => MentionCandidateModel)
export class MentionsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @Query(() => [MentionCandidateModel], {
    description: 'For the composer\'s @ picker: readers of the forum whose name (or a word of it) starts with `query`, at most `first` (1–20). Only people who may post in the forum can ask.',
  })
  async mentionCandidates(
    @CurrentActor() actor: Actor,
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
  ): Promise<MentionCandidateModel[]> {
    await this.access.assertAccess(actor, Permission.forumPost, forumId, 'Forum');
    const found = await mentionCandidates(this.db, this.access, forumId, query.slice(0, 100), Math.min(Math.max(first, 1), 20));
    // Organisations only for readers of contact details: a forum guest picks by name alone.
    const contact = found.length ? await this.access.requireAccess({ actor, permission: Permission.personContactRead, ids: found.map((c) => c.id) }) : new Set<string>();
    return found.map((c) => (contact.has(c.id) ? c : { ...c, organisation: null }));
  }
}
