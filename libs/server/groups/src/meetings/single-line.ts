import { badInput } from '@convene/errors';

/** C0 controls (CR, LF, tab, NUL …), DEL and C1 controls: never part of a name or a title. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Refuses a name or title holding line breaks or other control characters: they would inject lines into calendar files and emails. */
export function assertSingleLine(value: string | null | undefined, field: string, what: string): void {
  if (typeof value === 'string' && CONTROL.test(value)) throw badInput(`${what} must be one line of text, without line breaks or control characters.`, { field });
}

/** Stored text as one line: each run of control characters (line breaks included) becomes a space. */
export const singleLine = (text: string): string => text.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
