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
const others = (facet: FacetName, row: string) =>
  Object.entries(FLAGS)
    .filter(([name]) => name !== facet)
    .map(([, flag]) => `${row}.${flag}`)
    .join(' AND ');
const hit = (row: string) => Object.values(FLAGS).map((flag) => `${row}.${flag}`).join(' AND ');

/**
 * One statement: the resources the reader may see that match the text, read once through the
 * vector's GIN index (`flagged`, each facet's filter as a flag, and for the hits their rank and
 * sort key), then the total, the facet counts and the page of ids from that one narrow set. Each
 * facet is a scan of `flagged` (a few thousand narrow rows, well under a millisecond each):
 * measured at 50,000 resources, six such scans cost about 6 ms where one pass pairing each row
 * with its values for every facet (LATERAL VALUES + unnest) cost about 20 ms.
 *
 * The counting rule (the usual faceted-search one): each facet's counts apply the text and all
 * the OTHER facets' filters but not its own, so a count says how many hits there would be if
 * that value were added to its facet (OR within a facet, AND across facets). With nothing
 * chosen in a facet, its counts add up to the total (or more, for multi-valued facets: themes,
 * policy areas, organisations). The year counts ignore the year range, so the strip by year
 * shows where widening the range would lead.
 *
 * Text matches the stored weighted tsvector (`websearch_to_tsquery`, accent-folded) with `@@`,
 * through its GIN index. Typos: only when a query word is in no resource's word list (so the
 * plain query cannot match everything asked for) is it swapped for its closest words in the
 * distinct word list `bank_word` (`%`, trigram similarity 0.3 through its trigram index, at
 * most five), and that corrected query is ORed in; a query of known words costs one index
 * probe per word.
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
    q AS (SELECT CASE WHEN typo.query IS NULL THEN websearch_to_tsquery('bank', coalesce($4::text, '')) ELSE websearch_to_tsquery('bank', coalesce($4::text, '')) || typo.query END AS query,
                 array_to_string($14::text[], ' ') AS folded
            FROM typo),
    -- Read once: the facet flags for every match, the rank and sort key for the hits alone.
    flagged AS MATERIALIZED (
      SELECT m.id, m.type, m.themes, m.policy_areas, m.language, m.year, m.orgs, m.published_on, m.created_at,
             m.f_type, m.f_theme, m.f_policy, m.f_org, m.f_lang, m.f_year, (${hit('m')}) AS hit,
             CASE WHEN ${hit('m')} THEN bank_fold(m.title) END AS title_key,
             CASE WHEN $4::text IS NULL OR NOT (${hit('m')}) THEN 0 ELSE ts_rank_cd(m.search, m.query) + 0.2 * word_similarity(m.folded, bank_fold(m.title)) END AS rank
        FROM (
          SELECT r.id, r.type, r.themes, r.policy_areas, r.language, r.year, r.organisation_ids AS orgs, r.published_on, r.created_at, r.title, r.search, q.query, q.folded,
                 ($5::text[] IS NULL OR r.type = ANY($5::text[])) AS f_type,
                 ($6::text[] IS NULL OR r.themes && $6::text[]) AS f_theme,
                 ($7::text[] IS NULL OR r.policy_areas && $7::text[]) AS f_policy,
                 ($8::uuid[] IS NULL OR r.organisation_ids && $8::uuid[]) AS f_org,
                 ($9::text[] IS NULL OR r.language = ANY($9::text[])) AS f_lang,
                 (($10::int IS NULL OR r.year >= $10::int) AND ($11::int IS NULL OR r.year <= $11::int)) AS f_year
            FROM resource r, q
           WHERE ${READABLE} AND ($4::text IS NULL OR r.search @@ q.query)
        ) m
    ),
    -- Each facet over the matches that pass every other facet's filter.
    facets AS (
                SELECT 'type' AS facet, f.type AS value, count(*)::int AS n FROM flagged f WHERE ${others('type', 'f')} GROUP BY 2
      UNION ALL SELECT 'theme', t, count(*)::int FROM flagged f, unnest(f.themes) t WHERE ${others('theme', 'f')} GROUP BY 2
      UNION ALL SELECT 'policy', a, count(*)::int FROM flagged f, unnest(f.policy_areas) a WHERE ${others('policy', 'f')} GROUP BY 2
      UNION ALL SELECT 'org', o::text, count(*)::int FROM flagged f, unnest(f.orgs) o WHERE ${others('org', 'f')} GROUP BY 2
      UNION ALL SELECT 'language', f.language, count(*)::int FROM flagged f WHERE ${others('language', 'f')} GROUP BY 2
      UNION ALL SELECT 'year', f.year::text, count(*)::int FROM flagged f WHERE ${others('year', 'f')} GROUP BY 2
    ),
    page AS (SELECT id, row_number() OVER (ORDER BY ${ORDER[q.sort]}) AS ord FROM flagged WHERE hit ORDER BY ord LIMIT $12 OFFSET $13)
    SELECT (SELECT count(*)::int FROM flagged WHERE hit) AS total,
           (SELECT coalesce(json_agg(json_build_object('facet', facet, 'value', value, 'n', n)), '[]') FROM facets) AS facets,
           (SELECT coalesce(json_agg(id ORDER BY ord), '[]') FROM page) AS ids`;
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
