import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { isUuid } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { londonDay } from '../calendar/holiday-calendar.service';
import type { FoiCampaignCounts, FoiCampaignInput, FoiCampaignModel, FoiQuestionInput, FoiQuestionModel } from './campaign.models';
import { CAMPAIGN_COLUMNS, FoiCampaignStatus, QUESTION_COLUMNS } from './foi.rows';
import { longDate } from '../sending/send.service';
import { DEFAULT_LETTER_TEMPLATE, renderLetter } from './letter';

/**
 * Campaigns while they are drafted: title, purpose, group, letter, publication policy, the
 * numbered questions and the recipient list version. Only a draft changes; once sent, a
 * campaign's letter and questions are what the authorities received.
 */
@Injectable()
export class CampaignService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The campaigns the actor may see, newest first. */
  async list(actor: Actor): Promise<FoiCampaignModel[]> {
    this.access.assertCan(actor, Capability.foiCampaignList);
    const rows: FoiCampaignModel[] = await this.db.query(`SELECT ${CAMPAIGN_COLUMNS} FROM foi_campaign c WHERE c.partnership_id = $1 ORDER BY c.created_at DESC LIMIT 500`, [actor.partnershipId]);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.foiCampaignRead, ids: rows.map((r) => r.id) });
    return rows.filter((r) => allowed.has(r.id));
  }

  async get(actor: Actor, id: string): Promise<FoiCampaignModel> {
    await this.access.assertAccess(actor, Permission.foiCampaignRead, id, 'That campaign');
    const [row] = await this.db.query(`SELECT ${CAMPAIGN_COLUMNS} FROM foi_campaign c WHERE c.id = $1`, [id]);
    if (!row) throw notFound('That campaign');
    return row;
  }

  /** For loaders: null where the actor may not see the campaign. */
  async byIds(actor: Actor, ids: readonly string[]): Promise<(FoiCampaignModel | null)[]> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.foiCampaignRead, ids });
    const rows: FoiCampaignModel[] = allowed.size ? await this.db.query(`SELECT ${CAMPAIGN_COLUMNS} FROM foi_campaign c WHERE c.id = ANY($1::uuid[])`, [[...allowed]]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async canManage(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    return this.access.requireAccess({ actor, permission: Permission.foiCampaignManage, ids });
  }

  /** Questions of campaigns the caller has checked the actor may read, in letter order. */
  async questionsOf(campaignIds: readonly string[]): Promise<Map<string, FoiQuestionModel[]>> {
    const rows: (FoiQuestionModel & { campaignId: string })[] = campaignIds.length
      ? await this.db.query(`SELECT ${QUESTION_COLUMNS} FROM foi_question q WHERE q.campaign_id = ANY($1::uuid[]) ORDER BY q.position, q.number`, [campaignIds])
      : [];
    const out = new Map<string, FoiQuestionModel[]>();
    for (const r of rows) out.set(r.campaignId, [...(out.get(r.campaignId) ?? []), r]);
    return out;
  }

  async countsOf(campaignIds: readonly string[]): Promise<Map<string, FoiCampaignCounts>> {
    const today = londonDay(this.clock.now());
    const rows: (FoiCampaignCounts & { campaignId: string })[] = campaignIds.length
      ? await this.db.query(
          `SELECT campaign_id AS "campaignId", count(*)::int AS requests,
                  count(*) FILTER (WHERE status IN ('AWAITING', 'CLARIFICATION_REQUESTED'))::int AS open,
                  count(*) FILTER (WHERE status = 'AWAITING' AND due_on < $2::date)::int AS overdue,
                  count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent
             FROM foi_request WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
          [campaignIds, today],
        )
      : [];
    return new Map(rows.map((r) => [r.campaignId, r]));
  }

  /** Group names of campaigns the caller has checked the actor may read. */
  async groupsByIds(ids: readonly string[]): Promise<({ id: string; name: string } | null)[]> {
    const rows: { id: string; name: string }[] = ids.length ? await this.db.query(`SELECT id, name FROM "group" WHERE id = ANY($1::uuid[])`, [ids]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The letter filled in for the first authority of the chosen list (or a placeholder), for managers. */
  async letterPreview(actor: Actor, campaign: FoiCampaignModel): Promise<string | null> {
    const allowed = await this.canManage(actor, [campaign.id]);
    if (!allowed.has(campaign.id)) return null;
    const [first] = campaign.recipientListVersionId
      ? await this.db.query(`SELECT o.name FROM foi_recipient_list_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.version_id = $1 ORDER BY o.name LIMIT 1`, [campaign.recipientListVersionId])
      : [];
    const [partnership] = await this.db.query(`SELECT name FROM partnership WHERE id = $1`, [campaign.partnershipId]);
    const questions = (await this.questionsOf([campaign.id])).get(campaign.id) ?? [];
    const today = londonDay(this.clock.now());
    return renderLetter(campaign.letterTemplate, { authority: first?.name ?? 'The authority', partnership: partnership.name, title: campaign.title, date: longDate(today), questions }).text;
  }

  async create(actor: Actor, input: FoiCampaignInput): Promise<string> {
    this.access.assertCan(actor, Capability.foiCampaignCreate);
    await this.checkGroup(actor, input.groupId ?? null);
    return this.db.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO foi_campaign (partnership_id, group_id, title, purpose, letter_template, publication_policy, created_by_person_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [actor.partnershipId, input.groupId ?? null, input.title.trim(), input.purpose, input.letterTemplate?.trim() ? input.letterTemplate : DEFAULT_LETTER_TEMPLATE, input.publicationPolicy, actor.personId, this.clock.now()],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.campaign-created', subjectType: 'foi_campaign', subjectId: id }, m);
      return id as string;
    });
  }

  async update(actor: Actor, id: string, input: FoiCampaignInput): Promise<void> {
    // Access first: a reader outside the campaign learns nothing from the input checks.
    await this.access.assertAccess(actor, Permission.foiCampaignManage, id, 'That campaign');
    await this.checkGroup(actor, input.groupId ?? null);
    await this.draft(actor, id, 'foi.campaign-changed', async (m) => {
      await m.query(`UPDATE foi_campaign SET group_id = $2, title = $3, purpose = $4, letter_template = $5, publication_policy = $6, updated_at = $7 WHERE id = $1`, [
        id,
        input.groupId ?? null,
        input.title.trim(),
        input.purpose,
        input.letterTemplate?.trim() ? input.letterTemplate : DEFAULT_LETTER_TEMPLATE,
        input.publicationPolicy,
        this.clock.now(),
      ]);
    });
  }

  /** Replaces the questions whole, in the order given. */
  async setQuestions(actor: Actor, id: string, questions: FoiQuestionInput[]): Promise<void> {
    const numbers = new Set<string>();
    questions.forEach((q, i) => {
      if (numbers.has(q.number)) throw badInput(`Question ${q.number} is numbered twice.`, { field: `questions.${i}.number` });
      numbers.add(q.number);
    });
    await this.draft(actor, id, 'foi.questions-changed', async (m) => {
      await m.query(`DELETE FROM foi_question WHERE campaign_id = $1`, [id]);
      if (questions.length) {
        await m.query(
          `INSERT INTO foi_question (campaign_id, number, position, text, unit, definition)
           SELECT $1, n, p, t, u, d FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) AS x(n, p, t, u, d)`,
          [id, questions.map((q) => q.number), questions.map((_, i) => i), questions.map((q) => q.text.trim()), questions.map((q) => q.unit), questions.map((q) => q.definition.trim())],
        );
      }
    });
  }

  /** The list's current version becomes the campaign's recipients. */
  async chooseRecipients(actor: Actor, id: string, listId: string): Promise<void> {
    if (!isUuid(listId)) throw badInput('Choose a recipient list.', { field: 'listId' });
    await this.access.assertAccess(actor, Permission.foiRecipientListManage, listId, 'That recipient list');
    await this.draft(actor, id, 'foi.recipients-chosen', async (m) => {
      const [version] = await m.query(`SELECT v.id FROM foi_recipient_list l JOIN foi_recipient_list_version v ON v.list_id = l.id AND v.version = l.current_version WHERE l.id = $1`, [listId]);
      await m.query(`UPDATE foi_campaign SET recipient_list_version_id = $2, updated_at = $3 WHERE id = $1`, [id, version.id, this.clock.now()]);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.draft(actor, id, 'foi.campaign-deleted', async (m) => {
      await m.query(`DELETE FROM foi_campaign WHERE id = $1`, [id]);
    });
  }

  async close(actor: Actor, id: string): Promise<void> {
    await this.access.assertAccess(actor, Permission.foiCampaignManage, id, 'That campaign');
    await this.db.transaction(async (m) => {
      const [[row]] = await m.query(`UPDATE foi_campaign SET status = 'CLOSED', closed_at = $2, updated_at = $2 WHERE id = $1 AND status = 'SENT' RETURNING id`, [id, this.clock.now()]);
      if (!row) throw conflict('Only a sent campaign can be closed.');
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.campaign-closed', subjectType: 'foi_campaign', subjectId: id }, m);
    });
  }

  /** Runs `change` on a draft the actor manages, under a row lock, and audits it. */
  private async draft(actor: Actor, id: string, action: string, change: (m: EntityManager) => Promise<void>): Promise<void> {
    await this.access.assertAccess(actor, Permission.foiCampaignManage, id, 'That campaign');
    await this.db.transaction(async (m) => {
      const [row] = await m.query(`SELECT status FROM foi_campaign WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw notFound('That campaign');
      if (row.status !== FoiCampaignStatus.DRAFT) throw conflict('This campaign has been sent; its letter, questions and recipients can no longer change.');
      await change(m);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType: 'foi_campaign', subjectId: id }, m);
    });
  }

  private async checkGroup(actor: Actor, groupId: string | null): Promise<void> {
    if (!groupId) return;
    const [row] = await this.db.query(`SELECT 1 FROM "group" WHERE id = $1 AND partnership_id = $2`, [groupId, actor.partnershipId]);
    if (!row) throw badInput('Choose a group of this partnership.', { field: 'groupId' });
  }
}
