import type { FoiQuestionRow } from './foi.rows';

export const FOIA_CITATION = 'Freedom of Information Act 2000';

/** A starting letter for a new campaign; coordinators edit it. Placeholders are listed in LETTER_FIELDS. */
export const DEFAULT_LETTER_TEMPLATE = `Dear {{authority}} FOI team,

I am writing on behalf of {{partnership}} to make a request for information under the Freedom of Information Act 2000.

Please provide the following information:

{{questions}}

If any part of this request is unclear, please contact me as soon as possible so the rest can proceed. If you hold only part of the information, please provide what you hold and tell me which parts you do not hold. Where a figure is fewer than five and you need to withhold it, please say so rather than leaving it blank.

I would be grateful for the information in an electronic format, ideally a spreadsheet. I look forward to your response within 20 working days, as the Act requires.

Yours faithfully,

{{partnership}}`;

export const LETTER_FIELDS = ['authority', 'partnership', 'questions', 'title', 'date'] as const;

export interface LetterContext {
  authority: string;
  partnership: string;
  title: string;
  /** The London date of the letter, as words ("7 December 2026"). */
  date: string;
  questions: Pick<FoiQuestionRow, 'number' | 'text' | 'definition'>[];
}

/** The questions as numbered in the letter, each with its definition when it has one. */
export function questionsBlock(questions: LetterContext['questions']): string {
  return questions.map((q) => `${q.number}. ${q.text}${q.definition.trim() ? `\n   (${q.definition.trim()})` : ''}`).join('\n');
}

/**
 * The letter for one authority: the template's placeholders filled in. The Act is always cited:
 * a template that does not name it gets a first line that does, so no request goes out as a
 * mere enquiry.
 */
export function renderLetter(template: string, ctx: LetterContext): { subject: string; text: string } {
  const values: Record<(typeof LETTER_FIELDS)[number], string> = {
    authority: ctx.authority,
    partnership: ctx.partnership,
    questions: questionsBlock(ctx.questions),
    title: ctx.title,
    date: ctx.date,
  };
  let text = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? values[name as keyof typeof values] : whole));
  if (!template.includes('{{questions}}') && !template.includes('{{ questions }}')) text = `${text.trimEnd()}\n\n${values.questions}`;
  if (!text.includes(FOIA_CITATION)) text = `This is a request for information under the ${FOIA_CITATION}.\n\n${text}`;
  return { subject: `Freedom of Information request: ${ctx.title}`, text };
}

/** The internal-review request offered when an answer is late, refused or incomplete. */
export function internalReviewLetter(ctx: { authority: string; partnership: string; title: string; sentOn: string; reason: string }): string {
  return `Dear {{authority}} FOI team,

Request for an internal review: "${ctx.title}"

On ${ctx.sentOn} ${ctx.partnership} made a request for information under the ${FOIA_CITATION}. ${ctx.reason}

Please carry out an internal review of the handling of this request, in line with the Code of Practice issued under section 45 of the Act, and let us have the outcome within 20 working days.

Yours faithfully,

${ctx.partnership}`.replace('{{authority}}', ctx.authority);
}
