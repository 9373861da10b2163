import { badInput } from '@convene/errors';

/**
 * UK identifier formats, checked with plain-words messages naming the field. The same patterns
 * are CHECK constraints on the tables (migration 1765300000000), so nothing else can store a
 * malformed one.
 */
interface Format {
  pattern: RegExp;
  /** Upper-cases and strips spaces people type. */
  tidy: (value: string) => string;
  message: string;
}

const compact = (value: string) => value.replace(/\s+/g, '').toUpperCase();

export const FORMATS = {
  // England and Wales: 6 or 7 digits; Scotland SC0 and five digits; Northern Ireland NIC1 and five.
  charityNumber: { pattern: /^([0-9]{6,7}|SC0[0-9]{5}|NIC?1[0-9]{5})$/, tidy: compact, message: 'The charity number must be 6 or 7 digits (England and Wales), SC0 and 5 digits (Scotland) or NIC and 6 digits (Northern Ireland).' },
  // Companies House: 8 digits, or two letters (SC, NI, OC, …) and 6 digits.
  companyNumber: { pattern: /^([0-9]{8}|[A-Z]{2}[0-9]{6})$/, tidy: (v) => { const c = compact(v); return /^[0-9]{1,7}$/.test(c) ? c.padStart(8, '0') : c; }, message: 'The company number must be 8 digits, or 2 letters and 6 digits, as Companies House writes it.' },
  odsCode: { pattern: /^[A-Z0-9]{3,6}$/, tidy: compact, message: 'The NHS ODS code must be 3 to 6 letters and digits, for example RJ1 or Q71.' },
  gssCode: { pattern: /^[ENSWK][0-9]{8}$/, tidy: compact, message: 'The GSS code must be a letter (E, W, S, N or K) and 8 digits, for example E09000022.' },
  postcode: {
    pattern: /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/,
    // The inward code is always the last three characters: put the one space before it.
    tidy: (v) => { const c = compact(v); return c.length >= 5 ? `${c.slice(0, -3)} ${c.slice(-3)}` : c; },
    message: 'Enter a UK postcode, for example SW9 8QB.',
  },
} satisfies Record<string, Format>;

export type IdentifierField = keyof typeof FORMATS;

/** The value tidied, null for blank, or BAD_USER_INPUT naming the field. */
export function checkIdentifier(field: IdentifierField, value: string | null | undefined): string | null {
  if (value === undefined || value === null || !value.trim()) return null;
  const format: Format = FORMATS[field];
  const tidy = format.tidy(value);
  if (!format.pattern.test(tidy)) throw badInput(format.message, { field });
  return tidy;
}

const PHONE = /^\+?[0-9 ()-]{7,20}$/;

/** UK and international numbers as people write them; kept as typed, spaces tidied. */
export function checkPhone(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || !value.trim()) return null;
  const tidy = value.trim().replace(/\s+/g, ' ');
  if (!PHONE.test(tidy) || tidy.replace(/[^0-9]/g, '').length < 7) throw badInput('Enter a phone number of digits, spaces and brackets, for example 020 7946 0000.', { field });
  return tidy;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || !value.trim()) return null;
  const tidy = value.trim().toLowerCase();
  if (!EMAIL.test(tidy) || tidy.length > 254) throw badInput('Enter an email address like name@example.org.', { field });
  return tidy;
}

export function checkWebsite(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || !value.trim()) return null;
  const tidy = value.trim();
  let url: URL | null = null;
  try {
    url = new URL(tidy);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || tidy.length > 500) throw badInput('The website must be a web address starting with http:// or https://.', { field });
  return tidy;
}

/** Short labels (languages, areas, other names): trimmed, blanks and repeats dropped, bounded. */
export function checkLabels(field: string, values: readonly string[] | null | undefined, { max = 30, length = 100, lower = false } = {}): string[] {
  const out = [...new Set((values ?? []).map((v) => v.trim().replace(/\s+/g, ' ')).map((v) => (lower ? v.toLowerCase() : v)).filter(Boolean))];
  if (out.length > max) throw badInput(`Give at most ${max} ${field.replace(/([A-Z])/g, ' $1').toLowerCase()}.`, { field });
  if (out.some((v) => v.length > length || /[\u0000-\u001f]/.test(v))) throw badInput(`Each of the ${field.replace(/([A-Z])/g, ' $1').toLowerCase()} must be one line of ${length} characters or fewer.`, { field });
  return out;
}
