import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { hashToken, newToken } from '@convene/identity';
import { Mailer, renderPasswordReset } from '@convene/mail';
import { moduleLogger } from '@convene/logging';
import { PermanentJobError, type JobHandler } from './job-handler';
import { sendOnce } from './send-once';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';

/** Sends a one-time password reset link; the token is minted at send time, like invitations. */
@Injectable()
export class PasswordResetEmailHandler implements JobHandler<typeof JOBS.passwordResetEmail> {
  readonly job = JOBS.passwordResetEmail;
  private readonly logger = moduleLogger('password-reset-email');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ passwordResetId }: JobPayloads[typeof JOBS.passwordResetEmail]): Promise<void> {
    if (!isUuid(passwordResetId)) throw new PermanentJobError('invalid password reset id');
    const [reset]: { id: string; accountId: string; name: string; email: string; minutesLeft: number }[] = await this.db.query(
      `SELECT r.id, r.account_id AS "accountId", a.name, a.email, ceil(extract(epoch FROM r.expires_at - now()) / 60)::int AS "minutesLeft"
         FROM password_reset r JOIN account a ON a.id = r.account_id
        WHERE r.id = $1 AND r.sent_at IS NULL AND r.used_at IS NULL AND r.expires_at > now()`,
      [passwordResetId],
    );
    if (!reset) return;

    const sent = await sendOnce(this.ledger, this.mailer, {
      purposeKey: `password-reset:${reset.id}`,
      recipientKey: reset.accountId,
      compose: async () => {
        const token = newToken('reset');
        await this.db.query(`UPDATE password_reset SET token_hash = $2 WHERE id = $1`, [reset.id, hashToken(token)]);
        const resetUrl = `${this.options.publicWebUrl}/reset-password#token=${encodeURIComponent(token)}`;
        return { to: { name: reset.name, address: reset.email }, ...renderPasswordReset({ name: reset.name, resetUrl, minutesValid: reset.minutesLeft }) };
      },
      afterSent: () => this.db.query(`UPDATE password_reset SET sent_at = now() WHERE id = $1`, [reset.id]),
    });
    if (sent) this.logger.info({ passwordResetId: reset.id }, 'password reset sent');
  }
}
