import { useState } from 'preact/hooks';
import { Button, TextArea, TextInput, formatDateTime } from '../../components/ui';
import { CheckStep } from './check-step';
import { useMeeting } from './context';
import { DateFields, readDateTime } from './date-fields';
import { errorFor, textOf, useAction, type Problem } from './forms';
import { formatTime, londonParts, londonToInstant } from './london';
import { MEETING_CANCEL, MEETING_MOVE } from './mutations';
import { Problems } from './parts';

const MOVE_FIELDS = { date: 'move-date-day', startsAt: 'move-date-day', time: 'move-time', endsAt: 'move-end', end: 'move-end', location: 'move-location', reason: 'move-reason' };

type Move = { startsAt: string; endsAt: string; location: string | null; reason: string };

/** The end time typed for a meeting that starts at `startsAt`: same London day, after the start. */
export function readEnd(form: HTMLFormElement, id: string, startsAt: Date, field: string): { endsAt: Date } | { problem: Problem } | { none: true } {
  const text = textOf(form, id).replace('.', ':');
  if (!text) return { none: true };
  const result = londonToInstant(londonParts(startsAt).date, text);
  if ('problem' in result) return { problem: [field, 'Enter the end time in 24-hour form, for example 16:00'] };
  if (result.instant <= startsAt) return { problem: [field, 'The end time must be after the start time'] };
  return { endsAt: result.instant };
}

function MoveForm() {
  const { meeting, done } = useMeeting();
  const move = useAction(MEETING_MOVE);
  const [checking, setChecking] = useState<Move>();
  const current = londonParts(meeting.startsAt);
  const rescheduling = meeting.status === 'CANCELLED';

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const when = readDateTime(form, { date: 'move-date', time: 'move-time' }, { date: 'date', time: 'time' }, { date: 'The new date', time: 'The new start time' });
    const reason = textOf(form, 'move-reason');
    const problems: Problem[] = 'problems' in when ? [...when.problems] : [];
    let endsAt: Date | undefined;
    if ('instant' in when) {
      const end = readEnd(form, 'move-end', when.instant, 'end');
      if ('problem' in end) problems.push(end.problem);
      if ('endsAt' in end) endsAt = end.endsAt;
      else if ('none' in end) endsAt = new Date(when.instant.getTime() + (new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()));
    }
    if (!reason) problems.push(['reason', rescheduling ? 'Say why the meeting is back on, for the members' : 'Say why the meeting is moving, for the members']);
    else if (reason.length > 500) problems.push(['reason', 'The reason must be 500 characters or fewer']);
    if (move.failAll(problems) || !('instant' in when) || !endsAt) return;
    setChecking({ startsAt: when.instant.toISOString(), endsAt: endsAt.toISOString(), location: textOf(form, 'move-location') || null, reason });
  };
  const onConfirm = async () => {
    if (!checking) return;
    const moved = await move.run({ id: meeting.id, ...checking });
    setChecking(undefined);
    if (moved) await done('schedule', `The meeting now starts on ${formatDateTime(checking.startsAt)}. Members have been told, with the reason, and their calendars will update.`);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-s">{rescheduling ? 'Reschedule this meeting' : 'Move this meeting'}</h2>
      <p class="govuk-body">Only this meeting changes; the rest of the series stays as it is.</p>
      <Problems problems={move.problems} fields={MOVE_FIELDS} />
      <DateFields id="move-date" legend="New date" hint="For example, 27 3 2027" value={current.date} error={errorFor(move.problems, 'date') ?? errorFor(move.problems, 'startsAt')} />
      <TextInput id="move-time" label="New start time" hint="UK time, 24-hour clock, for example 14:30." defaultValue={current.time} class="govuk-input--width-5" inputMode="numeric" error={errorFor(move.problems, 'time')} />
      <TextInput id="move-end" label="New end time (optional)" hint={`Left empty, it keeps its length: it now ends at ${formatTime(meeting.endsAt)}.`} class="govuk-input--width-5" inputMode="numeric" error={errorFor(move.problems, 'end') ?? errorFor(move.problems, 'endsAt')} />
      <TextInput id="move-location" label="Where (optional)" hint="Leave as it is to keep the same place." defaultValue={meeting.location ?? ''} error={errorFor(move.problems, 'location')} />
      <TextArea id="move-reason" label={rescheduling ? 'Why it is back on' : 'Why it is moving'} hint="Members will see this in the email and on the meeting page." rows={2} error={errorFor(move.problems, 'reason')} />
      {checking ? (
        <CheckStep
          email="MEETING_CHANGED"
          action={rescheduling ? 'Reschedule the meeting' : 'Move the meeting'}
          what={`the new time, ${formatDateTime(checking.startsAt)}, with your reason and an updated calendar entry`}
          confirm={rescheduling ? 'Yes, reschedule it' : 'Yes, move it'}
          pending={move.pending}
          onConfirm={onConfirm}
          onCancel={() => (setChecking(undefined), requestAnimationFrame(() => document.getElementById('move-submit')?.focus()))}
        />
      ) : (
        <Button secondary id="move-submit">
          {rescheduling ? 'Reschedule the meeting' : 'Move the meeting'}
        </Button>
      )}
    </form>
  );
}

function CancelForm() {
  const { meeting, done } = useMeeting();
  const cancel = useAction(MEETING_CANCEL);
  const [checking, setChecking] = useState<string>();
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const reason = textOf(event.currentTarget as HTMLFormElement, 'cancel-reason');
    if (!reason) return cancel.fail('reason', 'Give the reason for cancelling, for the members');
    if (reason.length > 500) return cancel.fail('reason', 'The reason must be 500 characters or fewer');
    setChecking(reason);
  };
  const onConfirm = async () => {
    const ok = await cancel.run({ id: meeting.id, reason: checking! });
    setChecking(undefined);
    if (ok) await done('schedule', 'The meeting has been cancelled and members have been told. It stays in the list, marked as cancelled.');
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-s">Cancel this meeting</h2>
      <Problems problems={cancel.problems} fields={{ reason: 'cancel-reason' }} />
      <TextArea id="cancel-reason" label="Reason for cancelling" hint="Members will see this in the email and on the meeting page." rows={3} error={errorFor(cancel.problems, 'reason')} />
      {checking ? (
        <CheckStep
          email="MEETING_CHANGED"
          action="Cancel the meeting"
          what="the cancellation, with your reason, and their calendars will drop it"
          confirm="Yes, cancel the meeting"
          warning
          pending={cancel.pending}
          onConfirm={onConfirm}
          onCancel={() => (setChecking(undefined), requestAnimationFrame(() => document.getElementById('cancel-submit')?.focus()))}
        />
      ) : (
        <Button warning id="cancel-submit">
          Cancel the meeting
        </Button>
      )}
    </form>
  );
}

/** Managers move one meeting (in UK time, across clock changes) or cancel it with a reason; both are checked first, as they email the group. */
export function ScheduleTools() {
  const { can, meeting } = useMeeting();
  if (!can.move && !can.cancel) return null;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{meeting.status === 'CANCELLED' ? 'Reschedule this meeting' : 'Move or cancel this meeting'}</span>
      </summary>
      <div class="govuk-details__text">
        {can.move && <MoveForm />}
        {can.cancel && <CancelForm />}
      </div>
    </details>
  );
}
