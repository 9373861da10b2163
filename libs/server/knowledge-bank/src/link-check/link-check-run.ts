import type { DataSource } from 'typeorm';
import { moduleLogger } from '@convene/logging';
import { pageUrlOf } from '../resources/resources.service';
import type { LinkChecker, LinkOutcome } from './link-checker';

/** Hosts asked at once; each host is still asked one link at a time, `hostGapMs` apart. */
const HOSTS_AT_ONCE = 4;
/** A run reaching none of at least this many hosts is taken for our network being down, not theirs. */
export const UNREACHED_HOSTS_MIN = 2;
export const NOT_CHECKED_OFFLINE = 'was not checked: no host could be reached, so the network was taken to be down';

const log = moduleLogger('bank-link-check');

export interface NewlyBroken {
  resourceId: string;
  title: string;
  url: string;
  outcome: string;
  pageUrl: string;
  ownerPersonId: string | null;
}

interface DueLink {
  resourceId: string;
  url: string;
  title: string;
  slug: string;
  ownerPersonId: string | null;
}

/**
 * Resources whose external link is due: never checked, checked before `since` (the week's
 * start), or edited to a new address since. The least recently checked first.
 */
export function dueLinks(db: DataSource, since: Date, limit: number): Promise<DueLink[]> {
  return db.query(
    `SELECT r.id AS "resourceId", r.external_url AS url, r.title, pt.slug, r.created_by_person_id AS "ownerPersonId"
       FROM resource r JOIN partnership pt ON pt.id = r.partnership_id LEFT JOIN resource_link_check c ON c.resource_id = r.id
      WHERE r.external_url IS NOT NULL AND (c.resource_id IS NULL OR c.checked_at < $1 OR c.url <> r.external_url)
      ORDER BY c.checked_at NULLS FIRST, r.id LIMIT $2`,
    [since, limit],
  );
}

/**
 * One bounded run of the weekly check: up to `limit` due links, grouped by host. Each result is
 * kept in resource_link_check; a link that fails is broken from that check (`broken_since`),
 * and one that works again is cleared. Returns the links that broke in this run.
 *
 * When every link of the run failed before any host answered (names that did not resolve, a
 * network that could not be reached), across at least UNREACHED_HOSTS_MIN hosts, it is our
 * network that is down (a machine offline, a DNS outage), not every site at once: nothing is
 * marked broken or working, each link is noted as not checked, and one warning is logged. A
 * single site whose name has gone is still broken, as is any link failing in a run where
 * another host answered.
 */
export async function runLinkCheck(db: DataSource, checker: LinkChecker, { since, limit, now }: { since: Date; limit: number; now: () => Date }): Promise<NewlyBroken[]> {
  const due = await dueLinks(db, since, limit);
  const byHost = new Map<string, DueLink[]>();
  for (const link of due) {
    let host = '';
    try {
      host = new URL(link.url).host;
    } catch {
      host = '';
    }
    byHost.set(host, [...(byHost.get(host) ?? []), link]);
  }
  const checked: { link: DueLink; result: LinkOutcome; at: Date }[] = [];
  const hosts = [...byHost.values()];
  let next = 0;
  const lane = async () => {
    while (next < hosts.length) {
      for (const link of hosts[next++]) checked.push({ link, result: await checker.check(link.url), at: now() });
    }
  };
  await Promise.all(Array.from({ length: Math.min(HOSTS_AT_ONCE, hosts.length) }, lane));
  if (networkDown(checked.map((c) => c.result), byHost.size)) {
    for (const c of checked) await recordUnchecked(db, c.link, c.at);
    log.warn({ links: checked.length, hosts: byHost.size }, 'link check reached no host: the network looks down; nothing marked broken');
    return [];
  }
  const broken: NewlyBroken[] = [];
  for (const { link, result, at } of checked) {
    if (await record(db, link, result, at)) broken.push({ resourceId: link.resourceId, title: link.title, url: link.url, outcome: result.outcome, pageUrl: pageUrlOf({ partnershipSlug: link.slug, id: link.resourceId }), ownerPersonId: link.ownerPersonId });
  }
  return broken;
}

/** Every result unreached, over enough hosts that it cannot be one site gone. */
export function networkDown(results: readonly LinkOutcome[], hosts: number): boolean {
  return hosts >= UNREACHED_HOSTS_MIN && results.length > 0 && results.every((r) => r.unreached);
}

/** The link was due but could not be checked: its week's turn is spent, its broken or working state kept as it was. */
async function recordUnchecked(db: DataSource, link: DueLink, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO resource_link_check AS c (resource_id, url, checked_at, status, outcome, failures, broken_since)
     VALUES ($1, $2, $3, NULL, $4, 0, NULL)
     ON CONFLICT (resource_id) DO UPDATE SET
       url = EXCLUDED.url, checked_at = EXCLUDED.checked_at, status = NULL, outcome = EXCLUDED.outcome,
       failures = CASE WHEN c.url = EXCLUDED.url THEN c.failures ELSE 0 END,
       broken_since = CASE WHEN c.url = EXCLUDED.url THEN c.broken_since END`,
    [link.resourceId, link.url, at, NOT_CHECKED_OFFLINE],
  );
}

/** Keeps one check's result; true when the link has just become broken (it was not before, or its address changed). */
async function record(db: DataSource, link: DueLink, result: LinkOutcome, at: Date): Promise<boolean> {
  const failed = !result.ok;
  const [row] = await db.query(
    `WITH before AS (SELECT url, broken_since FROM resource_link_check WHERE resource_id = $1)
     INSERT INTO resource_link_check AS c (resource_id, url, checked_at, status, outcome, failures, broken_since)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN 1 ELSE 0 END, CASE WHEN $6 THEN $3::timestamptz END)
     ON CONFLICT (resource_id) DO UPDATE SET
       url = EXCLUDED.url, checked_at = EXCLUDED.checked_at, status = EXCLUDED.status, outcome = EXCLUDED.outcome,
       failures = CASE WHEN NOT $6 THEN 0 WHEN c.url = EXCLUDED.url THEN c.failures + 1 ELSE 1 END,
       broken_since = CASE WHEN NOT $6 THEN NULL WHEN c.url = EXCLUDED.url THEN coalesce(c.broken_since, EXCLUDED.checked_at) ELSE EXCLUDED.checked_at END
     RETURNING (SELECT url FROM before) AS "urlBefore", (SELECT broken_since FROM before) AS "brokenBefore", c.broken_since AS "brokenNow"`,
    [link.resourceId, link.url, at, result.status, result.outcome, failed],
  );
  return !!row.brokenNow && (row.brokenBefore === null || row.urlBefore !== link.url);
}
