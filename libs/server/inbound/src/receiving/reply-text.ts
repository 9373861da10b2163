import EmailReplyParser from 'email-reply-parser';
import { convert } from 'html-to-text';
import type { ParsedMail } from 'mailparser';

/** Longest reply text acted on; longer replies are cut here (a forum post allows more, a note less). */
export const MAX_REPLY_CHARS = 5_000;

// Lines mail clients put above the quote that email-reply-parser does not know, in the languages we send in.
const QUOTE_HEADER = /^(?:On .{4,200}wrote:|Le .{4,200}a écrit\s?:|Am .{4,200}schrieb .{1,120}:|El .{4,200}escribió:|-{2,}\s*Original Message\s*-{2,}|From: .+)$/im;

/**
 * The new text of a reply: the plain part, or the HTML converted when there is none, without the
 * quoted history and the signature.
 */
export function replyText(mail: Pick<ParsedMail, 'text' | 'html'>): string {
  const plain = mail.text?.trim() ? mail.text : typeof mail.html === 'string' ? convert(mail.html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] }) : '';
  let normalised = plain.replace(/\r\n?/g, '\n');
  // Cut at the first quote header before the parser reads the rest: a long quoted pack costs it
  // milliseconds per reply, and everything after that line is history anyway.
  const header = QUOTE_HEADER.exec(normalised);
  if (header) normalised = normalised.slice(0, header.index);
  const visible = new EmailReplyParser().parseReply(normalised);
  return visible
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_REPLY_CHARS);
}

export type ReplyIntent = 'APOLOGIES' | 'ATTENDING' | 'COMMENT';

/** An agenda-pack reply's meaning from its first line: "apologies…" or "attending…", else a comment. */
export function agendaIntent(text: string): ReplyIntent {
  const first = (text.split('\n').find((line) => line.trim()) ?? '').trim().toLowerCase();
  if (/^(my\s+)?apolog(y|ies|ise|ize)\b|^sorry,? i (can(no|')t|won'?t|will not) (make|attend|come|be there)/.test(first)) return 'APOLOGIES';
  if (/^(i('| a)m |i will be |i'll be )?attending\b|^(yes,? )?i('ll| will) (be there|attend|come)\b|^accept(ed)?\b/.test(first)) return 'ATTENDING';
  return 'COMMENT';
}
