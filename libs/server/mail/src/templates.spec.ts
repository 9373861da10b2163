import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerSafe } from './mailer';
import { renderInvitation } from './templates/invitation';
import { renderPasswordReset } from './templates/password-reset';

/** Golden fixtures: a template change shows up as a diff in review. Set UPDATE_GOLDEN=1 to rewrite. */
function golden(name: string, actual: string): void {
  const file = join(__dirname, '__fixtures__', name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('email templates', () => {
  const invitation = renderInvitation({
    partnershipName: 'West Midlands <Partnership> & Friends',
    inviterName: 'Tom "the coordinator" Haddad',
    role: 'MEMBER',
    acceptUrl: 'http://localhost:4200/invitation#token=cvi_example',
    expiresAt: new Date('2026-12-06T12:00:00Z'),
  });

  it('invitation: accessible HTML and plain text, matching the golden fixtures', () => {
    expect(invitation.html).toMatch(/<html lang="en">/);
    expect(invitation.html).toContain('West Midlands &lt;Partnership&gt; &amp; Friends');
    expect(invitation.html).not.toContain('<Partnership>');
    expect(invitation.text).toContain('expires on 6 December 2026');
    golden('invitation.html', invitation.html);
    golden('invitation.txt', invitation.text);
  });

  it('password reset matches the golden fixtures', () => {
    const reset = renderPasswordReset({ name: 'Grace', resetUrl: 'http://localhost:4200/reset-password#token=cvr_example', minutesValid: 60 });
    golden('password-reset.html', reset.html);
    golden('password-reset.txt', reset.text);
  });

  it('strips CR/LF so a name or subject cannot inject a header', () => {
    expect(headerSafe('Hello\r\nBcc: victim@example.org')).toBe('Hello Bcc: victim@example.org');
    expect(headerSafe('Tab\tand\u0000null')).toBe('Tab and null');
  });
});
