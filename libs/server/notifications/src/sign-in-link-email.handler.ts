import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '@convene/clock';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { hashToken, newToken } from '@convene/identity';
import { Mailer, renderSignInLink } from '@convene/mail';
import { moduleLogger } from '@convene/logging';
import { PermanentJobError, type JobHandler } from './job-handler';
import { sendOnce } from './send-once';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';

/**
 * Sends a one-time sign-in link; the token is minted at send time, as for password resets. A row
 * with no account (an address nobody has) sends nothing: the request did the same work anyway.
 * Essential mail: it still goes to an address that bounces.
 */
@Injectable()
export class SignInLinkEmailHandler implements JobHandler<typeof JOBS.signInLinkEmail> {
  readonly job = JOBS.signInLinkEmail;
  private readonly logger = moduleLogger('sign-in-link-email');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ signInLinkId }: JobPayloads[typeof JOBS.signInLinkEmail]): Promise<void> {
    if (!isUuid(signInLinkId)) throw new PermanentJobError('invalid sign-in link id');
    const now = this.clock.now();
    const [link]: { id: string; accountId: string; name: string; email: string; minutesLeft: number }[] = await this.db.query(
      `SELECT l.id, l.account_id AS "accountId", a.name, a.email, ceil(extract(epoch FROM l.expires_at - $2::timestamptz) / 60)::int AS "minutesLeft"
         FROM sign_in_link l JOIN account a ON a.id = l.account_id
        WHERE l.id = $1 AND l.sent_at IS NULL AND l.used_at IS NULL AND l.expires_at > $2`,
      [signInLinkId, now],
    );
    if (!link) return;

    const sent = await sendOnce(this.ledger, this.mailer, {
      purposeKey: `sign-in-link:${link.id}`,
      recipientKey: link.accountId,
      compose: async () => {
        const token = newToken('sign-in');
        await this.db.query(`UPDATE sign_in_link SET token_hash = $2 WHERE id = $1`, [link.id, hashToken(token)]);
        // In the fragment: never sent to a server, never in a referrer or an access log.
        const signInUrl = `${this.options.publicWebUrl}/sign-in/link#token=${encodeURIComponent(token)}`;
        return { to: { name: link.name, address: link.email }, ...renderSignInLink({ name: link.name, signInUrl, minutesValid: link.minutesLeft }) };
      },
      afterSent: () => this.db.query(`UPDATE sign_in_link SET sent_at = $2 WHERE id = $1`, [link.id, this.clock.now()]),
    });
    if (sent) this.logger.info({ signInLinkId: link.id }, 'sign-in link sent');
  }
}
