import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The personal-data guard: every rule for spotting identifiers of the people the sector supports
 * in forum text (posts, edits, thread titles, emailed replies). It answers with the kinds found
 * and where they are, never with the values, so nothing downstream can log what it matched.
 *
 * Rules lean on context where a bare pattern would match ordinary casework text: an NHS number
 * needs its checksum and a nearby word such as "NHS"; a date is a date of birth only near "born"
 * or "DOB"; a postcode counts only next to a name or a home address.
 */
export enum PersonalDataKind {
  HOME_OFFICE_REFERENCE = 'HOME_OFFICE_REFERENCE',
  GWF_NUMBER = 'GWF_NUMBER',
  NATIONAL_INSURANCE_NUMBER = 'NATIONAL_INSURANCE_NUMBER',
  NHS_NUMBER = 'NHS_NUMBER',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  PHONE_NUMBER = 'PHONE_NUMBER',
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  POSTCODE_WITH_NAME = 'POSTCODE_WITH_NAME',
}

/** Plain words for each kind, for warnings and emails (never the value). */
export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  HOME_OFFICE_REFERENCE: 'a Home Office reference',
  GWF_NUMBER: 'a GWF number',
  NATIONAL_INSURANCE_NUMBER: 'a National Insurance number',
  NHS_NUMBER: 'an NHS number',
  DATE_OF_BIRTH: 'a date of birth',
  PHONE_NUMBER: 'a phone number',
  EMAIL_ADDRESS: 'an email address',
  POSTCODE_WITH_NAME: 'a postcode next to a name or address',
};

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Offsets into the text checked: [start, end). */
  start: number;
  end: number;
}

export const REDACTED = '[reference removed]';

/** How far (in characters) a context word may sit from what it qualifies. */
const NEAR = 40;

