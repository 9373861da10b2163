import type { DataSource } from 'typeorm';
import { EmailCategory } from '@convene/contracts';
import { wants } from './recipients';

/**
 * Claims `postIds` for the email `purposeKey` to `personId` and returns the ones it has: new
 * claims, and its own from an earlier try of the same job. A post another email claimed first
 * (the `post_email` primary key, one row per person and post) stays out, so however the mention
 * and watched-posts jobs overlap, each post reaches each person in one email.
 */
export async function claimPosts(db: Pick<DataSource, 'query'>, personId: string, postIds: string[], purposeKey: string): Promise<Set<string>> {
  const ids = [...new Set(postIds)];
  if (!ids.length) return new Set();
  const rows: { postId: string }[] = await db.query(
    `INSERT INTO post_email (person_id, post_id, purpose_key) SELECT $1, unnest($2::uuid[]), $3
     ON CONFLICT (person_id, post_id) DO UPDATE SET purpose_key = EXCLUDED.purpose_key WHERE post_email.purpose_key = EXCLUDED.purpose_key
     RETURNING post_id AS "postId"`,
    [personId, ids, purposeKey],
  );
  return new Set(rows.map((r) => r.postId));
}

/**
 * SQL: `person` gets the mention email for `post` (mentioned in it, and mention emails on), so
 * the watched-posts email leaves it out and the mention, which says more, wins. Mention rows are
 * written in the transaction that makes the post visible (posting, or approving a held post).
 */
export const mentionEmailed = (post: string, person: string) =>
  `EXISTS (SELECT 1 FROM post_mention pm LEFT JOIN notification_preference np ON np.person_id = pm.person_id
            WHERE pm.post_id = ${post}.id AND pm.person_id = ${person} AND ${wants(EmailCategory.MENTIONS)})`;
