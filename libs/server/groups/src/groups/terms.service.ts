import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import type { TermsOfReferenceModel } from '../models';

const COLUMNS = `t.id, t.group_id AS "groupId", t.version, t.status, t.body_markdown AS body, t.purpose, t.membership, t.quorum, t.quorum_seats AS "quorumSeats", t.cadence,
  to_char(t.review_date, 'YYYY-MM-DD') AS "reviewDate", (t.review_date IS NOT NULL AND t.review_date <= (now() AT TIME ZONE 'Europe/London')::date) AS "reviewDue",
  t.approved_at AS "approvedAt", t.approved_by_person_id AS "approvedByPersonId", t.created_at AS "createdAt"`;

export interface TermsFields {
  body?: string | null;
  purpose?: string | null;
  membership?: string | null;
  quorum?: number | null;
  /** Seats a quorum needs present (representation seats), a seat twice for two. */
  quorumSeats?: string[] | null;
  cadence?: string | null;
  reviewDate?: string | null;
}

/** The seats of `representation.seat` (the directory's Seat), as a quorum may require them. */
export const QUORUM_SEATS = ['VOLUNTARY_SECTOR', 'HEALTH', 'STATUTORY', 'LOCAL_AUTHORITY', 'EDUCATION', 'HOUSING', 'COMMUNITY', 'LIVED_EXPERIENCE', 'FAITH', 'OTHER'];

const LIMITS = { body: 50_000, purpose: 5000, membership: 5000, cadence: 500 } as const;

/**
 * Checks every field here rather than in the resolver: createTermsDraft's input is nullable, so
 * its runtime type is Object and Nest's ValidationPipe lets it through unchecked.
 */
export function checkTerms(fields: TermsFields): void {
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const value = fields[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw badInput(`The ${field} must be text.`, { field });
    if (value.length > max) throw badInput(`The ${field} must be ${max.toLocaleString('en-GB')} characters or fewer.`, { field });
  }
  const { quorum, reviewDate } = fields;
  if (quorum !== undefined && quorum !== null && !(Number.isInteger(quorum) && quorum >= 1 && quorum <= 500)) {
    throw badInput('The quorum must be a whole number of members from 1 to 500.', { field: 'quorum' });
  }
  const { quorumSeats } = fields;
  if (quorumSeats !== undefined && quorumSeats !== null && (!Array.isArray(quorumSeats) || quorumSeats.length > 20 || quorumSeats.some((s) => !QUORUM_SEATS.includes(s)))) {
    throw badInput(`The seats a quorum needs must be at most 20 of ${QUORUM_SEATS.join(', ')}.`, { field: 'quorumSeats' });
  }
  if (reviewDate !== undefined && reviewDate !== null && !isCalendarDate(reviewDate)) {
    throw badInput('The review date must be a real date, as YYYY-MM-DD.', { field: 'reviewDate' });
  }
}

/** YYYY-MM-DD naming a day that exists (not 2027-02-30). */
function isCalendarDate(value: unknown): boolean {
  const found = typeof value === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!found) return false;
  const [year, month, day] = found.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Versioned terms of reference: DRAFT → PROPOSED → APPROVED. Approving supersedes the previous
 * approved version, which is kept. Drafts and proposals are for the group's managers.
 */
