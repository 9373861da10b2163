import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '@convene/markdown';

export const DEMO_GUEST = { name: 'Sam Whitfield', email: 'guest@demo.convene.localhost', organisation: 'Walsall Community Innovation Group' };

/**
 * A forum guest in the Housing forum, as a shareable forum link makes one: a caseworker from a
 * community group outside the partnership, who sees that forum and its people's names only. The
 * forum holds a new guest's first post for a moderator. Skipped when the guest already exists.
 */
export async function seedGuests(m: EntityManager, partnershipId: string, passwordHash: () => Promise<string>): Promise<number> {
  const [forum] = await m.query(`SELECT id FROM forum WHERE partnership_id = $1 AND name = 'Housing'`, [partnershipId]);
  if (!forum) return 0;
  let [account] = await m.query(`SELECT id FROM account WHERE email = $1`, [DEMO_GUEST.email]);
  if (!account) [account] = await m.query(`INSERT INTO account (email, name, password_hash, email_confirmed_at) VALUES ($1, $2, $3, now()) RETURNING id`, [DEMO_GUEST.email, DEMO_GUEST.name, await passwordHash()]);
  const inserted: { id: string }[] = await m.query(
    `INSERT INTO person (partnership_id, account_id, role, organisation_name, joined_through_forum_id) VALUES ($1, $2, 'GUEST', $3, $4)
     ON CONFLICT (partnership_id, account_id) DO NOTHING RETURNING id`,
    [partnershipId, account.id, DEMO_GUEST.organisation, forum.id],
  );
  if (!inserted.length) return 0;
  const guestId = inserted[0].id;
  await m.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER') ON CONFLICT DO NOTHING`, [forum.id, guestId]);
  await m.query(`UPDATE forum SET guest_posts_held = 1 WHERE id = $1`, [forum.id]);
  const [thread] = await m.query(`SELECT id FROM thread WHERE forum_id = $1 ORDER BY created_at LIMIT 1`, [forum.id]);
  if (thread) {
    // Their first post was approved, so what they write next appears straight away.
    const body = 'We are seeing the same in Walsall: people given seven days’ notice with no move-on appointment booked. Happy to share how we escalate.';
    await m.query(`INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html) VALUES ($1, $2, $3, 'demo-guest-1', $4, $5)`, [thread.id, forum.id, guestId, body, renderMarkdown(body)]);
  }
  return 1;
}
