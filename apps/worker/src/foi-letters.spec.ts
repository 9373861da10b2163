import { DateTime } from 'luxon';
import { QUEUES } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { FoiLettersHandler, TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const LONDON = 'Europe/London';
const COUNCILS = ['Birmingham', 'Coventry', 'Sandwell', 'Wolverhampton', 'Stoke-on-Trent', 'Walsall', 'Herefordshire', 'Rugby', 'Redditch', 'Tamworth', 'Wyre Forest'];
const addressOf = (council: string) => `foi@${council.toLowerCase().replace(/\W+/g, '-')}.gov.example`;

/**
 * A campaign to the eleven West Midlands authorities: one letter each through the ledger, by
 * real SMTP, and none twice when the worker restarts and the tick and the job run again. Then
 * the coordinator's chaser before the due date and the overdue note after it, once each.
 */
describe('FOI letters, chasers and overdue notes', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let p: SeededPartnership;
  let token: string;
  let campaignId: string;
  const env = () => ({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
  const letters = () => smtp.messages.filter((m) => m.subject?.startsWith('Freedom of Information request:'));
  const run = async (worker: WorkerHarness, at: DateTime) => {
    await worker.app.get(TickHandler, { strict: false }).handle({ at: at.toJSDate().toISOString() });
    const queue = worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail);
    await until(async () => Object.values(await queue.getJobCounts('active', 'waiting', 'prioritized', 'delayed')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);
    // Redis forgets what it ran: only the ledger stands between a second tick and a second email.
    await queue.clean(0, 10_000, 'completed');
  };
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(api.url, query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'foi-letters');
    api.clock.set(DateTime.fromISO('2026-12-07T10:00:00', { zone: LONDON }).toJSDate());
    token = await signIn(api.url, p.coordinator);
    await api.db.query(`UPDATE partnership SET foi_email = 'foi@wmsmp.example' WHERE id = $1`, [p.partnershipId]);
    const orgs: { id: string }[] = await api.db.query(
      `INSERT INTO organisation (partnership_id, name, kind, foi_email) SELECT $1, c || ' Council', 'LOCAL_AUTHORITY', ($3::text[])[i] FROM unnest($2::text[]) WITH ORDINALITY AS x(c, i) RETURNING id`,
      [p.partnershipId, COUNCILS, COUNCILS.map(addressOf)],
    );
    const list = await call(`mutation($input: FoiRecipientListInput!) { createFoiRecipientList(input: $input) }`, { input: { name: 'All West Midlands local authorities', organisationIds: orgs.map((o) => o.id) } });
    const created = await call(`mutation($input: FoiCampaignInput!) { createFoiCampaign(input: $input) { id status } }`, {
      input: { title: 'EU-national children in care without settled status', purpose: 'To see what provision councils have made.', publicationPolicy: 'ON_SIGN_OFF' },
    });
    campaignId = created.createFoiCampaign.id;
    await call(`mutation($id: ID!, $input: FoiQuestionsInput!) { setFoiQuestions(campaignId: $id, input: $input) { id } }`, {
      id: campaignId,
      input: {
        questions: [
          { number: '1a', text: 'How many looked-after children are EU nationals?', unit: 'COUNT', definition: 'At 31 March 2026' },
          { number: '1b', text: 'How many of them have no settled or pre-settled status?', unit: 'COUNT', definition: '' },
          { number: '2', text: 'Describe the provision made to help them apply.', unit: 'TEXT', definition: '' },
        ],
      },
    });
    await call(`mutation($id: ID!, $list: ID!) { chooseFoiRecipients(campaignId: $id, listId: $list) { id } }`, { id: campaignId, list: list.createFoiRecipientList });
  });
  afterAll(async () => {
    await smtp?.close();
    await api?.close();
  });

  it('sends exactly one letter to each of 11 authorities, and none twice after a worker restart', async () => {
    const sent = await call(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email portal campaign { status } } }`, { id: campaignId });
    expect(sent.sendFoiCampaign).toEqual({ email: 11, portal: 0, campaign: { status: 'SENT' } });
    // Sending twice is refused: the campaign is no longer a draft.
    const again = await gql(api.url, `mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email } }`, { id: campaignId }, { token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const today = DateTime.fromISO('2026-12-07T10:05:00', { zone: LONDON });
    const first = await startWorker(env(), { clock: api.clock });
    try {
      await run(first, today);
      await until(() => letters().length >= 11, 'eleven letters');
    } finally {
      await first.close();
    }
    // A new worker: the tick and the job itself run again.
    const second = await startWorker(env(), { clock: api.clock });
    try {
      await run(second, today.plus({ minutes: 1 }));
      await second.app.get(FoiLettersHandler, { strict: false }).handle({ campaignId });
      await run(second, today.plus({ minutes: 2 }));
    } finally {
      await second.close();
    }
    await sleep(300);
    expect(letters().map(recipientOf).sort()).toEqual(COUNCILS.map(addressOf).sort());
    expect(new Set(letters().map((m) => m.messageId)).size).toBe(11);
    for (const mail of letters()) {
      expect(mail.text).toContain('Freedom of Information Act 2000');
      expect(mail.text).toContain('1b. How many of them have no settled or pre-settled status?');
      expect(mail.from?.value[0].address).toBe('foi@wmsmp.example');
    }
    expect(letters().find((m) => recipientOf(m) === addressOf('Walsall'))!.text).toContain('Dear Walsall Council FOI team,');
    expect(await api.db.query(`SELECT status, count(*)::int AS n FROM delivery WHERE purpose_key LIKE 'foi-letter:%' GROUP BY status`)).toEqual([{ status: 'SENT', n: 11 }]);
    // Each request knows when it went, and its clock runs: 20 working days over Christmas.
    const requests = await api.db.query(`SELECT received_on::text AS r, due_on::text AS d, chase_on::text AS c, count(*)::int AS n FROM foi_request WHERE campaign_id = $1 GROUP BY 1, 2, 3`, [campaignId]);
    expect(requests).toEqual([{ r: '2026-12-07', d: '2027-01-07', c: '2027-01-04', n: 11 }]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM foi_correspondence WHERE kind = 'LETTER' AND direction = 'OUT'`)).toEqual([{ n: 11 }]);
  }, 90_000);

  it('a letter the ledger shows as sent, but whose request missed it, is recorded without sending again', async () => {
    const [{ id }] = await api.db.query(`SELECT r.id FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE o.name = 'Rugby Council'`);
    // As if the worker died between SMTP's answer and writing the request.
    await api.db.query(`DELETE FROM foi_correspondence WHERE request_id = $1`, [id]);
    await api.db.query(`UPDATE foi_request SET sent_at = NULL, received_on = NULL, due_on = NULL, chase_on = NULL WHERE id = $1`, [id]);
    // The ledger keeps the database's own time; the letter went at the test's 10:05 on 7 December.
    await api.db.query(`UPDATE delivery SET sent_at = $2 WHERE purpose_key = $1`, [`foi-letter:${id}`, DateTime.fromISO('2026-12-07T10:05:00', { zone: LONDON }).toJSDate()]);
    const before = smtp.messages.length;
    const worker = await startWorker(env(), { clock: api.clock });
    try {
      await worker.app.get(FoiLettersHandler, { strict: false }).handle({ campaignId });
    } finally {
      await worker.close();
    }
    expect(smtp.messages.length).toBe(before);
    expect(await api.db.query(`SELECT received_on::text AS r, due_on::text AS d FROM foi_request WHERE id = $1`, [id])).toEqual([{ r: '2026-12-07', d: '2027-01-07' }]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM foi_correspondence WHERE request_id = $1`, [id])).toEqual([{ n: 1 }]);
  });

  it('reminds the coordinator once a few working days before the due date, and notes the overdue ones once', async () => {
    const chasers = () => smtp.messages.filter((m) => m.subject?.startsWith('FOI answers due'));
    const overdue = () => smtp.messages.filter((m) => m.subject?.startsWith('FOI requests overdue'));
    // Walsall answered: it is in neither email.
    const [{ id: walsall }] = await api.db.query(`SELECT r.id FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE o.name = 'Walsall Council'`);
    api.clock.set(DateTime.fromISO('2027-01-04T08:00:00', { zone: LONDON }).toJSDate());
    const answered = await gql(api.url, `mutation($id: ID!, $input: FoiStatusInput!) { setFoiRequestStatus(requestId: $id, input: $input) { status clock { text } } }`, { id: walsall, input: { status: 'ANSWERED', on: '2027-01-04' } }, { token });
    expect(answered.data?.setFoiRequestStatus).toEqual({ status: 'ANSWERED', clock: { text: 'Answered or closed' } });

    const worker = await startWorker(env(), { clock: api.clock });
    try {
      // 31 December: not yet (the chaser day is 4 January, three working days before 7 January).
      api.clock.set(DateTime.fromISO('2026-12-31T09:00:00', { zone: LONDON }).toJSDate());
      await run(worker, DateTime.fromISO('2026-12-31T09:00:00', { zone: LONDON }));
      expect(chasers()).toHaveLength(0);
      for (const at of ['2027-01-04T09:00:00', '2027-01-04T09:01:00', '2027-01-06T09:00:00']) {
        api.clock.set(DateTime.fromISO(at, { zone: LONDON }).toJSDate());
        await run(worker, DateTime.fromISO(at, { zone: LONDON }));
      }
      expect(chasers().map(recipientOf)).toEqual([p.coordinator.email]);
      expect(chasers()[0].text).toContain('10 authorities have not answered');
      expect(chasers()[0].text).toContain('Rugby Council: 3 working days left');
      expect(chasers()[0].text).not.toContain('Walsall Council');
      for (const at of ['2027-01-08T09:00:00', '2027-01-11T09:00:00']) {
        api.clock.set(DateTime.fromISO(at, { zone: LONDON }).toJSDate());
        await run(worker, DateTime.fromISO(at, { zone: LONDON }));
      }
      expect(overdue().map(recipientOf)).toEqual([p.coordinator.email]);
      expect(overdue()[0].text).toContain('1 working day overdue');
      expect(overdue()[0].text).toContain('internal review');
      expect(overdue()[0].text).toContain('Freedom of Information Act 2000');
      expect(chasers()).toHaveLength(1);

      // Rugby is asked for an internal review: its own deadline gets its own reminder, once.
      const [{ id: rugby }] = await api.db.query(`SELECT r.id FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE o.name = 'Rugby Council'`);
      const review = await gql(api.url, `mutation($id: ID!, $input: FoiInternalReviewInput!) { startFoiInternalReview(requestId: $id, input: $input) { internalReviewDueOn } }`, { id: rugby, input: { requestedOn: '2027-01-11', letter: 'Please review.' } }, { token });
      expect(review.data?.startFoiInternalReview).toEqual({ internalReviewDueOn: '2027-02-08' });
      for (const at of ['2027-02-02T09:00:00', '2027-02-03T09:00:00', '2027-02-04T09:00:00']) {
        api.clock.set(DateTime.fromISO(at, { zone: LONDON }).toJSDate());
        await run(worker, DateTime.fromISO(at, { zone: LONDON }));
      }
      expect(chasers()).toHaveLength(2);
      expect(chasers()[1].subject).toBe('FOI answers due 8 February 2027: EU-national children in care without settled status');
      expect(chasers()[1].text).toContain('Rugby Council (internal review): 3 working days left');
      expect(chasers()[1].text).toContain('1 authority has not answered');
    } finally {
      await worker.close();
    }
  }, 90_000);
});
