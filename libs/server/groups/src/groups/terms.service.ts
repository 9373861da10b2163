import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { conflict, notFound } from '@convene/errors';
import type { TermsOfReferenceModel } from '../models';

const COLUMNS = `t.id, t.group_id AS "groupId", t.version, t.status, t.body_markdown AS body, t.purpose, t.membership, t.quorum, t.cadence,
  to_char(t.review_date, 'YYYY-MM-DD') AS "reviewDate", (t.review_date IS NOT NULL AND t.review_date <= (now() AT TIME ZONE 'Europe/London')::date) AS "reviewDue",
  t.approved_at AS "approvedAt", t.approved_by_person_id AS "approvedByPersonId", t.created_at AS "createdAt"`;

export interface TermsFields {
  body?: string | null;
  purpose?: string | null;
  membership?: string | null;
  quorum?: number | null;
  cadence?: string | null;
  reviewDate?: string | null;
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

  /** A new draft, starting from the current version's text. */
  async createDraft(actor: Actor, groupId: string, fields: TermsFields): Promise<TermsOfReferenceModel> {
    assertUuid(groupId, 'groupId');
    await this.access.assertAccess(actor, Permission.groupManage, groupId, 'Group');
    const [created] = await this.db.query(
      `INSERT INTO terms_of_reference (group_id, version, status, body_markdown, purpose, membership, quorum, cadence, review_date, created_by_person_id)
       SELECT $1, coalesce(max(t.version), 0) + 1, 'DRAFT',
              coalesce($2, (SELECT body_markdown FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
              coalesce($3, (SELECT purpose FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
              coalesce($4, (SELECT membership FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
              coalesce($5, (SELECT quorum FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED')),
              coalesce($6, (SELECT cadence FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'), ''),
              coalesce($7::date, (SELECT review_date FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED')), $8
         FROM terms_of_reference t WHERE t.group_id = $1 RETURNING id`,
      [groupId, fields.body ?? null, fields.purpose ?? null, fields.membership ?? null, fields.quorum ?? null, fields.cadence ?? null, fields.reviewDate ?? null, actor.personId],
    );
    return this.get(actor, created.id);
  }

  async updateDraft(actor: Actor, id: string, fields: TermsFields): Promise<TermsOfReferenceModel> {
    await this.managed(actor, id);
    const [updated] = await rows(
      this.db,
      `UPDATE terms_of_reference SET body_markdown = coalesce($2, body_markdown), purpose = coalesce($3, purpose), membership = coalesce($4, membership),
         quorum = coalesce($5, quorum), cadence = coalesce($6, cadence), review_date = coalesce($7::date, review_date), updated_at = now()
       WHERE id = $1 AND status = 'DRAFT' RETURNING id`,
      [id, fields.body ?? null, fields.purpose ?? null, fields.membership ?? null, fields.quorum ?? null, fields.cadence ?? null, fields.reviewDate ?? null],
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
