import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDirectoryCheck } from './directory-check';

/** Golden fixtures beside the other templates'; UPDATE_GOLDEN=1 rewrites them. */
function golden(name: string, actual: string): void {
  const file = join(__dirname, '..', '__fixtures__', name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('the yearly directory check email', () => {
  const mail = renderDirectoryCheck({
    contactName: 'Amira <Contact>',
    partnershipName: 'West Midlands Partnership',
    recordKind: 'service',
    recordName: 'ESOL drop-in & conversation club',
    lastCheckedAt: new Date('2025-11-20T10:00:00Z'),
    fields: [
      { label: 'Name', value: 'ESOL drop-in & conversation club' },
      { label: 'Website', value: 'https://example.org/esol' },
      { label: 'Phone', value: '' },
    ],
    checkUrl: 'http://localhost:4200/email/directory-check/cvk_example',
    daysValid: 60,
  });

  it('names the record, escapes what it holds, and links the check page', () => {
    expect(mail.subject).toBe('Is this still right? ESOL drop-in & conversation club in the West Midlands Partnership directory');
    expect(mail.html).toContain('Hello Amira &lt;Contact&gt;,');
    expect(mail.html).not.toContain('<Contact>');
    expect(mail.html).toContain('href="http://localhost:4200/email/directory-check/cvk_example"');
    expect(mail.text).toContain('It was last checked on 20 November 2025.');
    expect(mail.text).toContain('Phone: —');
    golden('directory-check.html', mail.html);
    golden('directory-check.txt', mail.text);
  });

  it('says so when a record was never checked', () => {
    const never = renderDirectoryCheck({ contactName: 'Sam', partnershipName: 'P', recordKind: 'organisation', recordName: 'Refugee Action', lastCheckedAt: null, fields: [], checkUrl: 'http://x/email/directory-check/t', daysValid: 60 });
    expect(never.text).toContain('the organisation Refugee Action');
    expect(never.text).toContain('It has not been checked before.');
  });
});
