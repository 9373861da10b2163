import { Args, Field, ID, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type Actor } from '@convene/access';
import { isUuid } from '@convene/database';
import { actorOf, CurrentActor, requestLoader, SignedIn, UuidPipe, type RequestContext } from '@convene/graphql-kit';
import { loadPerson, MeModel, PeopleService, PersonModel, toPerson } from '@convene/identity';
import { ForumMemberModel, ForumModel } from '../models';
import { FORUM_COLUMNS, type ForumRow } from '../rows';
import { ForumGuestsService, guestFacts } from './guests.service';

@ObjectType('ForumInvitationJoiner', { description: 'A member who joined through a forum invitation, before forum invitations made guests (or made a member since).' })
export class ForumInvitationJoinerModel {
  @Field(() => PersonModel, { nullable: true }) person!: PersonModel | null;
  @Field(() => ForumModel, { nullable: true, description: 'The forum whose invitation they accepted, if it still exists.' }) forum!: ForumRow | null;
  personId!: string;
  forumId!: string | null;
}

/** Coordinators' and moderators' controls over forum guests. */
@SignedIn()
@Resolver()
export class ForumGuestsResolver {
  constructor(
    private readonly guests: ForumGuestsService,
    private readonly people: PeopleService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => [PersonModel], { description: 'Coordinators: the partnership’s forum guests, by name.' })
  async forumGuests(@CurrentActor() actor: Actor): Promise<PersonModel[]> {
    const found = await this.people.byIds(actor, await this.guests.guests(actor));
    return found.flatMap((p) => (p ? [toPerson(p)] : []));
  }

  @Query(() => [ForumInvitationJoinerModel], { description: 'Coordinators: members who joined through a forum invitation, to review (makeForumGuest).' })
  async forumInvitationJoiners(@CurrentActor() actor: Actor): Promise<ForumInvitationJoinerModel[]> {
    const found = await this.guests.joinedThroughForums(actor);
    const forumIds = [...new Set(found.map((r) => r.forumId).filter((id): id is string => !!id && isUuid(id)))];
    const forums: ForumRow[] = forumIds.length ? await this.db.query(`SELECT ${FORUM_COLUMNS} FROM forum f WHERE f.id = ANY($1::uuid[])`, [forumIds]) : [];
    const byId = new Map(forums.map((f) => [f.id, f]));
    return found.map((r) => ({ personId: r.personId, forumId: r.forumId, person: null, forum: (r.forumId && byId.get(r.forumId)) || null }));
  }

  @Mutation(() => ID, { description: 'Coordinators: a forum guest becomes a member of the partnership. Audited; open connections follow at once.' })
  makeGuestMember(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<string> {
    return this.guests.makeMember(actor, personId);
  }

  @Mutation(() => ID, { description: 'Coordinators: a member who joined through a forum invitation becomes a guest of the forums they are in. Audited; open connections leave the rest at once.' })
  makeForumGuest(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<string> {
    return this.guests.makeGuest(actor, personId);
  }

  @Mutation(() => Int, { description: 'Moderators: how many of a new guest’s first posts wait for a moderator’s approval in this forum (0 to 20; 0 holds none).' })
  setForumGuestPostsHeld(@Args('forumId', { type: () => ID }, UuidPipe) forumId: string, @Args('count', { type: () => Int }) count: number, @CurrentActor() actor: Actor): Promise<number> {
    return this.guests.setPostsHeld(actor, forumId, count);
  }
}

@SignedIn()
@Resolver(() => ForumInvitationJoinerModel)
export class ForumInvitationJoinerResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  person(joiner: ForumInvitationJoinerModel, _args: unknown, ctx: RequestContext) {
    return loadPerson(ctx, this.people, joiner.personId);
  }
}

@SignedIn()
@Resolver(() => ForumModel)
export class ForumGuestSettingsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Int, { description: 'How many of a new guest’s first posts wait for a moderator here (0: none).' })
  async guestPostsHeld(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<number> {
    const loader = requestLoader(ctx, 'forum-guest-posts-held', async (ids: readonly string[]) => {
      const found: { id: string; held: number }[] = await this.db.query(`SELECT id, guest_posts_held AS held FROM forum WHERE id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
      const byId = new Map(found.map((r) => [r.id, r.held]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
    return (await loader.load(forum.id)) ?? 0;
  }
}

/** Loads guest facts for people once per request. */
function factsOf(ctx: RequestContext, db: DataSource, access: AccessService, id: string) {
  const actor = actorOf(ctx);
  return requestLoader(ctx, 'guest-facts', async (ids: readonly string[]) => {
    const facts = await guestFacts(db, access, actor, ids.filter(isUuid));
    return ids.map((i) => facts.get(i) ?? null);
  }).load(id);
}

@SignedIn()
@Resolver(() => ForumMemberModel)
export class ForumMemberGuestResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => Boolean, { description: 'A forum guest: in this partnership only for the forums they were invited to.' })
  async guest(member: ForumMemberModel, _args: unknown, ctx: RequestContext): Promise<boolean> {
    return (await factsOf(ctx, this.db, this.access, member.personId))?.guest ?? false;
  }
}

@SignedIn()
@Resolver(() => PersonModel)
export class PersonOrganisationNameResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => String, { nullable: true, description: 'The organisation a forum guest named when joining; shown to those who see contact details, and to the guest.' })
  async organisationName(person: PersonModel, _args: unknown, ctx: RequestContext): Promise<string | null> {
    return (await factsOf(ctx, this.db, this.access, person.id))?.organisationName ?? null;
  }
}

/** The same on `me`: a guest sees the organisation they named. */
@SignedIn()
@Resolver(() => MeModel)
export class MeOrganisationNameResolver {
  constructor(private readonly people: PersonOrganisationNameResolver) {}

  @ResolveField(() => String, { nullable: true, description: 'The organisation you named when joining as a forum guest.' })
  organisationName(me: MeModel, _args: unknown, ctx: RequestContext): Promise<string | null> {
    return this.people.organisationName(me, _args, ctx);
  }
}
