import type { EntityManager } from 'typeorm';

/**
 * Replies by email on the Destitution Steering Group's next meeting: Grace Mensah answered the
 * agenda pack with a question (the coordinators see it under "Comments by email"), and the
 * comment and its outcome show on her Email preferences ("Your replies by email").
 */
export async function seedReplies(m: EntityManager, partnershipId: string, person: (email: string) => string): Promise<number> {
  const personId = person('member@demo.convene.localhost');
  const [meeting] = await m.query(
    `SELECT m.id FROM meeting m JOIN "group" g ON g.id = m.group_id
      WHERE g.partnership_id = $1 AND g.slug = 'destitution-steering-group' AND m.starts_at > now() AND m.status = 'SCHEDULED'
      ORDER BY m.starts_at LIMIT 1`,
    [partnershipId],
  );
  if (!meeting) return 0;
  const [inbound] = await m.query(
    `INSERT INTO inbound_message (message_id, person_id, purpose, subject_id, outcome, received_at, settled_at)
     VALUES ('<demo-reply-grace@haven.example>', $1, 'AGENDA_PACK', $2, 'MEETING_COMMENT', now() - interval '1 day', now() - interval '1 day')
     ON CONFLICT (message_id) DO NOTHING RETURNING id`,
    [personId, meeting.id],
  );
  if (!inbound) return 0;
  await m.query(
    `INSERT INTO meeting_email_comment (meeting_id, person_id, inbound_message_id, body, created_at) VALUES ($1, $2, $3, $4, now() - interval '1 day')`,
    [meeting.id, personId, inbound.id, 'Could the winter shelter item include this month’s referral figures from the night shelter? I can bring the Haven numbers.'],
  );
  return 1;
}
