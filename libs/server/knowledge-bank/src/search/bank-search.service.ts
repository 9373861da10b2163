import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RESOURCE_MANAGE, type Actor, type BankReader } from '@convene/access';
import { isUuid } from '@convene/database';
import { badInput } from '@convene/errors';
import { BANK_THEMES, languageLabel, POLICY_AREA_LABELS, PolicyArea, ResourceSort, ResourceType, themeLabel, TYPE_LABELS } from '../bank.enums';
import type { FacetCountModel, ResourceFacetsModel, ResourceModel, ResourceSearchInput, ResourceSearchResultModel } from '../resources/resource.models';
import { pageUrlOf, type ResourceRow } from '../resources/resources.service';
import { searchStatement, suggestionStatement, type BankQuery, type FacetName } from './search.sql';

export const PAGE_SIZE = 24;
export const PAGE_SIZE_MAX = 100;
export const QUERY_MAX = 200;
const PAGE_MAX = 1000;
const FACET_VALUES_MAX = 30;

const fail = (field: string, message: string) => badInput(message, { field });
const list = <T>(values: T[] | null | undefined): T[] | null => (values && values.length ? [...new Set(values)] : null);

/** Checks a search as people type it (or as a URL carries it), naming the field at fault. */
export function checkQuery(input: ResourceSearchInput): BankQuery {
  const text = (input.text ?? '').replace(/[\u0000-\u001f]/g, ' ').trim();
  if (text.length > QUERY_MAX) throw fail('text', `Search for up to ${QUERY_MAX} characters.`);
  const types = list(input.types);
  if (types?.some((t) => !Object.values(ResourceType).includes(t))) throw fail('types', 'Choose types from the list.');
  const themes = list(input.themes?.map((t) => t.toLowerCase()));
  if (themes?.some((t) => !BANK_THEMES.includes(t))) throw fail('themes', 'Choose themes from the list.');
  const policyAreas = list(input.policyAreas);
  if (policyAreas?.some((a) => !Object.values(PolicyArea).includes(a))) throw fail('policyAreas', 'Choose policy areas from the list.');
  const organisationIds = list(input.organisationIds);
  if (organisationIds?.some((id) => !isUuid(id)) || (organisationIds?.length ?? 0) > 50) throw fail('organisationIds', 'Choose organisations from the list.');
  const languages = list(input.languages?.map((l) => l.toLowerCase()));
  if (languages?.some((l) => !/^[a-z]{2,3}$/.test(l)) || (languages?.length ?? 0) > 50) throw fail('languages', 'Choose languages from the list.');
  const year = (value: number | null | undefined, field: string) => {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < 1900 || value > 2100) throw fail(field, 'A year must be between 1900 and 2100.');
    return value;
  };
  const yearFrom = year(input.yearFrom, 'yearFrom');
  const yearTo = year(input.yearTo, 'yearTo');
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) throw fail('yearTo', 'The “to” year must be the same as or after the “from” year.');
  const page = input.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > PAGE_MAX) throw fail('page', `The page must be between 1 and ${PAGE_MAX}.`);
  const pageSize = input.pageSize ?? PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGE_SIZE_MAX) throw fail('pageSize', `The page size must be between 1 and ${PAGE_SIZE_MAX}.`);
  const sort = input.sort ?? (text ? ResourceSort.RELEVANCE : ResourceSort.NEWEST);
  if (!Object.values(ResourceSort).includes(sort)) throw fail('sort', 'Choose how to sort.');
  return { text: text || null, words: wordsOf(text), excluded: excludedOf(text), types, themes, policyAreas, organisationIds, languages, yearFrom, yearTo, sort: sort === ResourceSort.RELEVANCE && !text ? ResourceSort.NEWEST : sort, page, pageSize };
}

/** A query's words as the word list holds them: folded, 3 to 40 letters, at most 6, leaving out those excluded with `-`. */
export function wordsOf(text: string): string[] {
  const kept = text.replace(/(^|\s)-\S+/g, ' ');
  const folded = kept.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && w.length <= 40 && w !== 'and'))].slice(0, 6);
}

/** Words excluded with `-` (`housing -review`), folded. */
export function excludedOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)-([^\s"]+)/g)].map((m) => m[1].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter(Boolean).slice(0, 6);
}

/** "Did you mean" reaches further than the typo matching (which already found anything closer). */
const SUGGESTION_SIMILARITY = 0.2;

interface FacetRow {
  facet: FacetName;
  value: string;
  n: number;
}

/** The search statement's one row (the page's rows as JSON: times as text). */
interface SearchAnswer {
  total: number;
  facets: FacetRow[];
  ids: string[];
  rows: (Omit<ResourceRow, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string; grade: number })[];
  mayAdd: boolean;
  organisations: { id: string; name: string }[];
  slug: string | null;
}

