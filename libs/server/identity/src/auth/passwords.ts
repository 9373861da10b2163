import argon2 from 'argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '@convene/errors';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's scale runs 0–4; 3 means "safely unguessable" against an online attack. */
export const MIN_PASSWORD_SCORE = 3;

// OWASP's argon2id baseline: 19 MiB, 2 passes.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Built once: the dictionaries (common passwords, names, words) take a moment to load.
// Only the first 40 characters are judged: a crafted 200-character password costs the estimator
// about 0.7 s of CPU, 40 characters under 0.1 s, and a strong start makes a strong password.
export const JUDGED_PASSWORD_LENGTH = 40;
let estimator: ZxcvbnFactory | undefined;
const strength = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: JUDGED_PASSWORD_LENGTH }));

export interface PasswordRule {
  /** The input field the password came in, named in the error. */
  field?: string;
  /** The person's own email and name, which make a password easy to guess. */
  personal?: (string | null | undefined)[];
}

export async function hashPassword(password: string, rule: PasswordRule = {}): Promise<string> {
  assertStrongEnough(password, rule);
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Spends the same time as a real check, so unknown emails cannot be told apart by timing. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= argon2.hash('not-a-real-password', OPTIONS);
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Length first, then a strength estimate: common passwords, keyboard walks, dates, your own name. */
export function assertStrongEnough(password: string, { field = 'password', personal = [] }: PasswordRule = {}): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`, { field });
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(`Passwords can be at most ${MAX_PASSWORD_LENGTH} characters.`, { field });
  const inputs = personal.filter((value): value is string => !!value).flatMap((value) => [value, ...value.split(/[@.\s]+/)]);
  if (strength().check(password, inputs).score < MIN_PASSWORD_SCORE) {
    throw badInput('This password is too common or too easy to guess. Try a few unrelated words together, or a longer password.', { field, reason: 'WEAK_PASSWORD' });
  }
}
