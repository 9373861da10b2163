import { EXPORT_MAX } from './bank-export.service';

/**
 * "Download these results: CSV, RIS, BibTeX" under the finder's count. `urlFor(format)` gives the
 * export address with the page's own query (the finder's urlOf), so the file is this search.
 */
export function exportLinks(urlFor: (format: string) => string, total: number, esc: (s: string) => string): string {
  if (!total) return '';
  const link = (format: string, label: string, what: string) => `<a class="govuk-link" href="${esc(urlFor(format))}" download>${label}<span class="govuk-visually-hidden"> (${what})</span></a>`;
  const over = total > EXPORT_MAX ? ` The first ${EXPORT_MAX.toLocaleString('en-GB')} in the order shown.` : '';
  return `<p class="govuk-body-s bank-export">Download these results: ${link('csv', 'CSV', 'spreadsheet')}, ${link('ris', 'RIS', 'reference managers such as Zotero or EndNote')}, ${link('bib', 'BibTeX', 'LaTeX')}.${over}</p>`;
}
