import argon2 from 'argon2';
import { badInput } from '@convene/errors';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// OWASP's argon2id baseline: 19 MiB, 2 passes.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  assertStrongEnough(password);
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

export function assertStrongEnough(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`, { field: 'password' });
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(`Passwords can be at most ${MAX_PASSWORD_LENGTH} characters.`, { field: 'password' });
}
