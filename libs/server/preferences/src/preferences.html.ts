import { DigestFrequency, EmailCategory } from '@convene/contracts';
import { escapeHtml } from '@convene/mail';
import { CATEGORY_WORDS, type EmailPreferences } from './preferences.service';

const esc = (value: string | number) => escapeHtml(String(value));

/** A plain page in the style of UK public services: one column, large type, visible focus. Email-link pages elsewhere share it. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} – Convene</title>
<style>body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c}.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fd0;padding:8px}
header{background:#0b0c0c;color:#fff;padding:12px 16px;border-bottom:8px solid #1d70b8}main{max-width:640px;margin:0 auto;padding:24px 16px}a{color:#1d70b8}
a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
button{font:inherit;font-weight:bold;background:#00703c;color:#fff;border:0;padding:8px 16px;box-shadow:0 2px 0 #002d18;cursor:pointer}
fieldset{border:0;padding:0;margin:0 0 24px}legend{font-weight:bold;font-size:1.5rem;margin-bottom:8px}.field{margin:0 0 12px}label{display:inline-block}
select{font:inherit;padding:4px;border:2px solid #0b0c0c}input[type=checkbox]{width:24px;height:24px;vertical-align:middle;margin-right:8px}
.panel{border:5px solid #00703c;padding:16px;margin-bottom:24px}.error{border-left:5px solid #d4351c;padding-left:12px;color:#d4351c;font-weight:bold}</style></head>
<body><a class="skip" href="#main">Skip to main content</a><header>Convene</header><main id="main">${body}</main></body></html>
`;
}

export function renderInvalidLink(): string {
  return page('Link not valid', '<h1>This link is not valid</h1><p>It may have expired. Sign in to Convene to choose which emails you get.</p>');
}

export function renderUnsubscribeConfirm(category: EmailCategory, action: string, preferencesUrl: string): string {
  return page(
    'Stop these emails',
    `<h1>Stop ${esc(CATEGORY_WORDS[category])}?</h1>
<form method="post" action="${esc(action)}"><button type="submit">Stop these emails</button></form>
<p><a href="${esc(preferencesUrl)}">Choose which emails you get</a></p>`,
  );
}

export function renderUnsubscribed(category: EmailCategory, preferencesUrl: string): string {
  return page(
    'Unsubscribed',
    `<div class="panel" role="status"><h1>You will not get ${esc(CATEGORY_WORDS[category])}</h1></div>
<p>You can turn them back on at any time.</p>
<p><a href="${esc(preferencesUrl)}">Choose which emails you get</a></p>`,
  );
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function renderPreferences(name: string, prefs: EmailPreferences, action: string, state: { saved?: boolean; error?: string } = {}): string {
  const box = (field: string, label: string, checked: boolean) =>
    `<div class="field"><input type="checkbox" id="${field}" name="${field}" value="yes"${checked ? ' checked' : ''}><label for="${field}">${esc(label)}</label></div>`;
  const option = (value: string | number, label: string, selected: boolean) => `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
  const hours = Array.from({ length: 24 }, (_, h) => option(h, `${String(h).padStart(2, '0')}:00`, prefs.digestHour === h)).join('');
  return page(
    'Email preferences',
    `${state.saved ? '<div class="panel" role="status"><h2>Your choices are saved</h2></div>' : ''}
${state.error ? `<p class="error" role="alert" id="error">${esc(state.error)}</p>` : ''}
<h1>Emails for ${esc(name)}</h1>
<form method="post" action="${esc(action)}">
<fieldset><legend>Which emails do you want?</legend>
${box('agenda', 'Agenda packs and agenda updates', prefs.agenda)}
${box('minutes', 'Minutes for comment and approved minutes', prefs.minutes)}
${box('mentions', 'When someone mentions you in a forum', prefs.mentions)}
${box('actionReminders', 'Reminders about your actions', prefs.actionReminders)}
</fieldset>
<fieldset><legend>Forum digest</legend>
<div class="field"><label for="forumDigest">How often</label><br><select id="forumDigest" name="forumDigest"${state.error ? ' aria-describedby="error"' : ''}>
${option(DigestFrequency.DAILY, 'Every day', prefs.forumDigest === DigestFrequency.DAILY)}${option(DigestFrequency.WEEKLY, 'Every week', prefs.forumDigest === DigestFrequency.WEEKLY)}${option(DigestFrequency.OFF, 'Never', prefs.forumDigest === DigestFrequency.OFF)}</select></div>
<div class="field"><label for="digestHour">At (UK time)</label><br><select id="digestHour" name="digestHour">${hours}</select></div>
<div class="field"><label for="digestWeekday">On (weekly digest)</label><br><select id="digestWeekday" name="digestWeekday">${WEEKDAYS.map((d, i) => option(i + 1, d, prefs.digestWeekday === i + 1)).join('')}</select></div>
</fieldset>
<button type="submit">Save my choices</button>
</form>`,
  );
}
