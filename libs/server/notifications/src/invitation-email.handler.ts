import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { hashToken, newToken } from '@convene/identity';
import { Mailer, renderInvitation } from '@convene/mail';
import { moduleLogger } from '@convene/logging';
import { PermanentJobError, type JobHandler } from './job-handler';
import { sendOnce } from './send-once';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';

interface DueInvitation {
  id: string;
  email: string;
  role: string;
  expiresAt: Date;
  partnershipName: string;
  inviterName: string;
  groupName: string | null;
  groupRole: string | null;
}

/**
 * Sends an email invitation exactly once. The token is minted here, after the ledger claim, and
 * only its hash is stored: the secret exists in this process and in the email, nowhere else.
 */
@Injectable()
export class InvitationEmailHandler implements JobHandler<typeof JOBS.invitationEmail> {
  readonly job = JOBS.invitationEmail;
  private readonly logger = moduleLogger('invitation-email');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ invitationId }: JobPayloads[typeof JOBS.invitationEmail]): Promise<void> {
    if (!isUuid(invitationId)) throw new PermanentJobError('invalid invitation id');
    const [invitation]: DueInvitation[] = await this.db.query(
      `SELECT i.id, i.email, i.role, i.expires_at AS "expiresAt", pa.name AS "partnershipName", a.name AS "inviterName",
              g.name AS "groupName", i.group_role AS "groupRole"
         FROM invitation i
         JOIN partnership pa ON pa.id = i.partnership_id
         JOIN person p ON p.id = i.created_by_person_id
         JOIN account a ON a.id = p.account_id
         LEFT JOIN "group" g ON g.id = i.group_id
        WHERE i.id = $1 AND i.kind = 'EMAIL' AND i.sent_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
      [invitationId],
    );
    if (!invitation) return; // already sent, revoked or expired: nothing to do

    const sent = await sendOnce(this.ledger, this.mailer, {
      purposeKey: `invitation:${invitation.id}`,
      recipientKey: invitation.id,
      compose: async () => {
        const token = newToken('invitation');
        await this.db.query(`UPDATE invitation SET token_hash = $2, updated_at = now() WHERE id = $1`, [invitation.id, hashToken(token)]);
        const acceptUrl = `${this.options.publicWebUrl}/invitation#token=${encodeURIComponent(token)}`;
        return { to: { address: invitation.email }, ...renderInvitation({ ...invitation, acceptUrl }) };
      },
      afterSent: () => this.db.query(`UPDATE invitation SET sent_at = now() WHERE id = $1`, [invitation.id]),
    });
    if (sent) this.logger.info({ invitationId: invitation.id }, 'invitation sent');
  }
}
