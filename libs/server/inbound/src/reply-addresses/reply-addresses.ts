import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { isUuid } from '@convene/database';

/** What a reply to this address is about. */
export enum ReplyPurpose {
  AGENDA_PACK = 'AGENDA_PACK',
  FORUM_THREAD = 'FORUM_THREAD',
  MINUTES = 'MINUTES',
  FOI_REQUEST = 'FOI_REQUEST',
}

export interface ReplyBinding {
  personId: string;
  /** The address the email went to; a reply is acted on only from it. */
  address: string;
  purpose: ReplyPurpose;
  /** The meeting, thread, minutes or FOI request the reply lands on. */
  subjectId: string;
}

export interface IssuedReply extends ReplyBinding {
  id: string;
  expiresAt: Date;
  /** The person as the policy layer's actor, read with the key; null when deactivated or gone. */
  actor: Actor | null;
}

export const REPLY_ADDRESS_OPTIONS = Symbol('REPLY_ADDRESS_OPTIONS');
export interface ReplyAddressOptions {
  /** The domain of reply addresses; null: none are issued and mail carries no Reply-To. */
  domain: string | null;
}

/** A key lives this long: long enough to answer a digest after a holiday. */
export const REPLY_KEY_DAYS = 90;
// 20 random bytes as lower-case hex: relays may fold the case of a local part, and 46 characters fit its 64.
const KEY = /^reply\+([0-9a-f]{40})@(.+)$/i;

export const hashReplyKey = (key: string) => createHash('sha256').update(key.toLowerCase()).digest('hex');

/** The key of a reply address on `domain`, or null for anything else. */
export function replyKeyOf(address: string, domain: string): string | null {
  const match = KEY.exec(address.trim());
  return match && match[2].toLowerCase() === domain.toLowerCase() ? match[1].toLowerCase() : null;
}

/**
 * Per-recipient reply addresses `reply+<key>@<domain>`: the key is random and only its hash is
 * stored, bound to the person, the address the mail went to, the purpose and its subject.
 * A resend issues a fresh key; earlier ones keep working until they expire.
 */
@Injectable()
export class ReplyAddresses {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(REPLY_ADDRESS_OPTIONS) private readonly options: ReplyAddressOptions,
  ) {}

  get domain(): string | null {
    return this.options.domain;
  }

  /** A new reply address for one recipient of one email, or null when replies are not set up. */
  async issue(binding: ReplyBinding): Promise<string | null> {
    if (!this.options.domain || !isUuid(binding.personId) || !isUuid(binding.subjectId)) return null;
    const key = randomBytes(20).toString('hex');
    const expiresAt = new Date(this.clock.now().getTime() + REPLY_KEY_DAYS * 86_400_000);
    await this.db.query(
      `INSERT INTO reply_address (key_hash, person_id, address, purpose, subject_id, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [hashReplyKey(key), binding.personId, binding.address.toLowerCase(), binding.purpose, binding.subjectId, expiresAt],
    );
    return `reply+${key}@${this.options.domain}`;
  }

  /** The binding behind a reply address, if it is one of ours and has not expired. */
  async resolve(address: string): Promise<IssuedReply | null> {
    if (!this.options.domain) return null;
    const key = replyKeyOf(address, this.options.domain);
    if (!key) return null;
    const [found] = await this.db.query<(Omit<IssuedReply, 'actor'> & { accountId: string | null; partnershipId: string | null; role: Actor['role'] | null })[]>(
      `SELECT r.id, r.person_id AS "personId", r.address, r.purpose, r.subject_id AS "subjectId", r.expires_at AS "expiresAt",
              p.account_id AS "accountId", p.partnership_id AS "partnershipId", p.role
         FROM reply_address r LEFT JOIN person p ON p.id = r.person_id AND p.deactivated_at IS NULL
        WHERE r.key_hash = $1 AND r.expires_at > $2`,
      [hashReplyKey(key), this.clock.now()],
    );
    if (!found) return null;
    const { accountId, partnershipId, role, ...binding } = found;
    const actor = binding.personId && accountId && partnershipId && role ? { accountId, partnershipId, role, personId: binding.personId, sessionId: 'email-reply' } : null;
    return { ...binding, actor };
  }
}
