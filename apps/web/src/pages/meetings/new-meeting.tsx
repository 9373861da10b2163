import { ErrorState, Loading, PageHeading, TextInput, Button } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { DateFields, readDateTime } from './date-fields';
import { useFormDraft } from './draft';
import { errorFor, textOf, useAction, webUrl, type Problem } from './forms';
import { MEETING_SCHEDULE_ONE_OFF } from './mutations';
import { Problems } from './parts';
import { MEETING_NEW_GROUP } from './queries';
import { readEnd } from './schedule';

const FIELDS = { title: 'new-title', date: 'new-date-day', startsAt: 'new-date-day', time: 'new-time', end: 'new-end', endsAt: 'new-end', location: 'new-location', onlineUrl: 'new-online', place: 'new-location' };

/** `/groups/:groupId/meetings/new`: a meeting outside the cadence, on a date and at a place of its own. */
export function NewMeetingPage({ groupId }: { groupId: string }) {
  const { data, error, loading, reload } = useQuery(MEETING_NEW_GROUP, { id: groupId });
  const schedule = useAction(MEETING_SCHEDULE_ONE_OFF);
  const draft = useFormDraft(`new-meeting:${groupId}`);
  useTitle(data ? `Schedule a meeting, ${data.group.name}` : 'Schedule a meeting');
  if (loading && !data) return <Loading what="Loading the group" />;
  if (!data) {
    return (
      <>
        <PageHeading>Schedule a meeting</PageHeading>
        {error && <ErrorState error={error} retry={reload} />}
      </>
    );
  }
  const group = data.group;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const title = textOf(form, 'new-title');
    const location = textOf(form, 'new-location');
    const onlineUrl = textOf(form, 'new-online');
    const problems: Problem[] = [];
    if (!title) problems.push(['title', 'Enter a title for the meeting']);
    else if (title.length > 200) problems.push(['title', 'The title must be 200 characters or fewer']);
    const when = readDateTime(form, { date: 'new-date', time: 'new-time' }, { date: 'date', time: 'time' }, { date: 'The date', time: 'The start time' });
    if ('problems' in when) problems.push(...when.problems);
    let endsAt: Date | undefined;
    if ('instant' in when) {
      const end = readEnd(form, 'new-end', when.instant, 'end');
      if ('problem' in end) problems.push(end.problem);
      else if ('endsAt' in end) endsAt = end.endsAt;
      else endsAt = new Date(when.instant.getTime() + group.meetingDurationMinutes * 60_000);
    }
    if (!location && !onlineUrl) problems.push(['location', 'Enter where the meeting is, or an online link, or both']);
    if (location.length > 300) problems.push(['location', 'The place must be 300 characters or fewer']);
    if (onlineUrl && !webUrl(onlineUrl)) problems.push(['onlineUrl', 'Enter the online link starting with https://']);
    if (schedule.failAll(problems) || !('instant' in when)) return;
    const created = await schedule.run({ groupId, title, startsAt: when.instant.toISOString(), endsAt: endsAt?.toISOString() ?? null, location: location || null, onlineUrl: onlineUrl || null });
    if (created) draft.clear();
    if (created) navigate(`/meetings/${created.scheduleOneOffMeeting.id}`);
  };

  return (
    <>
      <a class="govuk-back-link" href={`/groups/${group.id}`}>
        {group.name}
      </a>
      <PageHeading caption={group.name}>Schedule a one-off meeting</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body">A meeting outside the group’s regular pattern. Members see it in their meetings and calendars; the agenda pack goes out before it as usual.</p>
          <form onSubmit={onSubmit} onInput={draft.onInput} ref={draft.ref} noValidate>
            <Problems problems={schedule.problems} fields={FIELDS} />
            <TextInput id="new-title" label="Title" hint="For example, “Extra meeting: winter shelter plans”." defaultValue={group.name} error={errorFor(schedule.problems, 'title')} />
            <DateFields id="new-date" legend="Date" hint="For example, 27 3 2027" error={errorFor(schedule.problems, 'date') ?? errorFor(schedule.problems, 'startsAt')} />
            <TextInput id="new-time" label="Start time" hint="UK time, 24-hour clock, for example 14:30." class="govuk-input--width-5" inputMode="numeric" error={errorFor(schedule.problems, 'time')} />
            <TextInput id="new-end" label="End time (optional)" hint={`Left empty, the meeting lasts ${group.meetingDurationMinutes} minutes, as the group’s meetings usually do.`} class="govuk-input--width-5" inputMode="numeric" error={errorFor(schedule.problems, 'end') ?? errorFor(schedule.problems, 'endsAt')} />
            <TextInput id="new-location" label="Where" hint="A place, an online link below, or both." defaultValue={group.defaultLocation ?? ''} error={errorFor(schedule.problems, 'location')} />
            <TextInput id="new-online" label="Online link" hint="Starting https://" type="url" spellcheck={false} defaultValue={group.defaultOnlineUrl ?? ''} error={errorFor(schedule.problems, 'onlineUrl')} />
            <Button disabled={schedule.pending}>Schedule the meeting</Button>
          </form>
        </div>
      </div>
    </>
  );
}
