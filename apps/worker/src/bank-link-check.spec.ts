import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { JOBS, JOB_ID, JOB_QUEUE } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { isPublicAddress } from '@convene/knowledge-bank';
import { BankLinkCheckHandler, DueWork, TickHandler } from '@convene/notifications';
import { seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, until } from './testing/mail-world';

const GAP_MS = 150;

/** The weekly link check against a local HTTP server only: bounded, rate-limited, robots, timeouts, no private hops. */
describe('knowledge bank link check', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let server: Server;
  let base: string;
  let p: SeededPartnership;
  const hits: { path: string; method: string; at: number }[] = [];
  const ids: Record<string, string> = {};
  const week = DateTime.now().setZone('Europe/London');
  const period = week.toFormat("kkkk-'W'WW");

  const check = () => worker.app.get(BankLinkCheckHandler, { strict: false }).handle({ period, done: -1 });
  const state = async (name: string) => (await api.db.query(`SELECT outcome, status, broken_since IS NOT NULL AS broken, failures FROM resource_link_check WHERE resource_id = $1`, [ids[name]]))[0];
  const brokenMails = () => smtp.messages.filter((m) => m.subject?.startsWith('A link in the knowledge bank may be broken'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ path: req.url!, method: req.method!, at: Date.now() });
      const path = req.url!;
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      if (path === '/ok' || path === '/ok-2' || path === '/ok-3') return void res.writeHead(200).end('fine');
      if (path === '/gone') return void res.writeHead(404).end();
      if (path === '/moved') return void res.writeHead(301, { location: '/ok' }).end();
      if (path === '/to-private') return void res.writeHead(302, { location: 'http://10.255.255.1/secret' }).end();
      if (path === '/no-head') return void (req.method === 'HEAD' ? res.writeHead(405).end() : res.writeHead(200).end('body'));
      if (path === '/slow') return void setTimeout(() => res.writeHead(200).end(), 2_000);
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = await startApi({ PUBLIC_WEB_URL: 'http://localhost:4200' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'bank-links');
    worker = await startWorker({
      DATABASE_URL: api.config.DATABASE_URL,
      REDIS_URL: api.config.REDIS_URL,
      REDIS_PREFIX: api.config.REDIS_PREFIX,
      SMTP_URL: smtp.url,
      BANK_LINK_CHECK_ALLOW_HOSTS: '127.0.0.1',
      BANK_LINK_CHECK_TIMEOUT_MS: '400',
      BANK_LINK_CHECK_HOST_GAP_MS: String(GAP_MS),
      BANK_LINK_CHECK_PER_RUN: '5',
    });
    const links: Record<string, string> = {
      ok: `${base}/ok`,
      gone: `${base}/gone`,
      moved: `${base}/moved`,
      toPrivate: `${base}/to-private`,
      noHead: `${base}/no-head`,
      slow: `${base}/slow`,
      robots: `${base}/private/report`,
      localhost: `http://localhost:${(server.address() as AddressInfo).port}/ok`,
    };
    for (const [name, url] of Object.entries(links)) {
      [{ id: ids[name] }] = await api.db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility, external_url, created_by_person_id) VALUES ($1, $2, 'S.', 'WEB_PAGE', 2025, 'PUBLIC', $3, $4) RETURNING id`, [
        p.partnershipId,
        `Link ${name}`,
        url,
        p.coordinator.personId,
      ]);
    }
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('refuses private and loopback addresses unless a host is allowed for tests', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.0.1', '0.0.0.0']) expect({ address, ok: isPublicAddress(address) }).toEqual({ address, ok: false });
    for (const address of ['93.184.216.34', '2606:4700::1111']) expect(isPublicAddress(address)).toBe(true);
  });

  it('checks a bounded batch per run from the tick, then the rest, and records what each link did', async () => {
    const due = await new DueWork(api.db).bankLinkChecks(new Date());
    expect(due).toEqual([{ period, done: 0 }]);
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await until(async () => !!(await (await worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[JOBS.bankLinkCheck]).getJob(JOB_ID[JOBS.bankLinkCheck](due[0])))?.isCompleted()), 'the first batch', 30_000);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM resource_link_check`)).toEqual([{ n: 5 }]);
    expect(await new DueWork(api.db).bankLinkChecks(new Date())).toEqual([{ period, done: 5 }]);
    await check();
    expect(await api.db.query(`SELECT count(*)::int AS n FROM resource_link_check`)).toEqual([{ n: 8 }]);
    expect(await new DueWork(api.db).bankLinkChecks(new Date())).toEqual([]);

    expect(await state('ok')).toEqual({ outcome: 'answered 200', status: 200, broken: false, failures: 0 });
    expect(await state('moved')).toEqual({ outcome: 'answered 200', status: 200, broken: false, failures: 0 });
    expect(await state('noHead')).toEqual({ outcome: 'answered 200', status: 200, broken: false, failures: 0 });
    expect(await state('gone')).toEqual({ outcome: 'answered 404 Not Found', status: 404, broken: true, failures: 1 });
    expect(await state('slow')).toEqual({ outcome: 'did not answer within 400 ms', status: null, broken: true, failures: 1 });
    expect(await state('toPrivate')).toEqual({ outcome: 'points at a private or local address, which is not checked', status: null, broken: true, failures: 1 });
    expect(await state('localhost')).toEqual({ outcome: 'points at a private or local address, which is not checked', status: null, broken: true, failures: 1 });
    expect(await state('robots')).toEqual({ outcome: 'was not checked: robots.txt asks crawlers to keep out', status: null, broken: false, failures: 0 });
    // robots.txt was honoured (the disallowed page never asked for) and read once per run.
    expect(hits.filter((h) => h.path === '/private/report')).toEqual([]);
    expect(hits.filter((h) => h.path === '/robots.txt').length).toBeLessThanOrEqual(2);
  });

  it('asks one host no more often than the gap allows', () => {
    const times = hits.map((h) => h.at).sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps.length).toBeGreaterThan(5);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(GAP_MS - 5);
  });

  it('tells the owner once per broken link, and shows “this link may be broken” on the page and card', async () => {
    await until(() => brokenMails().length >= 4, 'the broken-link emails');
    expect(brokenMails().map(recipientOf)).toEqual(Array(4).fill(p.coordinator.email));
    expect(brokenMails().map((m) => m.subject).sort()).toEqual(['gone', 'localhost', 'slow', 'toPrivate'].map((n) => `A link in the knowledge bank may be broken: Link ${n}`).sort());
    expect(brokenMails().find((m) => m.subject!.endsWith('Link gone'))!.text).toContain('What happened: answered 404 Not Found');

    // Next week the links are checked again and still broken: no second email.
    await api.db.query(`UPDATE resource_link_check SET checked_at = checked_at - interval '8 days'`);
    await check();
    await check();
    expect(await state('gone')).toMatchObject({ broken: true, failures: 2 });
    expect(brokenMails()).toHaveLength(4);

    const page = await (await fetch(`${api.url}/bank/bank-links/${ids.gone}`)).text();
    expect(page).toContain('This link may be broken: the weekly check found that it answered 404 Not Found.');
    expect(await (await fetch(`${api.url}/bank/bank-links/${ids.ok}`)).text()).not.toContain('may be broken');
    const finder = await (await fetch(`${api.url}/bank/bank-links?sort=title`)).text();
    // The cards: four links are broken, the other four are not flagged.
    expect(finder.match(/<strong>This link may be broken<\/strong>/g)).toHaveLength(4);
  });

  it('clears the mark when a link works again, and checks a changed address afresh', async () => {
    await api.db.query(`UPDATE resource SET external_url = $2 WHERE id = $1`, [ids.gone, `${base}/ok-2`]);
    expect(await new DueWork(api.db).bankLinkChecks(new Date())).toHaveLength(1);
    await check();
    expect(await state('gone')).toEqual({ outcome: 'answered 200', status: 200, broken: false, failures: 0 });
    expect(await (await fetch(`${api.url}/bank/bank-links/${ids.gone}`)).text()).not.toContain('may be broken');
  });
});
