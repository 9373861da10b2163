import { escapeHtml } from '@convene/mail';
import { emailLinkPage } from '@convene/preferences';
import { CHECK_SUGGESTION_MAX, type CheckOnPage } from './check.service';

const esc = (value: string) => escapeHtml(value);
const what = (check: CheckOnPage) => (check.kind === 'service' ? 'The service' : 'The organisation');

export function renderCheckInvalid(): string {
  return emailLinkPage('Link not valid', '<h1>This link is not valid</h1><p>It may have expired. The partnership’s coordinators can tell you what the directory holds.</p>');
}

/** The one-click confirm (a form: a GET never confirms) and the suggest-a-change form. */
export function renderCheck(check: CheckOnPage, action: string, state: { error?: string } = {}): string {
  const confirmed = check.confirmedAt
    ? `<div class="panel" role="status"><h2>Thank you: you confirmed this is right</h2></div>`
    : `<form method="post" action="${esc(`${action}/confirm`)}"><button type="submit">Yes, this is still right</button></form>`;
  const suggest = check.suggestedAt
    ? '<p>You have sent a change. The coordinators will look at it.</p>'
    : `<form method="post" action="${esc(`${action}/suggest`)}">
<fieldset><legend>Something has changed?</legend>
<div class="field"><label for="body">Tell us what is different (up to ${CHECK_SUGGESTION_MAX} characters)</label><br>
<textarea id="body" name="body" rows="6" cols="60" maxlength="${CHECK_SUGGESTION_MAX}"${state.error ? ' aria-describedby="error"' : ''}></textarea></div>
<button type="submit">Send the change</button></fieldset></form>`;
  return emailLinkPage(
    'Is this still right?',
    `${state.error ? `<p class="error" role="alert" id="error">${esc(state.error)}</p>` : ''}
<h1>Is this still right?</h1>
<p>${what(check)} <strong>${esc(check.recordName)}</strong> in the partnership’s directory.${check.contactName ? ` You are listed as its contact, ${esc(check.contactName)}.` : ''}</p>
${confirmed}
${suggest}`,
  );
}

export function renderSuggestionSent(check: CheckOnPage): string {
  return emailLinkPage('Change sent', `<div class="panel" role="status"><h1>Thank you</h1></div><p>Your change to ${esc(check.recordName)} is with the partnership’s coordinators.</p>`);
}
