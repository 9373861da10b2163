import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@convene/access';
import { isUuid, rows } from '@convene/database';
import { RealtimePublisher } from '@convene/realtime';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';
import { hashToken, looksLikeToken, newToken } from './tokens';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/**
 * Opaque, server-side sessions. One token works as a GraphQL bearer token, as `auth.token` in
 * the socket handshake and as the web client's httpOnly cookie. Ending a session is deleting
 * its row, so sign-out and deactivation take effect on the next request everywhere.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly realtime: RealtimePublisher,
  ) {}

  async issue(accountId: string, partnershipId: string, manager: EntityManager = this.db.manager): Promise<IssuedSession> {
    const token = newToken('session');
    const expiresAt = new Date(Date.now() + this.options.sessionTtlHours * 3600_000);
    await manager.query(`INSERT INTO session (token_hash, account_id, partnership_id, expires_at) VALUES ($1, $2, $3, $4)`, [
      hashToken(token),
      accountId,
      partnershipId,
      expiresAt,
    ]);
    return { token, expiresAt };
  }

  /** The actor behind a token, or null if the token is unknown, expired or its person deactivated. */
  async resolve(token: string | null | undefined): Promise<Actor | null> {
    if (!looksLikeToken(token, 'session')) return null;
    return this.actorWhere('s.token_hash = $1', hashToken(token));
  }

  /**
   * The session's actor as it is now (role included), or null once it has ended: a socket asks
   * on every event, so a role change or sign-out applies to it as it does to the next request.
   */
  async resolveById(sessionId: string): Promise<Actor | null> {
    return isUuid(sessionId) ? this.actorWhere('s.id = $1', sessionId) : null;
  }

  private async actorWhere(condition: string, value: string): Promise<Actor | null> {
    const found: Actor[] = await this.db.query(
      `SELECT s.id AS "sessionId", s.account_id AS "accountId", p.id AS "personId", p.partnership_id AS "partnershipId", p.role
         FROM session s
         JOIN person p ON p.account_id = s.account_id AND p.partnership_id = s.partnership_id
        WHERE ${condition} AND s.expires_at > now() AND p.deactivated_at IS NULL`,
      [value],
    );
    return found[0] ?? null;
  }

  async end(token: string): Promise<void> {
    const ended = await rows<{ id: string }>(this.db, `DELETE FROM session WHERE token_hash = $1 RETURNING id`, [hashToken(token)]);
    this.realtime.endSessions(ended.map((r) => r.id), 'signed-out');
  }

  /** Sign-out everywhere, password reset: every session of the account, in every partnership. */
  async endAllForAccount(accountId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const ended = await rows<{ id: string }>(manager, `DELETE FROM session WHERE account_id = $1 RETURNING id`, [accountId]);
    // Sockets close at once, even before the surrounding transaction commits: erring towards
    // closing a socket early is safe, leaving one open is not.
    this.realtime.endSessions(ended.map((r) => r.id), 'signed-out-everywhere');
    return ended.map((r) => r.id);
  }

  /** A password change: every session of the account but the one that changed it. */
  async endOthersForAccount(accountId: string, keepSessionId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const ended = await rows<{ id: string }>(manager, `DELETE FROM session WHERE account_id = $1 AND id <> $2::uuid RETURNING id`, [accountId, keepSessionId]);
    this.realtime.endSessions(ended.map((r) => r.id), 'password-changed');
    return ended.map((r) => r.id);
  }

  /** Deactivation: the person's sessions in that partnership. */
  async endAllForPerson(personId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const ended = await rows<{ id: string }>(
      manager,
      `DELETE FROM session s USING person p WHERE p.id = $1 AND s.account_id = p.account_id AND s.partnership_id = p.partnership_id RETURNING s.id`,
      [personId],
    );
    this.realtime.endSessions(ended.map((r) => r.id), 'deactivated');
    return ended.map((r) => r.id);
  }
}
