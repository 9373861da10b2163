import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Loading, Select, formatDate, formatDateTime, words } from '../../components/ui';
import { useQuery } from '../../lib/hooks';
import { useMeeting, type Minutes } from './context';
import { errorFor, useAction } from './forms';
import { MEETING_APPROVE_MINUTES, MEETING_CIRCULATE_MINUTES, MEETING_PUBLISH_MINUTES } from './mutations';
import { MEETING_LATER_MEETINGS, MEETING_MINUTES_REVISIONS } from './queries';

function Circulate({ minutes }: { minutes: Minutes }) {
  const { done } = useMeeting();
  const circulate = useAction(MEETING_CIRCULATE_MINUTES);
  const onClick = async () => {
    if (await circulate.run({ minutesId: minutes.id })) await done('minutes', 'The minutes have been circulated. Members can now read them and comment.');
  };
  return (
    <>
      <h3 class="govuk-heading-m">Circulate the minutes</h3>
      <p class="govuk-body">Save your changes first. Circulating lets members read the draft and comment on it; you can still correct it until it is approved.</p>
      <ErrorSummary error={circulate.error} />
      <button type="button" class="govuk-button" data-module="govuk-button" disabled={circulate.pending} onClick={onClick}>
        Circulate to members
      </button>
    </>
  );
}

/** Approval is recorded at a later meeting of the same group. */
function Approve({ minutes }: { minutes: Minutes }) {
  const { meeting, done } = useMeeting();
  const approve = useAction(MEETING_APPROVE_MINUTES);
  const later = useQuery(MEETING_LATER_MEETINGS, { groupId: meeting.group.id, from: meeting.startsAt });
  const [chosen, setChosen] = useState('');
  const options = (later.data?.group.meetings ?? []).filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && m.status === 'SCHEDULED');
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!chosen) return approve.fail('atMeetingId', 'Choose the meeting that approved the minutes');
    const at = options.find((m) => m.id === chosen);
    if (await approve.run({ minutesId: minutes.id, atMeetingId: chosen })) await done('minutes', `The minutes are recorded as approved at the meeting on ${at ? formatDate(at.startsAt) : 'that date'}.`);
  };
  return (
    <>
      <h3 class="govuk-heading-m">Record approval</h3>
      {later.loading && !later.data && <Loading what="Loading the group’s later meetings" />}
      {later.error && <ErrorSummary error={later.error} />}
      {later.data && options.length === 0 && <p class="govuk-body">The group has no later meeting yet. Minutes are approved at a later meeting of the group.</p>}
      {options.length > 0 && (
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary error={approve.error} fields={{ atMeetingId: 'approve-at' }} />
          <Select
            id="approve-at"
            label="Which meeting approved them?"
            options={[{ value: '', label: 'Choose a meeting' }, ...options.map((m) => ({ value: m.id, label: `${m.title}, ${formatDateTime(m.startsAt)}` }))]}
            value={chosen}
            onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}
            error={errorFor(approve.error, 'atMeetingId')}
          />
          <Button disabled={approve.pending}>Record approval</Button>
        </form>
      )}
    </>
  );
}

function Publish({ minutes }: { minutes: Minutes }) {
  const { done } = useMeeting();
  const publish = useAction(MEETING_PUBLISH_MINUTES);
  const onClick = async () => {
    if (await publish.run({ minutesId: minutes.id })) await done('minutes', 'The minutes have been published.');
  };
  return (
    <>
      <h3 class="govuk-heading-m">Publish the minutes</h3>
      <p class="govuk-body">If the group is public, the minutes then appear on its public page, without the items marked to be left out.</p>
      <ErrorSummary error={publish.error} />
      <button type="button" class="govuk-button" data-module="govuk-button" disabled={publish.pending} onClick={onClick}>
        Publish the minutes
      </button>
    </>
  );
}

/** The next step for the minutes: draft → circulated → approved → published. */
export function MinutesSteps({ minutes }: { minutes: Minutes }) {
  if (minutes.status === 'DRAFT') return <Circulate minutes={minutes} />;
  if (minutes.status === 'CIRCULATED') return <Approve minutes={minutes} />;
  if (minutes.status === 'APPROVED') return <Publish minutes={minutes} />;
  return null;
}

/** Every saved version, for the chair, secretary and coordinators (remount it when the version changes). */
export function MinutesRevisions({ minutes }: { minutes: Minutes }) {
  const { data, error } = useQuery(MEETING_MINUTES_REVISIONS, { id: minutes.id });
  const revisions = data?.minutes.revisions ?? [];
  if (error || revisions.length === 0) return null;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Saved versions ({revisions.length})</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list">
          {[...revisions].reverse().map((r) => (
            <li key={r.version}>
              Version {r.version}, {words(r.status).toLowerCase()}, saved {formatDateTime(r.createdAt)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
