import { readerParams, resourceAddableSql, resourceGradeSql, resourceReadableSql, type BankReader } from '@convene/access';
import { ResourceSort } from '../bank.enums';
import { RESOURCE_COLUMNS, RESOURCE_FROM } from '../resources/resources.service';

/** A search once its input has been checked: null means "no filter" for each facet. */
export interface BankQuery {
  text: string | null;
  /** The text's words for typo tolerance (folded, 3+ letters, not excluded with `-`); empty without text. */
  words: string[];
  /** Words excluded with `-`, which the typo matching must honour too; empty when none. */
  excluded?: string[];
  types: string[] | null;
  themes: string[] | null;
  policyAreas: string[] | null;
  organisationIds: string[] | null;
  languages: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  sort: ResourceSort;
  page: number;
  pageSize: number;
}

export type FacetName = 'type' | 'theme' | 'policy' | 'org' | 'language' | 'year';

/** The read rule over a `resource_search` row (it carries the rule's columns: partnership, visibility, group). */
const READER = { partnership: '$1', person: '$2', coordinator: '$3' };
const READABLE = resourceReadableSql('r', READER);

const ORDER: Record<ResourceSort, string> = {
  [ResourceSort.RELEVANCE]: 'rank DESC, year DESC, title_key, id',
  [ResourceSort.NEWEST]: 'year DESC, published_on DESC NULLS LAST, created_at DESC, id',
  [ResourceSort.TITLE]: 'title_key, id',
};

/** Each facet's filter over a `resource_search` row `r`, in the order of its number in `miss` (1–6). */
const FILTERS: [FacetName, string][] = [
  ['type', '($5::text[] IS NULL OR r.type = ANY($5::text[]))'],
  ['theme', '($6::text[] IS NULL OR r.themes && $6::text[])'],
  ['policy', '($7::text[] IS NULL OR r.policy_areas && $7::text[])'],
  ['org', '($8::uuid[] IS NULL OR r.organisation_ids && $8::uuid[])'],
  ['language', '($9::text[] IS NULL OR r.language = ANY($9::text[]))'],
  ['year', '(($10::int IS NULL OR r.year >= $10::int) AND ($11::int IS NULL OR r.year <= $11::int))'],
];
const flag = (facet: FacetName) => `f_${facet}`;
/** 0 when a row passes every facet's filter, n when it fails only the nth, -1 when it fails two or more. */
const MISS = `CASE ${FILTERS.map(([f]) => flag(f)).join('::int + ')}::int WHEN ${FILTERS.length} THEN 0
                  WHEN ${FILTERS.length - 1} THEN CASE ${FILTERS.map(([f], i) => `WHEN NOT ${flag(f)} THEN ${i + 1}`).join(' ')} END
                  ELSE -1 END`;
const missOf = (facet: FacetName) => FILTERS.findIndex(([f]) => f === facet) + 1;

/** A facet's counts: over the hits and the rows that fail only this facet's filter. */
const facetCount = (facet: FacetName, value: string, array = false) =>
  array
    ? `SELECT '${facet}' AS facet, x.v AS value, count(*)::int AS n FROM (SELECT unnest(${value}) AS v FROM flagged f WHERE f.miss IN (0, ${missOf(facet)})) x GROUP BY 2`
    : `SELECT '${facet}' AS facet, ${value} AS value, count(*)::int AS n FROM flagged f WHERE f.miss IN (0, ${missOf(facet)}) GROUP BY 2`;

