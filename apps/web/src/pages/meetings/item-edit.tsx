import { useState } from 'preact/hooks';
import { Button, Select, TextArea, TextInput } from '../../components/ui';
import { BankPaperPicker } from '../bank/bank-paper-picker';
import { useMeeting, type Item } from './context';
import { errorFor, textOf, useAction } from './forms';
import { itemProblems, PaperRows, readPapers } from './item-form';
import { MEETING_OPEN_INPUTS, MEETING_UPDATE_ITEM } from './mutations';
import { PaperUploader } from './paper-files';
import { Problems } from './parts';

/** Managers change an item in place: title, description, presenter, time and papers. */
export function EditItemForm({ item }: { item: Item }) {
  const { meeting, done } = useMeeting();
  const update = useAction(MEETING_UPDATE_ITEM);
  const prefix = `edit-${item.id}`;
  const [rows, setRows] = useState(item.papers.length ? item.papers.map((_, i) => i) : [0]);
  const fields: Record<string, string> = { title: `${prefix}-title`, description: `${prefix}-description`, presenter: `${prefix}-presenter`, presenterPersonId: `${prefix}-presenter`, minutes: `${prefix}-minutes`, minutesAllotted: `${prefix}-minutes` };
  for (const key of rows) Object.assign(fields, { [`paper-${key}-title`]: `${prefix}-paper-${key}-title`, [`paper-${key}-url`]: `${prefix}-paper-${key}-url` });
  const people = [{ value: '', label: 'No presenter' }, ...meeting.group.members.filter((m) => m.person).map((m) => ({ value: m.person!.id, label: m.person!.name }))];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const title = textOf(form, `${prefix}-title`);
    const minutesText = textOf(form, `${prefix}-minutes`);
    const read = readPapers(form, prefix, rows);
    if (update.failAll([...itemProblems(title, minutesText), ...read.problems])) return;
    const input = {
      title,
      description: textOf(form, `${prefix}-description`),
      presenterPersonId: textOf(form, `${prefix}-presenter`) || null,
      minutesAllotted: minutesText ? Number(minutesText) : null,
      papers: read.papers,
    };
    if (await update.run({ id: item.id, input })) await done('agenda', `“${title}” has been updated.`);
  };

  return (
    <details class="govuk-details app-item-edit">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          Edit<span class="govuk-visually-hidden">: {item.title}</span>
        </span>
      </summary>
      <div class="govuk-details__text">
        <form onSubmit={onSubmit} noValidate>
          <Problems problems={update.problems} fields={fields} />
          <TextInput id={`${prefix}-title`} label="Title" defaultValue={item.title} error={errorFor(update.problems, 'title')} />
          <TextArea id={`${prefix}-description`} label="Description (optional)" rows={3} defaultValue={item.description} error={errorFor(update.problems, 'description')} />
          <Select id={`${prefix}-presenter`} label="Presenter (optional)" options={people} defaultValue={item.presenter?.id ?? ''} error={errorFor(update.problems, 'presenter') ?? errorFor(update.problems, 'presenterPersonId')} />
          <TextInput id={`${prefix}-minutes`} label="Time needed, in minutes (optional)" inputMode="numeric" class="govuk-input--width-3" defaultValue={item.minutesAllotted ? String(item.minutesAllotted) : ''} error={errorFor(update.problems, 'minutes') ?? errorFor(update.problems, 'minutesAllotted')} />
          <PaperRows prefix={prefix} rows={rows} setRows={setRows} error={update.problems} initial={item.papers} />
          <Button disabled={update.pending}>Save the item</Button>
        </form>
        <PaperUploader owner={{ agendaItemId: item.id, title: item.title }} />
        <BankPaperPicker meetingId={meeting.id} itemId={item.id} itemTitle={item.title} />
      </div>
    </details>
  );
}

/** Managers open a forum thread where members send their inputs on the item until the deadline. */
export function OpenInputsButton({ item }: { item: Item }) {
  const { can, done } = useMeeting();
  const open = useAction(MEETING_OPEN_INPUTS);
  if (item.inputsThread || !can.openInputs) return null;
  const onClick = async () => {
    if (await open.run({ agendaItemId: item.id })) await done('agenda', `A thread for members’ inputs on “${item.title}” is open in the group’s forum until the submission deadline.`);
  };
  return (
    <>
      <Problems problems={open.problems} />
      <button type="button" class="govuk-button govuk-button--secondary" disabled={open.pending} onClick={onClick} aria-label={`Ask for inputs in the forum: ${item.title}`}>
        Ask for inputs in the forum
      </button>
    </>
  );
}
