import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../../components/ui';
import type { PersonalDataChoice, PersonalDataConsentInput } from '../../gql/graphql';
import { ApiError } from '../../lib/api';

/** What the server found when it refused a post (kinds, never the values), and the forum's setting. */
export interface PersonalDataRefusal {
  kinds: string[];
  mode: 'WARN' | 'HOLD';
}

const WORDS: Record<string, string> = {
  HOME_OFFICE_REFERENCE: 'a Home Office reference',
  GWF_NUMBER: 'a GWF number',
  NATIONAL_INSURANCE_NUMBER: 'a National Insurance number',
  NHS_NUMBER: 'an NHS number',
  DATE_OF_BIRTH: 'a date of birth',
  PHONE_NUMBER: 'a phone number',
  EMAIL_ADDRESS: 'an email address',
  POSTCODE_WITH_NAME: 'a postcode next to a name or address',
};

const listed = (words: string[]) => (words.length < 2 ? (words[0] ?? 'personal details') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** The PERSONAL_DATA refusal in an error, if that is what it is. */
export function refusalOf(error: unknown): PersonalDataRefusal | null {
  if (!(error instanceof ApiError) || error.code !== 'PERSONAL_DATA') return null;
  const kinds = Array.isArray(error.details?.kinds) ? (error.details!.kinds as string[]) : [];
  return { kinds, mode: error.details?.mode === 'HOLD' ? 'HOLD' : 'WARN' };
}

interface Props {
  refusal: PersonalDataRefusal;
  busy: boolean;
  /** Send again with this choice (the server redacts, records the reason, or holds). */
  onChoose(consent: PersonalDataConsentInput): void;
  /** Back to editing the words myself. */
  onEdit(): void;
}

/**
 * Shown in place of "Post" when the server's personal-data guard refused the post. It names what
 * was found, never the value (the author can see their own words), and offers: remove it for me
 * (the server replaces it with “[reference removed]”), post anyway with a reason, or, where the
 * forum holds such posts, send it to a moderator.
 */
export function PersonalDataWarning({ refusal, busy, onChoose, onEdit }: Props) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [refusal]);
  const found = listed(refusal.kinds.map((k) => WORDS[k] ?? 'personal details'));
  const choose = (choice: PersonalDataChoice) => onChoose({ choice, reason: choice === 'POST_ANYWAY' ? reason.trim() : null });
  const postAnyway = (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) return setProblem('Say why the post needs to keep it');
    setProblem(undefined);
    choose('POST_ANYWAY');
  };
  return (
    <div class="govuk-notification-banner app-personal-data" role="region" aria-labelledby="personal-data-heading" data-testid="personal-data-warning">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="personal-data-heading" tabIndex={-1} ref={heading}>
          This may name someone
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-body">
          It looks like what you wrote holds <strong>{found}</strong>. Everyone in the forum can read a post: leave out the details of the people you support.
        </p>
        {refusal.mode === 'HOLD' && <p class="govuk-body">In this forum, posts like this wait for a moderator to approve them.</p>}
        {!asking && (
          <div class="govuk-button-group">
            <Button type="button" disabled={busy} onClick={() => choose('REDACT')}>
              Remove it for me
            </Button>
            <Button type="button" secondary disabled={busy} onClick={() => setAsking(true)}>
              {refusal.mode === 'HOLD' ? 'Send it to a moderator' : 'Post anyway'}
            </Button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={onEdit}>
              Change it myself
            </button>
          </div>
        )}
        {asking && (
          <div class={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
            <label class="govuk-label" for="personal-data-reason">
              Why does the post need it?
            </label>
            <div class="govuk-hint" id="personal-data-reason-hint">
              Your reason is kept with the post for moderators. Do not repeat the details here.
            </div>
            {problem && (
              <p class="govuk-error-message" id="personal-data-reason-error">
                <span class="govuk-visually-hidden">Error:</span> {problem}
              </p>
            )}
            <textarea
              class={`govuk-textarea${problem ? ' govuk-textarea--error' : ''}`}
              id="personal-data-reason"
              rows={2}
              maxLength={500}
              aria-describedby={`personal-data-reason-hint${problem ? ' personal-data-reason-error' : ''}`}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
            <div class="govuk-button-group">
              <Button type="button" disabled={busy} onClick={postAnyway}>
                {refusal.mode === 'HOLD' ? 'Send for approval' : 'Post anyway'}
              </Button>
              <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setAsking(false)}>
                Back
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
