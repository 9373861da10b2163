import { AppError } from '@convene/errors';
import { assertStrongEnough } from './passwords';

const refusal = (password: string, rule = {}) => {
  try {
    assertStrongEnough(password, rule);
    return null;
  } catch (error) {
    return error instanceof AppError ? { code: error.code, field: error.details?.field, message: error.message } : error;
  }
};

describe('password rule', () => {
  it('refuses common passwords of a valid length, naming the field in plain words', () => {
    for (const weak of ['1234567890', 'qwertyuiop', 'password123', 'iloveyou123']) {
      expect([weak, refusal(weak, { field: 'newPassword' })]).toEqual([weak, { code: 'BAD_USER_INPUT', field: 'newPassword', message: expect.stringMatching(/^This password is too common/) }]);
    }
  });

  it('refuses a password made of the person’s own email address or name', () => {
    for (const own of ['amina.yusuf@example.org', 'Amina Yusuf 1']) expect(refusal(own, { personal: ['amina.yusuf@example.org', 'Amina Yusuf'] })).toMatchObject({ field: 'password', message: expect.stringMatching(/too common/) });
  });

  it('accepts the passwords the demo data and the test fixtures use', () => {
    for (const ok of ['correct horse battery', 'a long enough password', 'demo-admin-2026', 'demo-coordinator-2026', 'demo-member-2026', 'demo-partner-2026']) {
      expect([ok, refusal(ok)]).toEqual([ok, null]);
    }
  });

  it('judges the first 40 characters, so a long crafted password cannot tie up the estimator', () => {
    expect(refusal('1234567890'.repeat(4) + 'Zq8#mP2!vL lantern orchard')).toMatchObject({ message: expect.stringMatching(/too common/) });
    expect(refusal('lantern orchard velvet granite willow ' + 'a'.repeat(150))).toBeNull();
  });

  it('keeps the length limits', () => {
    expect(refusal('short')).toMatchObject({ message: 'Choose a password of at least 10 characters.' });
    expect(refusal('x'.repeat(201))).toMatchObject({ message: 'Passwords can be at most 200 characters.' });
  });
});
