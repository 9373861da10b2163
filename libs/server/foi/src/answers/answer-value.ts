import { badInput } from '@convene/errors';
import { FoiUnit as QuestionUnit } from '../campaigns/units';
import { AnswerQualifier, QUALIFIER_LABELS, VALUED } from './qualifiers';

/** A checked value: the text shown and exported, and the number the totals add (pence for money). */
export interface CheckedValue {
  value: string | null;
  amount: number | null;
}

export const TEXT_ANSWER_MAX = 2000;
const MAX_COUNT = 1_000_000_000;
const MAX_POUNDS = 1_000_000_000_000;

const refuse = (field: string, message: string) => badInput(message, { field });

/** Commas and spaces people type in figures ("1,204", "£ 3 500") are dropped before checking. */
const figure = (raw: string) => raw.replace(/[,\s]/g, '');

function checkDate(field: string, raw: string): string {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  const iso = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : raw;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = parts ? new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3])) : null;
  if (!parts || !date || date.toISOString().slice(0, 10) !== iso) throw refuse(field, 'The answer must be a date, such as 2026-03-31 or 31/03/2026.');
  return iso;
}

/**
 * Checks an answer's value against its question's unit and qualifier. `field` names the input
 * in the error, so the form can point at the box at fault.
 */
export function checkAnswerValue(unit: QuestionUnit, qualifier: AnswerQualifier, input: string | null | undefined, field = 'value'): CheckedValue {
  const raw = (input ?? '').trim();
  if (!VALUED.has(qualifier)) {
    if (raw) throw refuse(field, `An answer marked “${QUALIFIER_LABELS[qualifier]}” has no value: leave the value empty.`);
    return { value: null, amount: null };
  }
  if (!raw) throw refuse(field, 'Enter the value the authority gave, or choose another qualifier (such as not held).');
  switch (unit) {
    case QuestionUnit.COUNT: {
      const text = figure(raw);
      if (!/^\d+$/.test(text) || +text > MAX_COUNT) throw refuse(field, 'The answer must be a whole number of 0 or more, such as 12.');
      return { value: String(+text), amount: +text };
    }
    case QuestionUnit.MONEY_GBP: {
      const text = figure(raw).replace(/^£/, '');
      if (!/^\d+(\.\d{1,2})?$/.test(text) || +text > MAX_POUNDS) throw refuse(field, 'The answer must be an amount in pounds of 0 or more, such as 1250 or £1,250.50.');
      const pence = Math.round(+text * 100);
      return { value: (pence / 100).toFixed(2), amount: pence };
    }
    case QuestionUnit.PERCENTAGE: {
      const text = figure(raw).replace(/%$/, '');
      if (!/^\d+(\.\d{1,2})?$/.test(text) || +text > 100) throw refuse(field, 'The answer must be a percentage from 0 to 100, such as 42 or 42.5%.');
      return { value: String(+text), amount: +text };
    }
    case QuestionUnit.YES_NO: {
      const word = raw.toLowerCase();
      if (word === 'yes' || word === 'y') return { value: 'YES', amount: null };
      if (word === 'no' || word === 'n') return { value: 'NO', amount: null };
      throw refuse(field, 'The answer must be yes or no.');
    }
    case QuestionUnit.DATE:
      return { value: checkDate(field, raw), amount: null };
    case QuestionUnit.TEXT:
      if (raw.length > TEXT_ANSWER_MAX) throw refuse(field, `The answer must be at most ${TEXT_ANSWER_MAX} characters.`);
      return { value: raw, amount: null };
    default:
      throw refuse(field, 'This question’s unit is not known.');
  }
}
