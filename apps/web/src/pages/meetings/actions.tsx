import { Button, Empty, ErrorSummary, Select, Tag, TextInput, formatDate, words } from '../../components/ui';
import { AreaNotice, useMeeting } from './context';
import { errorFor, textOf, useAction } from './forms';
import { londonToInstant } from './london';
import { MEETING_ADD_ACTION } from './mutations';
import { Scroll } from './parts';

const FIELDS = { title: 'action-title', ownerPersonId: 'action-owner', dueDate: 'action-due' };

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
    const dueDate = textOf(form, 'action-due');
    if (!title) return add.fail('title', 'Enter what needs to be done');
    if (title.length > 500) return add.fail('title', 'The action must be 500 characters or fewer');
    if (dueDate && 'problem' in londonToInstant(dueDate, '12:00')) return add.fail('dueDate', 'Enter a real due date, for example 2026-06-30');
    const created = await add.run({ meetingId: meeting.id, input: { title, ownerPersonId: owner || null, dueDate: dueDate || null } });
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
          <ErrorSummary error={add.error} fields={FIELDS} />
          <TextInput id="action-title" label="What needs to be done" error={errorFor(add.error, 'title')} />
          <Select id="action-owner" label="Owner" hint="Who in the group will do it." options={people} error={errorFor(add.error, 'ownerPersonId')} />
          <TextInput id="action-due" label="Due date (optional)" type="date" class="govuk-input--width-10" error={errorFor(add.error, 'dueDate')} />
          <Button disabled={add.pending}>Add the action</Button>
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
                {['Action', 'Owner', 'Due', 'Status'].map((h) => (
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
