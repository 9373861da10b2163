import { Args, ArgsType, Field, GraphQLISODateTime, ID, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService, type AuditEventRow } from '@convene/audit';
import { forbidden } from '@convene/errors';
import { Connection, CurrentActor, decodeCursor, PageArgs, SignedIn, toPage, type MaybePromise, type Page, type RequestContext } from '@convene/graphql-kit';
import { PeopleService } from '../people/people.service';
import { loadPerson } from './directory.resolver';
import { PersonModel } from './models';

@ObjectType('AuditEvent', { description: 'Who did what, when, to what: approvals, publishing, membership, roles and moderation.' })
export class AuditEventModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'For example `minutes.approved`, `group.member-set`, `person.role-changed`.' }) action!: string;
  @Field({ description: 'What it was done to: `minutes`, `group`, `person`, `terms`, `agenda`, `post` …' }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'Details of the change, as a JSON object.' }) detail!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  actorPersonId!: string | null;
}

const AuditEventConnection = Connection(AuditEventModel, 'AuditEventConnection');

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) action?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) subjectType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() subjectId?: string | null;
}

const toModel = (row: AuditEventRow): AuditEventModel => ({ ...row, detail: JSON.stringify(row.detail ?? {}) });

@SignedIn()
@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => AuditEventConnection, { description: 'Admins only: the partnership’s audit log, newest first, filterable by action and subject.' })
  async auditLog(@Args() args: AuditLogArgs, @CurrentActor() actor: Actor): Promise<Page<AuditEventModel>> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.auditRead, ids: [actor.partnershipId] });
    if (!allowed.has(actor.partnershipId)) throw forbidden('Only admins can read the audit log.');
    const cursor = decodeCursor(args.after);
    const rows = await this.audit.list(actor.partnershipId, { ...args, before: cursor && { createdAt: cursor.key, id: cursor.id } }, args.first + 1);
    return toPage(rows.map(toModel), args.first, (e) => ({ key: new Date(e.createdAt).toISOString(), id: e.id }));
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Null when the system acted.' })
  actor(event: AuditEventModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, event.actorPersonId);
  }
}
