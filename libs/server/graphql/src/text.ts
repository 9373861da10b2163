import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationError } from 'class-validator';
import { badInput, type AppError } from '@convene/errors';

/** `@IsUrl(WEB_ADDRESS)`: links people open, so http(s) only. */
export const WEB_ADDRESS = { protocols: ['http', 'https'], require_protocol: true };
export const ONLINE_LINK = 'The online link must be a web address starting with http:// or https://.';

export interface TextRule {
  /** Most characters, counted after trimming. */
  max: number;
  /** Fewest characters after trimming (default 1). */
  min?: number;
  /** May be left out or null. Given, it must still not be blank unless `blank` is true. */
  optional?: boolean;
  /** Whitespace-only text is accepted (stored as given, e.g. an empty description). */
  blank?: boolean;
  /** Plain words for the field in messages, e.g. "reason for declining"; default from its name. */
  label?: string;
  /** Keep the text as given (Markdown, notes); only the checks trim. Single-line text is stored trimmed. */
  keepSpaces?: boolean;
}

/** `minutesAllotted` → "minutes allotted". */
export const wordsOf = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase()
    .trim();
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const article = (words: string) => (/^[aeiou]/.test(words) ? 'an' : 'a');
const count = (n: number) => n.toLocaleString('en-GB');

/** Why `value` breaks `rule`, in plain words, or null when it keeps it. */
export function textProblem(value: unknown, rule: TextRule, field: string): string | null {
  const words = rule.label ?? wordsOf(field);
  if (value === undefined || value === null) return rule.optional ? null : `Enter ${article(words)} ${words}.`;
  if (typeof value !== 'string') return `${capital(words)} must be text.`;
  const text = value.trim();
  if (!text) return rule.blank ? null : `Enter ${article(words)} ${words}.`;
  if (text.length < (rule.min ?? 1)) return `${capital(words)} must be at least ${count(rule.min ?? 1)} characters.`;
  if (text.length > rule.max) return `${capital(words)} must be ${count(rule.max)} characters or fewer.`;
  return null;
}

/**
 * For plain arguments (`@Args('reason') reason: string`), which the ValidationPipe never sees:
 * the text trimmed (or as given with `keepSpaces`), or BAD_USER_INPUT naming the field.
 */
export function checkText(value: string | null | undefined, field: string, rule: TextRule): string | null {
  const problem = textProblem(value, rule, field);
  if (problem) throw badInput(problem, { field });
  if (value === undefined || value === null) return null;
  return rule.keepSpaces ? value : value.trim();
}

/**
 * A bounded text field of an input class: trimmed (unless `keepSpaces`), blank refused unless
 * `blank`, at most `max` characters; messages in plain words naming the field.
 */
export function Text(rule: TextRule): PropertyDecorator {
  const trim = Transform(({ value }) => (typeof value === 'string' && !rule.keepSpaces ? value.trim() : value));
  const check = ValidateBy(
    {
      name: 'text',
      validator: {
        validate: (value, args) => textProblem(value, rule, args?.property ?? '') === null,
        defaultMessage: (args) => textProblem(args?.value, rule, args?.property ?? '') ?? '',
      },
    },
    {},
  );
  return (target, property) => {
    trim(target, property);
    check(target, property);
  };
}

/** The first failure, as `a.0.b`, and its message; class-validator's own messages get plain field names. */
function firstFailure(errors: ValidationError[], path: string[] = []): { field: string; message: string } | null {
  for (const error of errors) {
    const at = [...path, error.property];
    const messages = Object.entries(error.constraints ?? {});
    if (messages.length) {
      // A custom rule's message is already plain; the rest start with the property's name.
      const [, message] = messages.find(([name]) => name === 'text') ?? messages[0];
      const plain = message.startsWith(error.property) ? capital(wordsOf(error.property)) + message.slice(error.property.length) : message;
      return { field: at.join('.'), message: /[.!?]$/.test(plain) ? plain : `${plain}.` };
    }
    const nested = firstFailure(error.children ?? [], at);
    if (nested) return nested;
  }
  return null;
}

/** The ValidationPipe's `exceptionFactory`: BAD_USER_INPUT with the first field at fault. */
export function validationFailed(errors: ValidationError[]): AppError {
  const failure = firstFailure(errors);
  return failure ? badInput(failure.message, { field: failure.field }) : badInput('The input is not valid.');
}
