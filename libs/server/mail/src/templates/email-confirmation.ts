import { button, escapeHtml, layout, type RenderedMail } from '../layout';

export interface EmailConfirmationMail {
  partnershipName: string;
  confirmUrl: string;
  hoursValid: number;
}

/** No name in it: whoever typed this address chose the name too, and it may not be the reader's. */
export function renderEmailConfirmation(m: EmailConfirmationMail): RenderedMail {
  const subject = `Confirm your email address to join ${m.partnershipName}`;
  const html = layout({
    title: 'Confirm your email address',
    bodyHtml: `<h1 style="font-size:24px;margin:0 0 16px;">Confirm your email address</h1>
<p>Someone used an invitation link to join <strong>${escapeHtml(m.partnershipName)}</strong> on Convene with this email address. If it was you, confirm it to finish joining:</p>
${button(m.confirmUrl, 'Confirm and join')}
<p>Or copy this link into your browser:<br><span style="word-break:break-all;">${escapeHtml(m.confirmUrl)}</span></p>
<p>The link works once, for ${m.hoursValid} hours. Until you confirm, nothing else is sent to this address. If it was not you, ignore this email.</p>`,
  });
  const text = `Confirm your email address

Someone used an invitation link to join ${m.partnershipName} on Convene with this email address. If it was you, confirm it to finish joining:
${m.confirmUrl}

The link works once, for ${m.hoursValid} hours. Until you confirm, nothing else is sent to this address. If it was not you, ignore this email.
`;
  return { subject, html, text };
}
