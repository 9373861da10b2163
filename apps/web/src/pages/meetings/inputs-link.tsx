import { formatDateTime } from '../../components/ui';

interface Linked {
  agendaItem?: { id: string; title: string; position: number; meeting: { id: string; title: string; startsAt: string } | null } | null;
}

/** On a forum thread that collects inputs for an agenda item: the way back to that item and its meeting. */
export function ThreadAgendaLink({ thread }: { thread: Linked }) {
  const item = thread.agendaItem;
  if (!item?.meeting) return null;
  return (
    <p class="govuk-body">
      For item {item.position}, <a class="govuk-link" href={`/meetings/${item.meeting.id}#item-${item.id}`}>{item.title}</a>, on the agenda of{' '}
      <a class="govuk-link" href={`/meetings/${item.meeting.id}`}>
        {item.meeting.title}, {formatDateTime(item.meeting.startsAt)}
      </a>
      .
    </p>
  );
}
