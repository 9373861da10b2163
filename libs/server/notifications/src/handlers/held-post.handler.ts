import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { Mailer, renderHeldPost } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { REACHABLE, type PersonRecipient } from '../recipients';
import { sendToMany } from '../send-many';

/**
 * A post waits for approval: each of the forum's moderators (as the policy layer has them at send
 * time) is told once, through the ledger (`held-post:<postId>`). The email carries the forum's
 * name and a link to the queue, nothing of the post. Decided before the job ran: nothing to send.
 */
@Injectable()
export class HeldPostHandler implements JobHandler<typeof JOBS.heldPostEmail> {
  readonly job = JOBS.heldPostEmail;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ postId }: JobPayloads[typeof JOBS.heldPostEmail]): Promise<void> {
    if (!isUuid(postId)) throw new PermanentJobError('invalid held post job');
    const [post]: { forumId: string; forumName: string; partnershipId: string; reason: 'FIRST_POST' | 'PERSONAL_DATA' | null; waiting: boolean }[] = await this.db.query(
      `SELECT f.id AS "forumId", f.name AS "forumName", f.partnership_id AS "partnershipId", p.held_reason AS reason, p.held_decision IS NULL AS waiting
         FROM post p JOIN forum f ON f.id = p.forum_id WHERE p.id = $1`,
      [postId],
    );
    if (!post?.reason || !post.waiting) return;
    const people: PersonRecipient[] = await this.db.query(
      `SELECT p.id AS "personId", a.email, a.name, a.preferred_language AS lang, p.account_id AS "accountId", p.partnership_id AS "partnershipId", p.role
         FROM person p JOIN account a ON a.id = p.account_id AND a.email_confirmed_at IS NOT NULL AND ${REACHABLE}
        WHERE p.partnership_id = $1 AND p.deactivated_at IS NULL ORDER BY p.id`,
      [post.partnershipId],
    );
    const moderators = await this.access.audience(Permission.forumModerate, post.forumId, people.map((p) => p.personId));
    const web = this.options.publicWebUrl;
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      {
        purposeKey: `held-post:${postId}`,
        // Moderation notices cannot be turned off: a held post waits until someone decides.
        category: null,
        recipients: people.filter((p) => moderators.has(p.personId)),
        compose: (_r, links) => renderHeldPost({ forumName: post.forumName, reason: post.reason!, url: `${web}/forums/held` }, links),
      },
    );
  }
}
