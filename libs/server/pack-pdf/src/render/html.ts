import { escapeHtml } from '@convene/mail';

/** Print styles for every Convene PDF: plain, large enough to read on a phone, GOV.UK colours. */
const STYLE = `
  @page { size: A4; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #0b0c0c; margin: 0; }
  h1 { font-size: 24pt; margin: 0 0 12pt; }
  h2 { font-size: 16pt; margin: 18pt 0 8pt; }
  h3 { font-size: 12.5pt; margin: 14pt 0 4pt; }
  .cover .facts { font-size: 13pt; }
  .section { page-break-before: always; }
  .meta { color: #505a5f; margin: 0 0 4pt; }
  a { color: #1d70b8; word-break: break-all; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
  caption { text-align: left; font-weight: bold; padding: 0 0 4pt; }
  th, td { border: 1px solid #b1b4b6; padding: 4pt; text-align: left; vertical-align: top; }
  thead th { background: #f3f2f1; }
  .contents { list-style: none; padding: 0; }
  .contents li { display: flex; gap: 6pt; margin: 0 0 3pt; }
  .contents .title { flex: 1; }
  .contents ul { list-style: none; padding-left: 18pt; }
  .note { color: #505a5f; font-style: italic; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 4pt 0; }
  dt { font-weight: bold; }
  dd { margin: 0; }
`;

export const esc = escapeHtml;

/** A whole document: language, title and headings are what make Chromium's tagged PDF readable. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** "Title ........ 7" as a row of the contents page. */
export function contentsRow(title: string, page: number | null, extra = ''): string {
  return `<li><span class="title">${title}</span><span>${page === null ? '' : `page ${page}`}</span></li>${extra}`;
}
