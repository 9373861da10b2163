import { button, escapeHtml, h1, h2, layout, link, londonDate, londonDateTime, londonTime, textFooter, type FooterLinks, type RenderedMail } from '../layout';

export interface MeetingFacts {
  groupName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  /** The meeting's page in the web client. */
  url: string;
}

export interface PackItem {
  title: string;
  description: string;
  presenter: string | null;
  minutesAllotted: number | null;
  papers: { title: string; url: string }[];
  /** The forum thread where members send their inputs to this item. */
  inputsThreadUrl: string | null;
}

export interface PackAssessmentEntry {
  theme: string;
  kind: string;
  rating: string;
  direction: string;
  summary: string;
  evidence: string;
  source: string;
}

export interface PackAction {
  title: string;
  owner: string | null;
  dueDate: string | null;
  status: string;
}

export interface AgendaPackMail {
  meeting: MeetingFacts;
  version: number;
  changeNote: string | null;
  items: PackItem[];
  assessment: PackAssessmentEntry[];
  mattersArising: PackAction[];
}

/** HOUSING → Housing, HATE_CRIME → Hate crime; custom themes keep their own spelling. */
const words = (value: string) => (/^[A-Z_]+$/.test(value) ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ') : value);
const RATING_STYLE: Record<string, string> = {
  RED: 'background:#d4351c;color:#ffffff;',
  AMBER: 'background:#ffdd00;color:#0b0c0c;',
  GREEN: 'background:#00703c;color:#ffffff;',
};
const cell = 'border:1px solid #b1b4b6;padding:6px;text-align:left;vertical-align:top;';

export function when(m: MeetingFacts): string {
  return `${londonDateTime(m.startsAt)} to ${londonTime(m.endsAt)}`;
}

function whereHtml(m: MeetingFacts): string {
  const parts = [m.location ? `<p><strong>Where:</strong> ${escapeHtml(m.location)}</p>` : '', m.onlineUrl ? `<p><strong>Online:</strong> ${link(m.onlineUrl, m.onlineUrl)}</p>` : ''];
  return parts.join('\n');
}

function whereText(m: MeetingFacts): string {
  return [m.location ? `Where: ${m.location}` : '', m.onlineUrl ? `Online: ${m.onlineUrl}` : ''].filter(Boolean).join('\n');
}

function itemsHtml(items: PackItem[]): string {
  const rows = items.map((item) => {
    const meta = [item.presenter ? `Presenter: ${escapeHtml(item.presenter)}` : '', item.minutesAllotted ? `${item.minutesAllotted} minutes` : ''].filter(Boolean).join(' · ');
    const papers = item.papers.length ? `<ul>${item.papers.map((p) => `<li>${link(p.url, p.title)}</li>`).join('')}</ul>` : '';
    const inputs = item.inputsThreadUrl ? `<p style="margin:4px 0;">${link(item.inputsThreadUrl, 'Send your inputs in the forum')}</p>` : '';
    return `<li style="margin:0 0 12px;"><strong>${escapeHtml(item.title)}</strong>${meta ? `<br><span style="color:#505a5f;">${meta}</span>` : ''}${item.description ? `<br>${escapeHtml(item.description)}` : ''}${papers}${inputs}</li>`;
  });
  return `<ol style="padding-left:24px;">${rows.join('\n')}</ol>`;
}

function itemsText(items: PackItem[]): string {
  return items
    .map((item, i) => {
      const lines = [`${i + 1}. ${item.title}`];
      if (item.presenter) lines.push(`   Presenter: ${item.presenter}`);
      if (item.minutesAllotted) lines.push(`   ${item.minutesAllotted} minutes`);
      if (item.description) lines.push(`   ${item.description}`);
      for (const p of item.papers) lines.push(`   Paper: ${p.title} ${p.url}`);
      if (item.inputsThreadUrl) lines.push(`   Send your inputs: ${item.inputsThreadUrl}`);
      return lines.join('\n');
    })
    .join('\n');
}

function assessmentHtml(entries: PackAssessmentEntry[]): string {
  if (!entries.length) return '<p>No entries yet.</p>';
  const head = ['Theme', 'Kind', 'Rating', 'Direction', 'Summary and evidence', 'Source'].map((h) => `<th scope="col" style="${cell}">${h}</th>`).join('');
  const rows = entries.map(
    (e) =>
      `<tr><td style="${cell}">${escapeHtml(words(e.theme))}</td><td style="${cell}">${escapeHtml(words(e.kind))}</td><td style="${cell}${RATING_STYLE[e.rating] ?? ''}">${escapeHtml(words(e.rating))}</td><td style="${cell}">${escapeHtml(words(e.direction))}</td><td style="${cell}">${escapeHtml(e.summary)}${e.evidence ? `<br><span style="color:#505a5f;">${escapeHtml(e.evidence)}</span>` : ''}</td><td style="${cell}">${escapeHtml(e.source)}</td></tr>`,
  );
  return `<table style="border-collapse:collapse;width:100%;font-size:14px;"><caption style="text-align:left;font-weight:bold;padding:4px 0;">Sector activity assessment</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function assessmentText(entries: PackAssessmentEntry[]): string {
  if (!entries.length) return 'No entries yet.';
  return entries.map((e) => `- ${words(e.theme)} | ${words(e.kind)} | ${words(e.rating)} | ${words(e.direction)}: ${e.summary}${e.evidence ? ` (${e.evidence})` : ''}${e.source ? ` [${e.source}]` : ''}`).join('\n');
}

export function actionsHtml(actions: PackAction[], empty: string): string {
  if (!actions.length) return `<p>${escapeHtml(empty)}</p>`;
  return `<ul>${actions.map((a) => `<li>${escapeHtml(a.title)} (${escapeHtml(a.owner ?? 'no owner')}${a.dueDate ? `, due ${escapeHtml(londonDate(a.dueDate))}` : ''}, ${escapeHtml(words(a.status))})</li>`).join('\n')}</ul>`;
}

export function actionsText(actions: PackAction[], empty: string): string {
  if (!actions.length) return empty;
  return actions.map((a) => `- ${a.title} (${a.owner ?? 'no owner'}${a.dueDate ? `, due ${londonDate(a.dueDate)}` : ''}, ${words(a.status)})`).join('\n');
}

/** The reader's agenda pack (or minutes) as one PDF, as an email links to it. */
export interface PdfLink {
  url: string;
  pageCount: number;
  size: number;
  /** True when the PDF is attached to this email (under the size limit). */
  attached: boolean;
}

/** 3.1 MB, 640 kB: sizes as people read them. */
export function readableSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

export function pdfHtml(pdf: PdfLink | null | undefined, what: string): string {
  if (!pdf) return '';
  return `<p>${link(pdf.url, `Download ${what} (PDF, ${pdf.pageCount} pages, ${readableSize(pdf.size)})`)}${pdf.attached ? '. It is also attached to this email.' : ''}</p>`;
}

export function pdfText(pdf: PdfLink | null | undefined, what: string): string {
  if (!pdf) return '';
  return `Download ${what} (PDF, ${pdf.pageCount} pages, ${readableSize(pdf.size)}): ${pdf.url}${pdf.attached ? '\nIt is also attached to this email.' : ''}\n`;
}

/**
 * The agenda pack. The body is the same for every member, so it is built once; only the footer
 * links differ per recipient.
 */
export function agendaPackMail(pack: AgendaPackMail): (links: FooterLinks, pdf?: PdfLink | null) => RenderedMail {
  const m = pack.meeting;
  const subject = `Agenda pack: ${m.groupName}, ${londonDate(m.startsAt)}`;
  const bodyHtml = (pdf?: PdfLink | null) => `${h1(`${m.groupName}: ${m.title}`)}
<p><strong>When:</strong> ${escapeHtml(when(m))}</p>
${whereHtml(m)}
<p>This is version ${pack.version} of the agenda.${pack.changeNote ? ` ${escapeHtml(pack.changeNote)}` : ''}</p>
${button(m.url, 'Open the agenda pack')}
${pdf ? `${pdfHtml(pdf, 'the agenda pack')}\n` : ''}${h2('Agenda')}
${itemsHtml(pack.items)}
${h2('Sector activity assessment')}
${assessmentHtml(pack.assessment)}
${h2('Matters arising')}
${actionsHtml(pack.mattersArising, 'No open actions from earlier meetings.')}
<p>The calendar invitation is attached. If you cannot attend, send your apologies from the meeting page.</p>`;
  const bodyText = (pdf?: PdfLink | null) => `${m.groupName}: ${m.title}

When: ${when(m)}
${whereText(m)}
This is version ${pack.version} of the agenda.${pack.changeNote ? ` ${pack.changeNote}` : ''}
Open the agenda pack: ${m.url}
${pdfText(pdf, 'the agenda pack')}
AGENDA
${itemsText(pack.items)}

SECTOR ACTIVITY ASSESSMENT
${assessmentText(pack.assessment)}

MATTERS ARISING
${actionsText(pack.mattersArising, 'No open actions from earlier meetings.')}

The calendar invitation is attached. If you cannot attend, send your apologies from the meeting page.
`;
  return (links, pdf) => ({
    subject,
    html: layout({ title: subject, bodyHtml: bodyHtml(pdf), links }),
    text: bodyText(pdf) + textFooter(links),
  });
}

/** A short note when an agenda changes after the pack went out. */
export function renderAgendaUpdated(m: { meeting: MeetingFacts; version: number; changeNote: string | null }, links: FooterLinks): RenderedMail {
  const subject = `Agenda updated: ${m.meeting.groupName}, ${londonDate(m.meeting.startsAt)}`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('The agenda has changed')}
<p>The agenda for ${escapeHtml(m.meeting.groupName)} on ${escapeHtml(when(m.meeting))} is now at version ${m.version}.</p>
${m.changeNote ? `<p><strong>What changed:</strong> ${escapeHtml(m.changeNote)}</p>` : ''}
${button(m.meeting.url, 'Read the updated agenda')}`,
  });
  const text = `The agenda has changed

The agenda for ${m.meeting.groupName} on ${when(m.meeting)} is now at version ${m.version}.
${m.changeNote ? `What changed: ${m.changeNote}\n` : ''}
Read the updated agenda: ${m.meeting.url}
${textFooter(links)}`;
  return { subject, html, text };
}

/** To coordinators: the pack is due and the agenda is not published. */
export function renderAgendaReminder(m: { meeting: MeetingFacts; packDays: number }, links: FooterLinks): RenderedMail {
  const subject = `Agenda not published yet: ${m.meeting.groupName}, ${londonDate(m.meeting.startsAt)}`;
  const html = layout({
    title: subject,
    links,
    bodyHtml: `${h1('The agenda pack is due')}
<p>${escapeHtml(m.meeting.groupName)} meets on ${escapeHtml(when(m.meeting))}. Members should get the agenda pack ${m.packDays} days before, but the agenda has not been published.</p>
<p>It goes to every member as soon as you publish it.</p>
${button(m.meeting.url, 'Publish the agenda')}`,
  });
  const text = `The agenda pack is due

${m.meeting.groupName} meets on ${when(m.meeting)}. Members should get the agenda pack ${m.packDays} days before, but the agenda has not been published.
It goes to every member as soon as you publish it.

Publish the agenda: ${m.meeting.url}
${textFooter(links)}`;
  return { subject, html, text };
}
