import { FoiUnit as QuestionUnit } from '../campaigns/units';
import { AnswerQualifier as Q } from '../answers/qualifiers';
import { checkAnswerValue } from '../answers/answer-value';
import { questionTotals, responseRate, type AnswerForTotals } from './totals';

/** Answers built through the same check the service uses, so amounts are what it would store. */
const answer = (unit: QuestionUnit, qualifier: Q, value?: string): AnswerForTotals => ({ qualifier, ...checkAnswerValue(unit, qualifier, value) });

describe('matrix totals with mixed qualifiers', () => {
  const cases: { name: string; unit: QuestionUnit; answers: [Q, string?][]; requests: number; exactTotal: number | null; withEstimatesTotal: number | null; counts: Partial<Record<string, number>>; says: RegExp[] }[] = [
    {
      name: 'counts: exact, estimates and fewer than five kept apart',
      unit: QuestionUnit.COUNT,
      answers: [[Q.EXACT, '12'], [Q.EXACT, '1,204'], [Q.ESTIMATE, '30'], [Q.FEWER_THAN_FIVE], [Q.FEWER_THAN_FIVE], [Q.NOT_HELD], [Q.REFUSED_SECTION_12], [Q.REFUSED_OTHER]],
      requests: 11,
      exactTotal: 1216,
      withEstimatesTotal: 1246,
      counts: { exact: 2, estimates: 1, fewerThanFive: 2, notHeld: 1, refused: 2, unanswered: 3 },
      says: [/Total of exact figures: 1,216 \(2 authorities\)/, /With 1 estimate: 1,246 \(3 authorities\)/, /2 authorities said fewer than five and withheld the figure: not included in any total/, /1 not held, 2 refused, 3 without an answer yet/],
    },
    {
      name: 'only fewer-than-five answers: no total at all, not zero',
      unit: QuestionUnit.COUNT,
      answers: [[Q.FEWER_THAN_FIVE], [Q.FEWER_THAN_FIVE], [Q.NOT_KNOWN]],
      requests: 3,
      exactTotal: null,
      withEstimatesTotal: null,
      counts: { fewerThanFive: 2, notKnown: 1, unanswered: 0 },
      says: [/No exact figures\./, /2 authorities said fewer than five/, /1 not known\./],
    },
    {
      name: 'money in pence, so pounds and pence add exactly',
      unit: QuestionUnit.MONEY_GBP,
      answers: [[Q.EXACT, '£0.10'], [Q.EXACT, '0.20'], [Q.ESTIMATE, '£1,000']],
      requests: 3,
      exactTotal: 30,
      withEstimatesTotal: 100030,
      counts: { exact: 2, estimates: 1 },
      says: [/Total of exact figures: £0\.30/, /With 1 estimate: £1,000\.30/],
    },
    {
      name: 'percentages are averaged, never added',
      unit: QuestionUnit.PERCENTAGE,
      answers: [[Q.EXACT, '20%'], [Q.EXACT, '40'], [Q.ESTIMATE, '90']],
      requests: 4,
      exactTotal: 30,
      withEstimatesTotal: 50,
      counts: { unanswered: 1 },
      says: [/Average of exact figures: 30%/, /With 1 estimate: 50%/],
    },
    {
      name: 'yes/no: counted, not summed',
      unit: QuestionUnit.YES_NO,
      answers: [[Q.EXACT, 'yes'], [Q.EXACT, 'No'], [Q.EXACT, 'Y'], [Q.NOT_KNOWN]],
      requests: 4,
      exactTotal: null,
      withEstimatesTotal: null,
      counts: { yes: 2, no: 1, notKnown: 1 },
      says: [/Yes: 2, no: 1\./],
    },
    {
      name: 'text: how many answered',
      unit: QuestionUnit.TEXT,
      answers: [[Q.EXACT, 'A named officer reviews each case'], [Q.ESTIMATE, 'About monthly']],
      requests: 2,
      exactTotal: null,
      withEstimatesTotal: null,
      counts: { exact: 1, estimates: 1 },
      says: [/2 answers given, 1 of them estimated\./],
    },
  ];

  it.each(cases)('$name', ({ unit, answers, requests, exactTotal, withEstimatesTotal, counts, says }) => {
    const totals = questionTotals(unit, answers.map(([q, v]) => answer(unit, q, v)), requests);
    expect(totals.exactTotal).toBe(exactTotal);
    expect(totals.withEstimatesTotal).toBe(withEstimatesTotal);
    expect(totals).toMatchObject(counts);
    for (const pattern of says) expect(totals.summary).toMatch(pattern);
  });

  it('a response rate rounds to a whole percentage and is 0 when nothing was sent', () => {
    expect(responseRate(7, 11)).toBe(64);
    expect(responseRate(0, 0)).toBe(0);
    expect(responseRate(11, 11)).toBe(100);
  });
});
