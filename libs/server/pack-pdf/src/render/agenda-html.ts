import { londonDate, londonDateTime, londonTime, type AgendaPackMail, type PackAction, type PackAssessmentEntry } from '@convene/mail';
import { esc, htmlDocument } from './html';

/** A file on an agenda item, as the reader may read it; `bytes` only for PDFs. */
export interface PackFile {
  title: string;
  /** Its download link (absolute), for files listed rather than merged. */
  url: string;
  contentType: string;
  bytes: Buffer | null;
  /** Why a PDF's bytes are not here (still being scanned), said beside its link. */
  note?: string;
}

/** Where a file ends up: merged from `page`, or listed with its link and why. */
export type FilePlace = { page: number; pages: number } | { note: string };

/** The page numbers the contents page shows; null while they are not known yet. */
export interface AgendaPages {
  contents: number | null;
  agenda: number | null;
  items: (number | null)[];
  assessment: number | null;
  matters: number | null;
}

const words = (value: string) => (/^[A-Z_]+$/.test(value) ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : value);
const pageOf = (n: number | null) => (n === null ? '' : `page ${n}`);

export const packTitle = (pack: AgendaPackMail) => `Agenda pack: ${pack.meeting.groupName}, ${londonDate(pack.meeting.startsAt)}`;

/** Item start times: the meeting's start plus the minutes allotted to the items before. */
export function startTimes(pack: AgendaPackMail): Date[] {
  let at = pack.meeting.startsAt.getTime();
  return pack.items.map((item) => {
    const start = new Date(at);
    at += (item.minutesAllotted ?? 0) * 60_000;
    return start;
  });
}

/**
 * The headings in document order, as Chromium's outline lists them: the merge step finds the
 * page each one landed on by this order.
 */
export function agendaHeadings(pack: AgendaPackMail): string[] {
  return [`${pack.meeting.groupName}: ${pack.meeting.title}`, 'Contents', 'Agenda', ...pack.items.map((item, i) => `${i + 1}. ${item.title}`), 'Sector activity assessment', 'Matters arising'];
}

function cover(pack: AgendaPackMail): string {
  const m = pack.meeting;
  return `<section class="cover">
<h1>${esc(`${m.groupName}: ${m.title}`)}</h1>
<dl class="facts">
<dt>Group</dt><dd>${esc(m.groupName)}</dd>
<dt>Date</dt><dd>${esc(londonDateTime(m.startsAt).replace(/, \d\d:\d\d$/, ''))}</dd>
<dt>Time</dt><dd>${esc(`${londonTime(m.startsAt)} to ${londonTime(m.endsAt)}`)}</dd>
${m.location ? `<dt>Place</dt><dd>${esc(m.location)}</dd>` : ''}
${m.onlineUrl ? `<dt>Online</dt><dd><a href="${esc(m.onlineUrl)}">${esc(m.onlineUrl)}</a></dd>` : ''}
</dl>
<p>Agenda version ${pack.version}.${pack.changeNote ? ` ${esc(pack.changeNote)}` : ''}</p>
<p>The meeting page: <a href="${esc(m.url)}">${esc(m.url)}</a></p>
</section>`;
}

function fileLine(file: PackFile, place: FilePlace | undefined): string {
  if (place && 'page' in place) return `${esc(file.title)}: in this pack from page ${place.page} (${place.pages} ${place.pages === 1 ? 'page' : 'pages'})`;
  return `<a href="${esc(file.url)}">${esc(file.title)}</a>${place && 'note' in place ? ` <span class="note">(${esc(place.note)})</span>` : ''}`;
}

