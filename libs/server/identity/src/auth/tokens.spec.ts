import { hashToken, looksLikeToken, newToken } from './tokens';

describe('tokens', () => {
  it('are 256-bit, prefixed by kind, and never equal to their hash', () => {
    const token = newToken('invitation');
    expect(token).toMatch(/^cvi_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(4));
    expect(newToken('invitation')).not.toBe(token);
  });

  it('recognise only their own kind and shape', () => {
    expect(looksLikeToken(newToken('session'), 'session')).toBe(true);
    expect(looksLikeToken(newToken('session'), 'reset')).toBe(false);
    expect(looksLikeToken('cvs_short', 'session')).toBe(false);
    expect(looksLikeToken({ token: 'x' }, 'session')).toBe(false);
  });
});
