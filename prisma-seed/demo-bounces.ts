import type { EntityManager } from 'typeorm';

/** The demo person whose address bounces: coordinators see the notice on their page. */
export const DEMO_BOUNCING = 'helen.price@demo.convene.localhost';

/**
 * One failing address, so the person page shows the notice, the message that bounced and the
 * "Mark as working again" button: last month's digest to Helen Price came back 5.1.1.
 */
export async function seedBounces(m: EntityManager, person: (email: string) => string): Promise<number> {
  const personId = person(DEMO_BOUNCING);
  const [delivery] = await m.query(
    `INSERT INTO delivery (purpose_key, recipient_key, message_id, status, attempts, claimed_at, sent_at, outcome, outcome_status, outcome_at)
     VALUES ($1, $2, '<demo-bounced-digest@demo.convene.localhost>', 'SENT', 1, now() - interval '30 days', now() - interval '30 days', 'BOUNCED_HARD', '5.1.1', now() - interval '30 days')
     ON CONFLICT (purpose_key, recipient_key) DO NOTHING RETURNING id`,
    [`forum-digest:${personId}:demo`, personId],
  );
  if (!delivery) return 0;
  await m.query(
    `INSERT INTO mail_report (report_key, delivery_id, email, kind, status_code, received_at) VALUES ('demo:helen-price', $1, $2, 'HARD', '5.1.1', now() - interval '30 days') ON CONFLICT DO NOTHING`,
    [delivery.id, DEMO_BOUNCING],
  );
  await m.query(`INSERT INTO mail_suppression (email, reason, status_code, since) VALUES ($1, 'HARD_BOUNCE', '5.1.1', now() - interval '30 days') ON CONFLICT DO NOTHING`, [DEMO_BOUNCING]);
  return 1;
}
