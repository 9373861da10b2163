import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DigestFrequency, EmailCategory, categoryOfPurpose } from '@convene/contracts';
import { hashToken, looksLikeToken } from '@convene/identity';

export interface EmailPreferences {
  agenda: boolean;
  minutes: boolean;
  mentions: boolean;
  actionReminders: boolean;
  forumDigest: DigestFrequency;
  /** 0–23, London time. */
  digestHour: number;
  /** ISO weekday for weekly digests, 1 = Monday. */
  digestWeekday: number;
}

export const DEFAULT_PREFERENCES: EmailPreferences = {
  agenda: true,
  minutes: true,
  mentions: true,
  actionReminders: true,
  forumDigest: DigestFrequency.DAILY,
  digestHour: 8,
  digestWeekday: 1,
};

/** The token in an email's links stays good this long. */
const TOKEN_DAYS = 365;

const COLUMNS = `agenda, minutes, mentions, action_reminders AS "actionReminders", forum_digest AS "forumDigest", digest_hour AS "digestHour", digest_weekday AS "digestWeekday"`;

/**
 * Which optional emails a person gets. Signed-in people change them through GraphQL; anyone
 * holding an email's unsubscribe token may change them for that email's recipient, with no
 * cookie or sign-in (RFC 8058), since the token is the credential. Tokens are stored hashed.
 */
@Injectable()
export class PreferencesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(personId: string): Promise<EmailPreferences> {
    const [found]: EmailPreferences[] = await this.db.query(`SELECT ${COLUMNS} FROM notification_preference WHERE person_id = $1`, [personId]);
    return found ?? { ...DEFAULT_PREFERENCES };
  }

  async update(personId: string, change: { [K in keyof EmailPreferences]?: EmailPreferences[K] | null }): Promise<EmailPreferences> {
    const next = { ...(await this.get(personId)), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined && v !== null)) } as EmailPreferences;
    const [saved]: EmailPreferences[] = await this.db.query(
      `INSERT INTO notification_preference (person_id, agenda, minutes, mentions, action_reminders, forum_digest, digest_hour, digest_weekday)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (person_id) DO UPDATE SET agenda = $2, minutes = $3, mentions = $4, action_reminders = $5, forum_digest = $6,
         digest_hour = $7, digest_weekday = $8, updated_at = now()
       RETURNING ${COLUMNS}`,
      [personId, next.agenda, next.minutes, next.mentions, next.actionReminders, next.forumDigest, next.digestHour, next.digestWeekday],
    );
    return saved;
  }

  /** The person and category behind an email's token, or null (unknown, expired, deactivated). */
  async fromToken(token: string): Promise<{ personId: string; category: EmailCategory; name: string; purposeKey: string } | null> {
    if (!looksLikeToken(token, 'unsubscribe')) return null;
    const [found]: { personId: string; purposeKey: string; name: string }[] = await this.db.query(
      `SELECT p.id AS "personId", d.purpose_key AS "purposeKey", a.name
         FROM delivery d JOIN person p ON p.id::text = d.recipient_key JOIN account a ON a.id = p.account_id
        WHERE d.unsubscribe_token_hash = $1 AND d.created_at > now() - make_interval(days => $2) AND p.deactivated_at IS NULL`,
      [hashToken(token), TOKEN_DAYS],
    );
    const category = found ? categoryOfPurpose(found.purposeKey) : null;
    return found && category ? { personId: found.personId, category, name: found.name, purposeKey: found.purposeKey } : null;
  }

  /**
   * Turns one category off. Digests go to OFF; the rest to false. A saved bank search's email
   * (`bank-search:<id>:<week>`) stops that one search: it is removed, the person's other
   * preferences stay as they are.
   */
  async unsubscribe(personId: string, category: EmailCategory, purposeKey = ''): Promise<EmailPreferences> {
    if (category === EmailCategory.BANK_SEARCH) {
      const savedSearchId = purposeKey.split(':')[1];
      if (savedSearchId) await this.db.query(`DELETE FROM bank_saved_search WHERE id::text = $1 AND person_id = $2`, [savedSearchId, personId]);
      return this.get(personId);
    }
    if (category === EmailCategory.WATCHING) {
      // Watches are the opt-in: the email's link stops them all; mutes stay.
      await this.db.query(`DELETE FROM thread_follow WHERE person_id = $1 AND level = 'WATCHING'`, [personId]);
      await this.db.query(`DELETE FROM forum_follow WHERE person_id = $1 AND level = 'WATCHING'`, [personId]);
      return this.get(personId);
    }
    const off: Record<EmailCategory, Partial<EmailPreferences>> = {
      [EmailCategory.AGENDA]: { agenda: false },
      [EmailCategory.MINUTES]: { minutes: false },
      [EmailCategory.MENTIONS]: { mentions: false },
      [EmailCategory.ACTION_REMINDERS]: { actionReminders: false },
      [EmailCategory.FORUM_DIGEST]: { forumDigest: DigestFrequency.OFF },
      [EmailCategory.BANK_SEARCH]: {},
      [EmailCategory.WATCHING]: {},
    };
    return this.update(personId, off[category]);
  }
}

/** Plain words for each category, for pages and emails. */
export const CATEGORY_WORDS: Record<EmailCategory, string> = {
  [EmailCategory.AGENDA]: 'agenda packs and agenda updates',
  [EmailCategory.MINUTES]: 'minutes for comment and approved minutes',
  [EmailCategory.FORUM_DIGEST]: 'the forum digest',
  [EmailCategory.MENTIONS]: 'emails when someone mentions you in a forum',
  [EmailCategory.ACTION_REMINDERS]: 'reminders about your actions',
  [EmailCategory.BANK_SEARCH]: 'emails about new resources matching this saved knowledge bank search',
  [EmailCategory.WATCHING]: 'emails of new posts in the threads and forums you watch',
};
