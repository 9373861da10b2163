import { Button, Empty, ErrorSummary, Select, Tag, TextArea } from '../../components/ui';
import type { AttendanceStatus } from '../../gql/graphql';
import { AreaNotice, useMeeting } from './context';
import { errorFor, textOf, useAction } from './forms';
import { MEETING_RECORD_ATTENDANCE } from './mutations';
import { Scroll } from './parts';

const STATUS: Record<string, { label: string; colour: string }> = {
  INVITED: { label: 'No reply yet', colour: 'grey' },
  ACCEPTED: { label: 'Attending', colour: 'blue' },
  APOLOGIES: { label: 'Apologies', colour: 'yellow' },
  ATTENDED: { label: 'Attended', colour: 'green' },
};

// What a chair, secretary or coordinator records, attended first: on the day, that is the question.
const RECORDED: AttendanceStatus[] = ['ATTENDED', 'APOLOGIES', 'ACCEPTED', 'INVITED'];

/** Chair, secretary or coordinator: who attended, or sent apologies on someone's behalf. */
function RecordAttendanceForm() {
  const { meeting, done } = useMeeting();
  const record = useAction(MEETING_RECORD_ATTENDANCE);
  const people = meeting.attendance.filter((a) => a.person);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const personId = textOf(form, 'attendance-person');
    const status = textOf(form, 'attendance-status');
    const note = textOf(form, 'attendance-note');
    const name = people.find((a) => a.person!.id === personId)?.person!.name ?? 'They';
    if (await record.run({ meetingId: meeting.id, personId, status: status as AttendanceStatus, note: note || null })) {
      form.reset();
      await done('attendance', `${name} is recorded as “${STATUS[status].label}”.`);
    }
  };
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Record attendance</span>
      </summary>
      <div class="govuk-details__text">
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary error={record.error} fields={{ personId: 'attendance-person', status: 'attendance-status', note: 'attendance-note' }} />
          <Select id="attendance-person" label="Who" options={people.map((a) => ({ value: a.person!.id, label: a.person!.name }))} error={errorFor(record.error, 'personId')} />
          <Select id="attendance-status" label="Record them as" options={RECORDED.map((value) => ({ value, label: STATUS[value].label }))} error={errorFor(record.error, 'status')} />
          <TextArea id="attendance-note" label="Note (optional)" hint="For example, apologies sent by email, or who came in their place." rows={2} error={errorFor(record.error, 'note')} />
          <Button secondary disabled={record.pending}>
            Record attendance
          </Button>
        </form>
      </div>
    </details>
  );
}

/** Everyone in the group and what they said: invited, accepted, apologies (with note), attended. */
export function AttendanceSection() {
  const { meeting, canManage } = useMeeting();
  return (
    <section aria-labelledby="attendance-heading">
      <h2 class="govuk-heading-l" id="attendance-heading">
        Attendance
      </h2>
      <AreaNotice area="attendance" />
      {meeting.attendance.length === 0 ? (
        <Empty>The group has no members yet.</Empty>
      ) : (
        <>
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
          {canManage && meeting.status !== 'CANCELLED' && <RecordAttendanceForm />}
        </>
      )}
    </section>
  );
}
