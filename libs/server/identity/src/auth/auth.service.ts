import { Inject, Injectable } from '@nestjs/common';
import { moduleLogger } from '@convene/logging';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@convene/access';
import { JOBS } from '@convene/contracts';
import { rows } from '@convene/database';
import { badInput, unauthenticated } from '@convene/errors';
import { JobQueue } from '@convene/jobs';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords';
import { SessionService, type IssuedSession } from './session.service';
import { ThrottleService } from './throttle.service';
import { hashToken, looksLikeToken } from './tokens';

const SIGN_IN_FAILED = 'The email address or password is not right, or you do not have access.';
const RESET_INVALID = 'This password reset link is not valid. It may have expired or been used. Ask for a new one.';

export interface SignInRequest {
  email: string;
  password: string;
  partnershipId?: string | null;
  ip: string;
}

@Injectable()
export class AuthService {
  private readonly logger = moduleLogger('auth');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly jobs: JobQueue,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /**
   * Every failure (unknown email, wrong password, no active membership) gets the same answer
   * after the same amount of work.
   */
  async signIn({ email, password, partnershipId, ip }: SignInRequest): Promise<IssuedSession> {
    const address = email.trim().toLowerCase();
    await this.throttle.assertMayTry('sign-in', address, ip);

    const [account]: { id: string; passwordHash: string }[] = await this.db.query(
      `SELECT id, password_hash AS "passwordHash" FROM account WHERE email = $1`,
      [address],
    );
    const ok = account ? await verifyPassword(account.passwordHash, password) : await verifyAgainstNothing(password);
    const membership = ok && account ? await this.activeMembership(account.id, partnershipId) : null;
    if (!account || !membership) {
      await this.throttle.failed('sign-in', address, ip);
      throw unauthenticated(SIGN_IN_FAILED);
    }
    await this.throttle.succeeded('sign-in', address, ip);
    return this.sessions.issue(account.id, membership);
  }

  /** The partnership to sign into: the one asked for, else the earliest joined. */
  private async activeMembership(accountId: string, partnershipId?: string | null): Promise<string | null> {
    const found: { partnershipId: string }[] = await this.db.query(
      `SELECT partnership_id AS "partnershipId" FROM person
        WHERE account_id = $1 AND deactivated_at IS NULL AND ($2::uuid IS NULL OR partnership_id = $2::uuid)
        ORDER BY created_at LIMIT 1`,
      [accountId, partnershipId ?? null],
    );
    return found[0]?.partnershipId ?? null;
  }

  async switchPartnership(accountId: string, partnershipId: string, currentToken: string | null): Promise<IssuedSession> {
    const membership = await this.activeMembership(accountId, partnershipId);
    if (!membership) throw badInput('You are not a member of that partnership.');
    const session = await this.sessions.issue(accountId, membership);
    if (currentToken) await this.sessions.end(currentToken);
    return session;
  }

  /** Always answers the same, whether or not the address has an account. */
  async requestPasswordReset(email: string, ip: string): Promise<void> {
    await this.throttle.attemptFromIp('password-reset', ip);
    const address = email.trim().toLowerCase();
    const created = await rows<{ id: string }>(
      this.db,
      `INSERT INTO password_reset (account_id, expires_at)
       SELECT a.id, now() + make_interval(mins => $2) FROM account a
        WHERE a.email = $1 AND EXISTS (SELECT 1 FROM person p WHERE p.account_id = a.id AND p.deactivated_at IS NULL)
       RETURNING id`,
      [address, this.options.passwordResetTtlMinutes],
    );
    for (const row of created) {
      await this.jobs.nudge(JOBS.passwordResetEmail, { passwordResetId: row.id }, (error) =>
        this.logger.warn({ err: error, passwordResetId: row.id }, 'password reset queued for the next tick'),
      );
    }
  }

  /** Sets a new password and ends every session of the account. The link works once. */
  async resetPassword(token: string, newPassword: string, ip: string): Promise<void> {
    await this.throttle.attemptFromIp('redeem', ip);
    if (!looksLikeToken(token, 'reset')) throw badInput(RESET_INVALID, { field: 'token' });
    await this.db.transaction(async (manager) => {
      const [reset] = await rows<{ accountId: string; email: string; name: string }>(
        manager,
        `UPDATE password_reset r SET used_at = now() FROM account a
          WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND a.id = r.account_id
          RETURNING r.account_id AS "accountId", a.email, a.name`,
        [hashToken(token)],
      );
      if (!reset) throw badInput(RESET_INVALID, { field: 'token' });
      const passwordHash = await hashPassword(newPassword, { personal: [reset.email, reset.name] });
      await this.setPassword(manager, reset.accountId, passwordHash);
      await this.sessions.endAllForAccount(reset.accountId, manager);
    });
  }

  /** A new password ends every other session and outstanding reset link; this session stays. */
  async changePassword(actor: Pick<Actor, 'accountId' | 'sessionId'>, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const [account]: { passwordHash: string; email: string; name: string }[] = await this.db.query(
      `SELECT password_hash AS "passwordHash", email, name FROM account WHERE id = $1`,
      [actor.accountId],
    );
    if (!account) throw badInput('Your current password is not right.', { field: 'currentPassword' });
    // Guessing the current password from a stolen session is throttled like signing in.
    await this.throttle.assertMayTry('sign-in', account.email, ip);
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await this.throttle.failed('sign-in', account.email, ip);
      throw badInput('Your current password is not right.', { field: 'currentPassword' });
    }
    const passwordHash = await hashPassword(newPassword, { field: 'newPassword', personal: [account.email, account.name] });
    await this.db.transaction(async (manager) => {
      await this.setPassword(manager, actor.accountId, passwordHash);
      await this.sessions.endOthersForAccount(actor.accountId, actor.sessionId, manager);
    });
  }

  /** Whoever held a reset link or another session loses it with the old password. */
  private async setPassword(manager: EntityManager, accountId: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE account SET password_hash = $2, updated_at = now() WHERE id = $1`, [accountId, passwordHash]);
    await manager.query(`UPDATE password_reset SET used_at = now() WHERE account_id = $1 AND used_at IS NULL`, [accountId]);
  }
}
