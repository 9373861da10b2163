import { DateTime } from 'luxon';
import { JOBS, JOB_ID, QUEUES, type JobPayloads } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { DueWork, TickHandler } from '@convene/notifications';
import { seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, sleep, until } from './testing/mail-world';

const LONDON = 'Europe/London';

describe('the yearly directory check', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let orgId: string;
  let serviceId: string;

  const tick = (at: DateTime) => worker.app.get(TickHandler, { strict: false }).handle({ at: at.toJSDate().toISOString() });
  const mailQueue = () => worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail);
  const drain = async () => {
    await until(async () => Object.values(await mailQueue().getJobCounts('active', 'waiting', 'prioritized', 'delayed')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);
  };
  const checks = () => smtp.messages.filter((m) => m.subject?.startsWith('Is this still right?'));
  const linkIn = (text: string) => /\/email\/directory-check\/(cvk_[A-Za-z0-9_-]+)/.exec(text)?.[1];

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'checks');
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url }, { clock: api.clock });
    [{ id: orgId }] = await api.db.query(
      `INSERT INTO organisation (partnership_id, name, kind, website, last_checked_at) VALUES ($1, 'Refugee Welcome Walsall', 'CHARITY', 'https://rww.example.org', '2025-03-01T10:00:00Z') RETURNING id`,
      [p.partnershipId],
    );
    await api.db.query(
      `INSERT INTO directory_contact (partnership_id, organisation_id, name, role, email, visibility, email_visibility, phone_visibility, lawful_basis)
       VALUES ($1, $2, 'Hana Contact', 'Manager', 'hana@rww.example.org', 'PARTNERSHIP', 'PARTNERSHIP', 'COORDINATORS', 'LEGITIMATE_INTERESTS')`,
      [p.partnershipId, orgId],
    );
    // Added a day later: the earliest contact is the one asked.
    await api.db.query(
      `INSERT INTO directory_contact (partnership_id, organisation_id, name, role, email, visibility, email_visibility, phone_visibility, lawful_basis, created_at)
       VALUES ($1, $2, 'Second Contact', 'Volunteer', 'second@rww.example.org', 'PARTNERSHIP', 'PARTNERSHIP', 'COORDINATORS', 'LEGITIMATE_INTERESTS', now() + interval '1 day')`,
      [p.partnershipId, orgId],
    );
    // A service checked recently is not asked; the seeded charity has no contact, so it is not either.
    [{ id: serviceId }] = await api.db.query(
      `INSERT INTO directory_service (partnership_id, organisation_id, name, service_type, last_checked_at) VALUES ($1, $2, 'ESOL club', 'ESOL', '2026-01-10T10:00:00Z') RETURNING id`,
      [p.partnershipId, orgId],
    );
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('asks the first contact once a year, however often the tick runs, and only records past their check date', async () => {
    const now = DateTime.fromISO('2026-06-01T09:00:00', { zone: LONDON });
    api.clock.set(now.toJSDate());
    const due = await new DueWork(api.db).directoryChecks(now.toJSDate(), 12);
    expect(due).toEqual([{ kind: 'organisation', recordId: orgId, period: '2026' }]);

    await tick(now);
    await drain();
    // Redis forgets the finished job; the ledger alone stops a second email.
    await mailQueue().clean(0, 10_000, 'completed');
    await tick(now.plus({ minutes: 1 }));
    await drain();
    await tick(now.plus({ days: 30 }));
    await drain();

    expect(checks().map(recipientOf)).toEqual(['hana@rww.example.org']);
    expect(await api.db.query(`SELECT status, recipient_key AS "recipientKey" FROM delivery WHERE purpose_key = $1`, [`directory-check:organisation:${orgId}:2026`])).toEqual([
      { status: 'SENT', recipientKey: expect.any(String) },
    ]);
    // One check row for the record and year, by constraint: a second insert is refused.
    await expect(api.db.query(`INSERT INTO directory_check (partnership_id, organisation_id, period) VALUES ($1, $2, '2026')`, [p.partnershipId, orgId])).rejects.toThrow(/directory_check_organisation_once/);
    // The token is stored only as its hash.
    const token = linkIn(checks()[0].text ?? '')!;
    expect(token).toBeDefined();
    const [{ tokenHash }] = await api.db.query(`SELECT token_hash AS "tokenHash" FROM directory_check WHERE organisation_id = $1`, [orgId]);
    expect(tokenHash).not.toContain(token);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Running the job itself again sends nothing either.
    const payload: JobPayloads[typeof JOBS.directoryCheck] = { kind: 'organisation', recordId: orgId, period: '2026' };
    expect(JOB_ID[JOBS.directoryCheck](payload)).toBe(`directory-check.organisation.${orgId}.2026`);
  });

  it('the link shows the record; GET never confirms; one click confirms and marks it checked; a change goes to review once', async () => {
    const token = linkIn(checks()[0].text ?? '')!;
    const page = await fetch(`${api.url}/email/directory-check/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Refugee Welcome Walsall');
    expect(html).toContain('Yes, this is still right');
    expect((await api.db.query(`SELECT last_checked_at AS at FROM organisation WHERE id = $1`, [orgId]))[0].at.toISOString()).toBe('2025-03-01T10:00:00.000Z');

    const confirmed = await fetch(`${api.url}/email/directory-check/${token}/confirm`, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('you confirmed this is right');
    const [org] = await api.db.query(`SELECT last_checked_at AS at FROM organisation WHERE id = $1`, [orgId]);
    // The API's clock, not the machine's: it was set to 1 June 2026 (and runs on from there).
    expect(Math.abs(org.at.getTime() - DateTime.fromISO('2026-06-01T09:00:00', { zone: LONDON }).toMillis())).toBeLessThan(60_000);
    const [contact] = await api.db.query(`SELECT last_checked_at AS at FROM directory_contact WHERE email = 'hana@rww.example.org'`);
    expect(contact.at).not.toBeNull();
    expect(await api.db.query(`SELECT action FROM audit_event WHERE subject_id = $1 AND action = 'directory.check-confirmed'`, [orgId])).toHaveLength(1);

    const form = (body: string) => fetch(`${api.url}/email/directory-check/${token}/suggest`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ body }) });
    expect((await form('')).status).toBe(400);
    expect((await form('x'.repeat(4001))).status).toBe(400);
    expect((await form('We moved to 12 High Street.')).status).toBe(200);
    expect((await form('And a second one.')).status).toBe(200);
    expect(await api.db.query(`SELECT body FROM directory_suggestion WHERE organisation_id = $1`, [orgId])).toEqual([{ body: 'We moved to 12 High Street.' }]);

    expect((await fetch(`${api.url}/email/directory-check/cvk_${'A'.repeat(43)}`)).status).toBe(404);
    // Confirmed now: the organisation is not due again in the new year, only once a year has passed.
    const records = async (at: string) => (await new DueWork(api.db).directoryChecks(DateTime.fromISO(at, { zone: LONDON }).toJSDate(), 12)).map((d) => d.recordId);
    expect(await records('2027-01-15T09:00:00')).not.toContain(orgId);
    expect(await records('2027-06-02T09:00:00')).toContain(orgId);
  });

  it('the link stops working after 60 days', async () => {
    const token = linkIn(checks()[0].text ?? '')!;
    api.clock.set(DateTime.fromISO('2026-08-15T09:00:00', { zone: LONDON }).toJSDate());
    expect((await fetch(`${api.url}/email/directory-check/${token}`)).status).toBe(404);
    api.clock.reset();
  });

  it('a service past its date goes to its organisation’s contact when it has none of its own, under its own key', async () => {
    await api.db.query(`UPDATE directory_service SET last_checked_at = '2025-01-01T00:00:00Z' WHERE id = $1`, [serviceId]);
    const at = DateTime.fromISO('2026-06-02T09:00:00', { zone: LONDON });
    expect(await new DueWork(api.db).directoryChecks(at.toJSDate(), 12)).toEqual([{ kind: 'service', recordId: serviceId, period: '2026' }]);
    api.clock.set(at.toJSDate());
    await tick(at);
    await drain();
    const forService = checks().filter((m) => m.subject?.includes('ESOL club'));
    expect(forService.map(recipientOf)).toEqual(['hana@rww.example.org']);
    api.clock.reset();
  });
});
