import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { assertUuid, isUuid } from '@convene/database';
import { conflict, notFound } from '@convene/errors';
import { decodeCursor, toPage, type Page } from '@convene/graphql-kit';
import { OrganisationEntity, OrganisationKind } from '../entities';

export interface OrganisationFields {
  name: string;
  kind: OrganisationKind;
  area?: string | null;
  themes?: string[] | null;
  website?: string | null;
  contactEmail?: string | null;
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.getRepository(OrganisationEntity);
  }

  async byIds(actor: Actor, ids: readonly string[]): Promise<(OrganisationEntity | null)[]> {
    const valid = ids.filter(isUuid);
    // Plain SQL: this runs once per request that shows organisations, and the query builder costs more than the query.
    const rows: OrganisationEntity[] = valid.length
      ? await this.db.query(
          `SELECT id, partnership_id AS "partnershipId", name, kind, area, themes, website, contact_email AS "contactEmail", created_at AS "createdAt", updated_at AS "updatedAt"
             FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`,
          [valid, actor.partnershipId],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor, id: string): Promise<OrganisationEntity> {
    assertUuid(id);
    const [organisation] = await this.byIds(actor, [id]);
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  async list(actor: Actor, first: number, after?: string | null, search?: string | null): Promise<Page<OrganisationEntity>> {
    const cursor = decodeCursor(after);
    const query = this.repo
      .createQueryBuilder('o')
      .where('o.partnership_id = :partnershipId', { partnershipId: actor.partnershipId })
      .orderBy('lower(o.name)')
      .addOrderBy('o.id')
      .limit(first + 1);
    if (search) query.andWhere(`o.name ILIKE '%' || :search || '%'`, { search: search.replace(/[%_\\]/g, '\\$&') });
    if (cursor) query.andWhere('(lower(o.name), o.id) > (:key, :id)', { key: cursor.key, id: cursor.id });
    return toPage(await query.getMany(), first, (o) => ({ key: o.name.toLowerCase(), id: o.id }));
  }

  async create(actor: Actor, fields: OrganisationFields): Promise<OrganisationEntity> {
    this.access.assertCan(actor, Capability.organisationCreate);
    const organisation = await this.unique(() => this.repo.save({ ...normalise(fields), partnershipId: actor.partnershipId } as OrganisationEntity));
    await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'organisation.created', subjectType: 'organisation', subjectId: organisation.id });
    return organisation;
  }

  async update(actor: Actor, id: string, fields: Partial<OrganisationFields>): Promise<OrganisationEntity> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.organisationManage, id, 'Organisation');
    await this.unique(() => this.repo.update({ id }, normalise(fields)));
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.organisationManage, id, 'Organisation');
    await this.repo.delete({ id });
    await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'organisation.removed', subjectType: 'organisation', subjectId: id });
    return true;
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error: unknown) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw conflict('An organisation with that name already exists in this partnership.');
      }
      throw error;
    }
  }
}

type Columns = Omit<Partial<OrganisationFields>, 'themes'> & { themes?: string[] };

function normalise(fields: Partial<OrganisationFields>): Columns {
  const { themes, ...rest } = fields;
  const out: Columns = { ...rest };
  if (out.name !== undefined) out.name = out.name.trim();
  if (themes !== undefined) out.themes = [...new Set((themes ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (out.contactEmail) out.contactEmail = out.contactEmail.trim().toLowerCase();
  return out;
}
