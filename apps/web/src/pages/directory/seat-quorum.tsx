import { useQuery } from '../../lib/hooks';
import { SEATS } from './labels';
import { SEAT_QUORUM } from './upkeep-operations';

/** The meeting summary's row for the seats a quorum needs ("at least one statutory partner"); nothing when none are needed. */
export function SeatQuorumRow({ meetingId }: { meetingId: string }) {
  const { data } = useQuery(SEAT_QUORUM, { id: meetingId });
  const q = data?.meeting.seatQuorum;
  if (!q) return null;
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">Seats needed</dt>
      <dd class="govuk-summary-list__value">
        <ul class="govuk-list govuk-!-margin-bottom-0">
          {q.seats.map((s) => (
            <li key={s.seat}>
              {SEATS[s.seat] ?? s.seat}: {s.required} needed, {s.expected} expected, {s.present} present{s.met ? ' (met)' : ''}
            </li>
          ))}
        </ul>
        {!q.met && <span class="govuk-hint govuk-!-margin-bottom-0">Not every seat the terms of reference need is present yet.</span>}
      </dd>
    </div>
  );
}
