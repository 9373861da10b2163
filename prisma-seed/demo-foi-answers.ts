import type { EntityManager } from 'typeorm';

type Answer = [qualifier: string, value: string | null, amount: number | null, note?: string, source?: string];

/**
 * What each authority said, by its place in the list (authorities by name), per unit: a mix of
 * exact figures, estimates, "fewer than five", not held and refusals, so the matrix, its totals
 * and the chart have something to explain. The last three authorities have not replied yet.
 */
export const REPLIES: Record<string, Answer[]> = {
  COUNT: [
    ['EXACT', '14', 14, '', 'page 1, table 1'],
    ['FEWER_THAN_FIVE', null, null, 'The council withheld the figure to protect the children.', 'paragraph 2'],
    ['ESTIMATE', '25', 25, 'Estimated from the leaving-care team’s caseload.', 'page 2'],
    ['EXACT', '9', 9, '', 'table A'],
    ['NOT_HELD', null, null, 'Immigration status is not recorded on the care record.', 'paragraph 1'],
    ['REFUSED_SECTION_12', null, null, 'Finding the figure would mean reading every case file.', 'page 1'],
    ['EXACT', '31', 31, '', 'page 3, table 2'],
    ['FEWER_THAN_FIVE', null, null, '', 'paragraph 3'],
  ],
  // A second count ("of those, how many…"): never more than the first.
  COUNT_OF_THOSE: [
    ['EXACT', '6', 6, '', 'page 1, table 1'],
    ['FEWER_THAN_FIVE', null, null, '', 'paragraph 2'],
    ['ESTIMATE', '10', 10, '', 'page 2'],
    ['FEWER_THAN_FIVE', null, null, '', 'table A'],
    ['NOT_HELD', null, null],
    ['REFUSED_SECTION_12', null, null],
    ['EXACT', '12', 12, '', 'page 3, table 2'],
    ['FEWER_THAN_FIVE', null, null, '', 'paragraph 3'],
  ],
  MONEY_GBP: [
    ['EXACT', '12000.00', 1_200_000, 'Immigration advice for children in care, 2025–26.', 'page 2'],
    ['NOT_KNOWN', null, null],
    ['ESTIMATE', '8500.00', 850_000, '', 'page 3'],
    ['EXACT', '0.00', 0, 'No separate budget.', 'paragraph 4'],
    ['NOT_HELD', null, null],
    ['REFUSED_SECTION_12', null, null],
    ['EXACT', '21750.50', 2_175_050, '', 'table 3'],
    ['REFUSED_OTHER', null, null, 'Section 43 (commercial interests) cited.', 'page 2'],
  ],
  PERCENTAGE: [
    ['EXACT', '40', 40],
    ['NOT_KNOWN', null, null],
    ['ESTIMATE', '60', 60],
    ['EXACT', '25', 25],
    ['NOT_HELD', null, null],
    ['REFUSED_SECTION_12', null, null],
    ['EXACT', '75', 75],
    ['NOT_KNOWN', null, null],
  ],
  YES_NO: [
    ['EXACT', 'YES', null, 'A named social worker checks each child’s status.'],
    ['EXACT', 'NO', null],
    ['EXACT', 'YES', null],
    ['EXACT', 'NO', null, 'Being considered for next year.'],
    ['NOT_KNOWN', null, null],
    ['EXACT', 'YES', null],
    ['EXACT', 'YES', null],
    ['EXACT', 'NO', null],
  ],
  DATE: [
    ['EXACT', '2025-09-01', null],
    ['NOT_HELD', null, null],
    ['ESTIMATE', '2026-04-01', null],
    ['EXACT', '2024-11-15', null],
    ['NOT_HELD', null, null],
    ['NOT_KNOWN', null, null],
    ['EXACT', '2025-01-06', null],
    ['NOT_KNOWN', null, null],
  ],
  TEXT: [
    ['EXACT', 'Each child is referred to a regulated immigration adviser before their 17th birthday.', null],
    ['NOT_HELD', null, null],
    ['EXACT', 'The leaving-care team keeps a list and applies on the young person’s behalf.', null],
    ['EXACT', 'No provision beyond signposting.', null],
    ['NOT_KNOWN', null, null],
    ['REFUSED_OTHER', null, null],
    ['EXACT', 'A commissioned service from a local charity.', null],
    ['EXACT', 'Case-by-case, through the independent reviewing officer.', null],
  ],
};

/**
 * Demo answers for the demo FOI campaigns (run after the campaigns are loaded): every sent
 * campaign's requests, but the last three authorities, get the replies above. Idempotent: the
 * unique (request, question) keeps what is there.
 */
export async function seedFoiAnswers(m: EntityManager, partnershipId: string, coordinatorId: string): Promise<number> {
  const requests: { id: string; campaignId: string; place: number; count: number }[] = await m.query(
    `SELECT r.id, r.campaign_id AS "campaignId", (row_number() OVER (PARTITION BY r.campaign_id ORDER BY o.name) - 1)::int AS place,
            (count(*) OVER (PARTITION BY r.campaign_id))::int AS count
       FROM foi_request r JOIN organisation o ON o.id = r.organisation_id JOIN foi_campaign c ON c.id = r.campaign_id
      WHERE c.partnership_id = $1 AND c.status <> 'DRAFT'`,
    [partnershipId],
  );
  let created = 0;
  for (const request of requests.filter((r) => r.place < r.count - 3)) {
    const questions: { id: string; unit: string }[] = await m.query(`SELECT id, unit FROM foi_question WHERE campaign_id = $1 ORDER BY position, number`, [request.campaignId]);
    let counts = 0;
    for (const q of questions) {
      const replies = REPLIES[q.unit === 'COUNT' && counts++ > 0 ? 'COUNT_OF_THOSE' : q.unit];
      if (!replies) continue;
      const [qualifier, value, amount, note = '', source = ''] = replies[request.place % replies.length];
      const rows = await m.query(
        `INSERT INTO foi_answer (partnership_id, request_id, question_id, qualifier, value, amount, note, source, recorded_by_person_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT ON CONSTRAINT foi_answer_once DO NOTHING RETURNING id`,
        [partnershipId, request.id, q.id, qualifier, value, amount, note, source, coordinatorId],
      );
      created += rows.length;
    }
  }
  return created;
}
