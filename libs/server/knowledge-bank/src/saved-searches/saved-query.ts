import { languageLabel, POLICY_AREA_LABELS, themeLabel, TYPE_LABELS, type PolicyArea, type ResourceType } from '../bank.enums';
import { urlOf } from '../pages/finder.html';
import type { ResourceSearchInput } from '../resources/resource.models';
import type { BankQuery } from '../search/search.sql';

/** What a saved search keeps: the filters, not the page or the order. Keys sorted, so equal searches are equal JSON. */
export interface SavedQuery {
  languages: string[] | null;
  organisationIds: string[] | null;
  policyAreas: string[] | null;
  text: string | null;
  themes: string[] | null;
  types: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
}

const sorted = (values: string[] | null) => (values ? [...values].sort() : null);

export const savedQueryOf = (q: BankQuery): SavedQuery => ({
  languages: sorted(q.languages),
  organisationIds: sorted(q.organisationIds),
  policyAreas: sorted(q.policyAreas),
  text: q.text,
  themes: sorted(q.themes),
  types: sorted(q.types),
  yearFrom: q.yearFrom,
  yearTo: q.yearTo,
});

export const searchInputOf = (q: SavedQuery): ResourceSearchInput => ({
  text: q.text,
  types: q.types as ResourceType[] | null,
  themes: q.themes,
  policyAreas: q.policyAreas as PolicyArea[] | null,
  organisationIds: q.organisationIds,
  languages: q.languages,
  yearFrom: q.yearFrom,
  yearTo: q.yearTo,
});

/** The search in words, for the list and the email: “housing” · Report or Toolkit · 2020 to 2024. */
export function labelOf(q: SavedQuery, organisationNames: Map<string, string>): string {
  const parts: string[] = [];
  if (q.text) parts.push(`“${q.text}”`);
  const any = (values: string[] | null, label: (v: string) => string) => values && parts.push(values.map(label).join(' or '));
  any(q.types, (t) => TYPE_LABELS[t as ResourceType] ?? t);
  any(q.themes, themeLabel);
  any(q.policyAreas, (a) => POLICY_AREA_LABELS[a as PolicyArea] ?? a);
  any(q.organisationIds, (id) => organisationNames.get(id) ?? 'an organisation');
  any(q.languages, languageLabel);
  if (q.yearFrom !== null && q.yearTo !== null) parts.push(q.yearFrom === q.yearTo ? String(q.yearFrom) : `${q.yearFrom} to ${q.yearTo}`);
  else if (q.yearFrom !== null) parts.push(`from ${q.yearFrom}`);
  else if (q.yearTo !== null) parts.push(`up to ${q.yearTo}`);
  return (parts.join(' · ') || 'Everything in the bank').slice(0, 120);
}

/** The finder's address for the saved search (its URL state). */
export const finderUrlOf = (slug: string, q: SavedQuery) =>
  urlOf(`/bank/${slug}`, {
    q: q.text ?? '',
    type: q.types ?? [],
    theme: q.themes ?? [],
    area: q.policyAreas ?? [],
    org: q.organisationIds ?? [],
    lang: q.languages ?? [],
    from: q.yearFrom === null ? '' : String(q.yearFrom),
    to: q.yearTo === null ? '' : String(q.yearTo),
    sort: '',
    page: '',
  });
