import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '@convene/access';
import { DigestFrequency, EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { ReplyAddresses, ReplyPurpose } from '@convene/inbound';
import { afterMarker, newsFor, notMuted, redactPersonalData, watchersOf } from '@convene/forums';
import { Mailer, excerpt, renderForumDigest, type DigestForum } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { threadUrl } from '../agenda-pack.reader';
import { digestWindow } from '../digest-period';
import { actorOf, personRecipient } from '../recipients';
import { sendToMany } from '../send-many';

const POSTS_PER_THREAD = 3;
const THREADS = 30;

interface DigestRow {
  forumId: string;
  forumName: string;
  threadId: string;
  threadTitle: string;
  author: string | null;
  body: string;
  createdAt: Date;
  rank: number;
  unread: number;
}

/**
 * A person's daily or weekly digest of unread posts. The forums come from the policy layer at
 * send time, so a forum the person has left (or been removed from) is never in it. An empty
 * digest is recorded as SKIPPED, so the tick does not ask again. Muted threads and forums, held
 * posts and the person's own posts are left out, and so are watched threads: their posts came
 * one by one already.
 */
@Injectable()
export class ForumDigestHandler implements JobHandler<typeof JOBS.forumDigest> {
  readonly job = JOBS.forumDigest;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly replies: ReplyAddresses,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ personId, period }: JobPayloads[typeof JOBS.forumDigest]): Promise<void> {
    if (!isUuid(personId) || typeof period !== 'string') throw new PermanentJobError('invalid forum digest job');
    const person = await personRecipient(this.db, personId, EmailCategory.FORUM_DIGEST);
    if (!person) return;
    const [schedule]: { frequency: DigestFrequency; hour: number; weekday: number }[] = await this.db.query(
      `SELECT coalesce(np.forum_digest, 'DAILY') AS frequency, coalesce(np.digest_hour, 8) AS hour, coalesce(np.digest_weekday, 1) AS weekday
         FROM person p LEFT JOIN notification_preference np ON np.person_id = p.id WHERE p.id = $1`,
      [personId],
    );
    const window = digestWindow(period, schedule);
    if (!window) return;

    const forums = [...(await this.access.forumsOf(actorOf(person))).keys()];
    const found: DigestRow[] = forums.length
      ? await this.db.query(
          `SELECT * FROM (
             SELECT f.id AS "forumId", f.name AS "forumName", t.id AS "threadId", t.title AS "threadTitle", a.name AS author, po.body_markdown AS body,
                    po.created_at AS "createdAt", row_number() OVER (PARTITION BY t.id ORDER BY po.created_seq) AS rank,
                    count(*) OVER (PARTITION BY t.id) AS unread
               FROM post po JOIN thread t ON t.id = po.thread_id JOIN forum f ON f.id = po.forum_id
               LEFT JOIN person ap ON ap.id = po.author_person_id LEFT JOIN account a ON a.id = ap.account_id
               LEFT JOIN thread_read r ON r.thread_id = t.id AND r.person_id = $2
              WHERE po.forum_id = ANY($1::uuid[]) AND po.created_at > $3 AND po.created_at <= $4 AND ${newsFor('po', '$2')}
                AND ${afterMarker('po', 'r')} AND ${notMuted('t.id', 't.forum_id', '$2')}
                AND $2 NOT IN ${watchersOf('po')}
           ) x WHERE rank <= $5 ORDER BY "forumName", "threadTitle", rank`,
          [forums, personId, window.from, window.until, POSTS_PER_THREAD],
        )
      : [];

    const purposeKey = `forum-digest:${personId}:${period}`;
    if (found.length === 0) return this.ledger.skip(purposeKey, personId);
    const web = this.options.publicWebUrl;
    const byForum = new Map<string, DigestForum>();
    const threads = new Set<string>();
    for (const row of found) {
      if (!threads.has(row.threadId) && threads.size >= THREADS) continue;
      threads.add(row.threadId);
      const forum = byForum.get(row.forumId) ?? { name: row.forumName, threads: [] };
      byForum.set(row.forumId, forum);
      let thread = forum.threads.find((t) => t.url.endsWith(row.threadId));
      if (!thread) forum.threads.push((thread = { title: redactPersonalData(row.threadTitle), url: threadUrl(web, row.forumId, row.threadId), posts: [], more: Number(row.unread) - Math.min(Number(row.unread), POSTS_PER_THREAD) }));
      thread.posts.push({ author: row.author ?? 'A former member', excerpt: excerpt(redactPersonalData(row.body)), at: new Date(row.createdAt) });
    }
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      {
        purposeKey,
        category: EmailCategory.FORUM_DIGEST,
        recipients: [person],
        // A reply is posted in the first thread the digest lists; the confirmation names it.
        replyTo: (r) => this.replies.issue({ personId: r.personId, address: r.email, purpose: ReplyPurpose.FORUM_THREAD, subjectId: [...threads][0] }),
        compose: (_r, links) => renderForumDigest({ frequency: schedule.frequency === DigestFrequency.WEEKLY ? 'WEEKLY' : 'DAILY', forums: [...byForum.values()], forumsUrl: `${web}/forums` }, links),
      },
    );
  }
}
