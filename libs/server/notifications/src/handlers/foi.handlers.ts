import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { Clock } from '@convene/clock';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import {
  clockState,
  describeClock,
  internalReviewLetter,
  londonDay,
  longDate,
  recordLetterSent,
  recordReviewSent,
  reviewSubject,
  unsentLetters,
  unsentReview,
  workingDaysFor,
  type UnsentLetter,
  type UnsentReview,
} from '@convene/foi';
import { ReplyAddresses, ReplyPurpose } from '@convene/inbound';
import { moduleLogger } from '@convene/logging';
import { Mailer, renderFoiChaser, renderFoiLetter, renderFoiOverdue, type FoiRequestLine } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { REACHABLE } from '../recipients';
import { sendOnce } from '../send-once';
import { sendToMany, type Recipient } from '../send-many';

const logger = moduleLogger('foi');

/** The ledger's purpose for one authority's letter: one letter per request, ever. */
export const letterPurpose = (requestId: string) => `foi-letter:${requestId}`;

/**
 * A sent campaign's letters. Each request is its own ledger purpose with the request as its one
 * recipient, so however often the job runs (a retry, a restarted worker, the tick asking again)
 * an authority gets its letter once. A letter the ledger already shows as sent, but whose request
 * missed the news (a crash between the two writes), is recorded from the ledger's time.
 */
@Injectable()
export class FoiLettersHandler implements JobHandler<typeof JOBS.foiLetters> {
  readonly job = JOBS.foiLetters;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly replies: ReplyAddresses,
  ) {}

  async handle({ campaignId }: JobPayloads[typeof JOBS.foiLetters]): Promise<void> {
    if (!isUuid(campaignId)) throw new PermanentJobError('invalid FOI letters job');
    let sent = 0;
    for (const letter of await unsentLetters(this.db, campaignId)) {
      const went = await sendOnce(this.ledger, this.mailer, {
        purposeKey: letterPurpose(letter.requestId),
        recipientKey: letter.requestId,
        compose: () => this.compose(letter),
        afterSent: () => recordLetterSent(this.db, letter, this.clock.now()),
      });
      if (went) sent += 1;
      else await this.recordFromLedger(letter);
    }
    if (sent) logger.info({ campaignId, sent }, 'FOI letters sent');
  }

  private compose(letter: UnsentLetter) {
    const mail = renderFoiLetter({ partnershipName: letter.partnershipName, subject: letter.subject, letter: letter.letter });
    return toAuthority(this.replies, mail, { ...letter, askedBy: letter.createdBy });
  }

  private async recordFromLedger(letter: UnsentLetter): Promise<void> {
    const sentAt = await this.ledger.sentAt(letterPurpose(letter.requestId), letter.requestId);
    if (sentAt) await recordLetterSent(this.db, letter, sentAt);
  }
}

/** Who an FOI email to an authority is from, to and answered to; the fields both letters and reviews carry. */
interface AuthorityEmail {
  requestId: string;
  organisationName: string;
  sentTo: string;
  partnershipName: string;
  partnershipEmail: string | null;
  /** The coordinator the reply address is issued for (none: no reply address). */
  askedBy: string | null;
}

/**
 * An email to an authority's FOI address: from the partnership's FOI address when it has one,
 * and with replies by email set up (INBOUND_DOMAIN), answered to a reply address bound to the
 * request, so the authority's reply lands in its log; else to the partnership's address.
 */
async function toAuthority<M extends object>(replies: ReplyAddresses, mail: M, to: AuthorityEmail) {
  const replyTo = to.askedBy ? await replies.issue({ personId: to.askedBy, address: to.sentTo, purpose: ReplyPurpose.FOI_REQUEST, subjectId: to.requestId }) : null;
  return {
    ...mail,
    to: { name: `${to.organisationName} FOI`, address: to.sentTo },
    ...(to.partnershipEmail ? { from: { name: to.partnershipName, address: to.partnershipEmail } } : {}),
    ...(replyTo || to.partnershipEmail ? { replyTo: replyTo ?? to.partnershipEmail! } : {}),
  };
}

/** The ledger's purpose for one request for an internal review (a request may have more than one over its life). */
export const reviewPurpose = (correspondenceId: string) => `foi-internal-review:${correspondenceId}`;

