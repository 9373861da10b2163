import type { ParsedMail } from 'mailparser';
import type { DataSource } from 'typeorm';
import { gql, type SeededPerson } from '@convene/testing';

export interface Member {
  personId: string;
  email: string;
  name: string;
}

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

export async function signIn(apiUrl: string, person: SeededPerson): Promise<string> {
  return (await gql(apiUrl, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token as string;
}

/** `count` more people in the partnership, all members of the group, written in one statement each. */
export async function addMembers(db: DataSource, partnershipId: string, groupId: string, count: number, slug: string): Promise<Member[]> {
  const accounts: { id: string; email: string; name: string }[] = await db.query(
    `INSERT INTO account (email, name, password_hash)
     SELECT 'member-' || i || '@' || $2 || '.test', 'Member ' || i || ' of ' || $2, 'unusable' FROM generate_series(1, $1) i
     RETURNING id, email, name`,
    [count, slug],
  );
  const people: { id: string; accountId: string }[] = await db.query(
    `INSERT INTO person (partnership_id, account_id, role) SELECT $1, unnest($2::uuid[]), 'MEMBER' RETURNING id, account_id AS "accountId"`,
    [partnershipId, accounts.map((a) => a.id)],
  );
  await db.query(`INSERT INTO group_member (group_id, person_id, role) SELECT $1, unnest($2::uuid[]), 'MEMBER'`, [groupId, people.map((p) => p.id)]);
  const byAccount = new Map(accounts.map((a) => [a.id, a]));
  return people.map((p) => ({ personId: p.id, email: byAccount.get(p.accountId)!.email, name: byAccount.get(p.accountId)!.name }));
}

/** A group straight in the database: no cadence, so only the meetings a test adds exist. */
export async function addGroup(db: DataSource, partnershipId: string, name: string, options: { visibility?: string; packDays?: number; cadence?: string; cadenceStart?: Date } = {}): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, agenda_pack_days, cadence_rrule, cadence_start)
     VALUES ($1, $2, $3, 'STEERING_GROUP', $4, $5, $6, $7) RETURNING id`,
    [partnershipId, name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), options.visibility ?? 'PRIVATE', options.packDays ?? 7, options.cadence ?? null, options.cadenceStart ?? null],
  );
  return id;
}

export async function addMeeting(db: DataSource, groupId: string, startsAt: Date, title = 'Meeting'): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO meeting (group_id, title, starts_at, ends_at, location) VALUES ($1, $2, $3, $3::timestamptz + interval '2 hours', 'Council House, Committee Room 2') RETURNING id`,
    [groupId, title, startsAt],
  );
  return id;
}

/** Publishes a version of a meeting's agenda as the API does: a frozen snapshot row. */
export async function publishAgenda(db: DataSource, meetingId: string, version: number, changeNote: string | null = null): Promise<void> {
  const snapshot = [{ id: '00000000-0000-4000-8000-000000000001', title: 'Welcome and apologies', description: '', presenterPersonId: null, minutesAllotted: 5, papers: [] }];
  await db.query(`INSERT INTO agenda_version (meeting_id, version, snapshot, change_note) VALUES ($1, $2, $3, $4)`, [meetingId, version, JSON.stringify(snapshot), changeNote]);
}

export const recipientOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0].address!;

/** Counts messages per recipient among those whose subject starts with `prefix`. */
export function perRecipient(mails: ParsedMail[], prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails.filter((m) => m.subject?.startsWith(prefix))) counts.set(recipientOf(mail), (counts.get(recipientOf(mail)) ?? 0) + 1);
  return counts;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling; throws with `what` after the timeout. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A header as sent (mailparser folds List-* headers into objects). */
export function rawHeader(mail: ParsedMail, key: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === key.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
}
