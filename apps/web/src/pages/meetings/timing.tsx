import type { Item, Pack } from './context';
import { plural } from './forms';
import { formatTime } from './london';

/** Each accepted item's start: the meeting's start plus the minutes of the items before it. */
export function itemStarts(meeting: Pick<Pack, 'startsAt'>, items: Item[]): Map<string, string> {
  const starts = new Map<string, string>();
  let at = new Date(meeting.startsAt).getTime();
  for (const item of items) {
    starts.set(item.id, new Date(at).toISOString());
    at += (item.minutesAllotted ?? 0) * 60_000;
  }
  return starts;
}

/** "10:20", London time, for an item's heading. */
export const startLabel = (iso: string | undefined) => (iso ? formatTime(iso) : undefined);

/** The running total of the items' minutes against the meeting's length, flagged when over. */
export function AgendaTotal({ meeting, items }: { meeting: Pick<Pack, 'startsAt' | 'endsAt'>; items: Item[] }) {
  const total = items.reduce((sum, i) => sum + (i.minutesAllotted ?? 0), 0);
  const length = Math.round((new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()) / 60_000);
  const over = total - length;
  const untimed = items.filter((i) => !i.minutesAllotted).length;
  return (
    <p class="govuk-body" id="agenda-total">
      {over > 0 ? (
        <strong class="app-over">
          <span class="govuk-visually-hidden">Warning: </span>
          The items take {plural(total, 'minute')}, {plural(over, 'minute')} longer than the meeting ({plural(length, 'minute')}, {formatTime(meeting.startsAt)} to {formatTime(meeting.endsAt)}).
        </strong>
      ) : (
        <>
          The items take {plural(total, 'minute')} of the meeting’s {length} ({formatTime(meeting.startsAt)} to {formatTime(meeting.endsAt)}).
        </>
      )}
      {untimed > 0 && ` ${plural(untimed, 'item has', 'items have')} no time set.`}
    </p>
  );
}
