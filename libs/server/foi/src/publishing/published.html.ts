import { QUALIFIER_LABELS } from '../answers/qualifiers';
import type { DatasetContent } from './dataset.models';
import type { PublishedSummary } from './publishing.service';

const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const date = (d: Date) => new Date(d).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
/** Stored text as paragraphs; no HTML from the database reaches the page. */
const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c}.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fd0;padding:8px}
header{background:#0b0c0c;color:#fff;padding:12px 16px;border-bottom:8px solid #1d70b8}main{max-width:960px;margin:0 auto;padding:24px 16px}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
section{border-top:1px solid #b1b4b6;margin-top:32px}.meta{color:#505a5f}table{border-collapse:collapse;width:100%;margin:16px 0}th,td{border-bottom:1px solid #b1b4b6;padding:8px;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}details{margin:8px 0}summary{color:#1d70b8;cursor:pointer}pre{white-space:pre-wrap;font-family:inherit}</style></head>
<body><a class="skip" href="#main">Skip to main content</a><header>Convene</header><main id="main">${body}</main></body></html>
`;
}

/** The partnership's public page: its published FOI datasets. */
export function renderPublishedList(partnershipSlug: string, list: { partnershipName: string; datasets: PublishedSummary[] }): string {
  const items = list.datasets.length
    ? `<ul>${list.datasets
        .map((d) => `<li><a href="/public/${esc(encodeURIComponent(partnershipSlug))}/foi/${esc(d.campaignId)}">${esc(d.title)}</a>${d.groupName ? ` <span class="meta">(${esc(d.groupName)})</span>` : ''}, published ${esc(date(d.signedOffAt))}</li>`)
        .join('')}</ul>`
    : '<p>Nothing has been published yet.</p>';
  return page(`${list.partnershipName} – Freedom of Information requests`, `<p class="meta">${esc(list.partnershipName)}</p><h1>Freedom of Information requests</h1>${items}`);
}

/** One published dataset: the questions, totals and what they include, each authority's answers, and the letters. */
export function renderPublishedDataset(d: DatasetContent & { signedOffAt: Date; version: number }): string {
  const questions = d.questions
    .map(
      (q) => `<tr><th scope="row">${esc(q.number)}</th><td>${esc(q.text)}${q.definition ? `<br><span class="meta">${esc(q.definition)}</span>` : ''}</td>
<td>${esc(q.exactTotalText ?? '–')}</td><td>${esc(q.withEstimatesTotalText ?? '–')}</td><td>${esc(q.summary)}</td></tr>`,
    )
    .join('');
  const matrix = d.authorities
    .map((a) => `<tr><th scope="row">${esc(a.authority)}</th>${a.answers.map((x) => `<td>${esc(x.display)}${x.note ? `<br><span class="meta">${esc(x.note)}</span>` : ''}</td>`).join('')}</tr>`)
    .join('');
  const letters = d.authorities
    .map((a) => `<details><summary>${esc(a.authority)}: ${esc(a.letterSubject)}</summary><pre>${esc(a.letterText)}</pre></details>`)
    .join('');
  return page(
    `${d.title} – ${d.partnershipName}`,
    `<p class="meta">${esc(d.partnershipName)}${d.groupName ? `, ${esc(d.groupName)}` : ''}</p><h1>${esc(d.title)}</h1>
${d.purpose ? paragraphs(d.purpose) : ''}
<p class="meta">Published ${esc(date(d.signedOffAt))} (version ${d.version}). ${d.replied} of ${d.requests} authorities replied (${d.responseRate}%). Names, email addresses and telephone numbers have been removed.</p>
<section><h2>Questions and totals</h2><div class="table-wrap"><table><caption class="meta">Exact figures and estimates are totalled separately; “${esc(QUALIFIER_LABELS.FEWER_THAN_FIVE)}” is never added in.</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Asked</th><th scope="col">Total of exact figures</th><th scope="col">With estimates</th><th scope="col">What the totals include</th></tr></thead><tbody>${questions}</tbody></table></div></section>
<section><h2>Answers by authority</h2><div class="table-wrap"><table><thead><tr><th scope="col">Authority</th>${d.questions.map((q) => `<th scope="col">${esc(q.number)}</th>`).join('')}</tr></thead><tbody>${matrix}</tbody></table></div></section>
<section><h2>The letters</h2>${letters}</section>`,
  );
}