/**
 * A coordinator's request for an internal review, emailed to the authority as the letter was:
 * from the partnership's FOI address, with a reply address bound to the request so the answer
 * lands in its log. The log entry is its own ledger purpose with the request as its one
 * recipient, so a retry or the tick asking again sends nothing more; a review the ledger shows
 * as sent, but whose entry missed the news, is recorded from the ledger's time.
 */
@Injectable()
export class FoiInternalReviewHandler implements JobHandler<typeof JOBS.foiInternalReview> {
  readonly job = JOBS.foiInternalReview;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly replies: ReplyAddresses,
  ) {}

  async handle({ correspondenceId }: JobPayloads[typeof JOBS.foiInternalReview]): Promise<void> {
    if (!isUuid(correspondenceId)) throw new PermanentJobError('invalid FOI internal review job');
    const review = await unsentReview(this.db, correspondenceId);
    if (!review) return;
    const went = await sendOnce(this.ledger, this.mailer, {
      purposeKey: reviewPurpose(correspondenceId),
      recipientKey: review.requestId,
      compose: () => this.compose(review),
      afterSent: () => recordReviewSent(this.db, correspondenceId, this.clock.now()),
    });
    if (went) {
      logger.info({ requestId: review.requestId }, 'FOI internal review sent');
      return;
    }
    const sentAt = await this.ledger.sentAt(reviewPurpose(correspondenceId), review.requestId);
    if (sentAt) await recordReviewSent(this.db, correspondenceId, sentAt);
  }

  private compose(review: UnsentReview) {
    const mail = renderFoiLetter({ partnershipName: review.partnershipName, subject: reviewSubject(review.letterSubject), letter: review.letter });
    return toAuthority(this.replies, mail, review);
  }
}

interface DueRequest {
  requestId: string;
  authority: string;
  status: string;
  dueOn: string;
  partnershipId: string;
  partnershipName: string;
  campaignTitle: string;
  createdBy: string | null;
  sentAt: Date | null;
}

/** The coordinators a campaign's reminders go to: whoever drafted it while they still coordinate, else every coordinator and admin. */
async function coordinatorsOf(db: DataSource, access: AccessService, campaignId: string, anyRequestId: string): Promise<(Recipient & { personId: string })[]> {
  const people: (Recipient & { creator: boolean })[] = await db.query(
    `SELECT p.id AS "personId", a.email, a.name, a.preferred_language AS lang, (p.id = c.created_by_person_id) AS creator
       FROM foi_campaign c JOIN person p ON p.partnership_id = c.partnership_id AND p.deactivated_at IS NULL AND p.role IN ('ADMIN', 'COORDINATOR')
       JOIN account a ON a.id = p.account_id AND a.email_confirmed_at IS NOT NULL AND ${REACHABLE}
      WHERE c.id = $1 ORDER BY p.id`,
    [campaignId],
  );
  const allowed = await access.audience(Permission.foiRequestManage, anyRequestId, people.map((p) => p.personId));
  const managers = people.filter((p) => allowed.has(p.personId));
  const creator = managers.filter((p) => p.creator);
  return creator.length ? creator : managers;
}

abstract class FoiReminder {
  constructor(
    protected readonly db: DataSource,
    protected readonly ledger: DeliveryLedger,
    protected readonly mailer: Mailer,
    protected readonly clock: Clock,
    protected readonly access: AccessService,
    protected readonly options: NotificationOptions,
  ) {}

  /** Requests of the campaign with this due date still owed an answer, as they stand now. */
  protected async due(campaignId: string, dueOn: string, when: 'chase' | 'overdue', today: string): Promise<DueRequest[]> {
    return this.db.query(
      `SELECT r.id AS "requestId", o.name AS authority, r.status, (CASE WHEN r.status = 'INTERNAL_REVIEW' THEN r.internal_review_due_on ELSE r.due_on END)::text AS "dueOn", r.partnership_id AS "partnershipId", pa.name AS "partnershipName",
              c.title AS "campaignTitle", c.created_by_person_id AS "createdBy", r.sent_at AS "sentAt"
         FROM foi_request r JOIN foi_campaign c ON c.id = r.campaign_id JOIN organisation o ON o.id = r.organisation_id JOIN partnership pa ON pa.id = r.partnership_id
        WHERE r.campaign_id = $1 AND c.status = 'SENT'
          AND ((r.status = 'AWAITING' AND r.due_on = $2::date AND ${when === 'chase' ? `r.chase_on <= $3::date AND r.due_on >= $3::date` : `r.due_on < $3::date`})
            OR (r.status = 'INTERNAL_REVIEW' AND r.internal_review_due_on = $2::date AND ${when === 'chase' ? `r.review_chase_on <= $3::date AND r.internal_review_due_on >= $3::date` : `r.internal_review_due_on < $3::date`}))
        ORDER BY o.name`,
      [campaignId, dueOn, today],
    );
  }

