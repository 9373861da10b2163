import type { EntityManager } from 'typeorm';

/**
 * Reading and following for the demo people, so the forum list shows unread counts and the
 * thread shows "new since your last visit" on first sign-in: the member has read the pinned
 * guidance and their own post on move-on notices (the reply after it is new), watches that
 * thread and has muted the EU Settled Status forum; the coordinator watches the whole Housing forum.
 */
export async function seedFollowing(m: EntityManager, partnershipId: string, person: (email: string) => string): Promise<number> {
  const thread = async (title: string): Promise<string | undefined> =>
    (await m.query(`SELECT t.id FROM thread t JOIN forum f ON f.id = t.forum_id WHERE f.partnership_id = $1 AND t.title = $2`, [partnershipId, title]))[0]?.id;
  const forum = async (name: string): Promise<string | undefined> => (await m.query(`SELECT id FROM forum WHERE partnership_id = $1 AND name = $2`, [partnershipId, name]))[0]?.id;
  const member = person('member@demo.convene.localhost');
  const coordinator = person('coordinator@demo.convene.localhost');
  let created = 0;
  const read = async (threadId: string | undefined, upTo: 'all' | 'own') => {
    if (!threadId) return;
    const rows = await m.query(
      `INSERT INTO thread_read (thread_id, person_id, last_read_seq)
       SELECT $1, $2, max(created_seq) FROM post WHERE thread_id = $1 AND ($3 = 'all' OR author_person_id = $2) HAVING max(created_seq) IS NOT NULL
       ON CONFLICT DO NOTHING RETURNING thread_id`,
      [threadId, member, upTo],
    );
    created += rows.length;
  };
  await read(await thread('How to use this forum'), 'all');
  const moveOn = await thread('28-day move-on notices: what are you seeing?');
  await read(moveOn, 'own');
  if (moveOn) created += (await m.query(`INSERT INTO thread_follow (person_id, thread_id, level) VALUES ($1, $2, 'WATCHING') ON CONFLICT DO NOTHING RETURNING 1`, [member, moveOn])).length;
  const settled = await forum('EU Settled Status');
  if (settled) created += (await m.query(`INSERT INTO forum_follow (person_id, forum_id, level) VALUES ($1, $2, 'MUTED') ON CONFLICT DO NOTHING RETURNING 1`, [member, settled])).length;
  const housing = await forum('Housing');
  if (housing) created += (await m.query(`INSERT INTO forum_follow (person_id, forum_id, level) VALUES ($1, $2, 'WATCHING') ON CONFLICT DO NOTHING RETURNING 1`, [coordinator, housing])).length;
  return created;
}
