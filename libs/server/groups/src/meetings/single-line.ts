import { badInput } from '@convene/errors';

/** C0 controls (CR, LF, tab, NUL …), DEL and C1 controls: never part of a name or a title. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Refuses a name or title holding line breaks or other control characters: they would inject lines into calendar files and emails. */
export function assertSingleLine(value: string | null | undefined, field: string, what: string): void {
  if (typeof value === 'string' && CONTROL.test(value)) throw badInput(`${what} must be one line of text, without line breaks or control characters.`, { field });
}
