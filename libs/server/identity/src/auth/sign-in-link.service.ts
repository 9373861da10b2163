import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { JOBS } from '@convene/contracts';
import { rows } from '@convene/database';
import { badInput } from '@convene/errors';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { WriteLimits } from '@convene/redis';
import { SessionService, type IssuedSession } from './session.service';
import { ThrottleService } from './throttle.service';
import { hashToken, looksLikeToken } from './tokens';

/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_TTL_MINUTES = 15;

const LINK_INVALID = 'This sign-in link is not valid. It may have expired or been used. Ask for a new one, or sign in with your password.';

/** The per-address allowance is keyed by a hash: Redis never holds the address. */
const addressKey = (address: string) => createHash('sha256').update(address).digest('hex').slice(0, 32);

/**
 * "Email me a sign-in link": a one-time link (token hashed at rest, 15 minutes, single use by a
 * conditional UPDATE) that signs the person in on the device that opens it and presses the
 * button. Password sign-in stays as it is.
 */
@Injectable()
export class SignInLinkService {
  private readonly logger = moduleLogger('sign-in-link');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly limits: WriteLimits,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The same answer and the same work whether or not the address has an account: a row is
   * written and a job queued either way; the worker sends only when the row names an account
   * with an active membership.
   */
  async request(email: string, ip: string): Promise<void> {
    await this.throttle.attemptFromIp('sign-in-link', ip);
    const address = email.trim().toLowerCase();
    await this.limits.consume('sign-in-link', addressKey(address));
    const expiresAt = new Date(this.clock.now().getTime() + SIGN_IN_LINK_TTL_MINUTES * 60_000);
    const [link] = await rows<{ id: string }>(
      this.db,
      `INSERT INTO sign_in_link (account_id, expires_at)
       VALUES ((SELECT a.id FROM account a WHERE a.email = $1 AND EXISTS (SELECT 1 FROM person p WHERE p.account_id = a.id AND p.deactivated_at IS NULL)), $2)
       RETURNING id`,
      [address, expiresAt],
    );
    await this.jobs.nudge(JOBS.signInLinkEmail, { signInLinkId: link.id }, (error) =>
      this.logger.warn({ err: error, signInLinkId: link.id }, 'sign-in link queued for the next tick'),
    );
  }

  /** Uses the link up (whoever gets there first, once) and signs in to the earliest active membership. */
  async redeem(token: string, ip: string): Promise<IssuedSession> {
    await this.throttle.attemptFromIp('redeem', ip);
    if (!looksLikeToken(token, 'sign-in')) throw badInput(LINK_INVALID, { field: 'token' });
    const now = this.clock.now();
    const [used] = await rows<{ id: string; accountId: string }>(
      this.db,
      `UPDATE sign_in_link SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 AND account_id IS NOT NULL
        RETURNING id, account_id AS "accountId"`,
      [hashToken(token), now],
    );
    // Deactivated since the link was sent: the link is spent and nothing opens.
    const [membership] = used
      ? await rows<{ personId: string; partnershipId: string }>(
          this.db,
          `SELECT id AS "personId", partnership_id AS "partnershipId" FROM person WHERE account_id = $1 AND deactivated_at IS NULL ORDER BY created_at LIMIT 1`,
          [used.accountId],
        )
      : [];
    if (!used || !membership) throw badInput(LINK_INVALID, { field: 'token' });
    const session = await this.sessions.issue(used.accountId, membership.partnershipId);
    await this.audit.record({ partnershipId: membership.partnershipId, actorPersonId: membership.personId, action: 'account.signed-in-by-link', subjectType: 'person', subjectId: membership.personId });
    return session;
  }
}
