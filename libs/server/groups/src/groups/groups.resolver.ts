import { Args, GraphQLISODateTime, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { badInput } from '@convene/errors';
import { actorOf, CurrentActor, loadList, requestLoader, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { OrganisationModel, OrganisationService, PeopleService, PersonModel, loadOrganisation } from '@convene/identity';
import { GroupRole } from '../enums';
import { MeetingsService } from '../meetings/meetings.service';
import { GroupMemberModel, GroupModel, MeetingModel, TermsOfReferenceModel } from '../models';
import { GroupInput, GroupUpdateInput, TermsInput } from './groups.inputs';
import { GroupsService } from './groups.service';
import { TermsService } from './terms.service';
import { loadPerson } from './mapping';

const DAY = 24 * 3600_000;
/** The widest `meetings` window: a list without a page size must stay bounded. */
const MAX_WINDOW_DAYS = 2 * 366;

@SignedIn()
@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    private readonly groupsService: GroupsService,
    private readonly termsService: TermsService,
    private readonly meetingsService: MeetingsService,
  ) {}

  @Query(() => [GroupModel], { description: 'Groups you may see: your private groups and every group open to the partnership.' })
  groups(@Args('includeArchived', { defaultValue: false, description: 'Also archived groups.' }) includeArchived: boolean, @CurrentActor() actor: Actor): Promise<GroupModel[]> {
    return this.groupsService.list(actor, includeArchived);
  }

  @Query(() => GroupModel)
  group(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<GroupModel> {
    return this.groupsService.get(actor, id);
  }

  @Mutation(() => GroupModel, { description: 'Coordinators and admins. Meetings are planned from the cadence for the next twelve months (see `plannedUntil`).' })
  createGroup(@Args('input') input: GroupInput, @CurrentActor() actor: Actor): Promise<GroupModel> {
    return this.groupsService.create(actor, input);
  }

  @Mutation(() => GroupModel, { description: 'Chair, secretary or coordinator.' })
  updateGroup(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: GroupUpdateInput, @CurrentActor() actor: Actor): Promise<GroupModel> {
    return this.groupsService.update(actor, id, input);
  }

  @Mutation(() => GroupMemberModel, { description: 'Adds a person to the group or changes their role; audited.' })
  setGroupMember(
    @Args('groupId', { type: () => ID }, UuidPipe) groupId: string,
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @Args('role', { type: () => GroupRole }) role: GroupRole,
    @Args('organisationId', { type: () => ID, nullable: true, description: 'The organisation they represent; defaults to their own.' }) organisationId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<GroupMemberModel> {
    return this.groupsService.setMember(actor, groupId, personId, role, organisationId);
  }

  @Mutation(() => Boolean)
  removeGroupMember(@Args('groupId', { type: () => ID }, UuidPipe) groupId: string, @Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.groupsService.removeMember(actor, groupId, personId);
  }

  @Mutation(() => TermsOfReferenceModel, { description: 'A new draft version, starting from the current text.' })
  createTermsDraft(@Args('groupId', { type: () => ID }, UuidPipe) groupId: string, @Args('input', { type: () => TermsInput, nullable: true }) input: TermsInput | null, @CurrentActor() actor: Actor): Promise<TermsOfReferenceModel> {
    return this.termsService.createDraft(actor, groupId, input ?? {});
  }

  @Mutation(() => TermsOfReferenceModel)
  updateTermsDraft(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: TermsInput, @CurrentActor() actor: Actor): Promise<TermsOfReferenceModel> {
    return this.termsService.updateDraft(actor, id, input);
  }

  @Mutation(() => TermsOfReferenceModel, { description: 'DRAFT → PROPOSED.' })
  proposeTerms(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<TermsOfReferenceModel> {
    return this.termsService.propose(actor, id);
  }

  @Mutation(() => TermsOfReferenceModel, { description: 'PROPOSED → APPROVED; the previous version is superseded and kept. Audited.' })
  approveTerms(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<TermsOfReferenceModel> {
    return this.termsService.approve(actor, id);
  }

  @ResolveField(() => [GroupMemberModel])
  members(group: GroupModel, _args: unknown, ctx: RequestContext): MaybePromise<GroupMemberModel[]> {
    return loadList(ctx, 'group-members', (ids) => this.groupsService.members(ids), group.id);
  }

  @ResolveField(() => GroupRole, { nullable: true, description: 'Your role in this group, if you are a member.' })
  myRole(group: GroupModel, _args: unknown, ctx: RequestContext): Promise<GroupRole | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'my-group-role', (ids: readonly string[]) => this.groupsService.myRoles(actor, ids)).load(group.id);
  }

  @ResolveField(() => [TermsOfReferenceModel], { description: 'Every version you may see, newest first (drafts for managers).' })
  async termsHistory(group: GroupModel, _args: unknown, ctx: RequestContext): Promise<TermsOfReferenceModel[]> {
    const actor = actorOf(ctx);
    const loader = requestLoader(ctx, 'group-terms', async (ids: readonly string[]) => {
      const grouped = await this.termsService.ofGroups(actor, ids);
      return ids.map((id) => grouped.get(id) ?? []);
    });
    return (await loader.load(group.id)) ?? [];
  }

  @ResolveField(() => TermsOfReferenceModel, { nullable: true, description: 'The approved version.' })
  async currentTerms(group: GroupModel, _args: unknown, ctx: RequestContext): Promise<TermsOfReferenceModel | null> {
    return (await this.termsHistory(group, undefined, ctx)).find((t) => t.status === 'APPROVED') ?? null;
  }

  @ResolveField(() => [MeetingModel], { description: `Meetings between \`from\` and \`until\` (default: the last 3 months and the next 6), at most ${MAX_WINDOW_DAYS} days apart. Meetings of the cadence after \`plannedUntil\` do not exist yet.` })
  async meetings(
    @Parent() group: GroupModel,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from: Date | null,
    @Args('until', { type: () => GraphQLISODateTime, nullable: true }) until: Date | null,
  ): Promise<MeetingModel[]> {
    const start = from ?? new Date(Date.now() - 92 * DAY);
    const end = until ?? new Date(Date.now() + 186 * DAY);
    if (start > end) throw badInput('`from` must not be after `until`.', { field: 'from' });
    if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY) throw badInput(`Ask for meetings at most ${MAX_WINDOW_DAYS} days apart.`, { field: 'until' });
    return (await this.meetingsService.ofGroups([group.id], start, end)).get(group.id) ?? [];
  }
}

@SignedIn()
@Resolver(() => GroupMemberModel)
export class GroupMemberResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly organisations: OrganisationService,
  ) {}

  @ResolveField(() => PersonModel, { nullable: true })
  person(member: GroupMemberModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, member.personId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation they represent in this group.' })
  organisation(member: GroupMemberModel, _args: unknown, ctx: RequestContext): MaybePromise<OrganisationModel | null> {
    return loadOrganisation(ctx, this.organisations, member.organisationId);
  }
}

@SignedIn()
@Resolver(() => TermsOfReferenceModel)
export class TermsOfReferenceResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who approved this version.' })
  approvedBy(terms: TermsOfReferenceModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, terms.approvedByPersonId);
  }
}
