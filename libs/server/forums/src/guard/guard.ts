import { AppError, badInput } from '@convene/errors';
import { PERSONAL_DATA_LABELS, findPersonalData, kindsOf, redactPersonalData, type PersonalDataKind, type PersonalDataMatch } from './personal-data';

/** A forum's setting: WARN refuses until the author chooses; HOLD sends such posts to a moderator. */
export type PersonalDataMode = 'WARN' | 'HOLD';
export const PERSONAL_DATA_MODES: readonly PersonalDataMode[] = ['WARN', 'HOLD'];

/** What the author chose after the warning. */
export type PersonalDataChoice = 'REDACT' | 'POST_ANYWAY' | 'HOLD';
export const PERSONAL_DATA_CHOICES: readonly PersonalDataChoice[] = ['REDACT', 'POST_ANYWAY', 'HOLD'];

export interface PersonalDataConsent {
  choice: PersonalDataChoice;
  /** Why it must stay (POST_ANYWAY): recorded on the post; never the value itself. */
  reason?: string | null;
}

export interface GuardOutcome<F extends string> {
  /** The texts to store: as written, or redacted. */
  texts: Record<F, string>;
  /** The kinds found before any redaction (recorded; never values). */
  kinds: PersonalDataKind[];
  /** Hold the post for a moderator (reason PERSONAL_DATA). */
  hold: boolean;
  /** The author's reason for posting anyway. */
  reason: string | null;
}

const REASON_MAX = 500;

const listed = (kinds: readonly PersonalDataKind[]) => {
  const words = kinds.map((k) => PERSONAL_DATA_LABELS[k]);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
};

/** The refusal: code PERSONAL_DATA, the kinds and where they are, never the values. */
export function personalDataRefusal(mode: PersonalDataMode, found: Record<string, PersonalDataMatch[]>): AppError {
  const kinds = kindsOf(Object.values(found).flat());
  const next = mode === 'HOLD' ? 'Remove it, or send the post to a moderator for approval.' : 'Remove it, or post anyway and say why.';
  return new AppError('PERSONAL_DATA', `This may name someone: it looks like it holds ${listed(kinds)}. ${next}`, {
    kinds,
    mode,
    spans: Object.entries(found).flatMap(([field, matches]) => matches.map((m) => ({ field, kind: m.kind, start: m.start, end: m.end }))),
  });
}

/**
 * Applies the guard to the texts of one post (its body, and a new thread's title) on the
 * server, whichever door the post came through. Nothing found: the texts go through unchanged.
 * Found and no choice made: refused with PERSONAL_DATA. REDACT replaces what was found;
 * POST_ANYWAY posts with the reason recorded (held for a moderator in a HOLD forum); HOLD holds.
 */
export function guardTexts<F extends string>(texts: Record<F, string>, mode: PersonalDataMode, consent?: PersonalDataConsent | null): GuardOutcome<F> {
  const found = Object.fromEntries(Object.entries<string>(texts).map(([field, text]) => [field, findPersonalData(text)])) as Record<F, PersonalDataMatch[]>;
  const kinds = kindsOf(Object.values<PersonalDataMatch[]>(found).flat());
  if (!kinds.length) return { texts, kinds, hold: false, reason: null };
  if (!consent) throw personalDataRefusal(mode, found);
  if (!PERSONAL_DATA_CHOICES.includes(consent.choice)) throw badInput('Choose REDACT, POST_ANYWAY or HOLD.', { field: 'personalData.choice' });
  if (consent.choice === 'REDACT') {
    const redacted = Object.fromEntries(Object.entries<string>(texts).map(([field, text]) => [field, redactPersonalData(text, found[field as F])])) as Record<F, string>;
    return { texts: redacted, kinds, hold: false, reason: null };
  }
  const reason = consent.reason?.replace(/\s+/g, ' ').trim() || null;
  if (consent.choice === 'POST_ANYWAY') {
    if (!reason) throw badInput('Say why the post needs to keep it.', { field: 'personalData.reason' });
    if (reason.length > REASON_MAX) throw badInput(`The reason must be ${REASON_MAX} characters or fewer.`, { field: 'personalData.reason' });
    // The reason is recorded and shown to moderators: it may not carry what it excuses.
    if (findPersonalData(reason).length) throw badInput('The reason may not hold personal data itself.', { field: 'personalData.reason' });
  }
  return { texts, kinds, hold: consent.choice === 'HOLD' || mode === 'HOLD', reason: consent.choice === 'POST_ANYWAY' ? reason : null };
}
