import { renderMarkdown } from '@convene/markdown';
import type { PublicGroupModel } from './public-pages.service';

/** Terms of reference are Markdown, read by the one renderer every other text uses. */
const markdown = renderMarkdown;

/** Text into HTML (element content and quoted attributes). */
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
/** A day as the public pages write it: 7 December 2026 (London). */
export const longDate = (d: Date) => new Date(d).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const date = longDate;
/** Plain paragraphs from stored text; no HTML from the database reaches the page. */
export const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('');

/**
 * The shell of every signed-out public page (a group's, its published FOI datasets): one look,
 * a skip link, no scripts. `css` adds the page's own rules.
 */
export function publicPage(title: string, body: string, css = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c}.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fd0;padding:8px}
header{background:#0b0c0c;color:#fff;padding:12px 16px;border-bottom:8px solid #1d70b8}main{max-width:960px;margin:0 auto;padding:24px 16px}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
section{border-top:1px solid #b1b4b6;margin-top:32px}.meta{color:#505a5f}${css}</style></head>
<body><a class="skip" href="#main">Skip to main content</a><header>Convene</header><main id="main">${body}</main></body></html>
`;
}

const page = (title: string, body: string) => publicPage(title, body, 'dt{font-weight:bold}');

export function renderPublicGroup(group: PublicGroupModel): string {
  const terms = group.currentTerms
    ? `<section><h2>Terms of reference</h2><p class="meta">Version ${group.currentTerms.version}${group.currentTerms.approvedAt ? `, approved ${esc(date(group.currentTerms.approvedAt))}` : ''}</p>
<dl><dt>Purpose</dt><dd>${paragraphs(group.currentTerms.purpose)}</dd><dt>Membership</dt><dd>${paragraphs(group.currentTerms.membership)}</dd>
<dt>Quorum</dt><dd>${group.currentTerms.quorum ?? 'Not set'}</dd><dt>Meetings</dt><dd>${esc(group.currentTerms.cadence)}</dd></dl>${markdown(group.currentTerms.body)}</section>`
    : '';
  const minutes = group.publishedMinutes.length
    ? group.publishedMinutes
        .map(
          (m) => `<article><h3>${esc(m.meetingTitle)}, ${esc(date(m.meetingStartsAt))}</h3>
${m.items.map((i) => `<h4>${esc(i.title)}</h4>${markdown(i.notes)}`).join('')}
${m.decisions.length ? `<h4>Decisions</h4><ul>${m.decisions.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}</article>`,
        )
        .join('')
    : '<p>No minutes have been published yet.</p>';
  const foi = group.foiDatasets.length
    ? `<section><h2>Freedom of Information requests</h2><ul>${group.foiDatasets
        .map((d) => `<li><a href="/public/${esc(encodeURIComponent(group.partnershipSlug))}/foi/${esc(d.campaignId)}">${esc(d.title)}</a>, published ${esc(date(d.signedOffAt))}</li>`)
        .join('')}</ul></section>`
    : '';
  return page(
    `${group.name} – ${group.partnershipName}`,
    `<p class="meta">${esc(group.partnershipName)}</p><h1>${esc(group.name)}</h1>${group.description ? paragraphs(group.description) : ''}${terms}<section><h2>Published minutes</h2>${minutes}</section>${foi}`,
  );
}

export function renderNotFound(): string {
  return page('Page not found – Convene', '<h1>Page not found</h1><p>This page does not exist, or it is not public.</p>');
}
