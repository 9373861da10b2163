import { Field, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, FORUM_GRADES } from '@convene/access';
import { isUuid } from '@convene/database';
import { actorOf, loadList, requestLoader, SignedIn, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { GroupModel } from '@convene/groups';
import { MeModel, PersonModel } from '@convene/identity';
import { gradesOf } from './forums.resolver';
import { ForumModel } from './models';
import { FORUM_COLUMNS, type ForumRow } from './rows';

@ObjectType('ForumViewerCan', { description: 'What you may do in a forum, as the policy layer decides it; clients show only these actions.' })
export class ForumViewerCanModel {
  @Field({ description: 'Start threads and reply (locked threads still refuse).' }) post!: boolean;
  @Field({ description: 'Hide posts, pin and lock threads, see reports.' }) moderate!: boolean;
  @Field({ description: 'Add and remove people and make them moderators.' }) manageMembers!: boolean;
  @Field({ description: 'Invite people by email or with a shareable link.' }) invite!: boolean;
}

@SignedIn()
@Resolver(() => ForumModel)
export class ForumViewerCanResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => ForumViewerCanModel)
  async viewerCan(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<ForumViewerCanModel> {
    const grade = (await gradesOf(ctx, this.access)).get(forum.id) ?? 0;
    const moderate = grade >= FORUM_GRADES.MODERATE;
    return { post: grade >= FORUM_GRADES.POST, moderate, manageMembers: moderate, invite: moderate };
  }
}

/** The group's forum, for readers of both. */
@SignedIn()
@Resolver(() => GroupModel)
export class GroupForumResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => ForumModel, { nullable: true, description: 'The group’s forum, if it has one and you are in it.' })
  async forum(group: GroupModel, _args: unknown, ctx: RequestContext): Promise<ForumRow | null> {
    const grades = await gradesOf(ctx, this.access);
    const row = await requestLoader(ctx, 'group-forum', async (ids: readonly string[]) => {
      const found: ForumRow[] = await this.db.query(`SELECT ${FORUM_COLUMNS} FROM forum f WHERE f.group_id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
      const byGroup = new Map(found.map((f) => [f.groupId, f]));
      return ids.map((id) => byGroup.get(id) ?? null);
    }).load(group.id);
    return row && (grades.get(row.id) ?? 0) >= FORUM_GRADES.READ ? row : null;
  }
}

/** A person's forums, as far as the reader is in them too. */
@SignedIn()
@Resolver(() => PersonModel)
export class PersonForumsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [ForumModel], { description: 'Forums they are in (added, or through a group) that you may read too.' })
  forums(person: PersonModel, _args: unknown, ctx: RequestContext): MaybePromise<ForumRow[]> {
    const actor = actorOf(ctx);
    return loadList(
      ctx,
      'person-forums',
      async (personIds) => {
        const found: (ForumRow & { personId: string })[] = await this.db.query(
          `SELECT ${FORUM_COLUMNS}, x.id AS "personId" FROM unnest($1::uuid[]) AS x(id) JOIN forum f ON f.partnership_id = $2
            WHERE EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = f.id AND fm.person_id = x.id)
               OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = f.group_id AND gm.person_id = x.id
                           AND NOT EXISTS (SELECT 1 FROM forum_exclusion e WHERE e.forum_id = f.id AND e.person_id = x.id))
            ORDER BY f.name`,
          [personIds.filter(isUuid), actor.partnershipId],
        );
        const grades = await gradesOf(ctx, this.access);
        const byPerson = new Map<string, ForumRow[]>();
        for (const { personId, ...forum } of found) {
          if ((grades.get(forum.id) ?? 0) >= FORUM_GRADES.READ) byPerson.set(personId, [...(byPerson.get(personId) ?? []), forum]);
        }
        return byPerson;
      },
      person.id,
    );
  }
}

/** The same on `me`, which is a person too. */
@SignedIn()
@Resolver(() => MeModel)
export class MeForumsResolver {
  constructor(private readonly people: PersonForumsResolver) {}

  @ResolveField(() => [ForumModel], { description: 'Forums you are in, added or through a group.' })
  forums(me: MeModel, _args: unknown, ctx: RequestContext): MaybePromise<ForumRow[]> {
    return this.people.forums(me, _args, ctx);
  }
}
