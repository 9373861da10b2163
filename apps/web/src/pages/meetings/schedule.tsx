import { Button, ErrorSummary, TextArea, TextInput, formatDateTime } from '../../components/ui';
import { useMeeting } from './context';
import { errorFor, textOf, useAction } from './forms';
import { londonParts, londonToInstant } from './london';
import { MEETING_CANCEL, MEETING_MOVE } from './mutations';

const MOVE_FIELDS = { date: 'move-date', time: 'move-time', startsAt: 'move-date', endsAt: 'move-time', location: 'move-location' };
const PROBLEMS = {
  date: ['date', 'Enter a real date, for example 2026-05-12'],
  time: ['time', 'Enter a time in 24-hour form, for example 14:30'],
  gap: ['time', 'That time does not exist in the UK on that day, because the clocks go forward an hour. Choose another time.'],
} as const;

function MoveForm() {
  const { meeting, done } = useMeeting();
  const move = useAction(MEETING_MOVE);
  const current = londonParts(meeting.startsAt);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const date = textOf(form, 'move-date');
    const time = textOf(form, 'move-time');
    const location = textOf(form, 'move-location');
    if (!date) return move.fail('date', 'Enter the new date');
    if (!time) return move.fail('time', 'Enter the new start time');
    const result = londonToInstant(date, time);
    if ('problem' in result) {
      const [field, message] = PROBLEMS[result.problem];
      return move.fail(field, message);
    }
    const moved = await move.run({ id: meeting.id, startsAt: result.instant.toISOString(), location: location || null });
    if (moved) await done('schedule', `The meeting now starts on ${formatDateTime(result.instant.toISOString())}. Members see the new time in the pack and in their calendars.`);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-s">{meeting.status === 'CANCELLED' ? 'Reschedule this meeting' : 'Move this meeting'}</h2>
      <p class="govuk-body">Only this meeting changes; the rest of the series stays as it is. It keeps the same length.</p>
      <ErrorSummary error={move.error} fields={MOVE_FIELDS} />
      <TextInput id="move-date" label="New date" type="date" defaultValue={current.date} class="govuk-input--width-10" error={errorFor(move.error, 'date') ?? errorFor(move.error, 'startsAt')} />
      <TextInput id="move-time" label="New start time" hint="UK time, 24-hour clock, for example 14:30." type="time" defaultValue={current.time} class="govuk-input--width-10" error={errorFor(move.error, 'time') ?? errorFor(move.error, 'endsAt')} />
      <TextInput id="move-location" label="Where (optional)" hint="Leave as it is to keep the same place." defaultValue={meeting.location ?? ''} error={errorFor(move.error, 'location')} />
      <Button secondary disabled={move.pending}>
        {meeting.status === 'CANCELLED' ? 'Reschedule the meeting' : 'Move the meeting'}
      </Button>
    </form>
  );
}

function CancelForm() {
  const { meeting, done } = useMeeting();
  const cancel = useAction(MEETING_CANCEL);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const reason = textOf(event.currentTarget as HTMLFormElement, 'cancel-reason');
    if (!reason) return cancel.fail('reason', 'Give the reason for cancelling, for the members');
    if (await cancel.run({ id: meeting.id, reason })) await done('schedule', 'The meeting has been cancelled. It stays in the list, marked as cancelled.');
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 class="govuk-heading-s">Cancel this meeting</h2>
      <ErrorSummary error={cancel.error} fields={{ reason: 'cancel-reason' }} />
      <TextArea id="cancel-reason" label="Reason for cancelling" hint="Members will see this on the meeting page." rows={3} error={errorFor(cancel.error, 'reason')} />
      <Button warning disabled={cancel.pending}>
        Cancel the meeting
      </Button>
    </form>
  );
}

/** Managers move one meeting (in UK time, across clock changes) or cancel it with a reason. */
export function ScheduleTools() {
  const { canManage, meeting } = useMeeting();
  if (!canManage) return null;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{meeting.status === 'CANCELLED' ? 'Reschedule this meeting' : 'Move or cancel this meeting'}</span>
      </summary>
      <div class="govuk-details__text">
        <MoveForm />
        {meeting.status !== 'CANCELLED' && <CancelForm />}
      </div>
    </details>
  );
}
