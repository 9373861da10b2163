import { Empty, Tag, formatDateTime } from '../../components/ui';
import { AgendaItemView } from './agenda-item';
import { AgendaManager } from './agenda-manage';
import { ProposeForm } from './item-form';
import { AreaNotice, useMeeting, type Pack } from './context';
import { PdfDownload } from './pack-pdf';
import { itemStarts } from './timing';

function PublishedLine({ versions, settled }: { versions: Pack['agendaVersions']; settled: boolean }) {
  const [latest] = versions;
  // Once the meeting is over or cancelled, nothing on its agenda will change any more.
  if (!latest) return <p class="govuk-body">{settled ? 'No agenda was published for this meeting.' : 'The agenda has not been published yet, so items may still change.'}</p>;
  return (
    <div class="govuk-inset-text">
      <p class="govuk-body govuk-!-margin-bottom-1">
        <strong>Version {latest.version}</strong>, published {formatDateTime(latest.publishedAt)}.
      </p>
      {latest.changeNote && <p class="govuk-body govuk-!-margin-bottom-0">What changed: {latest.changeNote}</p>}
    </div>
  );
}

function Versions({ versions }: { versions: Pack['agendaVersions'] }) {
  if (versions.length < 2) return null;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Earlier versions of the agenda</span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list govuk-list--spaced">
          {versions.slice(1).map((v) => (
            <li key={v.version}>
              <strong>Version {v.version}</strong>, published {formatDateTime(v.publishedAt)}
              {v.changeNote ? `. What changed: ${v.changeNote}` : ''}. Items: {v.items.map((i) => i.title).join('; ') || 'none'}.
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** A member's own proposals that are not on the agenda (yet): waiting, or declined with the reason. */
function MyProposals() {
  const { meeting } = useMeeting();
  const mine = meeting.agendaItems.filter((i) => i.status !== 'ACCEPTED');
  if (mine.length === 0) return null;
  return (
    <>
      <h3 class="govuk-heading-s">Your proposals</h3>
      <ul class="govuk-list govuk-list--spaced">
        {mine.map((i) => (
          <li key={i.id}>
            {i.title}{' '}
            {i.status === 'PROPOSED' ? <Tag colour="blue">Waiting for a decision</Tag> : <Tag colour="red">Declined</Tag>}
            {i.declineReason && <span class="app-block">Reason: {i.declineReason}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The agenda: published version, the items in order, and ways to add to it. */
export function AgendaSection() {
  const { meeting, canManage, canContribute } = useMeeting();
  const accepted = meeting.agendaItems.filter((i) => i.status === 'ACCEPTED');
  const starts = itemStarts(meeting, accepted);
  return (
    <section aria-labelledby="agenda-heading">
      <h2 class="govuk-heading-l" id="agenda-heading">
        Agenda
      </h2>
      <AreaNotice area="agenda" />
      <PublishedLine versions={meeting.agendaVersions} settled={meeting.isPast || meeting.status === 'CANCELLED'} />
      <PdfDownload pdf={meeting.packPdf} what="agenda pack" />
      {canManage ? (
        <AgendaManager />
      ) : (
        <>
          {accepted.length === 0 ? (
            <Empty>There are no items on the agenda yet.</Empty>
          ) : (
            <ol class="app-agenda">
              {accepted.map((item, i) => (
                <li class="app-agenda__item" key={item.id}>
                  <AgendaItemView item={item} number={i + 1} startsAt={starts.get(item.id)} />
                </li>
              ))}
            </ol>
          )}
          <MyProposals />
          {canContribute && meeting.status !== 'CANCELLED' && <ProposeForm />}
        </>
      )}
      <Versions versions={meeting.agendaVersions} />
    </section>
  );
}