/**
 * One statement: the resources the reader may see that match the text, read once through the
 * vector's GIN index on the narrow `resource_search` rows, then the total, the facet counts and
 * the page of ids from that one set; with the page's resources (and the reader's grade on each),
 * the organisation facet's names, whether the reader may add, and the bank's address, so a search
 * is one round trip. Grades and "may add" are the policy layer's own SQL.
 *
 * The counting rule (the usual faceted-search one): each facet's counts apply the text and all
 * the OTHER facets' filters but not its own, so a count says how many hits there would be if
 * that value were added to its facet (OR within a facet, AND across facets). With nothing
 * chosen in a facet, its counts add up to the total (or more, for multi-valued facets: themes,
 * policy areas, organisations). The year counts ignore the year range, so the strip by year
 * shows where widening the range would lead. So a match counts for a facet when it passes every
 * filter (a hit) or fails that facet's filter alone; `flagged` keeps only those matches, each
 * with the number of the one filter it fails (`miss`), and each facet is a scan of it.
 *
 * Text matches the stored weighted tsvector (`websearch_to_tsquery`, accent-folded) with `@@`,
 * through its GIN index. Typos: only when a query word is in no resource's word list (so the
 * plain query cannot match everything asked for) is it swapped for its closest words in the
 * distinct word list `bank_word` (`%`, trigram similarity 0.3 through its trigram index, at
 * most five), and that corrected query is ORed in; a query of known words costs one index
 * probe per word.
 *
 * Relevance: the vector's cover density (\`ts_rank_cd\`: title words weigh most, then summary
 * and authors, then the file's text) plus a fixed bonus when the title holds the whole query
 * (the query with every lexeme limited to weight A, the title's, matched against the same
 * vector), which is what puts a title holding the words ahead of a summary holding the phrase.
 * The bonus costs one match per hit; the title's trigram similarity, which it replaced, cost a
 * fifth of the statement.
 */
export function searchStatement(reader: BankReader, q: BankQuery): { sql: string; params: unknown[] } {
  const sql = `
    WITH words AS (
      SELECT t.w, t.n, EXISTS (SELECT 1 FROM bank_word b WHERE b.word = t.w) AS known
        FROM unnest($14::text[]) WITH ORDINALITY AS t(w, n)
    ),
    fz AS (
      SELECT n, known,
             CASE WHEN known THEN ARRAY[w]
                  ELSE ARRAY(SELECT b.word FROM bank_word b WHERE b.word % words.w ORDER BY similarity(b.word, words.w) DESC, b.word LIMIT 5) END AS cands
        FROM words
    ),
    -- The corrected query, as a tsquery: every word (or one of its close words), less the words
    -- excluded with "-"; only when some word was corrected and every word has a candidate.
    typo AS (
      SELECT CASE WHEN count(*) > 0 AND bool_and(cardinality(cands) > 0) AND NOT bool_and(known)
                  THEN to_tsquery('bank', string_agg('(' || array_to_string(cands, ' | ') || ')', ' & ' ORDER BY n))
                       && CASE WHEN cardinality($15::text[]) = 0 THEN to_tsquery('bank', '') ELSE !! websearch_to_tsquery('bank', array_to_string($15::text[], ' or ')) END
             END AS query
        FROM fz
    ),
    -- Materialised: computed once, not once per row that uses it.
    q0 AS MATERIALIZED (
      SELECT CASE WHEN typo.query IS NULL THEN websearch_to_tsquery('bank', coalesce($4::text, '')) ELSE websearch_to_tsquery('bank', coalesce($4::text, '')) || typo.query END AS query
        FROM typo
    ),
    -- The same query asked of the title alone: each lexeme limited to weight A (the title's).
    q AS MATERIALIZED (
      SELECT query, CASE WHEN numnode(query) > 0 THEN regexp_replace(query::text, '''(\\s|$)', ''':A\\1', 'g')::tsquery END AS in_title
        FROM q0
    ),
    -- Read once: the matches that count for something, with the filter each fails (if one), and
    -- for the hits alone their rank and sort key.
    flagged AS MATERIALIZED (
      SELECT m.id, m.type, m.themes, m.policy_areas, m.language, m.year, m.organisation_ids, m.published_on, m.created_at, m.miss,
             CASE WHEN m.miss = 0 THEN m.title_key END AS title_key,
             CASE WHEN $4::text IS NULL OR m.miss <> 0 THEN 0
                  ELSE ts_rank_cd(m.search, q.query) + CASE WHEN m.search @@ q.in_title THEN 0.2 ELSE 0 END END AS rank
        FROM q, (
          SELECT f.*, ${MISS} AS miss
            FROM (
              SELECT r.resource_id AS id, r.type, r.themes, r.policy_areas, r.language, r.year, r.organisation_ids, r.published_on, r.created_at, r.title_key, r.search,
                     ${FILTERS.map(([facet, sql]) => `${sql} AS ${flag(facet)}`).join(',\n                     ')}
                FROM resource_search r, q
               WHERE ${READABLE} AND ($4::text IS NULL OR r.search @@ q.query)
              -- Each row's filters worked out once, not again for every use of "miss".
              OFFSET 0) f
        ) m
       WHERE m.miss >= 0
    ),
    facets AS (
                ${facetCount('type', 'f.type')}
      UNION ALL ${facetCount('theme', 'f.themes', true)}
      UNION ALL ${facetCount('policy', 'f.policy_areas', true)}
      UNION ALL ${facetCount('org', 'f.organisation_ids::text[]', true)}
      UNION ALL ${facetCount('language', 'f.language')}
      UNION ALL ${facetCount('year', 'f.year::text')}
    ),
    page AS (SELECT id, rank, year, published_on, created_at, title_key FROM flagged WHERE miss = 0 ORDER BY ${ORDER[q.sort]} LIMIT $12 OFFSET $13)
    SELECT (SELECT count(*)::int FROM flagged WHERE miss = 0) AS total,
           (SELECT coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'n', n)), '[]') FROM facets) AS facets,
           (SELECT coalesce(json_agg(id ORDER BY ${ORDER[q.sort]}), '[]') FROM page) AS ids,
           -- The page's resources as the rest of the bank reads them, each with the reader's grade on it.
           (SELECT coalesce(json_agg(row_to_json(x)), '[]') FROM (
              SELECT ${RESOURCE_COLUMNS}, ${resourceGradeSql('r', READER)} AS grade FROM ${RESOURCE_FROM} WHERE r.id IN (SELECT id FROM page)) x) AS rows,
           ${resourceAddableSql(READER)} AS "mayAdd",
           -- The names the organisation facet shows (its values and those chosen), and the bank's address.
           (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name)), '[]') FROM organisation o
             WHERE o.partnership_id = $1::uuid AND (o.id = ANY($8::uuid[]) OR o.id::text IN (SELECT value FROM facets WHERE facet = 'org'))) AS organisations,
           (SELECT slug FROM partnership WHERE id = $1::uuid) AS slug`;
  return {
    sql,
    params: [...readerParams(reader), q.text, q.types, q.themes, q.policyAreas, q.organisationIds, q.languages, q.yearFrom, q.yearTo, q.pageSize, (q.page - 1) * q.pageSize, q.words ?? [], q.excluded ?? []],
  };
}

