import type { EntityManager } from 'typeorm';
import { renderMarkdown } from '@convene/markdown';

/**
 * The invitation-only conversations that used to live in a mailing list: two topic forums and
 * the Destitution Steering Group's own forum, with an inputs thread for the next meeting's
 * sector assessment item. Skipped when the forums already exist.
 */
export async function seedForums(m: EntityManager, partnershipId: string, person: (email: string) => string): Promise<number> {
  const [existing] = await m.query(`SELECT 1 FROM forum WHERE partnership_id = $1`, [partnershipId]);
  if (existing) return 0;
  let created = 0;
  let n = 0;
  const forum = async (name: string, description: string, members: [string, 'MEMBER' | 'MODERATOR'][], groupSlug?: string) => {
    const [row] = await m.query(
      `INSERT INTO forum (partnership_id, group_id, name, description, created_by_person_id)
       VALUES ($1, (SELECT id FROM "group" WHERE partnership_id = $1 AND slug = $2), $3, $4, $5) RETURNING id`,
      [partnershipId, groupSlug ?? null, name, description, person('coordinator@demo.convene.localhost')],
    );
    for (const [email, role] of members) await m.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, $3)`, [row.id, person(email), role]);
    created++;
    return row.id as string;
  };
  const thread = async (forumId: string, title: string, theme: string, posts: [string, string][], extra: { kind?: string; agendaItemId?: string; locksAt?: Date; pinned?: boolean } = {}) => {
    const [row] = await m.query(
      `INSERT INTO thread (forum_id, title, theme, kind, agenda_item_id, locks_at, pinned, created_by_person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [forumId, title, theme, extra.kind ?? 'DISCUSSION', extra.agendaItemId ?? null, extra.locksAt ?? null, extra.pinned ?? false, person(posts[0][0])],
    );
    for (const [email, body] of posts) {
      await m.query(`INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html) VALUES ($1, $2, $3, $4, $5, $6)`, [row.id, forumId, person(email), `demo-${++n}`, body, renderMarkdown(body)]);
    }
    created++;
    return row.id as string;
  };

  const housing = await forum('Housing', 'Move-on from asylum accommodation, temporary accommodation and homelessness.', [
    ['coordinator@demo.convene.localhost', 'MODERATOR'],
    ['member@demo.convene.localhost', 'MEMBER'],
    ['declan.byrne@demo.convene.localhost', 'MEMBER'],
    ['rachel.adeyemi@demo.convene.localhost', 'MEMBER'],
  ]);
  await thread(housing, 'How to use this forum', 'housing', [['coordinator@demo.convene.localhost', 'This forum is for partners only. **Do not post names or case details** that could identify a client.']], { pinned: true });
  await thread(housing, '28-day move-on notices: what are you seeing?', 'housing', [
    ['member@demo.convene.localhost', 'We have had six households given **7 days** rather than 28 since October. Is anyone else seeing this?'],
    ['declan.byrne@demo.convene.localhost', 'Yes — four in Sandwell. The local authority says it is not being told in time. I will raise it at the steering group.'],
  ]);

  const settled = await forum('EU Settled Status', 'Late applications, certificates of application and right-to-work checks.', [
    ['coordinator@demo.convene.localhost', 'MODERATOR'],
    ['member@demo.convene.localhost', 'MEMBER'],
    ['lina.haddad@demo.convene.localhost', 'MEMBER'],
  ]);
  await thread(settled, 'Late applications after the new guidance', 'immigration status', [['lina.haddad@demo.convene.localhost', 'The new guidance on reasonable grounds is out. Our advisers have a checklist if anyone wants it.']]);

  const dsgForum = await forum('Destitution Steering Group', 'Discussion and inputs for the group’s meetings.', [], 'destitution-steering-group');
  const [sector] = await m.query(
    `SELECT i.id, m.starts_at - make_interval(days => g.submission_deadline_days) AS deadline
       FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN "group" g ON g.id = m.group_id
      WHERE g.partnership_id = $1 AND g.slug = 'destitution-steering-group' AND i.standing = 'SECTOR_ASSESSMENT' AND m.starts_at > now()
      ORDER BY m.starts_at LIMIT 1`,
    [partnershipId],
  );
  if (sector) {
    await thread(dsgForum, 'Inputs: Sector activity assessment', 'destitution', [['member@demo.convene.localhost', 'Food bank referrals for people with no recourse to public funds are up by a third since the summer.']], { kind: 'INPUTS', agendaItemId: sector.id, locksAt: sector.deadline });
  }
  return created;
}
