import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedPartnership, useTestDataSource, type SeededPartnership } from '@convene/testing';
import { NOT_CHECKED_OFFLINE, runLinkCheck } from './link-check-run';
import { LinkChecker } from './link-checker';

/**
 * The link check tells a link that failed from a network that is down. Names under `.invalid`
 * never resolve (RFC 6761), so they fail the way every outside link fails on a machine with no
 * network; a local HTTP server stands in for a site that answers. Nothing here leaves the machine.
 */
describe('link check: one link failing, or no network at all', () => {
  const db = useTestDataSource();
  let p: SeededPartnership;
  let server: Server;
  let base: string;
  const checker = new LinkChecker({ timeoutMs: 2_000, hostGapMs: 0, allowHosts: ['127.0.0.1'] });

  const resources = async (urls: string[]) => {
    await db().query(`DELETE FROM resource`);
    const ids: string[] = [];
    for (const [i, url] of urls.entries()) {
      const [{ id }] = await db().query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility, external_url, created_by_person_id) VALUES ($1, $2, 'S.', 'WEB_PAGE', 2025, 'PUBLIC', $3, $4) RETURNING id`, [
        p.partnershipId,
        `Link ${i}`,
        url,
        p.coordinator.personId,
      ]);
      ids.push(id);
    }
    return ids;
  };
  const run = () => runLinkCheck(db(), checker, { since: new Date(), limit: 50, now: () => new Date() });
  const state = async (id: string) => (await db().query(`SELECT outcome, status, broken_since IS NOT NULL AS broken, failures FROM resource_link_check WHERE resource_id = $1`, [id]))[0];

  beforeAll(async () => {
    p = await seedPartnership(db(), 'link-rule');
    server = createServer((req, res) => void res.writeHead(req.url === '/gone' ? 404 : 200).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await checker.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('a run in which no host of several could be reached marks nothing broken and keeps each link as it was', async () => {
    const [before, working, fresh] = await resources(['https://refugee-council.invalid/report', 'https://gov.invalid/guidance', 'https://gov.invalid/statistics']);
    // Last week: one link was already broken, another worked.
    await db().query(
      `INSERT INTO resource_link_check (resource_id, url, checked_at, status, outcome, failures, broken_since)
       VALUES ($1, 'https://refugee-council.invalid/report', now() - interval '8 days', 404, 'answered 404 Not Found', 1, now() - interval '8 days'),
              ($2, 'https://gov.invalid/guidance', now() - interval '8 days', 200, 'answered 200', 0, NULL)`,
      [before, working],
    );
    expect(await run()).toEqual([]);
    expect(await state(before)).toEqual({ outcome: NOT_CHECKED_OFFLINE, status: null, broken: true, failures: 1 });
    expect(await state(working)).toEqual({ outcome: NOT_CHECKED_OFFLINE, status: null, broken: false, failures: 0 });
    expect(await state(fresh)).toEqual({ outcome: NOT_CHECKED_OFFLINE, status: null, broken: false, failures: 0 });
    // The week's turn is spent: the next batch does not ask them again.
    expect(await runLinkCheck(db(), checker, { since: new Date(Date.now() - 60_000), limit: 50, now: () => new Date() })).toEqual([]);
  });

  it('when another host answers, a link whose name does not resolve is broken like any other', async () => {
    const [gone, ok, unresolved] = await resources([`${base}/gone`, `${base}/ok`, 'https://closed-charity.invalid/']);
    const broken = await run();
    expect(broken.map((b) => b.resourceId).sort()).toEqual([gone, unresolved].sort());
    expect(await state(gone)).toEqual({ outcome: 'answered 404 Not Found', status: 404, broken: true, failures: 1 });
    expect(await state(ok)).toEqual({ outcome: 'answered 200', status: 200, broken: false, failures: 0 });
    expect(await state(unresolved)).toEqual({ outcome: 'has a host name that does not exist', status: null, broken: true, failures: 1 });
  });

  it('one site whose name has gone, alone in its run, is broken: one host failing says nothing about the network', async () => {
    const [only] = await resources(['https://closed-charity.invalid/', 'https://closed-charity.invalid/reports']);
    expect((await run()).map((b) => b.resourceId)).toContain(only);
    expect(await state(only)).toMatchObject({ broken: true, failures: 1 });
  });
});