// Home Office references: a letter and seven digits (B1234567), optionally with a /n suffix, and
// the 16-digit application numbers (UAN) of the EU Settlement Scheme in groups of four.
const HOME_OFFICE = /\b[A-Z][0-9]{7}(?:\/[0-9]{1,2})?\b/g;
const UAN = /\b[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}\b/g;
const GWF = /\bGWF\s?[0-9]{9}\b/gi;
// National Insurance numbers: HMRC's prefix rules (no D, F, I, Q, U, V; no O second; not BG, GB,
// KN, NK, NT, TN, ZZ), six digits in any spacing, suffix A to D.
const NINO = /\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?([0-9]{2})\s?([0-9]{2})\s?([0-9]{2})\s?([A-D])\b/gi;
const NINO_BANNED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const TEN_DIGITS = /\b[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}\b/g;
const NHS_CONTEXT = /\bNHS\b|health (?:service )?(?:number|no\b)|\bCHI\b/i;
// Bounded parts (RFC 5321 lengths), so a long run of dots or letters costs linear time, not quadratic.
const EMAIL = /\b[A-Z0-9._%+-]{1,64}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){0,8}\.[A-Z]{2,24}\b/gi;
// Candidates for UK numbers as people write them (07911 123456, 0121 496 0123, +44 (0)20 7946 0018):
// +44 or 0, then 9 or 10 digits with at most two separators between them. Bounded, so any text
// costs linear time; libphonenumber then decides whether each is a real number and of what type.
const PHONE_CHECKS = 50;
const PHONE = /(?<![\w+])(?:\+44[\s-]?(?:\(0\))?|\(?0)(?:[\s().-]{0,2}\d){9,10}(?!\d)/g;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  [
    String.raw`\b[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19|20)?[0-9]{2}\b`, // 03/04/1989, 3-4-89
    String.raw`\b(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]\b`, // 1989-04-03
    String.raw`\b[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\.?,?\s+(?:19|20)[0-9]{2}\b`, // 3rd April 1989
    String.raw`\b(?:${MONTHS})\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}\b`, // April 3, 1989
  ].join('|'),
  'gi',
);
const BIRTH_CONTEXT = /\bborn\b|\bd\.?\s?o\.?\s?b\b|date of birth|\bbirth ?date\b|\bb\.\s*$/i;
const POSTCODE = /\b(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\s?[0-9][ABD-HJLNP-UW-Z]{2}\b/gi;
// A person's name (with a title), or a home address (a house number and a street), or words that
// say the address is someone's, just before the postcode.
const NAME_OR_HOME = new RegExp(
  [
    String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z'-]+`,
    String.raw`\b[0-9]{1,4}[a-z]?,?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Place|Grove|Court|Ct|Gardens|Terrace|Walk|Row|Hill|Park|Square|Mews|View|Rise)\b`,
    String.raw`\b(?:lives|living|resides|residing|staying|moved)\s+(?:at|to|in)\b`,
    String.raw`\b(?:home|client'?s?|his|her|their)\s+address\b`,
    String.raw`\baddress(?:\s+is)?:`,
  ].join('|'),
);

/** The NHS number checksum (modulus 11 over the first nine digits, weights 10 to 2). */
export function nhsChecksumValid(digits: string): boolean {
  if (!/^[0-9]{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const around = (text: string, start: number, end: number, before = NEAR, after = NEAR) => text.slice(Math.max(0, start - before), end + after);

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) yield m;
}

function scan(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const add = (kind: PersonalDataKind, start: number, end: number) => found.push({ kind, start, end });

  for (const m of matches(GWF, text)) add(PersonalDataKind.GWF_NUMBER, m.index, m.index + m[0].length);
  for (const m of matches(HOME_OFFICE, text)) add(PersonalDataKind.HOME_OFFICE_REFERENCE, m.index, m.index + m[0].length);
  for (const m of matches(UAN, text)) add(PersonalDataKind.HOME_OFFICE_REFERENCE, m.index, m.index + m[0].length);
  for (const m of matches(NINO, text)) {
    if (!NINO_BANNED_PREFIXES.has(m[1].toUpperCase())) add(PersonalDataKind.NATIONAL_INSURANCE_NUMBER, m.index, m.index + m[0].length);
  }
  for (const m of matches(TEN_DIGITS, text)) {
    const end = m.index + m[0].length;
    if (nhsChecksumValid(m[0].replace(/[ -]/g, '')) && NHS_CONTEXT.test(around(text, m.index, end))) add(PersonalDataKind.NHS_NUMBER, m.index, end);
  }
  for (const m of matches(DATE, text)) {
    const end = m.index + m[0].length;
    // Close before ("born 3/4/89", "DOB: …") or just after ("1/1/2000 (DOB)"): "born in Sudan, arrived 14/02/2023" is not one.
    if (BIRTH_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index)) || /^\s*\(?\s*(?:d\.?o\.?b|born)\b/i.test(text.slice(end, end + 12))) {
      add(PersonalDataKind.DATE_OF_BIRTH, m.index, end);
    }
  }
  for (const m of matches(EMAIL, text)) add(PersonalDataKind.EMAIL_ADDRESS, m.index, m.index + m[0].length);
  for (const m of matches(POSTCODE, text)) {
    const end = m.index + m[0].length;
    // The same line, up to 80 characters before: an address is written on one line in a post.
    const before = text.slice(Math.max(0, m.index - 80), m.index).split('\n').at(-1) ?? '';
    if (NAME_OR_HOME.test(before)) add(PersonalDataKind.POSTCODE_WITH_NAME, m.index, end);
  }
  let checked = 0;
  for (const m of matches(PHONE, text)) {
    // A real UK number (+44 covers the Channel Islands and Man too); freephone and shared-cost
    // lines are services, not people. A bare run of digits never gets here: it is a count or an id.
    // Past PHONE_CHECKS candidates (each parse costs about half a millisecond) the rest count as
    // numbers unchecked: a text that full of them is flagged rather than slow.
    if (checked++ >= PHONE_CHECKS) {
      add(PersonalDataKind.PHONE_NUMBER, m.index, m.index + m[0].length);
      continue;
    }
    const phone = parsePhoneNumberFromString(m[0], 'GB');
    const type = phone?.getType();
    if (phone?.isValid() && phone.countryCallingCode === '44' && type !== 'TOLL_FREE' && type !== 'SHARED_COST' && type !== 'PREMIUM_RATE') {
      add(PersonalDataKind.PHONE_NUMBER, m.index, m.index + m[0].length);
    }
  }
  return found;
}

/** Overlapping matches (an email's digits, a reference inside a longer one) become one span. */
function merged(found: PersonalDataMatch[]): PersonalDataMatch[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalDataMatch[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

/** Every identifier found in `text`, in order, without overlaps. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  return merged(scan(text));
}

/** The distinct kinds found, in a stable order. */
export const kindsOf = (found: readonly PersonalDataMatch[]): PersonalDataKind[] =>
  Object.values(PersonalDataKind).filter((kind) => found.some((m) => m.kind === kind));

/** The text with each identifier replaced by `[reference removed]`. */
export function redactPersonalData(text: string, found = findPersonalData(text)): string {
  let out = '';
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.start) + REDACTED;
    at = m.end;
  }
  return out + text.slice(at);
}
