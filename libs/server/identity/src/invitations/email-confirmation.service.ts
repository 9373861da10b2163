import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@convene/audit';
import { JOBS } from '@convene/contracts';
import { rows } from '@convene/database';
import { badInput } from '@convene/errors';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { hashPassword } from '../auth/passwords';
import { SessionService, type IssuedSession } from '../auth/session.service';
import { ThrottleService } from '../auth/throttle.service';
import { hashToken, looksLikeToken } from '../auth/tokens';
import { joinPartnership, JOINING_COLUMNS, type JoiningInvitation } from './joining';

/** How long the emailed confirmation link works. */
export const CONFIRMATION_TTL_HOURS = 72;
export const CONFIRMATION_INVALID = 'This confirmation link is not valid. It may have expired or been used. Accept the invitation again to get a new one.';

export interface LinkAcceptance {
  email: string;
  name?: string | null;
  password: string;
  organisationName?: string | null;
}

/**
 * Shareable links name no address, so whoever accepts one types it. Nothing happens in the
 * address's name until its inbox proves it: the answer is "check your email" whether or not the
 * address has an account, no password is checked, and the emailed link does the joining.
 */
@Injectable()
export class EmailConfirmationService {
  private readonly logger = moduleLogger('email-confirmation');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Records what was typed, creating the account unconfirmed if the address has none, in the
   * transaction that counted the link's use. The same checks and work whatever the address.
   */
  async request(manager: EntityManager, invitation: JoiningInvitation, { email, name, password, organisationName }: LinkAcceptance): Promise<string> {
    const trimmed = name?.trim();
    if (!trimmed) throw badInput('Enter your name.', { field: 'name' });
    const passwordHash = await hashPassword(password, { personal: [email, trimmed] });
    await manager.query(`INSERT INTO account (email, name, password_hash, email_confirmed_at) VALUES ($1, $2, $3, NULL) ON CONFLICT (email) DO NOTHING`, [email, trimmed, passwordHash]);
    const [confirmation] = await rows<{ id: string }>(
      manager,
      `INSERT INTO email_confirmation (account_id, invitation_id, name, password_hash, expires_at, organisation_name)
       SELECT a.id, $2, $3, $4, now() + make_interval(hours => $5), $6 FROM account a WHERE a.email = $1
       RETURNING id`,
      [email, invitation.id, trimmed, passwordHash, CONFIRMATION_TTL_HOURS, organisationName ?? null],
    );
    return confirmation.id;
  }

  /** After the transaction commits: the worker mints the token when it sends the email. */
  async send(confirmationId: string): Promise<void> {
    await this.jobs.nudge(JOBS.emailConfirmationEmail, { emailConfirmationId: confirmationId }, (error) =>
      this.logger.warn({ err: error, emailConfirmationId: confirmationId }, 'confirmation email left for the next tick'),
    );
  }

  /**
   * The emailed link: confirms the address and joins the partnership. An account still
   * unconfirmed takes the name and password typed with this link, so nobody who typed someone
   * else's address earlier keeps a password to it.
   */
  async confirm(token: string, ip: string): Promise<IssuedSession & { accountId: string; partnershipId: string }> {
    await this.throttle.attemptFromIp('redeem', ip);
    if (!looksLikeToken(token, 'confirmation')) throw badInput(CONFIRMATION_INVALID, { field: 'token' });
    return this.db.transaction(async (manager) => {
      const [confirmation] = await rows<{ id: string; accountId: string; invitationId: string; name: string; passwordHash: string | null; organisationName: string | null }>(
        manager,
        `SELECT id, account_id AS "accountId", invitation_id AS "invitationId", name, password_hash AS "passwordHash", organisation_name AS "organisationName" FROM email_confirmation
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
        [hashToken(token)],
      );
      if (!confirmation) throw badInput(CONFIRMATION_INVALID, { field: 'token' });
      await manager.query(`UPDATE email_confirmation SET used_at = now(), password_hash = NULL WHERE id = $1`, [confirmation.id]);
      const [invitation] = await rows<JoiningInvitation>(manager, `SELECT ${JOINING_COLUMNS} FROM invitation WHERE id = $1 AND revoked_at IS NULL`, [confirmation.invitationId]);
      if (!invitation) throw badInput(CONFIRMATION_INVALID, { field: 'token' });
      await manager.query(
        `UPDATE account SET email_confirmed_at = now(), name = $2, password_hash = coalesce($3, password_hash), updated_at = now()
          WHERE id = $1 AND email_confirmed_at IS NULL`,
        [confirmation.accountId, confirmation.name, confirmation.passwordHash],
      );
      await joinPartnership(manager, this.audit, invitation, confirmation.accountId, { organisationName: confirmation.organisationName });
      const session = await this.sessions.issue(confirmation.accountId, invitation.partnershipId, manager);
      return { ...session, accountId: confirmation.accountId, partnershipId: invitation.partnershipId };
    });
  }
}
