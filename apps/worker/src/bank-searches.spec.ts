import { DateTime } from 'luxon';
import type { ParsedMail } from 'mailparser';
import { JOBS, JOB_ID, JOB_QUEUE, type JobPayloads } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { BankSearchDigestHandler, DueWork, TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { addGroup, recipientOf, signIn, sleep, until } from './testing/mail-world';

const LONDON = 'Europe/London';

/** Saved knowledge bank searches: the weekly email of new matches, once, as each reader sees the bank. */
describe('saved bank search emails', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  const token: Record<'member' | 'grouped', string> = {} as never;
  let groupedEmail: string;
  const saved: Record<'member' | 'grouped', string> = {} as never;
  // The Monday 08:30 (London) after next: the week that closes at 08:00 that day is due.
  const at = DateTime.now().setZone(LONDON).startOf('week').plus({ weeks: 2, hours: 8, minutes: 30 });
  const period = at.toFormat("kkkk-'W'WW");

  const ok = async (as: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token: as });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const tick = (when: DateTime) => worker.app.get(TickHandler, { strict: false }).handle({ at: when.toJSDate().toISOString() });
  const jobOf = (payload: JobPayloads[typeof JOBS.bankSearchDigest]) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[JOBS.bankSearchDigest]).getJob(JOB_ID[JOBS.bankSearchDigest](payload));
  const finished = (payload: JobPayloads[typeof JOBS.bankSearchDigest]) =>
    until(async () => {
      const job = await jobOf(payload);
      if (job && (await job.isFailed())) throw new Error(`${job.id} failed: ${job.failedReason}`);
      return !!job && (await job.isCompleted());
    }, `bank search ${payload.savedSearchId}`);
  const mailsTo = (email: string) => smtp.messages.filter((m) => / match(es)? “/.test(m.subject ?? '') && recipientOf(m) === email);
  const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'bank-search');
    const group = await addGroup(api.db, p.partnershipId, 'Housing Forum');
    groupedEmail = 'grouped@bank-search.test';
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash, email_confirmed_at) SELECT $1, 'Gina Grouped', password_hash, now() FROM account WHERE id = $2 RETURNING id`, [groupedEmail, p.member.accountId]);
    const [{ id: grouped }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, grouped]);
    token.member = await signIn(api.url, p.member);
    token.grouped = await signIn(api.url, { ...p.member, email: groupedEmail });
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });

    const save = `mutation($s: ResourceSearchInput!) { saveBankSearch(search: $s) { id label finderUrl } }`;
    const first = (await ok(token.member, save, { s: { themes: ['housing'], types: ['REPORT', 'BRIEFING', 'TOOLKIT'] } })).saveBankSearch;
    expect(first).toEqual({ id: expect.any(String), label: 'Briefing or Report or Toolkit · Housing', finderUrl: '/bank/bank-search?type=BRIEFING&type=REPORT&type=TOOLKIT&theme=housing' });
    // The same search again (in another order, with a page) is the same saved search.
    expect((await ok(token.member, save, { s: { types: ['TOOLKIT', 'REPORT', 'BRIEFING'], themes: ['housing'], page: 3, sort: 'TITLE' } })).saveBankSearch.id).toBe(first.id);
    saved.member = first.id;
    saved.grouped = (await ok(token.grouped, save, { s: { themes: ['housing'], types: ['REPORT', 'BRIEFING', 'TOOLKIT'] } })).saveBankSearch.id;
    await api.db.query(`UPDATE bank_saved_search SET created_at = $1`, [at.minus({ days: 10 }).toJSDate()]);

    const add = async (title: string, visibility: string, createdAt: DateTime, extra: { themes?: string[]; type?: string } = {}) => {
      const [{ id }] = await api.db.query(
        `INSERT INTO resource (partnership_id, title, summary, type, year, visibility, group_id, themes, created_at) VALUES ($1, $2, 'A summary.', $3, 2026, $4, $5, $6, $7) RETURNING id`,
        [p.partnershipId, title, extra.type ?? 'REPORT', visibility, visibility === 'GROUP' ? group : null, extra.themes ?? ['housing'], createdAt.toJSDate()],
      );
      await api.db.query(`SELECT resource_reindex($1)`, [id]);
    };
    await add('Public housing report', 'PUBLIC', at.minus({ days: 2 }));
    await add('Partnership housing briefing', 'PARTNERSHIP', at.minus({ days: 3 }), { type: 'BRIEFING' });
    await add('Group-only housing toolkit', 'GROUP', at.minus({ days: 4 }), { type: 'TOOLKIT' });
    await add('Health report of the week', 'PUBLIC', at.minus({ days: 2 }), { themes: ['health'] });
    await add('Housing report of the week before', 'PUBLIC', at.minus({ days: 8 }));
    await add('Housing report added after the week closed', 'PUBLIC', at.minus({ minutes: 10 }));
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('lists the week’s new matches that each person may open, and sends them once', async () => {
    await tick(at.minus({ hours: 1 }).startOf('day').plus({ hours: 7 }));
    expect(await jobOf({ savedSearchId: saved.member, period })).toBeUndefined();
    await tick(at);
    await finished({ savedSearchId: saved.member, period });
    await finished({ savedSearchId: saved.grouped, period });
    await until(() => mailsTo(p.member.email).length + mailsTo(groupedEmail).length >= 2, 'both emails');

    const [memberMail] = mailsTo(p.member.email);
    expect(memberMail.subject).toBe('2 new resources match “Briefing or Report or Toolkit · Housing”');
    expect(memberMail.text).toContain('Public housing report');
    expect(memberMail.text).toContain('Partnership housing briefing');
    for (const absent of ['Group-only housing toolkit', 'Health report', 'week before', 'after the week closed']) expect(memberMail.text).not.toContain(absent);
    expect(memberMail.text).toContain('http://localhost:4200/bank/bank-search?type=BRIEFING&type=REPORT&type=TOOLKIT&theme=housing');
    const [groupedMail] = mailsTo(groupedEmail);
    expect(groupedMail.subject).toBe('3 new resources match “Briefing or Report or Toolkit · Housing”');
    expect(groupedMail.text).toContain('Group-only housing toolkit');

    // Redis forgets the jobs; the ledger's key (search and week) keeps it to one email each.
    await worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[JOBS.bankSearchDigest]).clean(0, 1000, 'completed');
    await tick(at.plus({ minutes: 5 }));
    await sleep(500);
    expect(mailsTo(p.member.email)).toHaveLength(1);
    expect(mailsTo(groupedEmail)).toHaveLength(1);
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1`, [`bank-search:${saved.member}:${period}`])).toEqual([{ status: 'SENT' }]);
  });

  it('takes what came after the week closed into the next week, and records an empty week as skipped', async () => {
    const next = at.plus({ weeks: 1 });
    const nextPeriod = next.toFormat("kkkk-'W'WW");
    await tick(next);
    await finished({ savedSearchId: saved.member, period: nextPeriod });
    await until(() => mailsTo(p.member.email).length === 2, 'the next week’s email');
    expect(mailsTo(p.member.email)[1].subject).toBe('1 new resource matches “Briefing or Report or Toolkit · Housing”');
    expect(mailsTo(p.member.email)[1].text).toContain('Housing report added after the week closed');

    const empty = at.plus({ weeks: 2 });
    const emptyPeriod = empty.toFormat("kkkk-'W'WW");
    // The tick still asks (something was added within the fortnight), and the handler finds nothing new.
    expect((await new DueWork(api.db).bankSearchDigests(empty.toJSDate())).map((d) => d.period)).toContain(emptyPeriod);
    await worker.app.get(BankSearchDigestHandler, { strict: false }).handle({ savedSearchId: saved.member, period: emptyPeriod });
    expect(mailsTo(p.member.email)).toHaveLength(2);
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1`, [`bank-search:${saved.member}:${emptyPeriod}`])).toEqual([{ status: 'SKIPPED' }]);
  });

  it('stops one saved search with one click, leaving the person’s others and everyone else’s', async () => {
    const [mail] = mailsTo(p.member.email);
    const link = header(mail, 'List-Unsubscribe')!.replace(/^<|>$/g, '');
    expect(link).toMatch(/^http:\/\/localhost:4200\/email\/unsubscribe\/.+$/);
    const path = new URL(link).pathname;
    expect(await (await fetch(`${api.url}${path}`)).text()).toContain('emails about new resources matching this saved knowledge bank search');
    expect(await api.db.query(`SELECT count(*)::int AS n FROM bank_saved_search`)).toEqual([{ n: 2 }]);
    const res = await fetch(`${api.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect((await api.db.query(`SELECT id FROM bank_saved_search`)).map((r: { id: string }) => r.id)).toEqual([saved.grouped]);
    expect((await ok(token.member, `{ bankSavedSearches { id } }`)).bankSavedSearches).toEqual([]);
  });

  it('keeps saved searches to their owner', async () => {
    const res = await gql(api.url, `mutation($id: ID!) { deleteBankSavedSearch(id: $id) }`, { id: saved.grouped }, { token: token.member });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ok(token.grouped, `{ bankSavedSearches { id label } }`)).bankSavedSearches).toEqual([{ id: saved.grouped, label: 'Briefing or Report or Toolkit · Housing' }]);
    expect((await ok(token.grouped, `mutation($id: ID!) { deleteBankSavedSearch(id: $id) }`, { id: saved.grouped })).deleteBankSavedSearch).toBe(true);
  });
});
