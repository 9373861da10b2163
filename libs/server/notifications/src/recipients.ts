import type { DataSource } from 'typeorm';
import { EmailCategory, type PartnershipRole } from '@convene/contracts';
import type { Actor } from '@convene/access';
import type { Recipient } from './send-many';

/** The preference that lets each category through; no row means every default (all on). */
const WANTS: Record<EmailCategory, string> = {
  [EmailCategory.AGENDA]: 'coalesce(np.agenda, true)',
  [EmailCategory.MINUTES]: 'coalesce(np.minutes, true)',
  [EmailCategory.MENTIONS]: 'coalesce(np.mentions, true)',
  [EmailCategory.ACTION_REMINDERS]: 'coalesce(np.action_reminders, true)',
  [EmailCategory.FORUM_DIGEST]: `coalesce(np.forum_digest, 'DAILY') <> 'OFF'`,
  // Each saved search is its own opt-in; unsubscribing removes the search.
  [EmailCategory.BANK_SEARCH]: 'true',
  // Watching a thread or forum is the opt-in; unsubscribing removes the watches.
  [EmailCategory.WATCHING]: 'true',
};

export const wants = (category: EmailCategory) => WANTS[category];

/**
 * Optional email skips an address that bounced hard, bounced softly too often or complained
 * (libs/server/inbound/src/bounces), until a coordinator marks it working again. Essential
 * email (sign-in links, password resets, invitations) does not come through here and still tries.
 */
export const REACHABLE = `NOT EXISTS (SELECT 1 FROM mail_suppression ms WHERE ms.email = lower(a.email) AND ms.cleared_at IS NULL)`;

// Every query here joins confirmed addresses only: nothing goes to an address typed into a link until its inbox proved it.
const PERSON = `p.id AS "personId", a.email, a.name, a.preferred_language AS lang, p.account_id AS "accountId", p.partnership_id AS "partnershipId", p.role`;

export interface PersonRecipient extends Recipient {
  accountId: string;
  partnershipId: string;
  role: PartnershipRole;
}

/** The person as the policy layer's actor, for checks made on their behalf. */
export function actorOf(person: PersonRecipient): Actor {
  return { accountId: person.accountId, personId: person.personId, partnershipId: person.partnershipId, role: person.role, sessionId: 'worker' };
}

/** A group's mailing list: its active members who want this category. */
export function groupRecipients(db: DataSource, groupId: string, category: EmailCategory): Promise<PersonRecipient[]> {
  return db.query(
    `SELECT ${PERSON} FROM group_member gm
       JOIN person p ON p.id = gm.person_id AND p.deactivated_at IS NULL
       JOIN account a ON a.id = p.account_id AND a.email_confirmed_at IS NOT NULL AND ${REACHABLE}
       LEFT JOIN notification_preference np ON np.person_id = p.id
      WHERE gm.group_id = $1 AND ${WANTS[category]}
      ORDER BY p.id`,
    [groupId],
  );
}

/** The partnership's active coordinators (admins when it has none) who want this category. */
export function coordinatorRecipients(db: DataSource, partnershipId: string, category: EmailCategory): Promise<PersonRecipient[]> {
  return db.query(
    `SELECT ${PERSON} FROM person p
       JOIN account a ON a.id = p.account_id AND a.email_confirmed_at IS NOT NULL AND ${REACHABLE}
       LEFT JOIN notification_preference np ON np.person_id = p.id
      WHERE p.partnership_id = $1 AND p.deactivated_at IS NULL AND ${WANTS[category]}
        AND p.role = CASE WHEN EXISTS (SELECT 1 FROM person c WHERE c.partnership_id = $1 AND c.role = 'COORDINATOR' AND c.deactivated_at IS NULL) THEN 'COORDINATOR' ELSE 'ADMIN' END
      ORDER BY p.id`,
    [partnershipId],
  );
}

/** One active person, if they want this category. */
export async function personRecipient(db: DataSource, personId: string, category: EmailCategory): Promise<PersonRecipient | null> {
  const [person]: PersonRecipient[] = await db.query(
    `SELECT ${PERSON} FROM person p
       JOIN account a ON a.id = p.account_id AND a.email_confirmed_at IS NOT NULL AND ${REACHABLE}
       LEFT JOIN notification_preference np ON np.person_id = p.id
      WHERE p.id = $1 AND p.deactivated_at IS NULL AND ${WANTS[category]}`,
    [personId],
  );
  return person ?? null;
}
