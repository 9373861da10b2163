import { AnswerQualifier, checkAnswerValue, FoiUnit } from '@convene/foi';
import { REPLIES } from './demo-foi-answers';

describe('demo FOI answers', () => {
  it('every demo reply is what the service would store for its unit', () => {
    for (const [unit, replies] of Object.entries(REPLIES)) {
      for (const [qualifier, value, amount] of replies) {
        const checkedAs = (unit === 'COUNT_OF_THOSE' ? 'COUNT' : unit) as FoiUnit;
        expect({ unit, qualifier, ...checkAnswerValue(checkedAs, qualifier as AnswerQualifier, value) }).toEqual({ unit, qualifier, value, amount });
      }
    }
    expect(Object.keys(REPLIES).sort()).toEqual([...Object.values(FoiUnit), 'COUNT_OF_THOSE'].sort());
    // "Of those" is never more than the first count.
    REPLIES.COUNT_OF_THOSE.forEach(([, , amount], i) => expect(amount ?? 0).toBeLessThanOrEqual(REPLIES.COUNT[i][2] ?? 4));
  });
});
