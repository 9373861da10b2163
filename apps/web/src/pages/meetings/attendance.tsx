import { Empty, Tag } from '../../components/ui';
import { useMeeting } from './context';
import { Scroll } from './parts';

const STATUS: Record<string, { label: string; colour: string }> = {
  INVITED: { label: 'No reply yet', colour: 'grey' },
  ACCEPTED: { label: 'Attending', colour: 'blue' },
  APOLOGIES: { label: 'Apologies', colour: 'yellow' },
  ATTENDED: { label: 'Attended', colour: 'green' },
};

/** Everyone in the group and what they said: invited, accepted, apologies (with note), attended. */
export function AttendanceSection() {
  const { meeting } = useMeeting();
  return (
    <section aria-labelledby="attendance-heading">
      <h2 class="govuk-heading-l" id="attendance-heading">
        Attendance
      </h2>
      {meeting.attendance.length === 0 ? (
        <Empty>The group has no members yet.</Empty>
      ) : (
        <Scroll label="Attendance">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">Who is coming</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Name
                </th>
                <th scope="col" class="govuk-table__header">
                  Reply
                </th>
                <th scope="col" class="govuk-table__header">
                  Note
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {meeting.attendance.map((a) => (
                <tr class="govuk-table__row" key={a.id}>
                  <th scope="row" class="govuk-table__header">
                    {a.person?.name ?? 'Former member'}
                  </th>
                  <td class="govuk-table__cell">
                    <Tag colour={STATUS[a.status].colour}>{STATUS[a.status].label}</Tag>
                  </td>
                  <td class="govuk-table__cell">{a.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </section>
  );
}
