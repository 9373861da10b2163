import { redactor } from './redact';

describe('taking personal data out of published letters and notes', () => {
  const redact = redactor(['Amira Haddad', 'Tom Ng', 'Al']);

  it('removes email addresses, telephone numbers and known names', () => {
    const out = redact('Contact Amira Haddad (amira.haddad@council.example, 0121 303 1234) or tom ng on +44 (0)7700 900123.');
    expect(out).toBe('Contact [name removed] ([email address removed], [telephone number removed]) or [name removed] on [telephone number removed].');
  });

  it('keeps words that merely contain a name, and figures that are not telephone numbers', () => {
    expect(redact('All 12 children; Albert Road; 2026-03-31; £1,250.50')).toBe('All 12 children; Albert Road; 2026-03-31; £1,250.50');
  });

  it('drops the signature under a letter’s closing', () => {
    expect(redact('Please answer within 20 working days.\n\nYours faithfully,\nJo Bloggs\nPolicy Officer\n')).toBe('Please answer within 20 working days.\n\nYours faithfully,\n[name removed]');
  });
});