/** How many of the closest words "did you mean" checks against what the reader may see. */
const SUGGESTION_CANDIDATES = 50;

/**
 * "Did you mean": each word of the query paired with the closest word (trigram similarity) in
 * resources the reader may see, or itself when it is already one of theirs. Candidates come
 * from the distinct word list through its trigram index; of the closest 50, the closest
 * that a resource the reader may see holds wins (checking every loose match for the reader
 * would cost a probe per word, hundreds for a short word at 50,000 resources).
 */
export function suggestionStatement(reader: BankReader, words: string[]): { sql: string; params: unknown[] } {
  const held = (word: string) => `EXISTS (SELECT 1 FROM resource_word w JOIN resource r ON r.id = w.resource_id WHERE w.word = ${word} AND ${READABLE})`;
  return {
    sql: `SELECT t.word,
                 CASE WHEN ${held('t.word')} THEN t.word
                      ELSE (SELECT c.word FROM (SELECT b.word, similarity(b.word, t.word) AS s FROM bank_word b
                                                 WHERE b.word % t.word AND b.word <> t.word
                                                 ORDER BY s DESC, b.word LIMIT ${SUGGESTION_CANDIDATES}) c
                             WHERE ${held('c.word')} ORDER BY c.s DESC, c.word LIMIT 1) END AS best
            FROM unnest($4::text[]) WITH ORDINALITY AS t(word, n) ORDER BY t.n`,
    params: [...readerParams(reader), words],
  };
}
