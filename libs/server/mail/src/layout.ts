/** Escapes text for HTML bodies and attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Per-recipient links under every optional email. */
export interface FooterLinks {
  unsubscribeUrl?: string;
  preferencesUrl?: string;
}

/** The same links for the plain-text part. */
export function textFooter(links?: FooterLinks): string {
  if (!links?.unsubscribeUrl) return '';
  return `\n--\nStop these emails: ${links.unsubscribeUrl}\n${links.preferencesUrl ? `Choose which emails you get: ${links.preferencesUrl}\n` : ''}`;
}

const LONDON = 'Europe/London';

/** "Tuesday 1 December 2026, 10:00" in London time, whatever the server's zone. */
export function londonDateTime(at: Date): string {
  const weekday = at.toLocaleDateString('en-GB', { weekday: 'long', timeZone: LONDON });
  return `${weekday} ${londonDate(at)}, ${londonTime(at)}`;
}

export function londonTime(at: Date): string {
  return at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: LONDON });
}

export function londonDate(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(`${at}T12:00:00Z`) : at;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });
}

export function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}" style="color:#1d70b8;">${escapeHtml(label)}</a>`;
}

export const h1 = (text: string) => `<h1 style="font-size:24px;margin:0 0 16px;">${escapeHtml(text)}</h1>`;
export const h2 = (text: string) => `<h2 style="font-size:19px;margin:24px 0 8px;">${escapeHtml(text)}</h2>`;

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * The shared email frame: a `lang` attribute, real text (no images of text), a plain layout
 * that reads well in any client and in a screen reader.
 */
export function layout({ lang = 'en', title, bodyHtml, footer, links }: { lang?: string; title: string; bodyHtml: string; footer?: string; links?: FooterLinks }): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f2f1;">
<div role="article" aria-label="${escapeHtml(title)}" style="max-width:640px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;">
<p style="margin:0 0 16px;font-weight:bold;font-size:19px;border-bottom:4px solid #1d70b8;padding-bottom:8px;">Convene</p>
${bodyHtml}
<hr style="border:none;border-top:1px solid #b1b4b6;margin:32px 0 16px;">
<p style="font-size:14px;color:#505a5f;margin:0;">${footer ? escapeHtml(footer) : 'You are receiving this because of your work with a migration partnership on Convene.'}</p>${links?.unsubscribeUrl ? `<p style="font-size:14px;color:#505a5f;margin:8px 0 0;"><a href="${escapeHtml(links.unsubscribeUrl)}" style="color:#1d70b8;">Stop these emails</a>${links.preferencesUrl ? ` or <a href="${escapeHtml(links.preferencesUrl)}" style="color:#1d70b8;">choose which emails you get</a>` : ''}.</p>` : ''}
</div>
</body>
</html>
`;
}

export function button(href: string, label: string): string {
  return `<p style="margin:24px 0;"><a href="${escapeHtml(href)}" style="display:inline-block;background:#00703c;color:#ffffff;padding:10px 16px;text-decoration:none;font-weight:bold;">${escapeHtml(label)}</a></p>`;
}
