import { FoiUnit as QuestionUnit } from '../campaigns/units';
import { AnswerQualifier } from '../answers/qualifiers';

/** One recorded answer as the totals see it: `amount` is the checked number (pence for money). */
export interface AnswerForTotals {
  qualifier: AnswerQualifier;
  value: string | null;
  amount: number | null;
}

export interface QuestionTotals {
  /** Sum of exact answers only (count, money); mean for percentages; null where nothing adds up. */
  exactTotal: number | null;
  /** The same with estimates added in. */
  withEstimatesTotal: number | null;
  exact: number;
  estimates: number;
  fewerThanFive: number;
  notHeld: number;
  notKnown: number;
  refused: number;
  yes: number;
  no: number;
  /** Requests with no answer to this question yet. */
  unanswered: number;
  /** What the totals include, in words: shown beside them and exported with them. */
  summary: string;
}

const SUMMED = new Set([QuestionUnit.COUNT, QuestionUnit.MONEY_GBP]);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A figure as people read it: money from pence, percentages to one decimal place. */
export function formatAmount(unit: QuestionUnit, amount: number): string {
  if (unit === QuestionUnit.MONEY_GBP) return `£${(amount / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (unit === QuestionUnit.PERCENTAGE) return `${(Math.round(amount * 10) / 10).toLocaleString('en-GB')}%`;
  return amount.toLocaleString('en-GB');
}

function combine(unit: QuestionUnit, amounts: number[]): number | null {
  if (!amounts.length) return null;
  const sum = amounts.reduce((a, b) => a + b, 0);
  if (SUMMED.has(unit)) return sum;
  if (unit === QuestionUnit.PERCENTAGE) return sum / amounts.length;
  return null;
}

/**
 * Totals for one question over a campaign's requests. Exact and estimated figures are kept
 * apart, so a reader always knows which they are looking at; "fewer than five" is counted
 * but never added as a number (not as 0, not as 4, not as 2.5).
 */
export function questionTotals(unit: QuestionUnit, answers: AnswerForTotals[], requests: number): QuestionTotals {
  const of = (q: AnswerQualifier) => answers.filter((a) => a.qualifier === q);
  const exact = of(AnswerQualifier.EXACT);
  const estimates = of(AnswerQualifier.ESTIMATE);
  const amounts = (list: AnswerForTotals[]) => list.map((a) => a.amount).filter((n): n is number => typeof n === 'number');
  const valued = [...exact, ...estimates];
  const totals: Omit<QuestionTotals, 'summary'> = {
    exactTotal: combine(unit, amounts(exact)),
    withEstimatesTotal: combine(unit, amounts(valued)),
    exact: exact.length,
    estimates: estimates.length,
    fewerThanFive: of(AnswerQualifier.FEWER_THAN_FIVE).length,
    notHeld: of(AnswerQualifier.NOT_HELD).length,
    notKnown: of(AnswerQualifier.NOT_KNOWN).length,
    refused: of(AnswerQualifier.REFUSED_SECTION_12).length + of(AnswerQualifier.REFUSED_OTHER).length,
    yes: valued.filter((a) => a.value === 'YES').length,
    no: valued.filter((a) => a.value === 'NO').length,
    unanswered: Math.max(0, requests - answers.length),
  };
  return { ...totals, summary: summaryOf(unit, totals) };
}

function summaryOf(unit: QuestionUnit, t: Omit<QuestionTotals, 'summary'>): string {
  const parts: string[] = [];
  const what = unit === QuestionUnit.PERCENTAGE ? 'Average' : 'Total';
  if (SUMMED.has(unit) || unit === QuestionUnit.PERCENTAGE) {
    parts.push(t.exactTotal === null ? 'No exact figures.' : `${what} of exact figures: ${formatAmount(unit, t.exactTotal)} (${plural(t.exact, 'authority', 'authorities')}).`);
    if (t.estimates) parts.push(`With ${plural(t.estimates, 'estimate')}: ${formatAmount(unit, t.withEstimatesTotal!)} (${plural(t.exact + t.estimates, 'authority', 'authorities')}).`);
  } else if (unit === QuestionUnit.YES_NO) {
    parts.push(`Yes: ${t.yes}, no: ${t.no}${t.estimates ? ` (including ${plural(t.estimates, 'estimate')})` : ''}.`);
  } else {
    parts.push(`${plural(t.exact + t.estimates, 'answer')} given${t.estimates ? `, ${t.estimates} of them estimated` : ''}.`);
  }
  if (t.fewerThanFive) parts.push(`${plural(t.fewerThanFive, 'authority', 'authorities')} said fewer than five and withheld the figure: not included in any total.`);
  const other = [
    t.notHeld && `${t.notHeld} not held`,
    t.notKnown && `${t.notKnown} not known`,
    t.refused && `${t.refused} refused`,
    t.unanswered && `${t.unanswered} without an answer yet`,
  ].filter(Boolean);
  if (other.length) parts.push(`${other.join(', ')}.`.replace(/^./, (c) => c.toUpperCase()));
  return parts.join(' ');
}

/** Share of requests with a reply recorded, as a whole percentage (0 when nothing was sent). */
export function responseRate(replied: number, requests: number): number {
  return requests ? Math.round((replied / requests) * 100) : 0;
}
