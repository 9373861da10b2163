import type { DataSource } from 'typeorm';
import type { BankReader } from '@convene/access';
import { ResourceSort } from '../bank.enums';
import { pageUrlOf, RESOURCE_COLUMNS, RESOURCE_FROM, type ResourceRow } from '../resources/resources.service';
import { checkQuery } from '../search/bank-search.service';
import { searchStatement } from '../search/search.sql';
import { searchInputOf, type SavedQuery } from './saved-query';

/** Matches looked at per email; more than this reads as "and N more". */
const MATCHES_MAX = 2000;

export type NewMatch = ResourceRow & { pageUrl: string };

/**
 * The resources added in (`from`, `until`] that match a saved search, as `reader` sees them:
 * the finder's own statement (visibility included), newest first. The caller still asks the
 * policy layer about the ids before it shows any of them.
 */
export async function newMatches(db: DataSource, reader: BankReader, query: SavedQuery, from: Date, until: Date): Promise<NewMatch[]> {
  const q = { ...checkQuery({ ...searchInputOf(query), page: 1, pageSize: 1 }), sort: ResourceSort.NEWEST, page: 1, pageSize: MATCHES_MAX };
  const { sql, params } = searchStatement(reader, q);
  const [{ ids }]: { ids: string[] }[] = await db.query(sql, params);
  if (!ids.length) return [];
  const rows: ResourceRow[] = await db.query(
    `SELECT ${RESOURCE_COLUMNS} FROM ${RESOURCE_FROM} WHERE r.id = ANY($1::uuid[]) AND r.created_at > $2 AND r.created_at <= $3 ORDER BY r.created_at DESC, r.id`,
    [ids, from, until],
  );
  return rows.map((r) => ({ ...r, pageUrl: pageUrlOf(r) }));
}
