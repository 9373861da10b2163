import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Loading, Select, formatDate, formatDateTime, words } from '../../components/ui';
import { useQuery } from '../../lib/hooks';
import { CheckStep } from './check-step';
import { useMeeting, type Minutes } from './context';
import { errorFor, useAction } from './forms';
import { MEETING_APPROVE_MINUTES, MEETING_CIRCULATE_MINUTES, MEETING_PUBLISH_MINUTES } from './mutations';
import { MEETING_LATER_MEETINGS, MEETING_MINUTES_REVISIONS } from './queries';

function Circulate({ minutes }: { minutes: Minutes }) {
  const { done } = useMeeting();
  const circulate = useAction(MEETING_CIRCULATE_MINUTES);
  const [checking, setChecking] = useState(false);
  const onConfirm = async () => {
    const ok = await circulate.run({ minutesId: minutes.id });
    setChecking(false);
    if (ok) await done('minutes', 'The minutes have been circulated. Members can now read them and comment.');
  };
  return (
    <>
      <h3 class="govuk-heading-m">Circulate the minutes</h3>
      <p class="govuk-body">Save your changes first. Circulating lets members read the draft and comment on it; you can still correct it until it is approved.</p>
      <ErrorSummary error={circulate.error} />
      {checking ? (
        <CheckStep email="MINUTES_CIRCULATED" action="Circulate the minutes" what="the draft minutes, for comment" confirm="Yes, circulate them" pending={circulate.pending} onConfirm={onConfirm} onCancel={back(setChecking, 'circulate-start')} />
      ) : (
        <button type="button" class="govuk-button" data-module="govuk-button" id="circulate-start" onClick={() => setChecking(true)}>
          Circulate to members
        </button>
      )}
    </>
  );
}

/** Leaves the check step and puts focus back on the button that opened it. */
const back = (set: (v: false) => void, buttonId: string) => () => {
  set(false);
  requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
};

/** Approval is recorded at a later meeting of the same group. */
function Approve({ minutes }: { minutes: Minutes }) {
  const { meeting, done } = useMeeting();
  const approve = useAction(MEETING_APPROVE_MINUTES);
  const later = useQuery(MEETING_LATER_MEETINGS, { groupId: meeting.group.id, from: meeting.startsAt });
  const [chosen, setChosen] = useState('');
  const [checking, setChecking] = useState(false);
  // Approval is recorded at a later meeting that has taken place (the API's clock says which have started).
  const options = (later.data?.group.meetings ?? []).filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && m.status === 'SCHEDULED' && m.hasStarted);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!chosen) return approve.fail('atMeetingId', 'Choose the meeting that approved the minutes');
    setChecking(true);
  };
  const onConfirm = async () => {
    const at = options.find((m) => m.id === chosen);
    const ok = await approve.run({ minutesId: minutes.id, atMeetingId: chosen });
    setChecking(false);
    if (ok) await done('minutes', `The minutes are recorded as approved at the meeting on ${at ? formatDate(at.startsAt) : 'that date'}.`);
  };
  return (
    <>
      <h3 class="govuk-heading-m">Record approval</h3>
      {later.loading && !later.data && <Loading what="Loading the group’s later meetings" />}
      {later.error && <ErrorSummary error={later.error} />}
      {later.data && options.length === 0 && <p class="govuk-body">No later meeting of the group has taken place yet. Minutes are approved at a later meeting, once it has started.</p>}
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
          {checking ? (
            <CheckStep email="MINUTES_APPROVED" action="Record approval" what="the approved minutes" confirm="Yes, record approval" pending={approve.pending} onConfirm={onConfirm} onCancel={back(setChecking, 'approve-submit')} />
          ) : (
            <Button id="approve-submit">Record approval</Button>
          )}
        </form>
      )}
    </>
  );
}

function Publish({ minutes }: { minutes: Minutes }) {
  const { done } = useMeeting();
  const publish = useAction(MEETING_PUBLISH_MINUTES);
  const [checking, setChecking] = useState(false);
  const onConfirm = async () => {
    const ok = await publish.run({ minutesId: minutes.id });
    setChecking(false);
    if (ok) await done('minutes', 'The minutes have been published.');
  };
  return (
    <>
      <h3 class="govuk-heading-m">Publish the minutes</h3>
      <p class="govuk-body">If the group is public, the minutes then appear on its public page, without the items marked to be left out.</p>
      <ErrorSummary error={publish.error} />
      {checking ? (
        <CheckStep
          action="Publish the minutes"
          what="Nobody is emailed again: members had the approved minutes. If the group is public, anyone can then read them on its public page."
          confirm="Yes, publish them"
          pending={publish.pending}
          onConfirm={onConfirm}
          onCancel={back(setChecking, 'publish-minutes-start')}
        />
      ) : (
        <button type="button" class="govuk-button" data-module="govuk-button" id="publish-minutes-start" onClick={() => setChecking(true)}>
          Publish the minutes
        </button>
      )}
    </>
  );
}

/** The next step for the minutes: draft → circulated → approved → published. */
export function MinutesSteps({ minutes }: { minutes: Minutes }) {
  const { can } = useMeeting();
  if (can.circulateMinutes) return <Circulate minutes={minutes} />;
  if (can.approveMinutes) return <Approve minutes={minutes} />;
  if (can.publishMinutes) return <Publish minutes={minutes} />;
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
