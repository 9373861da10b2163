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
 * Text matches the weighted tsvector (`websearch_to_tsquery`, accent-folded); or, for typos, the
 * title by trigram word similarity (`pg_trgm`, threshold 0.6), or every query word by a close
 * word (similarity 0.3) of the resource's title, summary and authors (`resource_word`).
 */
export function searchStatement(reader: BankReader, q: BankQuery): { sql: string; params: unknown[] } {
  const sql = `
    WITH q AS (SELECT websearch_to_tsquery('bank', coalesce($4::text, '')) AS query, array_to_string($14::text[], ' ') AS folded),
    -- Typo tolerance, word by word: each query word's close words (trigram similarity, via the
    -- word list's trigram index), and the resources holding a close word for every query word.
    fz AS (SELECT t.n, array_agg(DISTINCT rw.word) AS cands FROM unnest($14::text[]) WITH ORDINALITY AS t(w, n) JOIN resource_word rw ON rw.word % t.w GROUP BY t.n),
    fuzzy AS (SELECT rw.resource_id FROM fz JOIN resource_word rw ON rw.word = ANY(fz.cands) GROUP BY rw.resource_id HAVING count(DISTINCT fz.n) = cardinality($14::text[])),
    base AS (
      SELECT r.id, r.type, r.themes, r.policy_areas, r.language, r.year, r.published_on, r.created_at, bank_fold(r.title) AS title_key,
             coalesce((SELECT array_agg(ro.organisation_id) FROM resource_organisation ro WHERE ro.resource_id = r.id), '{}') AS orgs,
             CASE WHEN $4::text IS NULL THEN 0 ELSE ts_rank_cd(r.search, q.query) + 0.2 * word_similarity(q.folded, bank_fold(r.title)) END AS rank
        FROM resource r, q
       WHERE ${READABLE} AND ($4::text IS NULL OR r.search @@ q.query OR ((bank_fold(r.title) %> q.folded OR (cardinality($14::text[]) > 0 AND r.id IN (SELECT resource_id FROM fuzzy)))
             AND (cardinality($15::text[]) = 0 OR NOT r.search @@ websearch_to_tsquery('bank', array_to_string($15::text[], ' or ')))))
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
    page AS (SELECT id, row_number() OVER (ORDER BY ${ORDER[q.sort]}) AS ord FROM hits ORDER BY ord LIMIT $12 OFFSET $13)
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
