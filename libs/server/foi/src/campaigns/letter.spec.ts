import { DEFAULT_LETTER_TEMPLATE, FOIA_CITATION, internalReviewLetter, renderLetter } from './letter';

const ctx = {
  authority: 'Walsall Council',
  partnership: 'West Midlands Strategic Migration Partnership',
  title: 'EU-national children in care',
  date: '7 December 2026',
  questions: [
    { number: '1a', text: 'How many looked-after children are EU nationals?', definition: 'As at 31 March 2026' },
    { number: '1b', text: 'How many of them have no settled status?', definition: '' },
  ],
};

describe('the FOI letter', () => {
  it('fills the default template and cites the Act', () => {
    const letter = renderLetter(DEFAULT_LETTER_TEMPLATE, ctx);
    expect(letter.subject).toBe('Freedom of Information request: EU-national children in care');
    expect(letter.text).toContain('Dear Walsall Council FOI team,');
    expect(letter.text).toContain('1a. How many looked-after children are EU nationals?\n   (As at 31 March 2026)');
    expect(letter.text).toContain('1b. How many of them have no settled status?');
    expect(letter.text).toContain(FOIA_CITATION);
    expect(letter.text).not.toContain('{{');
  });

  it('cites the Act and lists the questions even when the template forgets both', () => {
    const letter = renderLetter('Hello {{authority}}, please answer. {{unknown}}', ctx);
    expect(letter.text.startsWith(`This is a request for information under the ${FOIA_CITATION}.`)).toBe(true);
    expect(letter.text).toContain('Hello Walsall Council, please answer. {{unknown}}');
    expect(letter.text).toContain('1b. How many of them have no settled status?');
  });

  it('drafts an internal review that names the request and the Act', () => {
    const text = internalReviewLetter({ authority: 'Rugby Borough Council', partnership: 'WMSMP', title: 'Children in care', sentOn: '2 November 2026', reason: 'No response has been received within 20 working days.' });
    expect(text).toContain('Dear Rugby Borough Council FOI team,');
    expect(text).toContain(`under the ${FOIA_CITATION}`);
    expect(text).toContain('No response has been received within 20 working days.');
  });
});
