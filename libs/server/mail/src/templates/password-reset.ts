import { button, escapeHtml, layout, type RenderedMail } from '../layout';

export interface PasswordResetMail {
  name: string;
  resetUrl: string;
  minutesValid: number;
}

export function renderPasswordReset(m: PasswordResetMail): RenderedMail {
  const subject = 'Reset your Convene password';
  const html = layout({
    title: subject,
    bodyHtml: `<h1 style="font-size:24px;margin:0 0 16px;">Reset your password</h1>
<p>Hello ${escapeHtml(m.name)},</p>
<p>Someone asked to reset the password for your Convene account. If it was you, choose a new password:</p>
${button(m.resetUrl, 'Choose a new password')}
<p>Or copy this link into your browser:<br><span style="word-break:break-all;">${escapeHtml(m.resetUrl)}</span></p>
<p>The link works once, for ${m.minutesValid} minutes. Resetting signs you out everywhere. If you did not ask for this, ignore this email: your password stays the same.</p>`,
  });
  const text = `Reset your password

Hello ${m.name},

Someone asked to reset the password for your Convene account. If it was you, choose a new password:
${m.resetUrl}

The link works once, for ${m.minutesValid} minutes. Resetting signs you out everywhere. If you did not ask for this, ignore this email: your password stays the same.
`;
  return { subject, html, text };
}
