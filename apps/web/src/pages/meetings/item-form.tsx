import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useRef, useState } from 'preact/hooks';
import { Button, Select, TextArea, TextInput, formatDateTime } from '../../components/ui';
import type { ApiError } from '../../lib/api';
import type { AgendaItemInput } from '../../gql/graphql';
import { useMeeting } from './context';
import { deadlineOf, errorFor, textOf, useAction, webUrl, type Problem } from './forms';
import { Problems } from './parts';
import { useFormDraft } from './draft';
import { MEETING_ADD_ITEM, MEETING_PROPOSE_ITEM } from './mutations';

type Papers = { title: string; url: string }[];

/** Rows of paper title and web address; people add and remove rows with buttons. `initial` fills rows 0, 1, … */
export function PaperRows({ prefix, rows, setRows, error, initial = [] }: { prefix: string; rows: number[]; setRows(rows: number[]): void; error: ApiError[]; initial?: Papers }) {
  const next = useRef(rows.length);
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby={`${prefix}-papers-hint`}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Papers (optional)</legend>
        <div class="govuk-hint" id={`${prefix}-papers-hint`}>
          Links to papers for this item, for example on your organisation’s website or shared drive.
        </div>
        {rows.map((key, i) => (
          <div class="app-paper-row" key={key}>
            <TextInput id={`${prefix}-paper-${key}-title`} label={`Paper ${i + 1} title`} defaultValue={initial[key]?.title} error={errorFor(error, `paper-${key}-title`)} />
            <TextInput id={`${prefix}-paper-${key}-url`} label={`Paper ${i + 1} web address`} hint="Starting https://" type="url" spellcheck={false} defaultValue={initial[key]?.url} error={errorFor(error, `paper-${key}-url`)} />
            {rows.length > 1 && (
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-4" onClick={() => setRows(rows.filter((k) => k !== key))}>
                Remove paper {i + 1}
              </button>
            )}
          </div>
        ))}
        <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setRows([...rows, next.current++])}>
          Add another paper
        </button>
      </fieldset>
    </div>
  );
}

/** The papers typed in the rows, and a problem for every half-filled or wrong row. */
export function readPapers(form: HTMLFormElement, prefix: string, rows: number[]): { papers: Papers; problems: Problem[] } {
  const papers: Papers = [];
  const problems: Problem[] = [];
  for (const [i, key] of rows.entries()) {
    const title = textOf(form, `${prefix}-paper-${key}-title`);
    const url = textOf(form, `${prefix}-paper-${key}-url`);
    if (!title && !url) continue;
    if (!title) problems.push([`paper-${key}-title`, `Enter a title for paper ${i + 1}`]);
    if (!url) problems.push([`paper-${key}-url`, `Enter the web address of paper ${i + 1}`]);
    else if (!webUrl(url)) problems.push([`paper-${key}-url`, `Enter the web address of paper ${i + 1}, starting with https://`]);
    papers.push({ title, url });
  }
  return { papers, problems };
}

/** The checks an item's title and time get, in the add, propose and edit forms alike. */
export function itemProblems(title: string, minutesText: string): Problem[] {
  const problems: Problem[] = [];
  if (!title) problems.push(['title', 'Enter a title for the item']);
  else if (title.length > 300) problems.push(['title', 'The title must be 300 characters or fewer']);
  const minutes = Number(minutesText);
  if (minutesText && (!/^\d+$/.test(minutesText) || minutes < 1 || minutes > 600)) problems.push(['minutes', 'Enter the time as a whole number of minutes, from 1 to 600']);
  return problems;
}

/** An agenda item: title, description, presenter, time and papers. Members propose; managers add. */
function ItemForm({ mode }: { mode: 'propose' | 'add' }) {
  const { meeting, done } = useMeeting();
  const doc: TypedDocumentNode<unknown, { meetingId: string; input: AgendaItemInput }> = mode === 'add' ? MEETING_ADD_ITEM : MEETING_PROPOSE_ITEM;
  const action = useAction(doc);
  const [rows, setRows] = useState([0]);
  const prefix = mode;
  const draft = useFormDraft(`item:${mode}:${meeting.id}`);
  const fields: Record<string, string> = { title: `${prefix}-title`, description: `${prefix}-description`, presenter: `${prefix}-presenter`, minutes: `${prefix}-minutes` };
  for (const key of rows) Object.assign(fields, { [`paper-${key}-title`]: `${prefix}-paper-${key}-title`, [`paper-${key}-url`]: `${prefix}-paper-${key}-url` });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const title = textOf(form, `${prefix}-title`);
    const minutesText = textOf(form, `${prefix}-minutes`);
    const minutes = Number(minutesText);
    const read = readPapers(form, prefix, rows);
    if (action.failAll([...itemProblems(title, minutesText), ...read.problems])) return;
    const input = {
      title,
      description: textOf(form, `${prefix}-description`) || null,
      presenterPersonId: textOf(form, `${prefix}-presenter`) || null,
      minutesAllotted: minutesText ? minutes : null,
      papers: read.papers,
    };
    if (await action.run({ meetingId: meeting.id, input })) {
      draft.clear();
      form.reset();
      setRows([0]);
      await done('agenda', mode === 'add' ? `“${title}” has been added to the end of the agenda.` : `Thank you. “${title}” has been sent to the coordinator, who will accept or decline it.`);
    }
  };

  const people = [{ value: '', label: 'No presenter yet' }, ...meeting.group.members.filter((m) => m.person).map((m) => ({ value: m.person!.id, label: m.person!.name }))];
  return (
    <form onSubmit={onSubmit} onInput={draft.onInput} ref={draft.ref} noValidate>
      <Problems problems={action.problems} fields={fields} />
      <TextInput id={`${prefix}-title`} label="Title" error={errorFor(action.problems, 'title')} />
      <TextArea id={`${prefix}-description`} label="Description (optional)" hint="What the item is about and what the group is asked to do." rows={4} error={errorFor(action.problems, 'description')} />
      <Select id={`${prefix}-presenter`} label="Presenter (optional)" options={people} error={errorFor(action.problems, 'presenter')} />
      <TextInput id={`${prefix}-minutes`} label="Time needed, in minutes (optional)" inputMode="numeric" class="govuk-input--width-3" error={errorFor(action.problems, 'minutes')} />
      <PaperRows prefix={prefix} rows={rows} setRows={setRows} error={action.problems} />
      <Button disabled={action.pending}>{mode === 'add' ? 'Add the item' : 'Send the proposal'}</Button>
    </form>
  );
}

/** Members propose items until the group's submission deadline. */
export function ProposeForm() {
  const { meeting } = useMeeting();
  const { at: deadline, open } = deadlineOf(meeting);
  return (
    <>
      <h3 class="govuk-heading-m">Propose an item</h3>
      {open ? (
        <>
          <p class="govuk-body">You can propose items until {formatDateTime(deadline)}. The coordinator will accept or decline them.</p>
          <details class="govuk-details">
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">Propose an item for the agenda</span>
            </summary>
            <div class="govuk-details__text">
              <ItemForm mode="propose" />
            </div>
          </details>
        </>
      ) : (
        <p class="govuk-body">Proposals for this meeting closed on {formatDateTime(deadline)}. If something needs adding, ask the coordinator.</p>
      )}
    </>
  );
}

/** Managers add accepted items at the end of the agenda, at any time. */
export function AddItemForm() {
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Add an item to the agenda</span>
      </summary>
      <div class="govuk-details__text">
        <ItemForm mode="add" />
      </div>
    </details>
  );
}
