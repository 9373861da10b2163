import { Button, Empty, Select, Tag, TextArea, TextInput, formatDate, words } from '../../components/ui';
import type { ActionStatus } from '../../gql/graphql';
import { AreaNotice, useMeeting, type Pack } from './context';
import { DateFields, readDate } from './date-fields';
import { errorFor, textOf, useAction, type Problem } from './forms';
import { MEETING_ADD_ACTION, MEETING_UPDATE_ACTION } from './mutations';
import { Problems, Scroll } from './parts';

const FIELDS = { title: 'action-title', ownerPersonId: 'action-owner', dueDate: 'action-due-day' };
const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'];

/** Managers record an action agreed at the meeting: what, who (from the group), and by when. */
function AddActionForm() {
  const { meeting, done } = useMeeting();
  const add = useAction(MEETING_ADD_ACTION);
  const people = [{ value: '', label: 'No owner yet' }, ...meeting.group.members.filter((m) => m.person).map((m) => ({ value: m.person!.id, label: m.person!.name }))];
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const title = textOf(form, 'action-title');
    const owner = textOf(form, 'action-owner');
    const due = readDate(form, 'action-due', 'The due date');
    const problems: Problem[] = [];
    if (!title) problems.push(['title', 'Enter what needs to be done']);
    else if (title.length > 500) problems.push(['title', 'The action must be 500 characters or fewer']);
    if ('problem' in due) problems.push(['dueDate', due.problem]);
    if (add.failAll(problems) || 'problem' in due) return;
    const created = await add.run({ meetingId: meeting.id, input: { title, ownerPersonId: owner || null, dueDate: due.date || null } });
    if (created) {
      form.reset();
      const who = owner ? people.find((p) => p.value === owner) : undefined;
      await done('actions', `Action added${who ? ` for ${who.label}` : ''}: ${title}`);
    }
  };
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Add an action</span>
      </summary>
      <div class="govuk-details__text">
        <form onSubmit={onSubmit} noValidate>
          <Problems problems={add.problems} fields={FIELDS} />
          <TextInput id="action-title" label="What needs to be done" error={errorFor(add.problems, 'title')} />
          <Select id="action-owner" label="Owner" hint="Who in the group will do it." options={people} error={errorFor(add.problems, 'ownerPersonId')} />
          <DateFields id="action-due" legend="Due date (optional)" hint="For example, 31 1 2027" error={errorFor(add.problems, 'dueDate')} />
          <Button disabled={add.pending}>Add the action</Button>
        </form>
      </div>
    </details>
  );
}

type Action = Pack['actions'][number];

/** Managers (and the action's owner, from the action log) change the owner, due date or status, with a note kept in its history. */
function EditActionForm({ action }: { action: Action }) {
  const { meeting, done } = useMeeting();
  const update = useAction(MEETING_UPDATE_ACTION);
  const id = `edit-action-${action.id}`;
  const fields = { ownerPersonId: `${id}-owner`, dueDate: `${id}-due-day`, status: `${id}-status`, note: `${id}-note` };
  const people = [{ value: '', label: 'Keep the owner' }, ...meeting.group.members.filter((m) => m.person && m.person.id !== action.owner?.id).map((m) => ({ value: m.person!.id, label: m.person!.name }))];
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const due = readDate(form, `${id}-due`, 'The due date');
    const note = textOf(form, `${id}-note`);
    const problems: Problem[] = [];
    if ('problem' in due) problems.push(['dueDate', due.problem]);
    if (note.length > 5000) problems.push(['note', 'The note must be 5,000 characters or fewer']);
    if (update.failAll(problems) || 'problem' in due) return;
    const status = textOf(form, `${id}-status`);
    const owner = textOf(form, `${id}-owner`);
    const input = { status: status === action.status ? null : (status as ActionStatus), dueDate: due.date || null, ownerPersonId: owner || null, note: note || null };
    if (await update.run({ id: action.id, input })) await done('actions', `“${action.title}” has been updated.`);
  };
  return (
    <details class="govuk-details govuk-!-margin-bottom-0">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          Change<span class="govuk-visually-hidden">: {action.title}</span>
        </span>
      </summary>
      <div class="govuk-details__text">
        <form onSubmit={onSubmit} noValidate>
          <Problems problems={update.problems} fields={fields} />
          <Select id={`${id}-owner`} label="New owner" options={people} error={errorFor(update.problems, 'ownerPersonId')} />
          <DateFields id={`${id}-due`} legend="Due date" value={action.dueDate} error={errorFor(update.problems, 'dueDate')} />
          <Select id={`${id}-status`} label="Status" options={STATUSES.map((value) => ({ value, label: words(value) }))} defaultValue={action.status} error={errorFor(update.problems, 'status')} />
          <TextArea id={`${id}-note`} label="Progress note (optional)" rows={2} error={errorFor(update.problems, 'note')} />
          <Button secondary disabled={update.pending}>
            Save the action
          </Button>
        </form>
      </div>
    </details>
  );
}

/** Actions agreed at this meeting; they come back as matters arising until they are done. */
export function ActionsSection() {
  const { meeting, canManage } = useMeeting();
  return (
    <>
      <h3 class="govuk-heading-m" id="actions-heading">
        Actions agreed at this meeting
      </h3>
      <AreaNotice area="actions" />
      {meeting.actions.length === 0 ? (
        <Empty>No actions have been recorded for this meeting.</Empty>
      ) : (
        <Scroll label="Actions agreed at this meeting">
          <table class="govuk-table">
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {['Action', 'Owner', 'Due', 'Status', ...(canManage ? ['Change'] : [])].map((h) => (
                  <th scope="col" class="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {meeting.actions.map((a) => (
                <tr class="govuk-table__row" key={a.id}>
                  <th scope="row" class="govuk-table__header app-wide-cell">
                    {a.title}
                  </th>
                  <td class="govuk-table__cell">{a.owner?.name ?? 'No owner'}</td>
                  <td class="govuk-table__cell">{a.dueDate ? formatDate(a.dueDate) : 'No date'}</td>
                  <td class="govuk-table__cell">
                    {words(a.status)}
                    {a.overdue && (
                      <span class="app-block">
                        <Tag colour="red">Overdue</Tag>
                      </span>
                    )}
                  </td>
                  {canManage && (
                    <td class="govuk-table__cell">
                      <EditActionForm action={a} key={`${a.id}-${a.status}-${a.dueDate}-${a.owner?.id}`} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      {canManage && <AddActionForm />}
    </>
  );
}
