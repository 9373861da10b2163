import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { Mailer, renderReplyOutcome, type ReplyOutcomeKind } from '@convene/mail';
import { PermanentJobError, type JobHandler } from './job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';
import { meetingUrl, threadUrl } from './agenda-pack.reader';
import { sendOnce } from './send-once';

/** The outcomes a sender is told about (an automatic reply or a bounce is not answered). */
export const TOLD: ReplyOutcomeKind[] = ['APOLOGIES', 'ACCEPTED', 'MEETING_COMMENT', 'FORUM_POST', 'MINUTES_COMMENT', 'FOI_CORRESPONDENCE', 'REFUSED'];

/**
 * Tells the sender of an email reply what it did, or why nothing was done: once per inbound
 * message (ledger key `reply-outcome:<inboundMessageId>`), to the account's own address, marked
 * Auto-Submitted so an autoresponder does not answer it.
 */
@Injectable()
export class ReplyOutcomeEmailHandler implements JobHandler<typeof JOBS.replyOutcome> {
  readonly job = JOBS.replyOutcome;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ inboundMessageId }: JobPayloads[typeof JOBS.replyOutcome]): Promise<void> {
    if (!isUuid(inboundMessageId)) throw new PermanentJobError('invalid inbound message id');
    const [row]: { personId: string; name: string; email: string; outcome: ReplyOutcomeKind; reason: string | null; purpose: string; subjectId: string; about: string | null; forumId: string | null; meetingId: string | null }[] = await this.db.query(
      `SELECT im.person_id AS "personId", a.name, a.email, im.outcome, im.reason, im.purpose, im.subject_id AS "subjectId",
              coalesce(m.title, t.title, mm.title) AS about, t.forum_id AS "forumId", coalesce(m.id, mi.meeting_id) AS "meetingId"
         FROM inbound_message im JOIN person p ON p.id = im.person_id JOIN account a ON a.id = p.account_id
         LEFT JOIN meeting m ON im.purpose = 'AGENDA_PACK' AND m.id = im.subject_id
         LEFT JOIN thread t ON im.purpose = 'FORUM_THREAD' AND t.id = im.subject_id
         LEFT JOIN minutes mi ON im.purpose = 'MINUTES' AND mi.id = im.subject_id
         LEFT JOIN meeting mm ON mm.id = mi.meeting_id
        WHERE im.id = $1`,
      [inboundMessageId],
    );
    if (!row || !TOLD.includes(row.outcome)) return;
    const web = this.options.publicWebUrl;
    const url = row.forumId ? threadUrl(web, row.forumId, row.subjectId) : row.meetingId ? meetingUrl(web, row.meetingId) : web;
    await sendOnce(this.ledger, this.mailer, {
      purposeKey: `reply-outcome:${inboundMessageId}`,
      recipientKey: row.personId,
      compose: async () => ({
        to: { name: row.name, address: row.email },
        headers: { 'Auto-Submitted': 'auto-replied' },
        ...renderReplyOutcome({ name: row.name, outcome: row.outcome, about: row.about ?? 'your reply', reason: row.reason, url }),
      }),
    });
  }
}
