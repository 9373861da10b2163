import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { badInput, notFound } from '@convene/errors';
import { MatrixService } from '../matrix/matrix.service';
import type { DatasetContent, DatasetModel, PublishingModel } from './dataset.models';
import { redactor } from './redact';

export const publicUrlOf = (partnershipSlug: string, campaignId: string) => `/public/${encodeURIComponent(partnershipSlug)}/foi/${campaignId}`;

/** The rule every public read repeats in SQL: a current dataset of a sent campaign whose policy allows publishing. */
const PUBLISHED = `d.withdrawn_at IS NULL AND c.status <> 'DRAFT' AND c.publication_policy = 'ON_SIGN_OFF'`;

export interface PublishedSummary {
  campaignId: string;
  title: string;
  groupName: string | null;
  signedOffAt: Date;
}

/**
 * Publishing: a coordinator signs off a campaign's answers as a dataset. The dataset is frozen
 * at that moment with personal data removed, so the public page shows exactly what was signed
 * off; a new sign-off replaces it, a withdrawal takes it down. Drafts and campaigns whose
 * policy is NONE are never published.
 */
@Injectable()
export class PublishingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly matrices: MatrixService,
    private readonly clock: Clock,
  ) {}

  async publishing(actor: Actor, campaignId: string): Promise<PublishingModel> {
    await this.access.assertAccess(actor, Permission.foiCampaignManage, campaignId, 'That campaign');
    const [campaign]: { status: string; policy: string; slug: string }[] = await this.db.query(
      `SELECT c.status, c.publication_policy AS policy, pa.slug FROM foi_campaign c JOIN partnership pa ON pa.id = c.partnership_id WHERE c.id = $1`,
      [campaignId],
    );
    const datasets: (Omit<DatasetModel, 'publicUrl'>)[] = await this.db.query(
      `SELECT d.id, d.version, d.signed_off_at AS "signedOffAt", a.name AS "signedOffByName", d.withdrawn_at AS "withdrawnAt"
         FROM foi_dataset d LEFT JOIN person p ON p.id = d.signed_off_by_person_id LEFT JOIN account a ON a.id = p.account_id
        WHERE d.campaign_id = $1 ORDER BY d.version DESC`,
      [campaignId],
    );
    const reason = campaign.status === 'DRAFT' ? 'A draft campaign cannot be published: send it first.' : campaign.policy !== 'ON_SIGN_OFF' ? 'This campaign’s publication policy is not to publish.' : null;
    return { campaignId, publishable: reason === null, notPublishableReason: reason, datasets: datasets.map((d) => ({ ...d, publicUrl: publicUrlOf(campaign.slug, campaignId) })) };
  }

  async signOff(actor: Actor, campaignId: string): Promise<PublishingModel> {
    const before = await this.publishing(actor, campaignId);
    if (!before.publishable) throw badInput(before.notPublishableReason!, { field: 'campaignId' });
    const content = await this.content(campaignId);
    await this.db.transaction(async (tx) => {
      // The campaign's row lock orders concurrent sign-offs; the partial unique index keeps one current.
      await tx.query(`SELECT 1 FROM foi_campaign WHERE id = $1 FOR UPDATE`, [campaignId]);
      const now = this.clock.now();
      await tx.query(`UPDATE foi_dataset SET withdrawn_at = $2 WHERE campaign_id = $1 AND withdrawn_at IS NULL`, [campaignId, now]);
      const [{ version }]: { version: number }[] = await tx.query(
        `INSERT INTO foi_dataset (partnership_id, campaign_id, version, content, signed_off_by_person_id, signed_off_at)
         SELECT $1, $2, coalesce(max(version), 0) + 1, $3::jsonb, $4, $5 FROM foi_dataset WHERE campaign_id = $2 RETURNING version`,
        [actor.partnershipId, campaignId, JSON.stringify(content), actor.personId, now],
      );
      await this.audit.record(
        { partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.dataset-signed-off', subjectType: 'foi_campaign', subjectId: campaignId, detail: { version } },
        tx,
      );
    });
    return this.publishing(actor, campaignId);
  }

  async withdraw(actor: Actor, campaignId: string): Promise<PublishingModel> {
    await this.access.assertAccess(actor, Permission.foiCampaignManage, campaignId, 'That campaign');
    await this.db.transaction(async (tx) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, count].
      const [withdrawn]: [{ version: number }[], number] = await tx.query(`UPDATE foi_dataset SET withdrawn_at = $2 WHERE campaign_id = $1 AND withdrawn_at IS NULL RETURNING version`, [campaignId, this.clock.now()]);
      if (!withdrawn.length) throw badInput('Nothing of this campaign is published.', { field: 'campaignId' });
      await this.audit.record(
        { partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.dataset-withdrawn', subjectType: 'foi_campaign', subjectId: campaignId, detail: { version: withdrawn[0].version } },
        tx,
      );
    });
    return this.publishing(actor, campaignId);
  }

  /** The dataset as it will be published: the matrix, the letters as sent, personal data removed. */
  private async content(campaignId: string): Promise<DatasetContent> {
    const m = await this.matrices.read(campaignId);
    const [campaign]: { purpose: string; partnershipId: string; partnershipName: string; groupName: string | null }[] = await this.db.query(
      `SELECT c.purpose, c.partnership_id AS "partnershipId", pa.name AS "partnershipName", g.name AS "groupName"
         FROM foi_campaign c JOIN partnership pa ON pa.id = c.partnership_id LEFT JOIN "group" g ON g.id = c.group_id WHERE c.id = $1`,
      [campaignId],
    );
    const letters: { requestId: string; subject: string; text: string }[] = await this.db.query(`SELECT id AS "requestId", letter_subject AS subject, letter_text AS text FROM foi_request WHERE campaign_id = $1`, [campaignId]);
    // Everyone the partnership knows by name: its people and the directory's contacts.
    const names: { name: string }[] = await this.db.query(
      `SELECT a.name FROM person p JOIN account a ON a.id = p.account_id WHERE p.partnership_id = $1
       UNION SELECT name FROM directory_contact WHERE partnership_id = $1`,
      [campaign.partnershipId],
    );
    const redact = redactor(names.map((n) => n.name));
    const letterOf = new Map(letters.map((l) => [l.requestId, l]));
    return {
      title: m.title,
      purpose: redact(campaign.purpose),
      partnershipName: campaign.partnershipName,
      groupName: campaign.groupName,
      requests: m.requests,
      replied: m.replied,
      responseRate: m.responseRate,
      questions: m.questions.map((q) => ({
        number: q.number,
        text: q.text,
        unit: q.unit,
        definition: q.definition,
        summary: q.totals.summary,
        exactTotalText: q.totals.exactTotalText,
        withEstimatesTotalText: q.totals.withEstimatesTotalText,
      })),
      authorities: m.rows.map((r) => ({
        authority: r.authority,
        status: r.status,
        letterSubject: redact(letterOf.get(r.requestId)?.subject ?? ''),
        letterText: redact(letterOf.get(r.requestId)?.text ?? ''),
        answers: r.cells.map((c, i) => ({ number: m.questions[i].number, display: m.questions[i].unit === 'TEXT' ? redact(c.display) : c.display, note: redact(c.note), source: c.source })),
      })),
    };
  }

  /** Signed out: the current dataset of a campaign, if it is published in this partnership. */
  async published(partnershipSlug: string, campaignId: string): Promise<DatasetContent & { signedOffAt: Date; version: number }> {
    const [row]: { content: DatasetContent; signedOffAt: Date; version: number }[] = /^[0-9a-f-]{36}$/i.test(campaignId)
      ? await this.db.query(
          `SELECT d.content, d.signed_off_at AS "signedOffAt", d.version FROM foi_dataset d JOIN foi_campaign c ON c.id = d.campaign_id JOIN partnership pa ON pa.id = c.partnership_id
            WHERE pa.slug = $1 AND c.id = $2 AND ${PUBLISHED}`,
          [partnershipSlug.slice(0, 100), campaignId],
        )
      : [];
    if (!row) throw notFound('That dataset');
    return { ...row.content, signedOffAt: row.signedOffAt, version: row.version };
  }

  /** Signed out: a partnership's published datasets (for its public page), or one group's. */
  async publishedList(partnershipSlug: string, groupSlug?: string): Promise<{ partnershipName: string; datasets: PublishedSummary[] } | null> {
    const [partnership]: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM partnership WHERE slug = $1`, [partnershipSlug.slice(0, 100)]);
    if (!partnership) return null;
    const datasets: PublishedSummary[] = await this.db.query(
      `SELECT c.id AS "campaignId", d.content->>'title' AS title, g.name AS "groupName", d.signed_off_at AS "signedOffAt"
         FROM foi_dataset d JOIN foi_campaign c ON c.id = d.campaign_id LEFT JOIN "group" g ON g.id = c.group_id
        WHERE c.partnership_id = $1 AND ${PUBLISHED} AND ($2::text IS NULL OR g.slug = $2) ORDER BY d.signed_off_at DESC`,
      [partnership.id, groupSlug ?? null],
    );
    return { partnershipName: partnership.name, datasets };
  }
}
