import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '@convene/access';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { ReplyAddresses, ReplyPurpose } from '@convene/inbound';
import { Mailer, excerpt, renderMentions } from '@convene/mail';
import { redactPersonalData } from '@convene/forums';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { threadUrl } from '../agenda-pack.reader';
import { claimPosts } from '../post-emails';
import { actorOf, personRecipient } from '../recipients';
import { sendToMany } from '../send-many';

export const MENTION_BATCH_MS = 5 * 60_000;

/**
 * Mentions are emailed soon, but batched: everything that mentioned a person in one five-minute
 * window goes in one email. Posts hidden since, or in forums the person can no longer read, are
 * left out by the policy layer at send time. A post this person hears of by another email
 * already (an earlier watched-posts email, before an edit mentioned them) is not sent again.
 */
@Injectable()
export class MentionsEmailHandler implements JobHandler<typeof JOBS.mentionsEmail> {
  readonly job = JOBS.mentionsEmail;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly replies: ReplyAddresses,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ personId, window }: JobPayloads[typeof JOBS.mentionsEmail]): Promise<void> {
    const from = new Date(window);
    if (!isUuid(personId) || Number.isNaN(from.getTime()) || from.getTime() % MENTION_BATCH_MS !== 0) throw new PermanentJobError('invalid mentions job');
    const purposeKey = `mentions:${personId}:${from.toISOString()}`;
    const person = await personRecipient(this.db, personId, EmailCategory.MENTIONS);
    // Mentions turned off (or the person deactivated) when the window closed: settle the window
    // as SKIPPED, or the tick finds it due and runs this job again every few minutes for a day.
    if (!person) return this.ledger.skip(purposeKey, personId);
    const forums = [...(await this.access.forumsOf(actorOf(person))).keys()];
    const found: { postId: string; author: string | null; forumId: string; forumName: string; threadId: string; threadTitle: string; body: string }[] = forums.length
      ? await this.db.query(
          `SELECT po.id AS "postId", a.name AS author, f.id AS "forumId", f.name AS "forumName", t.id AS "threadId", t.title AS "threadTitle", po.body_markdown AS body
             FROM post_mention pm JOIN post po ON po.id = pm.post_id JOIN thread t ON t.id = po.thread_id JOIN forum f ON f.id = po.forum_id
             LEFT JOIN person ap ON ap.id = po.author_person_id LEFT JOIN account a ON a.id = ap.account_id
            WHERE pm.person_id = $1 AND pm.created_at >= $2 AND pm.created_at < $3 AND po.hidden_at IS NULL AND po.forum_id = ANY($4::uuid[])
            ORDER BY pm.created_at LIMIT 50`,
          [personId, from, new Date(from.getTime() + MENTION_BATCH_MS), forums],
        )
      : [];
    // One email per person and post: the posts this email claims first (see post-emails.ts).
    const claimed = await claimPosts(this.db, personId, found.map((m) => m.postId), purposeKey);
    const mentions = found.filter((m) => claimed.has(m.postId));
    if (mentions.length === 0) return this.ledger.skip(purposeKey, personId);
    const web = this.options.publicWebUrl;
    const items = mentions.map((m) => ({ author: m.author ?? 'A former member', forumName: m.forumName, threadTitle: redactPersonalData(m.threadTitle), excerpt: excerpt(redactPersonalData(m.body)), url: threadUrl(web, m.forumId, m.threadId) }));
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      {
        purposeKey,
        category: EmailCategory.MENTIONS,
        recipients: [person],
        // A reply is posted in the thread of the latest mention.
        replyTo: (r) => this.replies.issue({ personId: r.personId, address: r.email, purpose: ReplyPurpose.FORUM_THREAD, subjectId: mentions[mentions.length - 1].threadId }),
        compose: (_r, links) => renderMentions(items, links),
      },
    );
  }
}
