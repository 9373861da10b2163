import { button, escapeHtml, layout, londonDate, type RenderedMail } from '../layout';

/** One line of what the directory holds, as the contact is asked to check it. */
export interface CheckedField {
  label: string;
  value: string;
}

export interface DirectoryCheckMail {
  contactName: string;
  partnershipName: string;
  /** "the organisation" or "the service", and its name. */
  recordKind: 'organisation' | 'service';
  recordName: string;
  lastCheckedAt: Date | null;
  fields: CheckedField[];
  /** The page with the one-click confirm button and the suggest-a-change form. */
  checkUrl: string;
  daysValid: number;
}

/**
 * The yearly "is this still right?" email to a directory contact. The link opens a page whose
 * single button confirms (a GET never does, so link scanners cannot confirm for them).
 */
export function renderDirectoryCheck(m: DirectoryCheckMail): RenderedMail {
  const subject = `Is this still right? ${m.recordName} in the ${m.partnershipName} directory`;
  const when = m.lastCheckedAt ? `It was last checked on ${londonDate(m.lastCheckedAt)}.` : 'It has not been checked before.';
  const rows = m.fields.map((f) => `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top;">${escapeHtml(f.label)}</th><td style="padding:4px 0;">${escapeHtml(f.value || '—')}</td></tr>`).join('\n');
  const html = layout({
    title: subject,
    bodyHtml: `<h1 style="font-size:24px;margin:0 0 16px;">Is this still right?</h1>
<p>Hello ${escapeHtml(m.contactName)},</p>
<p>You are the contact for ${m.recordKind === 'service' ? 'the service' : 'the organisation'} <strong>${escapeHtml(m.recordName)}</strong> in the ${escapeHtml(m.partnershipName)} partner directory. Once a year we ask contacts to check what the directory says. ${escapeHtml(when)}</p>
<table style="border-collapse:collapse;margin:0 0 16px;">
${rows}
</table>
${button(m.checkUrl, 'Check and confirm')}
<p>The page lets you confirm with one click, or tell us what has changed. The link works for ${m.daysValid} days.</p>`,
    footer: 'You are receiving this because you are listed as a contact in a migration partnership’s directory on Convene.',
  });
  const text = `Is this still right?

Hello ${m.contactName},

You are the contact for ${m.recordKind === 'service' ? 'the service' : 'the organisation'} ${m.recordName} in the ${m.partnershipName} partner directory. Once a year we ask contacts to check what the directory says. ${when}

${m.fields.map((f) => `${f.label}: ${f.value || '—'}`).join('\n')}

Check and confirm, or tell us what has changed:
${m.checkUrl}

The link works for ${m.daysValid} days.
`;
  return { subject, html, text };
}
