import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFoiChaser, renderFoiLetter, renderFoiOverdue } from './foi';

/** Golden fixtures beside the other templates'; UPDATE_GOLDEN=1 rewrites them. */
function golden(name: string, actual: string): void {
  const file = join(__dirname, '..', '__fixtures__', name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const requests = [
  { authority: 'Walsall Council', status: 'AWAITING', clock: '3 working days left', url: 'http://localhost:4200/foi/requests/r1' },
  { authority: 'Rugby <Borough> Council', status: 'AWAITING', clock: '3 working days left', url: 'http://localhost:4200/foi/requests/r2' },
];

describe('FOI emails', () => {
  it('the letter is the text as filled in, escaped in HTML', () => {
    const mail = renderFoiLetter({ partnershipName: 'WMSMP', subject: 'Freedom of Information request: Children in care', letter: 'Dear Walsall <FOI> team,\n\nUnder the Freedom of Information Act 2000…\n\n1a. How many?' });
    expect(mail.text).toContain('Freedom of Information Act 2000');
    expect(mail.html).toContain('Dear Walsall &lt;FOI&gt; team,');
    golden('foi-letter.html', mail.html);
    golden('foi-letter.txt', mail.text);
  });

  it('the chaser lists the authorities still to answer', () => {
    const mail = renderFoiChaser({ coordinatorName: 'Priya', campaignTitle: 'Children in care', dueOn: '2026-12-23', requests, campaignUrl: 'http://localhost:4200/foi/c1' });
    expect(mail.subject).toBe('FOI answers due 23 December 2026: Children in care');
    expect(mail.text).toContain('2 authorities have not answered');
    expect(mail.html).toContain('Rugby &lt;Borough&gt; Council');
    golden('foi-chaser.html', mail.html);
    golden('foi-chaser.txt', mail.text);
  });

  it('the overdue note carries the internal-review draft', () => {
    const mail = renderFoiOverdue({ coordinatorName: 'Priya', campaignTitle: 'Children in care', dueOn: '2026-12-02', requests: requests.slice(0, 1), campaignUrl: 'http://localhost:4200/foi/c1', reviewDraft: 'Dear {{authority}} FOI team,\n\nPlease carry out an internal review.' });
    expect(mail.text).toContain('1 authority has not answered');
    expect(mail.text).toContain('Please carry out an internal review.');
    golden('foi-overdue.html', mail.html);
    golden('foi-overdue.txt', mail.text);
  });
});
