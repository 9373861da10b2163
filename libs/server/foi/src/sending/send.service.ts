import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { JOBS } from '@convene/contracts';
import { badInput, conflict, notFound } from '@convene/errors';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { HolidayCalendarService, londonDay, missingYear } from '../calendar/holiday-calendar.service';
import { dueDate } from '../calendar/working-days';
import { FoiCampaignStatus, FoiSentVia } from '../campaigns/foi.rows';
import { renderLetter } from '../campaigns/letter';

const log = moduleLogger('foi-send');

interface Recipient {
  organisationId: string;
  name: string;
  foiEmail: string | null;
  foiPortalUrl: string | null;
}

/** "7 December 2026" */
export const longDate = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Sending a campaign: one request per authority on its recipient list version, each with its
 * letter filled in, in one transaction with the campaign turning SENT (a unique campaign and
 * organisation pair makes a second send impossible). Authorities with an FOI email address get
 * the letter from the worker through the delivery ledger; the others are marked to go through
 * their portal, recorded as sent by the coordinator.
 */
@Injectable()
export class SendService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly holidays: HolidayCalendarService,
    private readonly jobs: JobQueue,
  ) {}

  async send(actor: Actor, campaignId: string): Promise<{ email: number; portal: number }> {
    await this.access.assertAccess(actor, Permission.foiCampaignManage, campaignId, 'That campaign');
    const today = londonDay(this.clock.now());
    // The clock must be computable before anything goes: a missing year is named now.
    try {
      dueDate(await this.holidays.workingDays(actor.partnershipId), { receivedOn: today });
    } catch (error) {
      missingYear(error, 'campaignId');
    }
    const counts = await this.db.transaction(async (m) => {
      const [campaign] = await m.query(
        `SELECT c.status, c.title, c.letter_template AS "letterTemplate", c.recipient_list_version_id AS "versionId", pa.name AS "partnershipName"
           FROM foi_campaign c JOIN partnership pa ON pa.id = c.partnership_id WHERE c.id = $1 FOR UPDATE OF c`,
        [campaignId],
      );
      if (!campaign) throw notFound('That campaign');
      if (campaign.status !== FoiCampaignStatus.DRAFT) throw conflict('This campaign has already been sent.');
      const questions: { number: string; text: string; definition: string }[] = await m.query(`SELECT number, text, definition FROM foi_question WHERE campaign_id = $1 ORDER BY position, number`, [campaignId]);
      if (!questions.length) throw badInput('Add at least one question before sending.', { field: 'questions' });
      if (!campaign.versionId) throw badInput('Choose the recipients before sending.', { field: 'recipients' });
      const recipients: Recipient[] = await m.query(
        `SELECT o.id AS "organisationId", o.name, o.foi_email AS "foiEmail", o.foi_portal_url AS "foiPortalUrl"
           FROM foi_recipient_list_member rm JOIN organisation o ON o.id = rm.organisation_id WHERE rm.version_id = $1 ORDER BY o.name`,
        [campaign.versionId],
      );
      if (!recipients.length) throw badInput('The recipient list is empty.', { field: 'recipients' });
      const missing = recipients.filter((r) => !r.foiEmail && !r.foiPortalUrl).map((r) => r.name);
      if (missing.length) {
        throw badInput(`These authorities have no FOI email address or portal in the directory: ${missing.join(', ')}. Add one on each organisation’s page, then send.`, { field: 'recipients', organisations: missing });
      }
      const letters = recipients.map((r) => ({ r, ...renderLetter(campaign.letterTemplate, { authority: r.name, partnership: campaign.partnershipName, title: campaign.title, date: longDate(today), questions }) }));
      await m.query(
        `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text)
         SELECT $1, $2, o, t, v, s, l FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(o, t, v, s, l)`,
        [
          actor.partnershipId,
          campaignId,
          letters.map((x) => x.r.organisationId),
          letters.map((x) => x.r.foiEmail ?? x.r.foiPortalUrl),
          letters.map((x) => (x.r.foiEmail ? FoiSentVia.EMAIL : FoiSentVia.PORTAL)),
          letters.map((x) => x.subject),
          letters.map((x) => x.text),
        ],
      );
      await m.query(`UPDATE foi_campaign SET status = 'SENT', sent_at = $2, updated_at = $2 WHERE id = $1`, [campaignId, this.clock.now()]);
      const email = letters.filter((x) => x.r.foiEmail).length;
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.campaign-sent', subjectType: 'foi_campaign', subjectId: campaignId, detail: { email, portal: letters.length - email } }, m);
      return { email, portal: letters.length - email };
    });
    // The tick finds the letters anyway; this only saves a minute.
    if (counts.email) await this.jobs.nudge(JOBS.foiLetters, { campaignId }, (error) => log.warn({ err: String(error), campaignId }, 'letters left for the tick'));
    return counts;
  }
}
