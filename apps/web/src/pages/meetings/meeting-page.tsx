import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorState, Loading, PageHeading } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { useSession } from '../../lib/session';
import { AgendaSection } from './agenda';
import { AssessmentSection } from './assessment';
import { AttendanceSection } from './attendance';
import { EmailCommentsSection } from './email-comments';
import { MeetingProvider, type Area, type Done, type MeetingContextValue } from './context';
import { MattersArising } from './matters';
import { MinutesSection } from './minutes';
import { MEETING_PACK } from './queries';
import { ReplySection } from './reply';
import { MeetingSummary } from './summary';

/** `/meetings/:meetingId`: the agenda pack, members' replies and contributions, and the managers' tools. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(MEETING_PACK, { id: meetingId });
  const [notice, setNotice] = useState<Done>();
  const count = useRef(0);
  useTitle(data ? `${data.meeting.title}, ${data.meeting.group.name}` : error ? 'Meeting not found' : 'Meeting');
  // A link to one agenda item (from its inputs thread) lands on that item once the pack is shown.
  const loaded = Boolean(data);
  useEffect(() => {
    if (loaded && location.hash.startsWith('#item-')) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);

  if (loading && !data) return <Loading what="Loading the meeting" />;
  if (!data) {
    return (
      <>
        <PageHeading>{error?.code === 'NOT_FOUND' ? 'Meeting not found' : 'Meeting'}</PageHeading>
        {error && <ErrorState error={error} retry={reload} />}
        {error?.code === 'NOT_FOUND' && (
          <p class="govuk-body">
            The meeting may have been removed, or it belongs to a group you are not in.{' '}
            <a class="govuk-link" href="/groups">
              See your groups
            </a>
          </p>
        )}
      </>
    );
  }

  const meeting = data.meeting;
  const can = meeting.viewerCan;
  const canManage = can.editAgenda || can.takeMinutes || can.recordAttendance || can.move;
  const value: MeetingContextValue = {
    meeting,
    can,
    meId: me?.id ?? '',
    canManage,
    canContribute: canManage || can.proposeItem || can.commentOnMinutes,
    isMember: can.reply,
    notice,
    async done(area: Area, message: string) {
      await reload();
      setNotice({ area, message, id: ++count.current });
    },
  };

  return (
    <MeetingProvider value={value}>
      <PageHeading caption={meeting.group.name}>{meeting.title}</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <MeetingSummary />
        </div>
        <div class="govuk-grid-column-one-third">
          <ReplySection />
        </div>
      </div>
      <AgendaSection />
      <AssessmentSection />
      <MattersArising />
      <AttendanceSection />
      <EmailCommentsSection />
      <MinutesSection />
    </MeetingProvider>
  );
}
