import { ValidateBy } from 'class-validator';
import { badInput } from '@convene/errors';

/**
 * Characters a name or title may not hold: C0 and C1 controls (line breaks, tabs, escapes),
 * Unicode line and paragraph separators, and the bidirectional overrides and isolates that
 * reorder what a reader sees. A name holding one could add lines to a plain-text email or an
 * email header, or disguise itself in a list.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const holdsControlCharacters = (value: unknown): boolean => typeof value === 'string' && FORBIDDEN.test(value);

/** `jobTitle` → "Job title". */
const wordsOf = (field: string) => {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const singleLineMessage = (field: string) => `${wordsOf(field)} must be on one line, without line breaks, tabs or other control characters.`;

/**
 * For names and titles of input classes: refused with BAD_USER_INPUT naming the field when they
 * hold control characters. Null and absent values are left to the field's other rules.
 */
export function SingleLine(): PropertyDecorator {
  return ValidateBy({
    name: 'singleLine',
    validator: {
      validate: (value) => !holdsControlCharacters(value),
      defaultMessage: (args) => singleLineMessage(args?.property ?? 'text'),
    },
  });
}

/** The same rule for plain arguments, which the ValidationPipe never sees. */
export function assertSingleLine(value: string | null | undefined, field: string): void {
  if (holdsControlCharacters(value)) throw badInput(singleLineMessage(field), { field });
}
