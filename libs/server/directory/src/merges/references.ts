import type { EntityManager } from 'typeorm';

/** A column that points at an organisation, read from the catalogue so new tables are covered. */
export interface OrganisationReference {
  table: string;
  column: string;
  primaryKey: string[];
  /** Other columns of each unique index that holds this column: a moved row would collide on these. */
  uniqueWith: string[][];
}

/** Tables whose rows about a merged organisation simply go with it (a dismissed proposal names the pair). */
const LEFT_ALONE = new Set(['directory_merge_dismissal']);

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every single-column foreign key to `organisation`, with its table's primary key and unique
 * indexes. A merge moves each; a test compares this with the catalogue's list.
 */
export async function organisationReferences(m: EntityManager): Promise<OrganisationReference[]> {
  const refs: { table: string; column: string; primaryKey: string[]; uniqueWith: string[][] | null }[] = await m.query(
    `SELECT t.relname::text AS table, a.attname::text AS column,
            (SELECT array_agg(pa.attname::text ORDER BY pa.attnum) FROM pg_index pi JOIN pg_attribute pa ON pa.attrelid = pi.indrelid AND pa.attnum = ANY(pi.indkey)
              WHERE pi.indrelid = c.conrelid AND pi.indisprimary) AS "primaryKey",
            (SELECT json_agg(others) FROM (
               SELECT coalesce(array_agg(ua.attname::text) FILTER (WHERE ua.attnum <> a.attnum), '{}'::text[]) AS others
                 FROM pg_index ui JOIN pg_attribute ua ON ua.attrelid = ui.indrelid AND ua.attnum = ANY(ui.indkey)
                WHERE ui.indrelid = c.conrelid AND ui.indisunique AND a.attnum = ANY(ui.indkey) AND NOT (0 = ANY(ui.indkey))
                GROUP BY ui.indexrelid) u) AS "uniqueWith"
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = 'organisation'::regclass AND array_length(c.conkey, 1) = 1
      ORDER BY t.relname, a.attname`,
  );
  const found = refs.filter((r) => !LEFT_ALONE.has(r.table)).map((r) => ({ ...r, primaryKey: r.primaryKey ?? [], uniqueWith: r.uniqueWith ?? [] }));
  // Moved rows are found again by their primary key; without one an undo could not tell them apart.
  const keyless = found.find((r) => r.primaryKey.length === 0);
  if (keyless) throw new Error(`${keyless.table} points at organisations but has no primary key, so a merge could not be undone`);
  return found;
}

/** `jsonb_build_object('id', t.id, …)` for a row's primary key, to find it again. */
export const keyOf = (ref: OrganisationReference, alias: string) => `jsonb_build_object(${ref.primaryKey.map((c) => `'${c}', ${alias}.${quoteIdent(c)}`).join(', ')})`;
/** Matches a row of `alias` to the key stored in `key` (a jsonb expression). */
export const keyMatches = (ref: OrganisationReference, alias: string, key: string) => ref.primaryKey.map((c) => `${alias}.${quoteIdent(c)}::text = ${key}->>'${c}'`).join(' AND ');
