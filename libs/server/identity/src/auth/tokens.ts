import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefixes make leaked tokens recognisable (and greppable by secret scanners). */
export type TokenKind = 'session' | 'invitation' | 'reset' | 'confirmation' | 'calendar' | 'unsubscribe' | 'upload' | 'check' | 'sign-in';
const PREFIX: Record<TokenKind, string> = { session: 'cvs_', invitation: 'cvi_', reset: 'cvr_', confirmation: 'cve_', calendar: 'cvc_', unsubscribe: 'cvu_', upload: 'cvp_', check: 'cvk_', 'sign-in': 'cvl_' };

/** 256 random bits. */
export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

/** Only this hash is stored. SHA-256 suffices: the input already has 256 bits of entropy. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(value: unknown, kind: TokenKind): value is string {
  return typeof value === 'string' && value.length === PREFIX[kind].length + 43 && value.startsWith(PREFIX[kind]);
}

export function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
