import { stringify } from 'csv-stringify/sync';
import { ResourceType, TYPE_LABELS, themeLabel } from '../bank.enums';
import type { ResourceModel } from '../resources/resource.models';

/** What an export writes per resource: the fields, and the resource page as an absolute address. */
export type ExportedResource = Pick<ResourceModel, 'id' | 'title' | 'summary' | 'type' | 'year' | 'publishedOn' | 'themes' | 'policyAreas' | 'language' | 'externalUrl' | 'organisations' | 'outsideAuthors'> & { pageUrl: string };

const authorsOf = (r: ExportedResource) => [...r.organisations.map((o) => o.name), ...r.outsideAuthors];

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * a leading apostrophe keeps it text (the OWASP advice for CSV injection).
 */
export const neutralise = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The import's columns first (so an export can be edited and imported again), then the rest. */
export function toCsv(resources: ExportedResource[]): string {
  const rows = resources.map((r) =>
    [r.title, authorsOf(r).join('; '), String(r.year), TYPE_LABELS[r.type], r.summary, r.externalUrl ?? '', r.themes.join('; '), r.policyAreas.join('; '), r.language, r.publishedOn ?? '', r.pageUrl].map(neutralise),
  );
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${stringify([['title', 'organisations', 'year', 'type', 'summary', 'link', 'themes', 'policy areas', 'language', 'published', 'page'], ...rows], { record_delimiter: 'windows', quoted_match: /[\s\S]/ })}`;
}

/** RIS reference types (the closest for each of the bank's types). */
const RIS_TYPE: Record<ResourceType, string> = {
  REPORT: 'RPRT',
  BRIEFING: 'RPRT',
  INFOGRAPHIC: 'FIGURE',
  TOOLKIT: 'GEN',
  GUIDANCE: 'GOVDOC',
  DATASET: 'DATA',
  VIDEO: 'VIDEO',
  WEB_PAGE: 'ELEC',
};

/** One RIS tag line; values are one line each (RIS has no escaping, so line breaks become spaces). */
const tag = (name: string, value: string) => `${name}  - ${value.replace(/[\r\n]+/g, ' ').trim()}\r\n`;

export function toRis(resources: ExportedResource[]): string {
  return resources
    .map(
      (r) =>
        tag('TY', RIS_TYPE[r.type]) +
        tag('TI', r.title) +
        authorsOf(r)
          .map((a) => tag('AU', a))
          .join('') +
        tag('PY', String(r.year)) +
        (r.publishedOn ? tag('DA', r.publishedOn.replace(/-/g, '/')) : '') +
        (r.summary ? tag('AB', r.summary) : '') +
        r.themes.map((t) => tag('KW', themeLabel(t))).join('') +
        tag('LA', r.language) +
        tag('UR', r.externalUrl ?? r.pageUrl) +
        tag('M3', TYPE_LABELS[r.type]) +
        tag('ID', r.id) +
        tag('ER', ''),
    )
    .join('\r\n');
}

const BIB_TYPE: Record<ResourceType, string> = {
  REPORT: 'techreport',
  BRIEFING: 'techreport',
  INFOGRAPHIC: 'misc',
  TOOLKIT: 'misc',
  GUIDANCE: 'techreport',
  DATASET: 'misc',
  VIDEO: 'misc',
  WEB_PAGE: 'misc',
};

/** BibTeX's special characters escaped, so a title cannot close its braces or start a command. */
const bib = (text: string) =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

/** A citation key: the first author's (or title's) first word, the year, and a short id suffix. */
const keyOf = (r: ExportedResource) => {
  const word =
    (authorsOf(r)[0] ?? r.title)
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9 ]/g, '')
      .split(' ')
      .find(Boolean) ?? 'resource';
  return `${word.toLowerCase()}${r.year}${r.id.slice(0, 4)}`;
};

export function toBibtex(resources: ExportedResource[]): string {
  return resources
    .map((r) => {
      const fields: [string, string][] = [
        ['title', `{${bib(r.title)}}`],
        // Organisations are corporate authors: a second brace pair keeps BibTeX from splitting their names.
        ['author', authorsOf(r).map((a) => `{${bib(a)}}`).join(' and ')],
        [BIB_TYPE[r.type] === 'techreport' ? 'institution' : 'publisher', r.organisations.map((o) => bib(o.name)).join(' and ')],
        ['year', String(r.year)],
        ['abstract', bib(r.summary)],
        ['keywords', r.themes.map((t) => bib(themeLabel(t))).join(', ')],
        ['type', bib(TYPE_LABELS[r.type])],
        ['language', bib(r.language)],
        // Addresses stay as they are (the url package reads them verbatim), but braces would end the field.
        ['url', (r.externalUrl ?? r.pageUrl).replace(/[{}\s\\]/g, encodeURIComponent)],
      ];
      const body = fields
        .filter(([, v]) => v && v !== '{}')
        .map(([k, v]) => `  ${k} = {${v}}`)
        .join(',\n');
      return `@${BIB_TYPE[r.type]}{${keyOf(r)},\n${body}\n}\n`;
    })
    .join('\n');
}