function contents(pack: AgendaPackMail, files: PackFile[][], places: Map<PackFile, FilePlace>, pages: AgendaPages): string {
  const items = pack.items.map((item, i) => {
    const merged = (files[i] ?? []).filter((f) => 'page' in (places.get(f) ?? {}));
    const sub = merged.length
      ? `<ul>${merged.map((f) => `<li><span class="title">Paper: ${esc(f.title)}</span><span>${pageOf((places.get(f) as { page: number }).page)}</span></li>`).join('')}</ul>`
      : '';
    return `<li><span class="title">${i + 1}. ${esc(item.title)}</span><span>${pageOf(pages.items[i] ?? null)}</span></li>${sub ? `<li>${sub}</li>` : ''}`;
  });
  return `<section class="section">
<h2>Contents</h2>
<ul class="contents">
<li><span class="title">Agenda</span><span>${pageOf(pages.agenda)}</span></li>
<li><ul class="contents">${items.join('\n')}</ul></li>
<li><span class="title">Sector activity assessment</span><span>${pageOf(pages.assessment)}</span></li>
<li><span class="title">Matters arising</span><span>${pageOf(pages.matters)}</span></li>
</ul>
</section>`;
}

function agenda(pack: AgendaPackMail, files: PackFile[][], places: Map<PackFile, FilePlace>): string {
  const starts = startTimes(pack);
  const items = pack.items.map((item, i) => {
    const facts = [
      `<dt>Starts</dt><dd>${esc(londonTime(starts[i]))}</dd>`,
      item.presenter ? `<dt>Presenter</dt><dd>${esc(item.presenter)}</dd>` : '',
      item.minutesAllotted ? `<dt>Time allotted</dt><dd>${item.minutesAllotted} minutes</dd>` : '',
    ].join('');
    const links = item.papers.map((p) => `<li><a href="${esc(p.url)}">${esc(p.title)}</a></li>`);
    const own = (files[i] ?? []).map((f) => `<li>${fileLine(f, places.get(f))}</li>`);
    const papers = links.length + own.length ? `<p class="meta">Papers</p><ul>${[...own, ...links].join('')}</ul>` : '';
    const inputs = item.inputsThreadUrl ? `<p>Send your inputs in the forum: <a href="${esc(item.inputsThreadUrl)}">${esc(item.inputsThreadUrl)}</a></p>` : '';
    return `<h3>${i + 1}. ${esc(item.title)}</h3><dl>${facts}</dl>${item.description ? `<p>${esc(item.description)}</p>` : ''}${papers}${inputs}`;
  });
  return `<section class="section"><h2>Agenda</h2>${items.join('\n') || '<p>No items.</p>'}</section>`;
}

export function assessmentTable(entries: PackAssessmentEntry[]): string {
  if (!entries.length) return '<p>No entries yet.</p>';
  const head = ['Theme', 'Kind', 'Rating', 'Direction', 'Summary and evidence', 'Source'].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = entries.map(
    (e) =>
      `<tr><th scope="row">${esc(words(e.theme))}</th><td>${esc(words(e.kind))}</td><td>${esc(words(e.rating))}</td><td>${esc(words(e.direction))}</td><td>${esc(e.summary)}${e.evidence ? `<br><span class="meta">${esc(e.evidence)}</span>` : ''}</td><td>${esc(e.source)}</td></tr>`,
  );
  return `<table><caption>Sector activity assessment</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

export function actionList(actions: PackAction[], empty: string): string {
  if (!actions.length) return `<p>${esc(empty)}</p>`;
  return `<ul>${actions.map((a) => `<li>${esc(a.title)} (${esc(a.owner ?? 'no owner')}${a.dueDate ? `, due ${esc(londonDate(a.dueDate))}` : ''}, ${esc(words(a.status))})</li>`).join('\n')}</ul>`;
}

/** The front matter as one HTML document: cover, contents, agenda, assessment, matters arising. */
export function agendaHtml(pack: AgendaPackMail, files: PackFile[][], places: Map<PackFile, FilePlace>, pages: AgendaPages): string {
  const body = [
    cover(pack),
    contents(pack, files, places, pages),
    agenda(pack, files, places),
    `<section class="section"><h2>Sector activity assessment</h2>${assessmentTable(pack.assessment)}</section>`,
    `<section><h2>Matters arising</h2>${actionList(pack.mattersArising, 'No open actions from earlier meetings.')}</section>`,
  ].join('\n');
  return htmlDocument(packTitle(pack), body);
}
