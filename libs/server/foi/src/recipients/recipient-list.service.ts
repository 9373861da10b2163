import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { badInput, conflict } from '@convene/errors';
import type { FoiRecipientListInput, FoiRecipientListModel, FoiRecipientListVersionModel } from './recipient-list.models';

const VERSION = `v.id, v.list_id AS "listId", l.name AS "listName", v.version, v.created_at AS "createdAt",
  coalesce((SELECT array_agg(m.organisation_id ORDER BY o.name) FROM foi_recipient_list_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.version_id = v.id), '{}') AS "organisationIds"`;

/**
 * Recipient lists: a name and numbered versions of its members. Saving different members makes
 * a new version; campaigns point at a version, so one already sent keeps its authorities.
 */
@Injectable()
export class RecipientListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<FoiRecipientListModel[]> {
    this.access.assertCan(actor, Capability.foiRecipientListCreate);
    return this.db.query(`SELECT id, name, current_version AS "currentVersion", updated_at AS "updatedAt" FROM foi_recipient_list WHERE partnership_id = $1 ORDER BY lower(name)`, [actor.partnershipId]);
  }

  async currentVersion(actor: Actor, listId: string): Promise<FoiRecipientListVersionModel | null> {
    const [row] = await this.db.query(
      `SELECT ${VERSION} FROM foi_recipient_list l JOIN foi_recipient_list_version v ON v.list_id = l.id AND v.version = l.current_version WHERE l.id = $1 AND l.partnership_id = $2`,
      [listId, actor.partnershipId],
    );
    return row ?? null;
  }

  /** Versions by id; the caller has checked the reader may see what points at them. */
  async versionsByIds(ids: readonly string[]): Promise<(FoiRecipientListVersionModel | null)[]> {
    const rows: FoiRecipientListVersionModel[] = ids.length ? await this.db.query(`SELECT ${VERSION} FROM foi_recipient_list_version v JOIN foi_recipient_list l ON l.id = v.list_id WHERE v.id = ANY($1::uuid[])`, [ids]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async versionsOf(actor: Actor, listId: string): Promise<FoiRecipientListVersionModel[]> {
    await this.access.assertAccess(actor, Permission.foiRecipientListManage, listId, 'That recipient list');
    return this.db.query(`SELECT ${VERSION} FROM foi_recipient_list_version v JOIN foi_recipient_list l ON l.id = v.list_id WHERE v.list_id = $1 ORDER BY v.version DESC`, [listId]);
  }

  async create(actor: Actor, input: FoiRecipientListInput): Promise<string> {
    this.access.assertCan(actor, Capability.foiRecipientListCreate);
    const members = await this.checkMembers(actor, input.organisationIds);
    return this.named(() =>
      this.db.transaction(async (m) => {
        const [{ id }] = await m.query(`INSERT INTO foi_recipient_list (partnership_id, name, created_by_person_id) VALUES ($1, $2, $3) RETURNING id`, [actor.partnershipId, input.name.trim(), actor.personId]);
        await this.addVersion(m, id, 1, actor.personId, members);
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.recipient-list-created', subjectType: 'foi_recipient_list', subjectId: id, detail: { members: members.length } }, m);
        return id as string;
      }),
    );
  }

  /** Renames, and makes a new version when the members differ from the current one. */
  async update(actor: Actor, listId: string, input: FoiRecipientListInput): Promise<void> {
    await this.access.assertAccess(actor, Permission.foiRecipientListManage, listId, 'That recipient list');
    const members = await this.checkMembers(actor, input.organisationIds);
    await this.named(() =>
      this.db.transaction(async (m) => {
        const [list] = await m.query(`SELECT current_version AS version FROM foi_recipient_list WHERE id = $1 FOR UPDATE`, [listId]);
        const current = await this.currentVersion(actor, listId);
        const same = current && current.organisationIds.length === members.length && [...current.organisationIds].sort().join() === [...members].sort().join();
        let version = list.version as number;
        if (!same) {
          version += 1;
          await this.addVersion(m, listId, version, actor.personId, members);
        }
        await m.query(`UPDATE foi_recipient_list SET name = $2, current_version = $3, updated_at = now() WHERE id = $1`, [listId, input.name.trim(), version]);
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.recipient-list-changed', subjectType: 'foi_recipient_list', subjectId: listId, detail: { version, members: members.length } }, m);
      }),
    );
  }

  private async addVersion(m: { query: DataSource['query'] }, listId: string, version: number, personId: string, members: string[]): Promise<void> {
    const [{ id }] = await m.query(`INSERT INTO foi_recipient_list_version (list_id, version, created_by_person_id) VALUES ($1, $2, $3) RETURNING id`, [listId, version, personId]);
    await m.query(`INSERT INTO foi_recipient_list_member (version_id, organisation_id) SELECT $1, unnest($2::uuid[])`, [id, members]);
  }

  private async checkMembers(actor: Actor, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) throw badInput('Choose at least one authority for the list.', { field: 'organisationIds' });
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [unique, actor.partnershipId]);
    if (n !== unique.length) throw badInput('Choose authorities from this partnership’s directory.', { field: 'organisationIds' });
    return unique;
  }

  private async named<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error: unknown) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw conflict('A recipient list with that name already exists.', { field: 'name' });
      throw error;
    }
  }
}
