import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';

/** `@` then up to five words, not inside a word, an email address or a picked `@[Name](id)` mention. */
const PLAIN = /(?<![\p{L}\p{N}_.@[])@(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,4})/gu;
const MAX_PLAIN = 20;

/** For the table test of what counts as a typed mention. */
export const PLAIN_MENTION_FOR_TESTS = PLAIN;

interface Occurrence {
  index: number;
  /** The words after `@`, longest first: "Amina Yusuf Ali", "Amina Yusuf", "Amina". */
  prefixes: string[];
}

function occurrences(markdown: string): Occurrence[] {
  return [...markdown.matchAll(PLAIN)].slice(0, MAX_PLAIN).map((m) => {
    const words = m[1].split(/[ \t]+/);
    return { index: m.index!, prefixes: words.map((_, i) => words.slice(0, words.length - i).join(' ')) };
  });
}

/**
 * Turns a typed "@Full Name" into a mention `@[Full Name](id)` when exactly one person who can
 * read the forum has that name (the longest name that fits wins). Anything else stays as typed.
 */
export async function resolvePlainMentions(db: DataSource, access: AccessService, forumId: string, markdown: string): Promise<string> {
  const found = occurrences(markdown);
  if (!found.length) return markdown;
  const names = [...new Set(found.flatMap((o) => o.prefixes.map((p) => p.toLowerCase())))];
  const people: { id: string; name: string }[] = await db.query(
    `SELECT p.id, a.name FROM person p JOIN account a ON a.id = p.account_id JOIN forum f ON f.id = $1 AND f.partnership_id = p.partnership_id
      WHERE p.deactivated_at IS NULL AND lower(a.name) = ANY($2::text[]) LIMIT 200`,
    [forumId, names],
  );
  const readers = await access.audience(Permission.forumRead, forumId, people.map((p) => p.id));
  const byName = new Map<string, { id: string; name: string }[]>();
  for (const person of people.filter((p) => readers.has(p.id))) {
    const key = person.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  let result = markdown;
  // From the end, so earlier indexes stay right as the text grows.
  for (const { index, prefixes } of [...found].reverse()) {
    const typed = prefixes.find((p) => byName.get(p.toLowerCase())?.length === 1);
    if (!typed) continue;
    const [person] = byName.get(typed.toLowerCase())!;
    result = `${result.slice(0, index)}@[${person.name.replace(/[[\]\n]/g, '')}](${person.id})${result.slice(index + 1 + typed.length)}`;
  }
  return result;
}

/** People who may read the forum whose name starts with (or has a word starting with) `query`. */
export async function mentionCandidates(db: DataSource, access: AccessService, forumId: string, query: string, first: number): Promise<{ id: string; name: string; organisation: string | null }[]> {
  const q = query.trim().toLowerCase().replace(/[%_\\]/g, '');
  if (!q) return [];
  const people: { id: string; name: string; organisation: string | null }[] = await db.query(
    `SELECT p.id, a.name, o.name AS organisation
       FROM person p JOIN account a ON a.id = p.account_id JOIN forum f ON f.id = $1 AND f.partnership_id = p.partnership_id
       LEFT JOIN organisation o ON o.id = p.organisation_id
      WHERE p.deactivated_at IS NULL AND (lower(a.name) LIKE $2 || '%' OR lower(a.name) LIKE '% ' || $2 || '%')
      ORDER BY lower(a.name) LIKE $2 || '%' DESC, a.name LIMIT 100`,
    [forumId, q],
  );
  const readers = await access.audience(Permission.forumRead, forumId, people.map((p) => p.id));
  return people.filter((p) => readers.has(p.id)).slice(0, first);
}
