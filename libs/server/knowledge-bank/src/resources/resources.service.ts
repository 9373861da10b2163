import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, Permission, readerParams, resourceReadableSql, type Actor, type BankReader } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, isUuid } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import type { ResourceContributorModel, ResourceInput, ResourceModel, ResourceVersionModel } from './resource.models';
import { checkResource, type CheckedResource } from './resource-input';

/** The columns every read of a resource selects (`r` the resource, `pt` its partnership). */
export const RESOURCE_COLUMNS = `r.id, r.partnership_id AS "partnershipId", pt.slug AS "partnershipSlug", r.title, r.summary, r.type, r.year,
  to_char(r.published_on, 'YYYY-MM-DD') AS "publishedOn", r.themes, r.policy_areas AS "policyAreas", r.geography, r.language, r.licence,
  r.external_url AS "externalUrl", r.outside_authors AS "outsideAuthors", r.superseded_by_id AS "supersededById",
  to_char(r.review_on, 'YYYY-MM-DD') AS "reviewOn", r.visibility, r.group_id AS "groupId", r.file_name AS "fileName",
  r.file_content_type AS "fileContentType", r.file_size AS "fileSize", r.file_pages AS "filePages", r.thumbnail_sha256 IS NOT NULL AS "hasThumbnail",
  r.version, coalesce(c.views, 0) AS views, coalesce(c.downloads, 0) AS downloads, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
  coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY ro.position, o.name) FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id WHERE ro.resource_id = r.id), '[]') AS organisations,
  EXISTS (SELECT 1 FROM resource_link_check lc WHERE lc.resource_id = r.id AND lc.url = r.external_url AND lc.broken_since IS NOT NULL) AS "linkMayBeBroken"`;
export const RESOURCE_FROM = `resource r JOIN partnership pt ON pt.id = r.partnership_id LEFT JOIN resource_counter c ON c.resource_id = r.id`;

export type ResourceRow = Omit<ResourceModel, 'pageUrl' | 'canManage'>;
export const pageUrlOf = (row: { partnershipSlug: string; id: string }) => `/bank/${row.partnershipSlug}/${row.id}`;

/**
 * Resources: adding, editing (each save a numbered version, audited), deleting, and the people a
 * coordinator names as contributors. Reads go through the policy layer.
 */
