import { esc, longDate, paragraphs, publicPage } from '@convene/groups';
import { QUALIFIER_LABELS } from '../answers/qualifiers';
import type { DatasetContent } from './dataset.models';
import type { PublishedSummary } from './publishing.service';

const date = longDate;

/** The FOI pages' own rules: the answers' tables scroll sideways on a phone, letters keep their lines. */
const page = (title: string, body: string) =>
  publicPage(
    title,
    body,
    `table{border-collapse:collapse;width:100%;margin:16px 0}th,td{border-bottom:1px solid #b1b4b6;padding:8px;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}details{margin:8px 0}summary{color:#1d70b8;cursor:pointer}pre{white-space:pre-wrap;font-family:inherit}`,
  );

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
