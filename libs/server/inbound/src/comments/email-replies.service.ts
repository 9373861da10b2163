import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { assertUuid } from '@convene/database';
import { notFound } from '@convene/errors';
import type { EmailReplyModel, MeetingEmailCommentModel } from './email-replies.models';

/** Reading what replies did: a meeting's email comments (its managers), your own replies (you). */
@Injectable()
export class EmailRepliesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async meetingComments(actor: Actor, meetingId: string): Promise<MeetingEmailCommentModel[]> {
    assertUuid(meetingId, 'meetingId');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] });
    if (!allowed.has(meetingId)) throw notFound('Meeting');
    return this.db.query(
      `SELECT c.id, c.body, c.created_at AS "createdAt", c.person_id AS "personId", a.name AS "authorName"
         FROM meeting_email_comment c LEFT JOIN person p ON p.id = c.person_id LEFT JOIN account a ON a.id = p.account_id
        WHERE c.meeting_id = $1 ORDER BY c.created_at, c.id LIMIT 200`,
      [meetingId],
    );
  }

  /** Your last replies by email (forged ones are not yours: only replies that came from your address). */
  async mine(actor: Actor, first: number): Promise<EmailReplyModel[]> {
    return this.db.query(
      `SELECT id, outcome, purpose, reason, received_at AS "receivedAt" FROM inbound_message
        WHERE person_id = $1
        ORDER BY received_at DESC LIMIT $2`,
      [actor.personId, Math.min(Math.max(first, 1), 50)],
    );
  }
}