@Injectable()
export class ResourcesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Resources the actor may read, in the order of `ids`, with whether they may edit each. */
  async byIds(actor: Actor, ids: readonly string[]): Promise<ResourceModel[]> {
    const readable = await this.access.requireAccess({ actor, permission: Permission.resourceRead, ids });
    if (!readable.size) return [];
    const manageable = await this.access.requireAccess({ actor, permission: Permission.resourceManage, ids: readable });
    const rows: ResourceRow[] = await this.db.query(`SELECT ${RESOURCE_COLUMNS} FROM ${RESOURCE_FROM} WHERE r.id = ANY($1::uuid[])`, [[...readable]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.filter((id) => byId.has(id)).map((id) => ({ ...byId.get(id)!, pageUrl: pageUrlOf(byId.get(id)!), canManage: manageable.has(id) }));
  }

  /**
   * One resource for a bank reader: through the policy layer when they are signed in to its
   * partnership, else by the same rule's SQL for the public (only PUBLIC resources pass).
   */
  async forReader(reader: BankReader, actor: Actor | null, id: string): Promise<ResourceModel | null> {
    if (!isUuid(id)) return null;
    if (actor && reader.personId === actor.personId) return (await this.byIds(actor, [id]))[0] ?? null;
    const rows: ResourceRow[] = await this.db.query(
      `SELECT ${RESOURCE_COLUMNS} FROM ${RESOURCE_FROM} WHERE r.id = $4 AND ${resourceReadableSql('r', { partnership: '$1', person: '$2', coordinator: '$3' })}`,
      [...readerParams(reader), id],
    );
    return rows[0] ? { ...rows[0], pageUrl: pageUrlOf(rows[0]), canManage: false } : null;
  }

  async one(actor: Actor, id: string): Promise<ResourceModel> {
    const [found] = await this.byIds(actor, [id]);
    if (!found) throw notFound('That resource');
    return found;
  }

  async create(actor: Actor, input: ResourceInput): Promise<ResourceModel> {
    await this.access.assertAccess(actor, Permission.resourceCreate, actor.partnershipId, 'The knowledge bank');
    const checked = checkResource(input, this.thisYear());
    await this.assertReferences(actor, checked, null);
    const id = await this.db.transaction(async (m) => {
      const [{ id }] = await m.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility, group_id, created_by_person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, [
        actor.partnershipId,
        checked.title,
        checked.summary,
        checked.type,
        checked.year,
        checked.visibility,
        checked.groupId,
        actor.personId,
      ]);
      await this.write(m, id, checked);
      await this.keepVersion(m, actor, id, 'resource.created');
      return id as string;
    });
    this.access.forget(actor);
    return this.one(actor, id);
  }

  /**
   * Adds an already-checked resource inside the caller's transaction, with its first version and
   * audit event: the CSV import writes all its rows this way, in one transaction.
   */
  async insertChecked(m: EntityManager, actor: Actor, checked: CheckedResource, action: string): Promise<string> {
    const [{ id }] = await m.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility, created_by_person_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, [
      actor.partnershipId,
      checked.title,
      checked.summary,
      checked.type,
      checked.year,
      checked.visibility,
      actor.personId,
    ]);
    await this.write(m, id, checked);
    await this.keepVersion(m, actor, id, action);
    return id as string;
  }

  async update(actor: Actor, id: string, input: ResourceInput): Promise<ResourceModel> {
    await this.access.assertAccess(actor, Permission.resourceManage, id, 'That resource');
    const checked = checkResource(input, this.thisYear());
    await this.assertReferences(actor, checked, id);
    await this.db.transaction(async (m) => {
      // The row lock orders concurrent saves: each gets the next version number.
      await m.query(`UPDATE resource SET version = version + 1, updated_at = $2 WHERE id = $1`, [id, this.clock.now()]);
      await this.write(m, id, checked);
      await this.keepVersion(m, actor, id, 'resource.updated');
    });
    this.access.forget(actor);
    return this.one(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    await this.access.assertAccess(actor, Permission.resourceManage, id, 'That resource');
    await this.db.transaction(async (m) => {
      const [{ title }] = await m.query(`SELECT title FROM resource WHERE id = $1`, [id]);
      // The file's bytes go with it (trigger), unless a paper or another resource holds them.
      await m.query(`DELETE FROM resource WHERE id = $1`, [id]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'resource.deleted', subjectType: 'resource', subjectId: id, detail: { title } }, m);
    });
    this.access.forget(actor);
    return true;
  }

  /** Every saved state, newest first (for those who may edit it). */
  async versions(actor: Actor, id: string): Promise<ResourceVersionModel[]> {
    await this.access.assertAccess(actor, Permission.resourceManage, id, 'That resource');
    const rows: (Omit<ResourceVersionModel, 'snapshot'> & { snapshot: unknown })[] = await this.db.query(
      `SELECT v.version, v.created_at AS "createdAt", a.name AS "byName", v.snapshot FROM resource_version v
         LEFT JOIN person p ON p.id = v.person_id LEFT JOIN account a ON a.id = p.account_id
        WHERE v.resource_id = $1 ORDER BY v.version DESC`,
      [id],
    );
    return rows.map((r) => ({ ...r, snapshot: JSON.stringify(r.snapshot) }));
  }

  /** Stores the checked fields and organisations, then rebuilds the search vector and words. */
  private async write(m: EntityManager, id: string, c: CheckedResource): Promise<void> {
    await m.query(
      `UPDATE resource SET title = $2, summary = $3, type = $4, year = $5, published_on = $6, themes = $7, policy_areas = $8, geography = $9, language = $10,
              licence = $11, external_url = $12, outside_authors = $13, superseded_by_id = $14, review_on = $15, visibility = $16, group_id = $17
        WHERE id = $1`,
      [id, c.title, c.summary, c.type, c.year, c.publishedOn, c.themes, c.policyAreas, c.geography, c.language, c.licence, c.externalUrl, c.outsideAuthors, c.supersededById, c.reviewOn, c.visibility, c.groupId],
    );
    await m.query(`DELETE FROM resource_organisation WHERE resource_id = $1`, [id]);
    if (c.organisationIds.length) {
      await m.query(`INSERT INTO resource_organisation (resource_id, organisation_id, position) SELECT $1, o, n FROM unnest($2::uuid[]) WITH ORDINALITY AS t(o, n)`, [id, c.organisationIds]);
    }
    await m.query(`SELECT resource_reindex($1)`, [id]);
  }

  /** Keeps the saved state as the resource's current version, and audits the change. */
  private async keepVersion(m: EntityManager, actor: Actor, id: string, action: string): Promise<void> {
    const [{ version, title }] = await m.query(
      `INSERT INTO resource_version (resource_id, version, snapshot, person_id)
       SELECT r.id, r.version, to_jsonb(r) - 'search' - 'file_text' || jsonb_build_object('organisation_ids', coalesce((SELECT jsonb_agg(ro.organisation_id ORDER BY ro.position) FROM resource_organisation ro WHERE ro.resource_id = r.id), '[]')), $2
         FROM resource r WHERE r.id = $1
       RETURNING version, snapshot->>'title' AS title`,
      [id, actor.personId],
    );
    await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType: 'resource', subjectId: id, detail: { version, title } }, m);
  }

  /** Organisations, the group and the replacement must be the partnership's, and visible to the actor. */
  private async assertReferences(actor: Actor, c: CheckedResource, self: string | null): Promise<void> {
    if (c.organisationIds.length) {
      const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [c.organisationIds, actor.partnershipId]);
      if (n !== c.organisationIds.length) throw badInput('Choose organisations from the partnership’s list.', { field: 'organisationIds' });
    }
    if (c.groupId) {
      const readable = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: [c.groupId] });
      if (!readable.has(c.groupId)) throw badInput('Choose one of your groups.', { field: 'groupId' });
    }
    if (c.supersededById) {
      const readable = await this.access.requireAccess({ actor, permission: Permission.resourceRead, ids: [c.supersededById] });
      if (!readable.has(c.supersededById) || c.supersededById === self) throw badInput('Choose another resource in the bank as its replacement.', { field: 'supersededById' });
    }
  }

  private thisYear(): number {
    return this.clock.now().getUTCFullYear();
  }

  /** Counts a view or a download; nothing about who. */
  async count(id: string, what: 'views' | 'downloads'): Promise<void> {
    await this.db.query(`INSERT INTO resource_counter (resource_id, ${what}) VALUES ($1, 1) ON CONFLICT (resource_id) DO UPDATE SET ${what} = resource_counter.${what} + 1`, [id]);
  }

  async contributors(actor: Actor): Promise<ResourceContributorModel[]> {
    this.access.assertCan(actor, Capability.resourceContributorsManage);
    return this.db.query(
      `SELECT c.person_id AS "personId", a.name, c.granted_at AS "grantedAt" FROM resource_contributor c JOIN person p ON p.id = c.person_id JOIN account a ON a.id = p.account_id
        WHERE c.partnership_id = $1 ORDER BY a.name`,
      [actor.partnershipId],
    );
  }

  /** Names (or removes) a contributor: a coordinator's decision, audited. Granting twice changes nothing. */
  async setContributor(actor: Actor, personId: string, contributor: boolean): Promise<ResourceContributorModel[]> {
    this.access.assertCan(actor, Capability.resourceContributorsManage);
    assertUuid(personId, 'personId');
    const [person] = await this.db.query(`SELECT id FROM person WHERE id = $1 AND partnership_id = $2 AND deactivated_at IS NULL`, [personId, actor.partnershipId]);
    if (!person) throw badInput('Choose someone in the partnership.', { field: 'personId' });
    await this.db.transaction(async (m) => {
      const changed = contributor
        ? await m.query(`INSERT INTO resource_contributor (person_id, partnership_id, granted_by_person_id) VALUES ($1, $2, $3) ON CONFLICT (person_id) DO NOTHING RETURNING person_id`, [personId, actor.partnershipId, actor.personId])
        : (await m.query(`DELETE FROM resource_contributor WHERE person_id = $1 RETURNING person_id`, [personId]))[0];
      if (changed.length) {
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: contributor ? 'resource-contributor.granted' : 'resource-contributor.removed', subjectType: 'person', subjectId: personId }, m);
      }
    });
    return this.contributors(actor);
  }
}