/**
 * The bank's search: text, facets with counts and a page of results over what the reader may
 * see, in one statement (search.sql.ts); the reader's visibility, grades and "may add" are the
 * policy layer's SQL.
 */
@Injectable()
export class BankSearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(reader: BankReader, input: ResourceSearchInput, actor: Actor | null = null): Promise<ResourceSearchResultModel> {
    const q = checkQuery(input);
    const { sql, params } = searchStatement(reader, q);
    const [{ total, facets, ids, rows, mayAdd, organisations, slug }]: SearchAnswer[] = await this.db.query(sql, params);
    const suggestion = total === 0 && q.text ? await this.suggest(reader, q.text) : null;
    // Grades are the reader's: "may edit" and "may add" are shown only to the person reading.
    const signedIn = actor !== null && reader.personId === actor.personId;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items: ResourceModel[] = ids
      .filter((id) => byId.has(id))
      .map((id) => {
        const { grade, createdAt, updatedAt, ...row } = byId.get(id)!;
        return { ...row, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt), pageUrl: pageUrlOf(row), canManage: signedIn && grade >= RESOURCE_MANAGE };
      });
    return { total, page: q.page, pageSize: q.pageSize, items, facets: this.facets(q, facets, organisations), suggestion, viewerCanAdd: signedIn && mayAdd, finderUrl: `/bank/${slug ?? ''}` };
  }

  /** Counts with labels; the fixed lists (types, themes, policy areas) show every value, even at 0. */
  private facets(q: BankQuery, rows: FacetRow[], orgs: { id: string; name: string }[]): ResourceFacetsModel {
    const counts = (facet: FacetName) => new Map(rows.filter((r) => r.facet === facet).map((r) => [r.value, r.n]));
    const fixed = (facet: FacetName, values: readonly string[], label: (v: string) => string, selected: string[] | null): FacetCountModel[] => {
      const n = counts(facet);
      return values.map((value) => ({ value, label: label(value), count: n.get(value) ?? 0, selected: selected?.includes(value) ?? false }));
    };
    const open = (facet: FacetName, labels: Map<string, string>, selected: string[] | null): FacetCountModel[] => {
      const n = counts(facet);
      const values = [...new Set([...n.keys(), ...(selected ?? [])])].filter((v) => labels.has(v));
      return values
        .map((value) => ({ value, label: labels.get(value)!, count: n.get(value) ?? 0, selected: selected?.includes(value) ?? false }))
        .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label))
        .slice(0, Math.max(FACET_VALUES_MAX, selected?.length ?? 0));
    };
    const languages = [...new Set([...counts('language').keys(), ...(q.languages ?? [])])];
    const years = counts('year');
    return {
      types: fixed('type', Object.values(ResourceType), (v) => TYPE_LABELS[v as ResourceType], q.types),
      themes: fixed('theme', BANK_THEMES, themeLabel, q.themes),
      policyAreas: fixed('policy', Object.values(PolicyArea), (v) => POLICY_AREA_LABELS[v as PolicyArea], q.policyAreas),
      organisations: open('org', new Map(orgs.map((o) => [o.id, o.name])), q.organisationIds),
      languages: open('language', new Map(languages.map((l) => [l, languageLabel(l)])), q.languages),
      years: [...years.entries()]
        .sort(([a], [b]) => Number(b) - Number(a))
        .map(([value, count]) => ({ value, label: value, count, selected: (q.yearFrom === null || Number(value) >= q.yearFrom) && (q.yearTo === null || Number(value) <= q.yearTo) && (q.yearFrom !== null || q.yearTo !== null) })),
    };
  }

  /** The query with its unknown words swapped for close ones the reader could find; null if nothing changes. */
  private async suggest(reader: BankReader, text: string): Promise<string | null> {
    const words = wordsOf(text);
    if (!words.length) return null;
    const { sql, params } = suggestionStatement(reader, words);
    const rows: { word: string; best: string | null }[] = await this.db.transaction(async (m) => {
      await m.query(`SET LOCAL pg_trgm.similarity_threshold = ${SUGGESTION_SIMILARITY}`);
      return m.query(sql, params);
    });
    if (rows.every((r) => r.best === null || r.best === r.word)) return null;
    return rows.map((r) => r.best ?? r.word).join(' ');
  }
}
