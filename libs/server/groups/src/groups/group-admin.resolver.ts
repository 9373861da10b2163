import { Args, Field, ID, InputType, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { PartnershipRole } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { actorOf, CurrentActor, loadList, requestLoader, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { InvitationModel, InvitationService, MeModel, PersonModel, toInvitation } from '@convene/identity';
import { GroupRole } from '../enums';
import { GroupMemberModel, GroupModel } from '../models';
import { GroupsService } from './groups.service';

@ObjectType('GroupViewerCan', { description: 'What you may do with a group, as the policy layer decides it; clients show only these actions.' })
export class GroupViewerCanModel {
  @Field({ description: 'Change its name, kind, visibility, cadence and agenda settings.' }) edit!: boolean;
  @Field({ description: 'Add, invite, change and remove members.' }) manageMembers!: boolean;
  @Field({ description: 'Archive or restore it (coordinators and admins).' }) archive!: boolean;
  @Field({ description: 'Create the group’s forum: it has none yet, and you manage the group.' }) createForum!: boolean;
  @Field({ description: 'Propose agenda items, add assessment entries, comment on draft minutes.' }) contribute!: boolean;
}

@InputType()
export class InviteToGroupInput {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field(() => GroupRole, { defaultValue: GroupRole.MEMBER }) @IsEnum(GroupRole) role: GroupRole = GroupRole.MEMBER;
  @Field(() => ID, { nullable: true, description: 'Their organisation, which they also represent in the group.' }) @IsOptional() @IsUUID() organisationId?: string | null;
}

/** The group's screens' questions: what may I do here, who is in it, and who to invite. */
@SignedIn()
@Resolver(() => GroupModel)
export class GroupAdminResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly groupsService: GroupsService,
    private readonly invitations: InvitationService,
  ) {}

  @Mutation(() => GroupModel, { description: 'Coordinators and admins. An archived group is left out of `groups` and no more meetings are planned from its cadence; `archived: false` restores it. Audited.' })
  archiveGroup(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('archived', { defaultValue: true }) archived: boolean, @CurrentActor() actor: Actor): Promise<GroupModel> {
    return this.groupsService.archive(actor, id, archived);
  }

  @Mutation(() => InvitationModel, {
    description: 'Chair, secretary or coordinator: emails a one-use invitation to join the partnership as a member and this group with the role. CONFLICT (with `personId`) when the address already belongs to someone in the partnership: nothing is sent; add them with setGroupMember.',
  })
  async inviteToGroup(@Args('input') input: InviteToGroupInput, @CurrentActor() actor: Actor): Promise<InvitationModel> {
    await this.groupsService.get(actor, input.groupId);
    return toInvitation(
      await this.invitations.inviteByEmail(actor, { email: input.email, role: PartnershipRole.MEMBER, organisationId: input.organisationId ?? null, groupId: input.groupId, groupRole: input.role }),
    );
  }

  @ResolveField(() => GroupViewerCanModel)
  viewerCan(group: GroupModel, _args: unknown, ctx: RequestContext): Promise<GroupViewerCanModel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'group-viewer-can', (ids: readonly string[]) => this.viewerCanOf(actor, ids)).load(group.id);
  }

  private async viewerCanOf(actor: Actor, ids: readonly string[]): Promise<GroupViewerCanModel[]> {
    const [manage, contribute] = await Promise.all([
      this.access.requireAccess({ actor, permission: Permission.groupManage, ids }),
      this.access.requireAccess({ actor, permission: Permission.groupContribute, ids }),
    ]);
    const withForum: { groupId: string }[] = await this.db.query(`SELECT group_id AS "groupId" FROM forum WHERE group_id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
    const hasForum = new Set(withForum.map((r) => r.groupId));
    const archive = this.access.can(actor, Capability.groupArchive);
    return ids.map((id) => ({ edit: manage.has(id), manageMembers: manage.has(id), archive, createForum: manage.has(id) && !hasForum.has(id), contribute: contribute.has(id) }));
  }
}

/** A person's groups, as far as the reader may see them. */
@SignedIn()
@Resolver(() => PersonModel)
export class PersonGroupsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [GroupMemberModel], { description: 'Their places in groups you may see, with the role and the organisation they represent.' })
  groupMemberships(person: PersonModel, _args: unknown, ctx: RequestContext): MaybePromise<GroupMemberModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, 'person-group-memberships', (ids) => this.membershipsOf(actor, ids), person.id);
  }

  async membershipsOf(actor: Actor, personIds: readonly string[]): Promise<Map<string, GroupMemberModel[]>> {
    const found: GroupMemberModel[] = await this.db.query(
      `SELECT gm.id, gm.group_id AS "groupId", gm.person_id AS "personId", gm.role, gm.organisation_id AS "organisationId"
         FROM group_member gm JOIN "group" g ON g.id = gm.group_id
        WHERE gm.person_id = ANY($1::uuid[]) AND g.partnership_id = $2 AND g.archived_at IS NULL ORDER BY g.name`,
      [personIds.filter(isUuid), actor.partnershipId],
    );
    const readable = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: found.map((m) => m.groupId) });
    const byPerson = new Map<string, GroupMemberModel[]>();
    for (const m of found.filter((m) => readable.has(m.groupId))) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
    return byPerson;
  }
}

/** The same on `me`, which is a person too. */
@SignedIn()
@Resolver(() => MeModel)
export class MeGroupsResolver {
  constructor(private readonly people: PersonGroupsResolver) {}

  @ResolveField(() => [GroupMemberModel], { description: 'Your places in groups, with the role and the organisation you represent.' })
  groupMemberships(me: MeModel, _args: unknown, ctx: RequestContext): MaybePromise<GroupMemberModel[]> {
    return this.people.groupMemberships(me, _args, ctx);
  }
}

@SignedIn()
@Resolver(() => GroupMemberModel)
export class GroupMemberGroupResolver {
  constructor(private readonly groupsService: GroupsService) {}

  @ResolveField(() => GroupModel, { nullable: true })
  group(member: GroupMemberModel, _args: unknown, ctx: RequestContext): Promise<GroupModel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'group', (ids: readonly string[]) => this.groupsService.byIds(actor, ids)).load(member.groupId);
  }
}
