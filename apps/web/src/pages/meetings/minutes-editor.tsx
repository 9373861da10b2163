import { useState } from 'preact/hooks';
import { Button, ErrorSummary, TextArea } from '../../components/ui';
import { useMeeting, type Minutes } from './context';
import { errorFor, useAction } from './forms';
import { MEETING_START_MINUTES, MEETING_UPDATE_MINUTES } from './mutations';

/** Managers start the minutes: one note per accepted agenda item. */
export function StartMinutes() {
  const { meeting, done } = useMeeting();
  const start = useAction(MEETING_START_MINUTES);
  const onStart = async () => {
    if (await start.run({ meetingId: meeting.id })) await done('minutes', 'The minutes have been started, with a section for each item on the agenda.');
  };
  return (
    <>
      <p class="govuk-body">No minutes yet. Starting them makes a draft with a section for each accepted agenda item. Only the chair, secretary and coordinators see drafts.</p>
      <ErrorSummary error={start.error} />
      <button type="button" class="govuk-button" data-module="govuk-button" disabled={start.pending} onClick={onStart}>
        Start the minutes
      </button>
    </>
  );
}

type Note = Minutes['items'][number];

/** The draft (or circulated) minutes: notes per item, decisions one per line, and an attendance note. */
export function MinutesEditor({ minutes }: { minutes: Minutes }) {
  const { done } = useMeeting();
  const save = useAction(MEETING_UPDATE_MINUTES);
  const [items, setItems] = useState<Note[]>(minutes.items);
  const [decisions, setDecisions] = useState(minutes.decisions.join('\n'));
  const [attendanceNote, setAttendanceNote] = useState(minutes.attendanceNote ?? '');
  const change = (i: number, patch: Partial<Note>) => setItems(items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const fields = Object.fromEntries([...items.map((_, i) => [`notes-${i}`, `minutes-notes-${i}`]), ['decisions', 'minutes-decisions'], ['attendanceNote', 'minutes-attendance']]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const tooLong = items.findIndex((item) => item.notes.length > 20_000);
    if (tooLong >= 0) return save.fail(`notes-${tooLong}`, `The notes for “${items[tooLong].title}” must be 20,000 characters or fewer`);
    const lines = decisions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.some((line) => line.length > 2000)) return save.fail('decisions', 'Each decision must be 2,000 characters or fewer');
    const input = {
      items: items.map(({ agendaItemId, title, notes, redacted }) => ({ agendaItemId, title, notes, redacted })),
      decisions: lines,
      attendanceNote: attendanceNote.trim() || null,
    };
    const saved = await save.run({ minutesId: minutes.id, input });
    if (saved) await done('minutes', `The minutes have been saved (version ${saved.updateMinutes.version}).`);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary error={save.error} fields={fields} />
      {items.length === 0 && <p class="govuk-body">The agenda had no accepted items when the minutes were started. Record what was discussed under decisions.</p>}
      {items.map((item, i) => (
        <div class="app-minutes-item" key={item.agendaItemId ?? i}>
          <TextArea id={`minutes-notes-${i}`} label={`${i + 1}. ${item.title}`} hint="Notes on this item." rows={4} value={item.notes} onInput={(e) => change(i, { notes: (e.currentTarget as HTMLTextAreaElement).value })} error={errorFor(save.error, `notes-${i}`)} />
          <div class="govuk-form-group app-minutes-item__redact">
            <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id={`minutes-redact-${i}`} type="checkbox" checked={item.redacted} onChange={(e) => change(i, { redacted: (e.currentTarget as HTMLInputElement).checked })} />
                <label class="govuk-label govuk-checkboxes__label" for={`minutes-redact-${i}`}>
                  Leave “{item.title}” out of the public minutes
                </label>
              </div>
            </div>
          </div>
        </div>
      ))}
      <TextArea id="minutes-decisions" label="Decisions" hint="One decision per line." rows={5} value={decisions} onInput={(e) => setDecisions((e.currentTarget as HTMLTextAreaElement).value)} error={errorFor(save.error, 'decisions')} />
      <TextArea
        id="minutes-attendance"
        label="Attendance note (optional)"
        hint="For example, who was present, apologies, and who joined online."
        rows={3}
        value={attendanceNote}
        onInput={(e) => setAttendanceNote((e.currentTarget as HTMLTextAreaElement).value)}
        error={errorFor(save.error, 'attendanceNote')}
      />
      <Button disabled={save.pending}>Save the minutes</Button>
    </form>
  );
}
