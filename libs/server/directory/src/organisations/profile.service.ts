import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource } from 'typeorm';
import { AccessService, Capability, Permission, directoryLevels, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, isUuid } from '@convene/database';
import { badInput, conflict } from '@convene/errors';
import { checkEmail, checkIdentifier, checkLabels, checkWebsite } from '../identifiers';
import { titleCase } from '../services/columns';
import type { DirectoryOrganisationInput, DirectorySearchResultModel, OrganisationProfile } from './profile.models';

const PROFILE = `id, other_names AS "otherNames", description, charity_number AS "charityNumber", company_number AS "companyNumber", ods_code AS "odsCode",
  gss_code AS "gssCode", parent_id AS "parentId", areas_served AS "areasServed", last_checked_at AS "lastCheckedAt", last_checked_by_person_id AS "lastCheckedByPersonId"`;

const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * Organisations as directory entries: the Open Referral UK fields beyond the name and kind that
 * identity keeps. Coordinators and admins add and edit them (identity's own mutations stay
 * admin-only); everyone in the partnership reads.
 */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async byIds(actor: Actor, ids: readonly string[]): Promise<(OrganisationProfile | null)[]> {
    const valid = ids.filter(isUuid);
    const rows: OrganisationProfile[] = valid.length ? await this.db.query(`SELECT ${PROFILE} FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [valid, actor.partnershipId]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async create(actor: Actor, input: DirectoryOrganisationInput): Promise<string> {
    this.access.assertCan(actor, Capability.directoryEdit);
    const values = await this.values(actor, null, input);
    return this.unique(() =>
      this.db.transaction(async (manager) => {
        const [{ id }] = await manager.query(
          `INSERT INTO organisation (partnership_id, ${COLUMNS.join(', ')}, last_checked_at, last_checked_by_person_id)
           VALUES ($1, ${COLUMNS.map((_, i) => `$${i + 2}`).join(', ')}, $${COLUMNS.length + 2}, $${COLUMNS.length + 3}) RETURNING id`,
          [actor.partnershipId, ...values, this.clock.now(), actor.personId],
        );
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'organisation.created', subjectType: 'organisation', subjectId: id }, manager);
        return id as string;
      }),
    );
  }

  async update(actor: Actor, id: string, input: DirectoryOrganisationInput): Promise<void> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directoryOrganisationEdit, id, 'Organisation');
    const values = await this.values(actor, id, input);
    await this.unique(() =>
      this.db.transaction(async (manager) => {
        await manager.query(
          `UPDATE organisation SET ${COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')}, last_checked_at = $${COLUMNS.length + 2}, last_checked_by_person_id = $${COLUMNS.length + 3}, updated_at = now() WHERE id = $1`,
          [id, ...values, this.clock.now(), actor.personId],
        );
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.organisation-changed', subjectType: 'organisation', subjectId: id }, manager);
      }),
    );
  }

  /** "Still right": the record is confirmed as it stands, by whoever checked it, now. */
  async markChecked(actor: Actor, id: string): Promise<void> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directoryOrganisationEdit, id, 'Organisation');
    await this.db.query(`UPDATE organisation SET last_checked_at = $2, last_checked_by_person_id = $3 WHERE id = $1`, [id, this.clock.now(), actor.personId]);
  }

  /**
   * Organisations, services and people matching `text`, up to `limit` of each. Services the
   * reader may not see (none are hidden within the partnership today) follow `directoryLevels`.
   */
  async search(actor: Actor, text: string, limit: number): Promise<DirectorySearchResultModel[]> {
    const term = text.trim();
    if (term.length < 2) throw badInput('Type at least 2 characters to search.', { field: 'text' });
    const rows: DirectorySearchResultModel[] = await this.db.query(
      `(SELECT 'ORGANISATION' AS kind, o.id, o.name AS title, o.kind AS detail FROM organisation o
         WHERE o.partnership_id = $1 AND (o.name ILIKE $2 OR array_to_string(o.other_names, ' ') ILIKE $2 OR o.charity_number = upper($4))
         ORDER BY lower(o.name) LIMIT $3)
       UNION ALL
       (SELECT 'SERVICE', s.id, s.name, o.name FROM directory_service s JOIN organisation o ON o.id = s.organisation_id
         WHERE s.partnership_id = $1 AND s.visibility = ANY($5::text[]) AND (s.name ILIKE $2 OR s.description ILIKE $2)
         ORDER BY lower(s.name) LIMIT $3)
       UNION ALL
       (SELECT 'PERSON', p.id, a.name, coalesce(o.name, '') FROM person p JOIN account a ON a.id = p.account_id LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE p.partnership_id = $1 AND p.deactivated_at IS NULL AND (a.name ILIKE $2 OR p.job_title ILIKE $2)
         ORDER BY lower(a.name) LIMIT $3)`,
      [actor.partnershipId, like(term), limit, term.replace(/\s+/g, ''), directoryLevels(actor)],
    );
    return rows;
  }

  private async values(actor: Actor, id: string | null, input: DirectoryOrganisationInput): Promise<unknown[]> {
    if (input.parentId) {
      if (input.parentId === id) throw badInput('An organisation cannot be its own parent.', { field: 'parentId' });
      const [found] = await this.db.query(
        // The parent must not sit below this organisation: that would make a loop.
        `WITH RECURSIVE up AS (SELECT id, parent_id FROM organisation WHERE id = $1 AND partnership_id = $2
                               UNION SELECT o.id, o.parent_id FROM organisation o JOIN up ON o.id = up.parent_id)
         SELECT bool_or(id = $3) AS loop, count(*) AS n FROM up`,
        [input.parentId, actor.partnershipId, id],
      );
      if (!Number(found.n)) throw badInput('Choose a parent organisation from this partnership.', { field: 'parentId' });
      if (found.loop) throw badInput('That parent sits below this organisation already.', { field: 'parentId' });
    }
    return [
      input.name.trim(),
      input.kind,
      checkLabels('otherNames', input.otherNames, { max: 10, length: 200 }),
      input.description,
      checkIdentifier('charityNumber', input.charityNumber),
      checkIdentifier('companyNumber', input.companyNumber),
      checkIdentifier('odsCode', input.odsCode),
      checkIdentifier('gssCode', input.gssCode),
      checkWebsite('website', input.website),
      checkEmail('contactEmail', input.contactEmail),
      input.parentId ?? null,
      checkLabels('areasServed', input.areasServed).map(titleCase),
      checkLabels('themes', input.themes, { max: 20, length: 60, lower: true }),
    ];
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error: unknown) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw conflict('An organisation with that name already exists in this partnership.', { field: 'name' });
      }
      throw error;
    }
  }
}

const COLUMNS = ['name', 'kind', 'other_names', 'description', 'charity_number', 'company_number', 'ods_code', 'gss_code', 'website', 'contact_email', 'parent_id', 'areas_served', 'themes'];
