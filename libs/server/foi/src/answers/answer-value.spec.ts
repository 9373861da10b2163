import { AppError } from '@convene/errors';
import { FoiUnit as U } from '../campaigns/units';
import { AnswerQualifier as Q } from './qualifiers';
import { checkAnswerValue } from './answer-value';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error: unknown) {
    return error instanceof AppError ? { code: error.code, field: error.details?.field } : error;
  }
  return null;
};

describe('an answer’s value against its unit', () => {
  it.each([
    [U.COUNT, '1,204', '1204', 1204],
    [U.COUNT, ' 0 ', '0', 0],
    [U.MONEY_GBP, '£1,250.5', '1250.50', 125050],
    [U.MONEY_GBP, '3 500', '3500.00', 350000],
    [U.PERCENTAGE, '42.5%', '42.5', 42.5],
    [U.YES_NO, 'Yes', 'YES', null],
    [U.YES_NO, 'n', 'NO', null],
    [U.DATE, '31/03/2026', '2026-03-31', null],
    [U.DATE, '2026-02-28', '2026-02-28', null],
    [U.TEXT, '  A leaving-care worker  ', 'A leaving-care worker', null],
  ])('%s accepts %j as %j', (unit, input, value, amount) => {
    expect(checkAnswerValue(unit, Q.EXACT, input)).toEqual({ value, amount });
  });

  it.each([
    [U.COUNT, '-3'],
    [U.COUNT, '2.5'],
    [U.COUNT, 'about 10'],
    [U.MONEY_GBP, '£12.345'],
    [U.MONEY_GBP, '-£5'],
    [U.PERCENTAGE, '101'],
    [U.YES_NO, 'maybe'],
    [U.DATE, '2026-02-30'],
    [U.DATE, '31 March'],
    [U.TEXT, 'x'.repeat(2001)],
  ])('%s refuses %j, naming the field', (unit, input) => {
    expect(refusal(() => checkAnswerValue(unit, Q.ESTIMATE, input, 'answers.2.value'))).toEqual({ code: 'BAD_USER_INPUT', field: 'answers.2.value' });
  });

  it('needs a value when exact or estimated, and none for the other qualifiers', () => {
    expect(refusal(() => checkAnswerValue(U.COUNT, Q.EXACT, ''))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(refusal(() => checkAnswerValue(U.COUNT, Q.FEWER_THAN_FIVE, '3'))).toEqual({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(checkAnswerValue(U.COUNT, Q.FEWER_THAN_FIVE, '  ')).toEqual({ value: null, amount: null });
    expect(checkAnswerValue(U.TEXT, Q.REFUSED_SECTION_12, null)).toEqual({ value: null, amount: null });
  });
});
