import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '@convene/access';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { newsFor, redactPersonalData, visibleAt, watchersOf } from '@convene/forums';
import { Mailer, excerpt, renderWatchedPosts, type WatchedThread } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { threadUrl } from '../agenda-pack.reader';
import { claimPosts, mentionEmailed } from '../post-emails';
import { actorOf, personRecipient } from '../recipients';
import { sendToMany } from '../send-many';
import { MENTION_BATCH_MS } from './mentions-email.handler';

/** Posts one email carries; a busier window links to its threads for the rest. */
const POSTS = 50;

/**
 * New posts in what a person watches, batched like mentions: every post that became visible in
 * one five-minute window goes in one email, through the ledger once per person and window. A
 * post belongs to exactly one window (its creation, or its approval if it was held), so each
 * reaches each watcher once. The forums come from the policy layer at send time: someone who can
 * no longer read a forum hears nothing from it, whatever they once watched. A post that mentions
 * them comes in the mention email instead, and a post goes in one email per person at most.
 */
@Injectable()
export class WatchedPostsHandler implements JobHandler<typeof JOBS.watchedPostsEmail> {
  readonly job = JOBS.watchedPostsEmail;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ personId, window }: JobPayloads[typeof JOBS.watchedPostsEmail]): Promise<void> {
    const from = new Date(window);
    if (!isUuid(personId) || Number.isNaN(from.getTime()) || from.getTime() % MENTION_BATCH_MS !== 0) throw new PermanentJobError('invalid watched posts job');
    const purposeKey = `watched-posts:${personId}:${from.toISOString()}`;
    const person = await personRecipient(this.db, personId, EmailCategory.WATCHING);
    if (!person) return this.ledger.skip(purposeKey, personId);
    const forums = [...(await this.access.forumsOf(actorOf(person))).keys()];
    const found: { id: string; author: string | null; forumId: string; forumName: string; threadId: string; threadTitle: string; body: string; at: Date }[] = forums.length
      ? await this.db.query(
          `SELECT po.id, a.name AS author, f.id AS "forumId", f.name AS "forumName", t.id AS "threadId", CASE WHEN t.title_hidden_at IS NULL THEN t.title ELSE 'Title hidden by a moderator' END AS "threadTitle", po.body_markdown AS body, ${visibleAt('po')} AS at
             FROM post po JOIN thread t ON t.id = po.thread_id JOIN forum f ON f.id = po.forum_id
             LEFT JOIN person ap ON ap.id = po.author_person_id LEFT JOIN account a ON a.id = ap.account_id
            WHERE ${visibleAt('po')} >= $2 AND ${visibleAt('po')} < $3 AND po.forum_id = ANY($4::uuid[]) AND ${newsFor('po', '$1')}
              AND $1 IN ${watchersOf('po')} AND NOT ${mentionEmailed('po', '$1')}
            ORDER BY t.id, po.created_seq LIMIT $5`,
          [personId, from, new Date(from.getTime() + MENTION_BATCH_MS), forums, POSTS],
        )
      : [];
    const claimed = await claimPosts(this.db, personId, found.map((post) => post.id), purposeKey);
    const posts = found.filter((post) => claimed.has(post.id));
    if (posts.length === 0) return this.ledger.skip(purposeKey, personId);
    const web = this.options.publicWebUrl;
    const threads = new Map<string, WatchedThread>();
    for (const post of posts) {
      const url = threadUrl(web, post.forumId, post.threadId);
      const thread = threads.get(post.threadId) ?? { forumName: post.forumName, title: redactPersonalData(post.threadTitle), url, posts: [] };
      threads.set(post.threadId, thread);
      thread.posts.push({ author: post.author ?? 'A former member', excerpt: excerpt(redactPersonalData(post.body)), at: new Date(post.at), url: `${url}#post-${post.id}` });
    }
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      { purposeKey, category: EmailCategory.WATCHING, recipients: [person], compose: (_r, links) => renderWatchedPosts({ threads: [...threads.values()], forumsUrl: `${web}/forums` }, links) },
    );
  }
}
