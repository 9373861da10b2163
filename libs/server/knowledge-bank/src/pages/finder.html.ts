import { ResourceSort, TYPE_LABELS, type ResourceType } from '../bank.enums';
import type { FacetCountModel, ResourceModel, ResourceSearchInput, ResourceSearchResultModel } from '../resources/resource.models';
import { esc, page } from './html';
import { exportLinks } from '../export/export-links';
import { saveSearchLink } from '../saved-searches/save-link';

/** The finder's state as the URL carries it: `?q=…&type=REPORT&type=TOOLKIT&theme=housing&from=2020&sort=newest&page=2`. */
export interface FinderState {
  q: string;
  type: string[];
  theme: string[];
  area: string[];
  org: string[];
  lang: string[];
  from: string;
  to: string;
  sort: string;
  page: string;
}

const many = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string').slice(0, 60);
const one = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');

export function stateOf(query: Record<string, unknown>): FinderState {
  return { q: one(query.q), type: many(query.type), theme: many(query.theme), area: many(query.area), org: many(query.org), lang: many(query.lang), from: one(query.from), to: one(query.to), sort: one(query.sort), page: one(query.page) };
}

const year = (value: string): number | null => (/^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value.trim() === '' ? null : NaN);

/** The search the URL asks for; values the search refuses come back as coded errors naming the field. */
export function searchOf(state: FinderState): ResourceSearchInput {
  const sort = { relevance: ResourceSort.RELEVANCE, newest: ResourceSort.NEWEST, title: ResourceSort.TITLE }[state.sort] ?? null;
  const pageNumber = /^\d{1,4}$/.test(state.page) ? Number(state.page) : 1;
  return {
    text: state.q,
    types: state.type as ResourceType[],
    themes: state.theme,
    policyAreas: state.area as ResourceSearchInput['policyAreas'],
    organisationIds: state.org,
    languages: state.lang,
    yearFrom: year(state.from),
    yearTo: year(state.to),
    sort,
    page: pageNumber,
  };
}

