import { readerParams, resourceReadableSql, type BankReader } from '@convene/access';
import { ResourceSort } from '../bank.enums';

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

const READABLE = resourceReadableSql('r', { partnership: '$1', person: '$2', coordinator: '$3' });

const ORDER: Record<ResourceSort, string> = {
  [ResourceSort.RELEVANCE]: 'rank DESC, year DESC, title_key, id',
  [ResourceSort.NEWEST]: 'year DESC, published_on DESC NULLS LAST, created_at DESC, id',
  [ResourceSort.TITLE]: 'title_key, id',
};

/** Each facet's filter flag; a facet's counts apply every flag but its own. */
const FLAGS: Record<FacetName, string> = { type: 'f_type', theme: 'f_theme', policy: 'f_policy', org: 'f_org', language: 'f_lang', year: 'f_year' };
const others = (facet: FacetName) =>
  Object.entries(FLAGS)
    .filter(([name]) => name !== facet)
    .map(([, flag]) => flag)
    .join(' AND ');

/**
 * One statement: the resources the reader may see that match the text (`base`), each facet's
 * filter as a flag, the hits (every flag), the facet counts and the page of ids.
 *
 * The counting rule (the usual faceted-search one): each facet's counts apply the text and all
 * the OTHER facets' filters but not its own, so a count says how many hits there would be if
 * that value were added to its facet (OR within a facet, AND across facets). With nothing
 * chosen in a facet, its counts add up to the total (or more, for multi-valued facets: themes,
 * policy areas, organisations). The year counts ignore the year range, so the strip by year
 * shows where widening the range would lead.
 *
 * Text matches the weighted tsvector (`websearch_to_tsquery`, accent-folded), through its GIN
 * index. For typos, a query word that no resource holds is swapped for its closest words in
 * the word list (`pg_trgm` similarity 0.3, at most five), and that corrected query is ORed in.
 */
export function searchStatement(reader: BankReader, q: BankQuery): { sql: string; params: unknown[] } {
  const sql = `
    WITH words AS (SELECT t.w, t.n FROM unnest($14::text[]) WITH ORDINALITY AS t(w, n)),
    -- Typo tolerance, word by word: a word no resource holds is replaced by its closest words in
    -- the word list (trigram similarity, through the list's trigram index), up to five of them.
    fz AS (
      SELECT n, CASE WHEN EXISTS (SELECT 1 FROM resource_word x WHERE x.word = w) THEN ARRAY[w]
                     ELSE ARRAY(SELECT c.word FROM (SELECT DISTINCT rw.word FROM resource_word rw WHERE rw.word % words.w) c ORDER BY similarity(c.word, words.w) DESC, c.word LIMIT 5) END AS cands,
             EXISTS (SELECT 1 FROM resource_word x WHERE x.word = w) AS known
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
    q AS (SELECT CASE WHEN typo.query IS NULL THEN websearch_to_tsquery('bank', coalesce($4::text, '')) ELSE websearch_to_tsquery('bank', coalesce($4::text, '')) || typo.query END AS query,
                 array_to_string($14::text[], ' ') AS folded
            FROM typo),
    base AS (
      SELECT r.id, r.type, r.themes, r.policy_areas, r.language, r.year, r.published_on, r.created_at, r.title, r.organisation_ids AS orgs
        FROM resource r, q
       WHERE ${READABLE} AND ($4::text IS NULL OR r.search @@ q.query)
    ),
    flagged AS (
      SELECT b.*,
             ($5::text[] IS NULL OR b.type = ANY($5::text[])) AS f_type,
             ($6::text[] IS NULL OR b.themes && $6::text[]) AS f_theme,
             ($7::text[] IS NULL OR b.policy_areas && $7::text[]) AS f_policy,
             ($8::uuid[] IS NULL OR b.orgs && $8::uuid[]) AS f_org,
             ($9::text[] IS NULL OR b.language = ANY($9::text[])) AS f_lang,
             (($10::int IS NULL OR b.year >= $10::int) AND ($11::int IS NULL OR b.year <= $11::int)) AS f_year
        FROM base b
    ),
    hits AS (SELECT * FROM flagged WHERE f_type AND f_theme AND f_policy AND f_org AND f_lang AND f_year),
    facets AS (
                SELECT 'type' AS facet, type AS value, count(*)::int AS n FROM flagged WHERE ${others('type')} GROUP BY type
      UNION ALL SELECT 'theme', t, count(*)::int FROM flagged, unnest(themes) t WHERE ${others('theme')} GROUP BY t
      UNION ALL SELECT 'policy', a, count(*)::int FROM flagged, unnest(policy_areas) a WHERE ${others('policy')} GROUP BY a
      UNION ALL SELECT 'org', o::text, count(*)::int FROM flagged, unnest(orgs) o WHERE ${others('org')} GROUP BY o
      UNION ALL SELECT 'language', language, count(*)::int FROM flagged WHERE ${others('language')} GROUP BY language
      UNION ALL SELECT 'year', year::text, count(*)::int FROM flagged WHERE ${others('year')} GROUP BY year
    ),
    page AS (
      SELECT id, row_number() OVER (ORDER BY ${ORDER[q.sort]}) AS ord
        FROM (SELECT h.id, h.year, h.published_on, h.created_at, bank_fold(h.title) AS title_key,
                     CASE WHEN $4::text IS NULL THEN 0 ELSE ts_rank_cd(r.search, q.query) + 0.2 * word_similarity(q.folded, bank_fold(h.title)) END AS rank
                FROM hits h JOIN resource r ON r.id = h.id, q) ranked
       ORDER BY ord LIMIT $12 OFFSET $13)
    SELECT (SELECT count(*)::int FROM hits) AS total,
           (SELECT coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'n', n)), '[]') FROM facets) AS facets,
           (SELECT coalesce(json_agg(id ORDER BY ord), '[]') FROM page) AS ids`;
  return {
    sql,
    params: [...readerParams(reader), q.text, q.types, q.themes, q.policyAreas, q.organisationIds, q.languages, q.yearFrom, q.yearTo, q.pageSize, (q.page - 1) * q.pageSize, q.words ?? [], q.excluded ?? []],
  };
}

/**
 * "Did you mean": each word of the query paired with the closest word (trigram similarity) in
 * resources the reader may see, or itself when it is already one of theirs.
 */
export function suggestionStatement(reader: BankReader, words: string[]): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT t.word,
                 CASE WHEN EXISTS (SELECT 1 FROM resource_word w JOIN resource r ON r.id = w.resource_id WHERE w.word = t.word AND ${READABLE}) THEN t.word
                      ELSE (SELECT w.word FROM resource_word w JOIN resource r ON r.id = w.resource_id
                             WHERE w.word % t.word AND w.word <> t.word AND ${READABLE}
                             ORDER BY similarity(w.word, t.word) DESC, w.word LIMIT 1) END AS best
            FROM unnest($4::text[]) WITH ORDINALITY AS t(word, n) ORDER BY t.n`,
    params: [...readerParams(reader), words],
  };
}
