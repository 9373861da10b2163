import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '@convene/markdown';

/**
 * The personal-data guard in the demo: the EU Settled Status forum holds posts that may name
 * someone for a moderator, and one waits there now (the coordinator sees it at /forums/held);
 * a thread whose title named a client has it hidden. Skipped when the held post already exists.
 * The values are invented and shaped like the real thing only.
 */
export async function seedGuard(m: EntityManager, partnershipId: string, person: (email: string) => string): Promise<number> {
  const [forum] = await m.query(`SELECT id FROM forum WHERE partnership_id = $1 AND name = 'EU Settled Status'`, [partnershipId]);
  if (!forum) return 0;
  const [already] = await m.query(`SELECT 1 FROM post WHERE forum_id = $1 AND client_id = 'demo-guard-1'`, [forum.id]);
  if (already) return 0;
  await m.query(`UPDATE forum SET personal_data_mode = 'HOLD' WHERE id = $1`, [forum.id]);
  const [thread] = await m.query(`SELECT id FROM thread WHERE forum_id = $1 ORDER BY created_at LIMIT 1`, [forum.id]);
  if (!thread) return 0;
  const body = 'Can anyone help with a late application? Her certificate of application ref is K7654321 and the employer wants it checked this week.';
  await m.query(
    `INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html, held_reason, held_at, guard_kinds, guard_reason)
     VALUES ($1, $2, $3, 'demo-guard-1', $4, $5, 'PERSONAL_DATA', now(), '{HOME_OFFICE_REFERENCE}', 'The adviser needs the reference to check the status')`,
    [thread.id, forum.id, person('member@demo.convene.localhost'), body, renderMarkdown(body)],
  );
  const title = 'Right-to-work check for a client in Tamworth';
  const [named] = await m.query(
    `INSERT INTO thread (forum_id, title, hidden_title, title_hidden_at, title_hidden_reason, title_hidden_by_person_id, theme, created_by_person_id)
     VALUES ($1, 'Title hidden by a moderator', $2, now(), 'The title named a client', $3, 'immigration status', $4) RETURNING id`,
    [forum.id, title, person('coordinator@demo.convene.localhost'), person('lina.haddad@demo.convene.localhost')],
  );
  const first = 'An employer is asking for a share code they cannot get. What has worked for others?';
  await m.query(`INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html) VALUES ($1, $2, $3, 'demo-guard-2', $4, $5)`, [
    named.id,
    forum.id,
    person('lina.haddad@demo.convene.localhost'),
    first,
    renderMarkdown(first),
  ]);
  return 3;
}
