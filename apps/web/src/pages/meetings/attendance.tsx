import { Button, Empty, Tag } from '../../components/ui';
import type { AttendanceStatus } from '../../gql/graphql';
import { AreaNotice, useMeeting, type Pack } from './context';
import { errorFor, plural, useAction, type Problem } from './forms';
import { MEETING_RECORD_ATTENDANCE_SHEET } from './mutations';
import { Problems, Scroll } from './parts';

const STATUS: Record<string, { label: string; colour: string }> = {
  INVITED: { label: 'No reply yet', colour: 'grey' },
  ACCEPTED: { label: 'Attending', colour: 'blue' },
  APOLOGIES: { label: 'Apologies', colour: 'yellow' },
  ATTENDED: { label: 'Attended', colour: 'green' },
  ABSENT: { label: 'Absent', colour: 'red' },
};

// What the chair, secretary or coordinator records for each person on the day.
const CHOICES: { value: AttendanceStatus; label: string }[] = [
  { value: 'ATTENDED', label: 'Attended' },
  { value: 'APOLOGIES', label: 'Apologies' },
  { value: 'ABSENT', label: 'Absent' },
];

type Row = Pack['attendance'][number];
const rowField = (row: Row) => `row-${row.person!.id}`;
const radioId = (row: Row, value: string) => `attendance-${row.person!.id}-${value.toLowerCase()}`;

/**
 * The whole meeting on one screen: a row per member with attended, apologies or absent, and a
 * note, sent in one go. Each row's radios are one group (arrow keys move within it, Tab to the next).
 */
function AttendanceSheet() {
  const { meeting, done } = useMeeting();
  const record = useAction(MEETING_RECORD_ATTENDANCE_SHEET);
  const rows = meeting.attendance.filter((a) => a.person);
  const fields = Object.fromEntries(rows.map((r) => [rowField(r), radioId(r, 'ATTENDED')]));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const problems: Problem[] = [];
    const records = rows.map((r) => {
      const status = String(data.get(`status-${r.person!.id}`) ?? '') as AttendanceStatus;
      const note = String(data.get(`note-${r.person!.id}`) ?? '').trim();
      if (!status) problems.push([rowField(r), `Choose attended, apologies or absent for ${r.person!.name}`]);
      if (note.length > 1000) problems.push([rowField(r), `The note for ${r.person!.name} must be 1,000 characters or fewer`]);
      return { personId: r.person!.id, status, note: note || null };
    });
    if (record.failAll(problems)) return;
    if (await record.run({ meetingId: meeting.id, input: { records } })) {
      const came = records.filter((r) => r.status === 'ATTENDED').length;
      await done('attendance', `Attendance is recorded for ${plural(records.length, 'person', 'people')}: ${came} attended.`);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate class="app-attendance-sheet">
      <Problems problems={record.problems} fields={rows.length ? { ...fields, personId: fields[rowField(rows[0])], status: fields[rowField(rows[0])] } : fields} />
      <Scroll label="Record attendance">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s">Record who attended</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {['Name', ...CHOICES.map((c) => c.label), 'Note (optional)'].map((h) => (
                <th scope="col" class="govuk-table__header" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {rows.map((r) => {
              const error = errorFor(record.problems, rowField(r));
              const current = CHOICES.some((c) => c.value === r.status) ? r.status : undefined;
              return (
                <tr class={`govuk-table__row${error ? ' app-row-error' : ''}`} key={r.id}>
                  <th scope="row" class="govuk-table__header" id={`name-${r.person!.id}`}>
                    {r.person!.name}
                    {r.status === 'APOLOGIES' || r.status === 'ACCEPTED' ? <span class="app-block govuk-body-s app-secondary">Said: {STATUS[r.status].label.toLowerCase()}</span> : null}
                    {error && (
                      <span class="app-block govuk-error-message govuk-!-margin-bottom-0">
                        <span class="govuk-visually-hidden">Error:</span> {error}
                      </span>
                    )}
                  </th>
                  {CHOICES.map((c) => (
                    <td class="govuk-table__cell" key={c.value}>
                      <div class="govuk-radios govuk-radios--small">
                        <div class="govuk-radios__item">
                          <input class="govuk-radios__input" type="radio" id={radioId(r, c.value)} name={`status-${r.person!.id}`} value={c.value} defaultChecked={current === c.value} />
                          <label class="govuk-label govuk-radios__label" for={radioId(r, c.value)}>
                            <span class="govuk-visually-hidden">
                              {r.person!.name}: {c.label.toLowerCase()}
                            </span>
                          </label>
                        </div>
                      </div>
                    </td>
                  ))}
                  <td class="govuk-table__cell">
                    <input class="govuk-input govuk-input--width-10" name={`note-${r.person!.id}`} aria-label={`Note for ${r.person!.name}`} defaultValue={r.note ?? ''} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Scroll>
      <Button disabled={record.pending}>Save attendance for everyone</Button>
    </form>
  );
}

/** Everyone in the group and what they said: invited, accepted, apologies (with note), attended, absent. */
export function AttendanceSection() {
  const { meeting, can } = useMeeting();
  return (
    <section aria-labelledby="attendance-heading">
      <h2 class="govuk-heading-l" id="attendance-heading">
        Attendance
      </h2>
      <AreaNotice area="attendance" />
      {meeting.attendance.length === 0 ? (
        <Empty>The group has no members yet.</Empty>
      ) : can.recordAttendance ? (
        <AttendanceSheet key={meeting.attendance.map((a) => `${a.id}:${a.status}:${a.note}`).join()} />
      ) : (
        <Scroll label="Attendance">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">Who is coming</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {['Name', 'Reply', 'Note'].map((h) => (
                  <th scope="col" class="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
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
