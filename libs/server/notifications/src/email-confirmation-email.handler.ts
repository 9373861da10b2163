import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { hashToken, newToken } from '@convene/identity';
import { Mailer, renderEmailConfirmation } from '@convene/mail';
import { moduleLogger } from '@convene/logging';
import { PermanentJobError, type JobHandler } from './job-handler';
import { sendOnce } from './send-once';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';

/**
 * Asks an address typed into a shareable invitation link to confirm it. The one email an
 * unconfirmed address gets; the token is minted at send time and only its hash stored.
 */
@Injectable()
export class EmailConfirmationEmailHandler implements JobHandler<typeof JOBS.emailConfirmationEmail> {
  readonly job = JOBS.emailConfirmationEmail;
  private readonly logger = moduleLogger('email-confirmation-email');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ emailConfirmationId }: JobPayloads[typeof JOBS.emailConfirmationEmail]): Promise<void> {
    if (!isUuid(emailConfirmationId)) throw new PermanentJobError('invalid email confirmation id');
    const [confirmation]: { id: string; email: string; partnershipName: string; hoursLeft: number }[] = await this.db.query(
      `SELECT c.id, a.email, pa.name AS "partnershipName", ceil(extract(epoch FROM c.expires_at - now()) / 3600)::int AS "hoursLeft"
         FROM email_confirmation c JOIN account a ON a.id = c.account_id
         JOIN invitation i ON i.id = c.invitation_id JOIN partnership pa ON pa.id = i.partnership_id
        WHERE c.id = $1 AND c.sent_at IS NULL AND c.used_at IS NULL AND c.expires_at > now()`,
      [emailConfirmationId],
    );
    if (!confirmation) return;

    const sent = await sendOnce(this.ledger, this.mailer, {
      purposeKey: `email-confirmation:${confirmation.id}`,
      recipientKey: confirmation.id,
      compose: async () => {
        const token = newToken('confirmation');
        await this.db.query(`UPDATE email_confirmation SET token_hash = $2 WHERE id = $1`, [confirmation.id, hashToken(token)]);
        const confirmUrl = `${this.options.publicWebUrl}/confirm-email#token=${encodeURIComponent(token)}`;
        return { to: { address: confirmation.email }, ...renderEmailConfirmation({ partnershipName: confirmation.partnershipName, confirmUrl, hoursValid: confirmation.hoursLeft }) };
      },
      afterSent: () => this.db.query(`UPDATE email_confirmation SET sent_at = now() WHERE id = $1`, [confirmation.id]),
    });
    if (sent) this.logger.info({ emailConfirmationId: confirmation.id }, 'email confirmation sent');
  }
}
