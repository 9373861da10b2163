import { Empty, Tag, formatDate } from '../../components/ui';
import { useMeeting } from './context';
import { Scroll } from './parts';

/** Matters arising: actions from the group's earlier meetings that are still open. */
export function MattersArising() {
  const { meeting } = useMeeting();
  const actions = meeting.mattersArising;
  return (
    <section aria-labelledby="matters-heading">
      <h2 class="govuk-heading-l" id="matters-heading">
        Matters arising
      </h2>
      <p class="govuk-body">Actions from earlier meetings that are still open.</p>
      {actions.length === 0 ? (
        <Empty>There are no open actions from earlier meetings.</Empty>
      ) : (
        <Scroll label="Matters arising">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">Open actions from earlier meetings</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Action
                </th>
                <th scope="col" class="govuk-table__header">
                  Owner
                </th>
                <th scope="col" class="govuk-table__header">
                  Due
                </th>
                <th scope="col" class="govuk-table__header">
                  Agreed at
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {actions.map((a) => (
                <tr class="govuk-table__row" key={a.id}>
                  <th scope="row" class="govuk-table__header app-wide-cell">
                    {a.title}
                  </th>
                  <td class="govuk-table__cell">{a.owner?.name ?? 'No owner'}</td>
                  <td class="govuk-table__cell">
                    {a.dueDate ? formatDate(a.dueDate) : 'No date'}
                    {a.overdue && (
                      <span class="app-block">
                        <Tag colour="red">Overdue</Tag>
                      </span>
                    )}
                  </td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/meetings/${a.meeting.id}`}>
                      {a.meeting.title}, {formatDate(a.meeting.startsAt)}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </section>
  );
}
