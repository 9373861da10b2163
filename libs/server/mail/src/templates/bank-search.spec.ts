import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBankSearch } from './bank-search';
import { renderBrokenLink } from './link-check';

/** Golden fixtures beside the other templates'; UPDATE_GOLDEN=1 rewrites them. */
function golden(name: string, actual: string): void {
  const file = join(__dirname, '..', '__fixtures__', name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const links = { unsubscribeUrl: 'http://localhost:4200/email/unsubscribe/uns_example', preferencesUrl: 'http://localhost:4200/email/preferences/uns_example' };

describe('knowledge bank emails', () => {
  it('lists a saved search’s new matches, escaped, with the search link', () => {
    const mail = renderBankSearch(
      {
        partnershipName: 'West Midlands <Partnership>',
        searchLabel: 'housing & “destitution”',
        resources: [
          { title: 'Destitution in the UK 2023', facts: 'Report, 2023', authors: 'Joseph Rowntree Foundation', summary: 'How many went without <essentials>.', url: 'http://localhost:4200/bank/wm/1' },
          { title: 'Move-on from asylum support', facts: 'Briefing, 2024', authors: '', summary: '', url: 'http://localhost:4200/bank/wm/2' },
        ],
        more: 3,
        searchUrl: 'http://localhost:4200/bank/wm?theme=housing',
      },
      links,
    );
    expect(mail.subject).toBe('5 new resources match “housing & “destitution””');
    expect(mail.html).toContain('West Midlands &lt;Partnership&gt;');
    expect(mail.html).not.toContain('<essentials>');
    expect(mail.text).toContain('- Destitution in the UK 2023\n  Report, 2023 · Joseph Rowntree Foundation\n  http://localhost:4200/bank/wm/1');
    expect(mail.text).toContain('And 3 more.');
    golden('bank-search.html', mail.html);
    golden('bank-search.txt', mail.text);
  });

  it('tells the owner a link may be broken', () => {
    const mail = renderBrokenLink({ ownerName: 'Amira', resourceTitle: 'ESOL <map>', link: 'https://example.org/gone', outcome: 'answered 404 Not Found', resourceUrl: 'http://localhost:4200/bank/wm/3' }, {});
    expect(mail.subject).toBe('A link in the knowledge bank may be broken: ESOL <map>');
    expect(mail.html).toContain('“ESOL &lt;map&gt;”');
    expect(mail.text).toContain('What happened: answered 404 Not Found');
    golden('broken-link.html', mail.html);
    golden('broken-link.txt', mail.text);
  });
});