  protected async lines(requests: DueRequest[], today: string): Promise<FoiRequestLine[]> {
    const days = await workingDaysFor(this.db, requests[0].partnershipId);
    return requests.map((r) => ({ authority: r.status === 'INTERNAL_REVIEW' ? `${r.authority} (internal review)` : r.authority, status: r.status, clock: describeClock(clockState(days, today, r.dueOn)), url: `${this.options.publicWebUrl}/foi/requests/${r.requestId}` }));
  }

  protected send(purposeKey: string, recipients: Recipient[], compose: (r: Recipient) => { subject: string; html: string; text: string }) {
    return sendToMany({ ledger: this.ledger, mailer: this.mailer, webUrl: this.options.publicWebUrl }, { purposeKey, category: null, recipients, compose: (r) => compose(r) });
  }
}

/** A few working days before a due date: one reminder per campaign and due date, to its coordinator. */
@Injectable()
export class FoiChaserHandler extends FoiReminder implements JobHandler<typeof JOBS.foiChaser> {
  readonly job = JOBS.foiChaser;

  constructor(@InjectDataSource() db: DataSource, ledger: DeliveryLedger, mailer: Mailer, clock: Clock, access: AccessService, @Inject(NOTIFICATION_OPTIONS) options: NotificationOptions) {
    super(db, ledger, mailer, clock, access, options);
  }

  async handle({ campaignId, dueOn }: JobPayloads[typeof JOBS.foiChaser]): Promise<void> {
    if (!isUuid(campaignId) || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn ?? '')) throw new PermanentJobError('invalid FOI chaser job');
    const today = londonDay(this.clock.now());
    const requests = await this.due(campaignId, dueOn, 'chase', today);
    if (!requests.length) return;
    const lines = await this.lines(requests, today);
    const recipients = await coordinatorsOf(this.db, this.access, campaignId, requests[0].requestId);
    await this.send(`foi-chaser:${campaignId}:${dueOn}`, recipients, (r) =>
      renderFoiChaser({ coordinatorName: r.name, campaignTitle: requests[0].campaignTitle, dueOn, requests: lines, campaignUrl: `${this.options.publicWebUrl}/foi/campaigns/${campaignId}` }),
    );
  }
}

/** Past a due date: one note per campaign and due date, with an internal-review letter drafted. */
@Injectable()
export class FoiOverdueHandler extends FoiReminder implements JobHandler<typeof JOBS.foiOverdue> {
  readonly job = JOBS.foiOverdue;

  constructor(@InjectDataSource() db: DataSource, ledger: DeliveryLedger, mailer: Mailer, clock: Clock, access: AccessService, @Inject(NOTIFICATION_OPTIONS) options: NotificationOptions) {
    super(db, ledger, mailer, clock, access, options);
  }

  async handle({ campaignId, dueOn }: JobPayloads[typeof JOBS.foiOverdue]): Promise<void> {
    if (!isUuid(campaignId) || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn ?? '')) throw new PermanentJobError('invalid FOI overdue job');
    const today = londonDay(this.clock.now());
    const requests = await this.due(campaignId, dueOn, 'overdue', today);
    if (!requests.length) return;
    const lines = await this.lines(requests, today);
    const recipients = await coordinatorsOf(this.db, this.access, campaignId, requests[0].requestId);
    const first = requests[0];
    const reviewDraft = internalReviewLetter({
      authority: '{{authority}}',
      partnership: first.partnershipName,
      title: first.campaignTitle,
      sentOn: first.sentAt ? longDate(londonDay(first.sentAt)) : longDate(dueOn),
      reason: `The 20 working days the Act allows for a response ended on ${longDate(dueOn)}, and no response has been received.`,
    });
    await this.send(`foi-overdue:${campaignId}:${dueOn}`, recipients, (r) =>
      renderFoiOverdue({ coordinatorName: r.name, campaignTitle: first.campaignTitle, dueOn, requests: lines, campaignUrl: `${this.options.publicWebUrl}/foi/campaigns/${campaignId}`, reviewDraft }),
    );
  }
}
