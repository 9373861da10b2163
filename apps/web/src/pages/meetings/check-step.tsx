import { useEffect, useRef } from 'preact/hooks';
import type { MeetingEmail } from '../../gql/graphql';
import { useQuery } from '../../lib/hooks';
import { useMeeting } from './context';
import { plural } from './forms';
import { MEETING_RECIPIENT_COUNT } from './queries';

interface CheckStepProps {
  /** Which email goes out, so the count comes from the same rules as the sending; none: `what` says what happens. */
  email?: MeetingEmail;
  /** What is about to happen, e.g. "Publish version 2 of the agenda". */
  action: string;
  /** What the email is, e.g. "the agenda pack". */
  what: string;
  confirm: string;
  warning?: boolean;
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * The check before an action that emails the whole group: "This will email 14 people", then
 * confirm or go back. Focus moves to the question; Escape goes back, as "No, go back" does.
 */
export function CheckStep({ email, action, what, confirm, warning, pending, onConfirm, onCancel }: CheckStepProps) {
  const { meeting } = useMeeting();
  const count = useQuery(MEETING_RECIPIENT_COUNT, { id: meeting.id, email: email ?? 'AGENDA_PACK' }, { skip: !email });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const n = count.data?.meeting.recipientCount;
  const reach = !email ? what : count.loading && !count.data ? 'Counting who will get the email…' : n === 0 ? `Nobody will be emailed ${what}: no one in the group gets these emails.` : n == null ? `This will email ${what} to the group.` : `This will email ${plural(n, 'person', 'people')}: ${what}.`;
  return (
    <div
      class="app-check"
      role="group"
      aria-labelledby={`check-${email ?? 'step'}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 class="govuk-heading-s" id={`check-${email ?? 'step'}-heading`} tabIndex={-1} ref={heading}>
        Check before you {action.charAt(0).toLowerCase() + action.slice(1)}
      </h3>
      <p class="govuk-body" aria-live="polite">
        <strong>{reach}</strong>
      </p>
      <div class="govuk-button-group">
        <button type="button" class={`govuk-button${warning ? ' govuk-button--warning' : ''}`} data-module="govuk-button" disabled={pending || (count.loading && !count.data)} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          No, go back
        </button>
      </div>
    </div>
  );
}
