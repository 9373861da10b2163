import { agendaIntent, replyText } from './reply-text';

describe('replyText', () => {
  it('keeps the new text and drops the quoted history and the signature', () => {
    const text = `Apologies — I'm on leave that week.\n\nAnn\n\n-- \nAnn Smith\nRefugee Action\n\nOn Mon, 7 Dec 2026 at 10:00, Convene <no-reply@convene.test> wrote:\n> Agenda pack\n> Item 1: welcome\n`;
    expect(replyText({ text, html: false })).toBe(`Apologies — I'm on leave that week.\n\nAnn`);
  });

  it('drops an Outlook-style header and everything after it', () => {
    const text = `Attending, thanks.\n\n-----Original Message-----\nFrom: Convene\nSent: Monday\nSubject: Agenda pack\n\nItem 1`;
    expect(replyText({ text, html: false })).toBe('Attending, thanks.');
  });

  it('converts an HTML-only reply to text', () => {
    const html = '<div><p>Could we move item 3 <b>earlier</b>?</p><blockquote type="cite"><p>On Monday Convene wrote:</p><p>the old pack</p></blockquote></div>';
    expect(replyText({ text: undefined, html })).toBe('Could we move item 3 earlier?');
  });
});

describe('agendaIntent', () => {
  it.each([
    ['Apologies — I’m on leave', 'APOLOGIES'],
    ['apologies, I can\'t make it', 'APOLOGIES'],
    ["Sorry, I can't make it", 'APOLOGIES'],
    ['Attending', 'ATTENDING'],
    ["I'll be there", 'ATTENDING'],
    ['Could item 4 include the housing figures?', 'COMMENT'],
    ['I am not sure about apologies policy', 'COMMENT'],
  ])('%s → %s', (text, intent) => expect(agendaIntent(text)).toBe(intent));
});
