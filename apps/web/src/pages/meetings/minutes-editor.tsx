import { useEffect } from 'preact/hooks';
import { Button, ErrorSummary, TextArea } from '../../components/ui';
import { useMeeting, type Minutes } from './context';
import { forgetDrafts, useDraft } from './draft';
import { errorFor, useAction, type Problem } from './forms';
import { Problems } from './parts';
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
  const key = `minutes:${minutes.id}:v${minutes.version}`;
  const draft = useDraft(key, { items: minutes.items, decisions: minutes.decisions.join('\n'), attendanceNote: minutes.attendanceNote ?? '' });
  useEffect(() => forgetDrafts(`minutes:${minutes.id}:`, key), [key]);
  const { items, decisions, attendanceNote } = draft.value;
  const patch = (change: Partial<typeof draft.value>) => draft.set({ ...draft.value, ...change });
  const change = (i: number, p: Partial<Note>) => patch({ items: items.map((item, j) => (j === i ? { ...item, ...p } : item)) });
  const fields = Object.fromEntries([...items.map((_, i) => [`notes-${i}`, `minutes-notes-${i}`]), ['decisions', 'minutes-decisions'], ['attendanceNote', 'minutes-attendance']]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const lines = decisions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const problems: Problem[] = [];
    items.forEach((item, i) => item.notes.length > 20_000 && problems.push([`notes-${i}`, `The notes for “${item.title}” must be 20,000 characters or fewer`]));
    if (lines.some((line) => line.length > 2000)) problems.push(['decisions', 'Each decision must be 2,000 characters or fewer']);
    if (attendanceNote.length > 5000) problems.push(['attendanceNote', 'The attendance note must be 5,000 characters or fewer']);
    if (save.failAll(problems)) return;
    const input = {
      items: items.map(({ agendaItemId, title, notes, redacted }) => ({ agendaItemId, title, notes, redacted })),
      decisions: lines,
      attendanceNote: attendanceNote.trim() || null,
    };
    const saved = await save.run({ minutesId: minutes.id, input });
    if (saved) {
      draft.clear();
      await done('minutes', `The minutes have been saved (version ${saved.updateMinutes.version}).`);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Problems problems={save.problems} fields={fields} />
      {draft.restored && draft.dirty && (
        <div class="govuk-inset-text">
          <p class="govuk-body">Your unsaved changes from earlier have been restored from this browser. Save the minutes to keep them.</p>
          <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={draft.discard}>
            Discard the unsaved changes
          </button>
        </div>
      )}
      {items.length === 0 && <p class="govuk-body">The agenda had no accepted items when the minutes were started. Record what was discussed under decisions.</p>}
      {items.map((item, i) => (
        <div class="app-minutes-item" key={item.agendaItemId ?? i}>
          <TextArea id={`minutes-notes-${i}`} label={`${i + 1}. ${item.title}`} hint="Notes on this item." rows={4} value={item.notes} onInput={(e) => change(i, { notes: (e.currentTarget as HTMLTextAreaElement).value })} error={errorFor(save.problems, `notes-${i}`)} />
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
      <TextArea id="minutes-decisions" label="Decisions" hint="One decision per line." rows={5} value={decisions} onInput={(e) => patch({ decisions: (e.currentTarget as HTMLTextAreaElement).value })} error={errorFor(save.problems, 'decisions')} />
      <TextArea
        id="minutes-attendance"
        label="Attendance note (optional)"
        hint="For example, who was present, apologies, and who joined online."
        rows={3}
        value={attendanceNote}
        onInput={(e) => patch({ attendanceNote: (e.currentTarget as HTMLTextAreaElement).value })}
        error={errorFor(save.problems, 'attendanceNote')}
      />
      <Button disabled={save.pending}>Save the minutes</Button>
      {draft.dirty && <p class="govuk-body-s app-secondary">Unsaved changes are kept in this browser until you save.</p>}
    </form>
  );
}
