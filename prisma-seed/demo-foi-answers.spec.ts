import { AnswerQualifier, checkAnswerValue, FoiUnit } from '@convene/foi';
import { REPLIES } from './demo-foi-answers';

describe('demo FOI answers', () => {
  it('every demo reply is what the service would store for its unit', () => {
    for (const [unit, replies] of Object.entries(REPLIES)) {
      for (const [qualifier, value, amount] of replies) {
        expect({ unit, qualifier, ...checkAnswerValue(unit as FoiUnit, qualifier as AnswerQualifier, value) }).toEqual({ unit, qualifier, value, amount });
      }
    }
    expect(Object.keys(REPLIES).sort()).toEqual([...Object.values(FoiUnit)].sort());
  });
});
