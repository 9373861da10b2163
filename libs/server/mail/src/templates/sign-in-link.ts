import { button, escapeHtml, layout, type RenderedMail } from '../layout';

export interface SignInLinkMail {
  name: string;
  signInUrl: string;
  minutesValid: number;
}

/** The link opens a page with a "Sign in" button: a mail scanner that fetches it uses nothing up. */
export function renderSignInLink(m: SignInLinkMail): RenderedMail {
  const subject = 'Your Convene sign-in link';
  const html = layout({
    title: subject,
    bodyHtml: `<h1 style="font-size:24px;margin:0 0 16px;">Sign in to Convene</h1>
<p>Hello ${escapeHtml(m.name)},</p>
<p>Someone asked for a link to sign in to your Convene account. If it was you, open it on the device you want to use:</p>
${button(m.signInUrl, 'Sign in to Convene')}
<p>Or copy this link into your browser:<br><span style="word-break:break-all;">${escapeHtml(m.signInUrl)}</span></p>
<p>The link works once, for ${m.minutesValid} minutes. If you did not ask for it, ignore this email: nobody can sign in without it, and your password stays the same.</p>`,
  });
  const text = `Sign in to Convene

Hello ${m.name},

Someone asked for a link to sign in to your Convene account. If it was you, open it on the device you want to use:
${m.signInUrl}

The link works once, for ${m.minutesValid} minutes. If you did not ask for it, ignore this email: nobody can sign in without it, and your password stays the same.
`;
  return { subject, html, text };
}
