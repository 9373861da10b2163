import type { EntityManager } from 'typeorm';
import { computeClock, DEFAULT_LETTER_TEMPLATE, londonDay, longDate, renderLetter, workingDaysFor } from '@convene/foi';

/** The region's local authorities and where their FOI requests go (invented addresses; Rugby takes requests only through its portal). */
export const FOI_AUTHORITIES: { name: string; email: string | null; portal: string | null }[] = [
  { name: 'Birmingham City Council', email: 'foi@birmingham.gov.example', portal: null },
  { name: 'Coventry City Council', email: 'foi@coventry.gov.example', portal: null },
  { name: 'Herefordshire Council', email: 'foi@herefordshire.gov.example', portal: null },
  { name: 'Redditch Borough Council', email: 'foi@redditch.gov.example', portal: null },
  { name: 'Rugby Borough Council', email: null, portal: 'https://www.rugby.gov.example/foi' },
  { name: 'Sandwell Metropolitan Borough Council', email: 'foi@sandwell.gov.example', portal: null },
  { name: 'Stoke-on-Trent City Council', email: 'foi@stoke.gov.example', portal: null },
  { name: 'Tamworth Borough Council', email: 'foi@tamworth.gov.example', portal: null },
  { name: 'Walsall Council', email: 'foi@walsall.gov.example', portal: null },
  { name: 'City of Wolverhampton Council', email: 'foi@wolverhampton.gov.example', portal: null },
  { name: 'Wyre Forest District Council', email: 'foi@wyreforest.gov.example', portal: null },
];

const TITLE = 'EU-national children in care without settled status';

/** One question per unit, so the answers matrix shows each kind of answer. */
const QUESTIONS: [number: string, unit: string, text: string, definition: string][] = [
  ['1a', 'COUNT', 'How many looked-after children and care leavers in your care are EU, EEA or Swiss nationals?', 'At 31 March 2026; care leavers up to age 25.'],
  ['1b', 'COUNT', 'Of those, how many have neither settled nor pre-settled status?', 'Including those whose application is pending.'],
  ['2', 'MONEY_GBP', 'How much did you spend on immigration advice for these children in 2025–26?', 'Commissioned or spot-purchased advice, in pounds.'],
  ['3', 'PERCENTAGE', 'What share of them have had their status checked by a social worker in the last year?', ''],
  ['4', 'YES_NO', 'Do you have a named lead for the EU Settlement Scheme in children’s services?', ''],
  ['5', 'DATE', 'When did you last review the status of every EU-national child in your care?', ''],
  ['6', 'TEXT', 'Describe the provision you have made to help these children and care leavers apply.', ''],
];

/**
 * The demo FOI campaign, sent about five weeks ago to the eleven West Midlands authorities:
 * most have answered (their answers come from demo-foi-answers.ts), one asked for clarification
 * and its clock is stopped, one extended its deadline, one is overdue. A draft campaign waits
 * beside it, seen by coordinators only. Idempotent: nothing is added once the campaign exists.
 */
