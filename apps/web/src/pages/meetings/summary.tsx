import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../components/ui';
import { AreaNotice, useMeeting, type Pack } from './context';
import { plural, webUrl } from './forms';
import { formatTime } from './london';
import { ScheduleTools } from './schedule';
import { SeatQuorumRow } from '../directory/seat-quorum';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function quorumText(q: Pack['quorum']): string {
  if (q.required === null) return `No quorum is set in the terms of reference. ${plural(q.expected, 'person', 'people')} expected, ${q.present} present.`;
  const met = q.met ? ' The meeting is quorate.' : '';
  return `${q.required} needed. ${plural(q.expected, 'person', 'people')} expected, ${q.present} present.${met}`;
}

/** When and where, the calendar download, quorum, and whether it has been cancelled or moved. */
export function MeetingSummary() {
  const { meeting } = useMeeting();
  const online = webUrl(meeting.onlineUrl);
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <>
      <AreaNotice area="schedule" />
      {cancelled && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            This meeting has been cancelled.{meeting.cancelReason ? ` Reason: ${meeting.cancelReason}` : ''}
          </strong>
        </div>
      )}
      <dl class="govuk-summary-list app-meeting-summary">
        <Row label="Group">
          <a class="govuk-link" href={`/groups/${meeting.group.id}`}>
            {meeting.group.name}
          </a>
        </Row>
        <Row label="When">
          {cancelled ? <s>{formatDateTime(meeting.startsAt)}</s> : formatDateTime(meeting.startsAt)} to {formatTime(meeting.endsAt)} (UK time)
          {meeting.moved && !cancelled && <span class="govuk-hint govuk-!-margin-bottom-0"> Moved from its usual date.</span>}
        </Row>
        <Row label="Where">{meeting.location || 'No venue given'}</Row>
        <Row label="Online">
          {online ? (
            <a class="govuk-link app-break" href={online} rel="noopener noreferrer">
              Join the meeting online
            </a>
          ) : (
            meeting.onlineUrl || 'No online link'
          )}
        </Row>
        <Row label="Quorum">{quorumText(meeting.quorum)}</Row>
        <SeatQuorumRow meetingId={meeting.id} />
      </dl>
      {!cancelled && (
        <p class="govuk-body">
          <a class="govuk-link" href={`/meetings/${meeting.id}.ics`} download={`meeting-${meeting.id}.ics`}>
            Add to calendar<span class="govuk-visually-hidden"> for {meeting.title}</span>
          </a>{' '}
          <span class="govuk-hint">(downloads a calendar file)</span>
        </p>
      )}
      <ScheduleTools />
    </>
  );
}
