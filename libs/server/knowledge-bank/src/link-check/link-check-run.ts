import type { DataSource } from 'typeorm';
import { pageUrlOf } from '../resources/resources.service';
import type { LinkChecker, LinkOutcome } from './link-checker';

/** Hosts asked at once; each host is still asked one link at a time, `hostGapMs` apart. */
const HOSTS_AT_ONCE = 4;

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
  const broken: NewlyBroken[] = [];
  const hosts = [...byHost.values()];
  let next = 0;
  const lane = async () => {
    while (next < hosts.length) {
      for (const link of hosts[next++]) {
        const result = await checker.check(link.url);
        if (await record(db, link, result, now())) broken.push({ resourceId: link.resourceId, title: link.title, url: link.url, outcome: result.outcome, pageUrl: pageUrlOf({ partnershipSlug: link.slug, id: link.resourceId }), ownerPersonId: link.ownerPersonId });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(HOSTS_AT_ONCE, hosts.length) }, lane));
  return broken;
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