export async function seedFoi(m: EntityManager, partnershipId: string, coordinatorId: string): Promise<number> {
  let created = 0;
  await m.query(`UPDATE partnership SET foi_email = coalesce(foi_email, 'foi@wmsmp.example') WHERE id = $1`, [partnershipId]);
  for (const a of FOI_AUTHORITIES) {
    const rows = await m.query(`INSERT INTO organisation (partnership_id, name, kind, area, foi_email, foi_portal_url) VALUES ($1, $2, 'LOCAL_AUTHORITY', 'West Midlands', $3, $4) ON CONFLICT (partnership_id, name) DO NOTHING RETURNING id`, [
      partnershipId,
      a.name,
      a.email,
      a.portal,
    ]);
    created += rows.length;
  }
  const [exists] = await m.query(`SELECT id FROM foi_campaign WHERE partnership_id = $1 AND title = $2`, [partnershipId, TITLE]);
  if (exists) return created;

  const orgs: { id: string; name: string; email: string | null; portal: string | null }[] = await m.query(
    `SELECT id, name, foi_email AS email, foi_portal_url AS portal FROM organisation WHERE partnership_id = $1 AND name = ANY($2::text[]) ORDER BY name`,
    [partnershipId, FOI_AUTHORITIES.map((a) => a.name)],
  );
  const [{ id: listId }] = await m.query(`INSERT INTO foi_recipient_list (partnership_id, name, created_by_person_id) VALUES ($1, 'All West Midlands local authorities', $2) RETURNING id`, [partnershipId, coordinatorId]);
  const [{ id: versionId }] = await m.query(`INSERT INTO foi_recipient_list_version (list_id, version, created_by_person_id) VALUES ($1, 1, $2) RETURNING id`, [listId, coordinatorId]);
  await m.query(`INSERT INTO foi_recipient_list_member (version_id, organisation_id) SELECT $1, unnest($2::uuid[])`, [versionId, orgs.map((o) => o.id)]);
  const [group] = await m.query(`SELECT id FROM "group" WHERE partnership_id = $1 AND slug = 'destitution-steering-group'`, [partnershipId]);
  const [{ name: partnership }] = await m.query(`SELECT name FROM partnership WHERE id = $1`, [partnershipId]);

  const days = await workingDaysFor(m, partnershipId);
  const today = londonDay(new Date());
  // Sent 23 working days ago: the statutory 20 ended three working days ago.
  const sentOn = days.subtractWorkingDays(today, 23);
  const [{ id: campaignId }] = await m.query(
    `INSERT INTO foi_campaign (partnership_id, group_id, title, purpose, letter_template, publication_policy, status, recipient_list_version_id, sent_at, created_by_person_id)
     VALUES ($1, $2, $3, $4, $5, 'ON_SIGN_OFF', 'SENT', $6, $7::date + time '09:30', $8) RETURNING id`,
    [partnershipId, group?.id ?? null, TITLE, 'To count the EU-national children in care and care leavers still without status, and the help each council gives them to apply.', DEFAULT_LETTER_TEMPLATE, versionId, sentOn, coordinatorId],
  );
  await m.query(
    `INSERT INTO foi_question (campaign_id, number, position, text, unit, definition) SELECT $1, n, p, t, u, d FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[]) AS x(n, p, t, u, d)`,
    [campaignId, QUESTIONS.map((q) => q[0]), QUESTIONS.map((_, i) => i), QUESTIONS.map((q) => q[2]), QUESTIONS.map((q) => q[1]), QUESTIONS.map((q) => q[3])],
  );
  created += 1 + QUESTIONS.length;

  const questions = QUESTIONS.map(([number, , text, definition]) => ({ number, text, definition }));
  for (const [place, o] of orgs.entries()) {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATE, { authority: o.name, partnership, title: TITLE, date: longDate(sentOn), questions });
    // The last three have not answered: a clarification (clock stopped), an extension, and one overdue.
    const fate = place < orgs.length - 3 ? (place === 5 ? 'PARTLY_ANSWERED' : 'ANSWERED') : (['CLARIFICATION', 'EXTENDED', 'OVERDUE'] as const)[place - (orgs.length - 3)];
    const clarifications = fate === 'CLARIFICATION' ? [{ requestedOn: days.addWorkingDays(sentOn, 4), answeredOn: null }] : [];
    const extension = fate === 'EXTENDED' ? 20 : null;
    const clock = computeClock(days, { receivedOn: sentOn, clarifications, extensionWorkingDays: extension, internalReviewRequestedOn: null }, today);
    const status = fate === 'CLARIFICATION' ? 'CLARIFICATION_REQUESTED' : fate === 'EXTENDED' || fate === 'OVERDUE' ? 'AWAITING' : fate;
    const answeredOn = status === 'ANSWERED' || status === 'PARTLY_ANSWERED' ? days.addWorkingDays(sentOn, 10 + place) : null;
    const [{ id: requestId }] = await m.query(
      `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text, sent_at, portal_reference, received_on, due_on, chase_on, status, answered_on,
                                extension_working_days, extension_reason, extended_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date + time '09:30', $9, $8::date, $10, $11, $12, $13, $14, $15, $16)
       RETURNING id`,
      [
        partnershipId, campaignId, o.id, o.email ?? o.portal, o.email ? 'EMAIL' : 'PORTAL', letter.subject, letter.text, sentOn, o.email ? null : 'RBC-FOI-2026-0412',
        clock.dueOn, clock.chaseOn, status, answeredOn, extension, extension ? 'The council is considering the public interest in releasing figures about individual children.' : null,
        extension ? days.addWorkingDays(sentOn, 15) : null,
      ],
    );
    const log = (direction: string, kind: string, subject: string, body: string, on: string, from: string, to: string) =>
      m.query(`INSERT INTO foi_correspondence (partnership_id, request_id, direction, kind, from_address, to_address, subject, body, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date + time '10:00')`, [
        partnershipId, requestId, direction, kind, from, to, subject, body, on,
      ]);
    await log('OUT', 'LETTER', letter.subject, letter.text, sentOn, 'foi@wmsmp.example', o.email ?? o.portal ?? '');
    if (answeredOn) await log('IN', 'REPLY', `RE: ${letter.subject}`, `Please find our response to your request attached.\n\n${o.name} Information Governance`, answeredOn, o.email ?? '', 'foi@wmsmp.example');
    for (const c of clarifications) {
      await m.query(`INSERT INTO foi_clarification (request_id, requested_on) VALUES ($1, $2)`, [requestId, c.requestedOn]);
      await log('IN', 'CLARIFICATION', 'Clarification needed', 'Could you confirm whether "care leavers" should include young people over 21 who are no longer in touch with the service?', c.requestedOn, o.email ?? '', 'foi@wmsmp.example');
    }
    created += 1;
  }

  await m.query(`INSERT INTO foi_campaign (partnership_id, group_id, title, purpose, letter_template, created_by_person_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
    partnershipId,
    group?.id ?? null,
    'Care leavers with pending EU Settlement Scheme applications and housing',
    'A follow-up on housing for care leavers whose applications are still pending. Draft: questions to agree at the next steering group.',
    DEFAULT_LETTER_TEMPLATE,
    coordinatorId,
  ]);
  return created + 1;
}