/** The URL of a state, so every link on the page (tiles, years, pages, removals) keeps the rest. */
export function urlOf(base: string, state: FinderState, change: Partial<FinderState> = {}): string {
  const next = { ...state, page: '', ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  for (const key of ['type', 'theme', 'area', 'org', 'lang'] as const) for (const v of next[key]) params.append(key, v);
  if (next.from) params.set('from', next.from);
  if (next.to) params.set('to', next.to);
  if (next.sort) params.set('sort', next.sort);
  if (next.page && next.page !== '1') params.set('page', next.page);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

function checkboxes(legend: string, name: string, values: FacetCountModel[]): string {
  if (!values.length) return '';
  const items = values
    .map((v, i) => {
      const id = `${name}-${i}`;
      return `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${id}" name="${name}" type="checkbox" value="${esc(v.value)}"${v.selected ? ' checked' : ''}>
<label class="govuk-label govuk-checkboxes__label" for="${id}">${esc(v.label)} <span class="bank-count">(${v.count})</span></label></div>`;
    })
    .join('');
  return `<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${esc(legend)}</legend>
<div class="govuk-checkboxes govuk-checkboxes--small">${items}</div></fieldset></div>`;
}

function card(r: ResourceModel): string {
  const orgs = [...r.organisations.map((o) => o.name), ...r.outsideAuthors];
  const thumb = r.hasThumbnail
    ? `<img src="${esc(r.pageUrl)}/thumbnail" alt="${esc(`${r.fileContentType === 'application/pdf' ? 'First page' : 'Picture'} of ${r.title}`)}" width="240">`
    : `<span class="bank-card__placeholder bank-card__placeholder--${esc(r.type)}" aria-hidden="true">${esc(TYPE_LABELS[r.type])}</span>`;
  return `<li class="bank-card"><div class="bank-card__thumb bank-card__placeholder--${esc(r.type)}">${thumb}</div><div class="bank-card__body">
<h3 class="bank-card__title"><a class="govuk-link" href="${esc(r.pageUrl)}">${esc(r.title)}</a></h3>
<p class="bank-card__meta">${esc(TYPE_LABELS[r.type])}, ${r.year}</p>${orgs.length ? `<p class="bank-card__meta">${esc(orgs.join(', '))}</p>` : ''}${r.linkMayBeBroken ? '<p class="bank-card__meta bank-link-broken"><strong>This link may be broken</strong></p>' : ''}</div></li>`;
}

export interface FinderPage {
  partnership: { slug: string; name: string };
  state: FinderState;
  result: ResourceSearchResultModel | null;
  error: { field: string; message: string } | null;
  signedIn: boolean;
}

const FIELD_IDS: Record<string, string> = { text: 'q', yearFrom: 'from', yearTo: 'to', page: 'q' };

export function renderFinder({ partnership, state, result, error, signedIn }: FinderPage): string {
  const base = `/bank/${partnership.slug}`;
  const f = result?.facets;
  const errorSummary = error
    ? `<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>
<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list"><li><a href="#${FIELD_IDS[error.field] ?? 'q'}">${esc(error.message)}</a></li></ul></div></div></div>`
    : '';
  const sortOption = (value: string, label: string) => `<option value="${value}"${(state.sort || (state.q ? 'relevance' : 'newest')) === value ? ' selected' : ''}>${label}</option>`;
  const form = `<form method="get" action="${esc(base)}" class="bank-filters">
<div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="q">Search the knowledge bank</label>
<div class="bank-search"><input class="govuk-input" id="q" name="q" type="search" value="${esc(state.q)}" maxlength="200"><button type="submit" class="govuk-button govuk-button--secondary">Search</button></div></div>
${f ? checkboxes('Type', 'type', f.types) + checkboxes('Theme', 'theme', f.themes) + checkboxes('Policy area', 'area', f.policyAreas) + checkboxes('Organisation', 'org', f.organisations) + checkboxes('Language', 'lang', f.languages) : ''}
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Year published</legend>
<div class="govuk-form-group"><label class="govuk-label" for="from">From</label><input class="govuk-input govuk-input--width-4" id="from" name="from" inputmode="numeric" value="${esc(state.from)}"></div>
<div class="govuk-form-group"><label class="govuk-label" for="to">To</label><input class="govuk-input govuk-input--width-4" id="to" name="to" inputmode="numeric" value="${esc(state.to)}"></div>
</fieldset></div>
<div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="sort">Sort by</label><select class="govuk-select" id="sort" name="sort">${sortOption('relevance', 'Relevance')}${sortOption('newest', 'Newest')}${sortOption('title', 'Title')}</select></div>
<button type="submit" class="govuk-button">Apply filters</button> <a class="govuk-link govuk-body" href="${esc(base)}">Clear all</a>
</form>`;

  let results = '';
  if (result && f) {
    const suggestion = result.suggestion
      ? `<p class="govuk-body">Did you mean <a class="govuk-link" href="${esc(urlOf(base, state, { q: result.suggestion }))}">${esc(result.suggestion)}</a>?</p>`
      : '';
    const tiles = `<h2 class="govuk-heading-s">Browse by theme</h2><ul class="bank-tiles">${f.themes
      .map((t) => `<li><a class="govuk-link" href="${esc(urlOf(base, state, { theme: [t.value] }))}"${t.selected ? ' aria-current="true"' : ''}>${esc(t.label)} <span class="bank-count">(${t.count})</span></a></li>`)
      .join('')}</ul>`;
    const years = f.years.length
      ? `<h2 class="govuk-heading-s">By year</h2><ul class="bank-years">${f.years
          .map((y) => `<li><a class="govuk-link" href="${esc(urlOf(base, state, { from: y.value, to: y.value }))}"${y.selected ? ' aria-current="true"' : ''}>${esc(y.label)} <span class="govuk-visually-hidden">resources:</span>(${y.count})</a></li>`)
          .join('')}</ul>`
      : '';
    const pages = Math.ceil(result.total / result.pageSize);
    const pager =
      pages > 1
        ? `<nav class="govuk-pagination" aria-label="Results pages">${result.page > 1 ? `<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${esc(urlOf(base, state, { page: String(result.page - 1) }))}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
<p class="govuk-body govuk-!-display-inline-block govuk-!-margin-left-3 govuk-!-margin-right-3">Page ${result.page} of ${pages}</p>${result.page < pages ? `<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${esc(urlOf(base, state, { page: String(result.page + 1) }))}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}</nav>`
        : '';
    results = `${tiles}${years}
<h2 class="govuk-heading-m" id="results-heading"><span id="result-count">${result.total}</span> ${result.total === 1 ? 'resource' : 'resources'}</h2>${suggestion}${exportLinks((format) => urlOf(`${base}/export.${format}`, state), result.total, esc)}${signedIn ? saveSearchLink(urlOf('', state, { sort: '' }), esc) : ''}
${result.items.length ? `<ul class="bank-grid" aria-labelledby="results-heading">${result.items.map(card).join('')}</ul>` : '<p class="govuk-body">No resources match. Try fewer words or filters.</p>'}${pager}`;
  }
  return page(
    `${error ? 'Error: ' : ''}Knowledge bank – ${partnership.name}`,
    `${errorSummary}<span class="govuk-caption-l">${esc(partnership.name)}</span><h1 class="govuk-heading-xl">Knowledge bank</h1>
<p class="govuk-body-l">Reports, briefings, toolkits and more on integration, cohesion and immigration${signedIn ? '' : ' (public resources; sign in to see the partnership’s own)'}.</p>
<div class="govuk-grid-row"><div class="govuk-grid-column-one-third">${form}</div><div class="govuk-grid-column-two-thirds">${results}</div></div>`,
    signedIn,
  );
}