@Injectable()
export class TermsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Versions of groups the caller may read; drafts only where they may manage. */
  async ofGroups(actor: Actor, groupIds: readonly string[]): Promise<Map<string, TermsOfReferenceModel[]>> {
    const ids = groupIds.filter(isUuid);
    const manageable = await this.access.requireAccess({ actor, permission: Permission.groupManage, ids });
    const found: TermsOfReferenceModel[] = await this.db.query(
      `SELECT ${COLUMNS} FROM terms_of_reference t WHERE t.group_id = ANY($1::uuid[])
          AND (t.status IN ('APPROVED', 'SUPERSEDED') OR t.group_id = ANY($2::uuid[])) ORDER BY t.version DESC`,
      [ids, [...manageable]],
    );
    return groupBy(found, (t) => t.groupId);
  }

  /**
   * A new draft, starting from the approved version's text. Only one version is in the works at
   * a time: a second draft would start from the approved text and, approved later, undo the first.
   */
  async createDraft(actor: Actor, groupId: string, fields: TermsFields): Promise<TermsOfReferenceModel> {
    assertUuid(groupId, 'groupId');
    await this.access.assertAccess(actor, Permission.groupManage, groupId, 'Group');
    checkTerms(fields);
    const id = await this.db.transaction(async (m) => {
      // One writer per group at a time, so two drafts started at once cannot both pass the check.
      await m.query(`SELECT 1 FROM "group" WHERE id = $1 FOR UPDATE`, [groupId]);
      const [open] = await m.query(`SELECT version, status FROM terms_of_reference WHERE group_id = $1 AND status IN ('DRAFT', 'PROPOSED') ORDER BY version DESC LIMIT 1`, [groupId]);
      if (open) throw conflict(`Version ${open.version} is still ${open.status === 'DRAFT' ? 'a draft' : 'proposed'}. Approve it, or carry on editing it, before starting another.`);
      const [created] = await m.query(
        `INSERT INTO terms_of_reference (group_id, version, status, body_markdown, purpose, membership, quorum, cadence, review_date, created_by_person_id, quorum_seats)
         SELECT $1, coalesce(max(t.version), 0) + 1, 'DRAFT',
                coalesce($2, (SELECT body_markdown FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
                coalesce($3, (SELECT purpose FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
                coalesce($4, (SELECT membership FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
                coalesce($5, (SELECT quorum FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED')),
                coalesce($6, (SELECT cadence FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
                coalesce($7::date, (SELECT review_date FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED')), $8,
                coalesce($9::text[], (SELECT quorum_seats FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), '{}')
           FROM terms_of_reference t WHERE t.group_id = $1 RETURNING id`,
        [groupId, fields.body ?? null, fields.purpose ?? null, fields.membership ?? null, fields.quorum ?? null, fields.cadence ?? null, fields.reviewDate ?? null, actor.personId, fields.quorumSeats ?? null],
      );
      return created.id as string;
    });
    return this.get(actor, id);
  }

  async updateDraft(actor: Actor, id: string, fields: TermsFields): Promise<TermsOfReferenceModel> {
    await this.managed(actor, id);
    checkTerms(fields);
    const [updated] = await rows(
      this.db,
      `UPDATE terms_of_reference SET body_markdown = coalesce($2, body_markdown), purpose = coalesce($3, purpose), membership = coalesce($4, membership),
         quorum = coalesce($5, quorum), cadence = coalesce($6, cadence), review_date = coalesce($7::date, review_date), quorum_seats = coalesce($8::text[], quorum_seats), updated_at = now()
       WHERE id = $1 AND status = 'DRAFT' RETURNING id`,
      [id, fields.body ?? null, fields.purpose ?? null, fields.membership ?? null, fields.quorum ?? null, fields.cadence ?? null, fields.reviewDate ?? null, fields.quorumSeats ?? null],
    );
    if (!updated) throw conflict('Only a draft can be edited. Start a new draft to change these terms of reference.');
    return this.get(actor, id);
  }

  async propose(actor: Actor, id: string): Promise<TermsOfReferenceModel> {
    await this.managed(actor, id);
    const [moved] = await rows(this.db, `UPDATE terms_of_reference SET status = 'PROPOSED', updated_at = now() WHERE id = $1 AND status = 'DRAFT' RETURNING id`, [id]);
    if (!moved) throw conflict('Only a draft can be proposed.');
    return this.get(actor, id);
  }

  async approve(actor: Actor, id: string): Promise<TermsOfReferenceModel> {
    const terms = await this.managed(actor, id);
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE terms_of_reference SET status = 'SUPERSEDED', updated_at = now() WHERE group_id = $1 AND status = 'APPROVED'`, [terms.groupId]);
      const [approved] = await rows(
        m,
        `UPDATE terms_of_reference SET status = 'APPROVED', approved_at = now(), approved_by_person_id = $2, updated_at = now() WHERE id = $1 AND status = 'PROPOSED' RETURNING id`,
        [id, actor.personId],
      );
      if (!approved) throw conflict('Only proposed terms of reference can be approved.');
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'terms.approved', subjectType: 'terms_of_reference', subjectId: id, detail: { groupId: terms.groupId, version: terms.version } }, m);
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<TermsOfReferenceModel> {
    assertUuid(id);
    const [terms]: TermsOfReferenceModel[] = await this.db.query(`SELECT ${COLUMNS} FROM terms_of_reference t WHERE t.id = $1`, [id]);
    if (!terms) throw notFound('Terms of reference');
    const visible = (await this.ofGroups(actor, [terms.groupId])).get(terms.groupId) ?? [];
    const readable = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: [terms.groupId] });
    if (!readable.has(terms.groupId) || !visible.some((t) => t.id === id)) throw notFound('Terms of reference');
    return terms;
  }

  private async managed(actor: Actor, id: string): Promise<TermsOfReferenceModel> {
    const terms = await this.get(actor, id);
    await this.access.assertAccess(actor, Permission.termsManage, id, 'Terms of reference');
    return terms;
  }
}
