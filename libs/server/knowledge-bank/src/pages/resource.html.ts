import { languageLabel, POLICY_AREA_LABELS, themeLabel, TYPE_LABELS } from '../bank.enums';
import type { ResourceModel } from '../resources/resource.models';
import { esc, page } from './html';

/** Opened in the browser by View; anything else only downloads. */
export const VIEWABLE = /^(application\/pdf|image\/png|image\/jpeg)$/;

const date = (ymd: string) => new Date(`${ymd}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export interface ResourcePage {
  resource: ResourceModel;
  partnershipName: string;
  supersededBy: { title: string; pageUrl: string } | null;
  signedIn: boolean;
  /** What the bank's extras add: a notice above the actions (a link that may be broken), sections below (where it is cited). */
  extras?: { notice: string; sections: string };
}

/** Info, with the other three actions: View (inline), Visit link, Download. */
export function renderResource({ resource: r, partnershipName, supersededBy, signedIn, extras }: ResourcePage): string {
  const row = (key: string, value: string) => (value ? `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${esc(key)}</dt><dd class="govuk-summary-list__value">${value}</dd></div>` : '');
  const authors = [...r.organisations.map((o) => o.name), ...r.outsideAuthors];
  const actions = [
    r.fileName && r.fileContentType && VIEWABLE.test(r.fileContentType) ? `<a class="govuk-button" href="${esc(r.pageUrl)}/view">View<span class="govuk-visually-hidden"> ${esc(r.title)}</span></a>` : '',
    r.externalUrl ? `<a class="govuk-button govuk-button--secondary" href="${esc(r.externalUrl)}" rel="noopener noreferrer external">Visit link<span class="govuk-visually-hidden"> to ${esc(r.title)}</span></a>` : '',
    r.fileName
      ? `<a class="govuk-button govuk-button--secondary" href="${esc(r.pageUrl)}/download">Download<span class="govuk-visually-hidden"> ${esc(r.title)}</span> (${esc(r.fileName.split('.').pop()?.toUpperCase())}, ${size(r.fileSize ?? 0)}${r.filePages ? `, ${r.filePages} ${r.filePages === 1 ? 'page' : 'pages'}` : ''})</a>`
      : '',
  ].filter(Boolean);
  const body = `<a class="govuk-back-link" href="/bank/${esc(r.partnershipSlug)}">Back to the knowledge bank</a>
<span class="govuk-caption-l">${esc(TYPE_LABELS[r.type])}, ${r.year}</span><h1 class="govuk-heading-l">${esc(r.title)}</h1>
${supersededBy ? `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>This resource has been replaced by <a class="govuk-link" href="${esc(supersededBy.pageUrl)}">${esc(supersededBy.title)}</a>.</strong></div>` : ''}
<p class="govuk-body-l">${esc(r.summary)}</p>
${extras?.notice ?? ''}
${actions.length ? `<div class="govuk-button-group">${actions.join('')}</div>` : ''}
<h2 class="govuk-heading-m">About this resource</h2>
<dl class="govuk-summary-list">
${row('Type', esc(TYPE_LABELS[r.type]))}
${row('Published', r.publishedOn ? esc(date(r.publishedOn)) : String(r.year))}
${row('Authors', esc(authors.join(', ')))}
${row('Themes', esc(r.themes.map(themeLabel).join(', ')))}
${row('Policy areas', esc(r.policyAreas.map((a) => POLICY_AREA_LABELS[a]).join(', ')))}
${row('Geography', esc(r.geography))}
${row('Language', esc(languageLabel(r.language)))}
${row('Licence', esc(r.licence))}
${row('Review date', r.reviewOn ? esc(date(r.reviewOn)) : '')}
${row('Opened', `${r.views} ${r.views === 1 ? 'time' : 'times'} in the browser, downloaded ${r.downloads} ${r.downloads === 1 ? 'time' : 'times'}`)}
</dl>
${extras?.sections ?? ''}
${r.canManage ? `<p class="govuk-body"><a class="govuk-link" href="/resources/${esc(r.id)}/edit">Edit this resource</a></p>` : ''}`;
  return page(`${r.title} – Knowledge bank – ${partnershipName}`, body, signedIn);
}
