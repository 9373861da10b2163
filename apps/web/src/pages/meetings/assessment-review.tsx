import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Select } from '../../components/ui';
import type { AssessmentEntryStatus, Direction, Rating } from '../../gql/graphql';
import { DIRECTIONS, RATINGS } from './assessment-form';
import { useMeeting, type Entry } from './context';
import { plural, themeLabel, useAction } from './forms';
import { MEETING_CARRY_FORWARD, MEETING_CURATE_ENTRY } from './mutations';

const STATUSES = [
  { value: 'INCLUDED', label: 'Include in the pack' },
  { value: 'EXCLUDED', label: 'Leave out' },
  { value: 'SUBMITTED', label: 'Not decided yet' },
];

const pick = <T extends string>(event: Event) => (event.currentTarget as HTMLSelectElement).value as T;

/** One entry's curation: include or leave out, and the rating and direction as the group agrees them. */
function Curate({ entry }: { entry: Entry }) {
  const { done } = useMeeting();
  const curate = useAction(MEETING_CURATE_ENTRY);
  const [status, setStatus] = useState(entry.status);
  const [rating, setRating] = useState(entry.rating);
  const [direction, setDirection] = useState(entry.direction);
  const id = (f: string) => `curate-${entry.id}-${f}`;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const input = { status, rating, direction };
    if (await curate.run({ id: entry.id, input })) await done('assessment', `The ${themeLabel(entry.theme)} entry has been saved.`);
  };
  return (
    <li class="app-curate">
      <h4 class="govuk-heading-s govuk-!-margin-bottom-1">
        {themeLabel(entry.theme)}: {entry.summary}
      </h4>
      <p class="govuk-body-s app-secondary">
        {entry.contributedBy ? `From ${entry.contributedBy.name}` : 'From a former member'}
        {entry.carriedForward ? ', carried forward from the last meeting' : ''}
      </p>
      <form onSubmit={onSubmit} noValidate class="app-curate__form">
        <ErrorSummary error={curate.error} />
        <Select id={id('status')} label="In the pack?" options={STATUSES} value={status} onChange={(e) => setStatus(pick<AssessmentEntryStatus>(e))} />
        <Select id={id('rating')} label="Rating" options={RATINGS} value={rating} onChange={(e) => setRating(pick<Rating>(e))} />
        <Select id={id('direction')} label="Direction" options={DIRECTIONS} value={direction} onChange={(e) => setDirection(pick<Direction>(e))} />
        <Button secondary disabled={curate.pending} aria-label={`Save: ${themeLabel(entry.theme)} entry`}>
          Save
        </Button>
      </form>
    </li>
  );
}

/** Managers review members' entries and can start from the last meeting's assessment. */
export function AssessmentReview() {
  const { meeting, done } = useMeeting();
  const carry = useAction(MEETING_CARRY_FORWARD);
  const onCarry = async () => {
    const copied = await carry.run({ meetingId: meeting.id });
    if (copied) {
      const n = copied.carryForwardAssessment;
      await done('assessment', n === 0 ? 'There was nothing new to copy from the last meeting.' : `${plural(n, 'entry', 'entries')} copied from the last meeting. Review them below.`);
    }
  };
  return (
    <>
      <h3 class="govuk-heading-m">Review the assessment</h3>
      <ErrorSummary error={carry.error} />
      <p class="govuk-body">Start from the last meeting’s included entries, then update them as the group agrees.</p>
      <button type="button" class="govuk-button govuk-button--secondary" disabled={carry.pending} onClick={onCarry}>
        Copy the last meeting’s entries
      </button>
      {meeting.assessment.length > 0 && (
        <ul class="govuk-list app-curate-list">
          {meeting.assessment.map((entry) => (
            <Curate entry={entry} key={entry.id} />
          ))}
        </ul>
      )}
    </>
  );
}
