import { Button, ErrorSummary, TextArea } from '../../components/ui';
import { AgendaItemView } from './agenda-item';
import { useMeeting, type Item } from './context';
import { errorFor, textOf, useAction } from './forms';
import { MEETING_ACCEPT_ITEM, MEETING_DECLINE_ITEM } from './mutations';

/** One proposal: accept it onto the agenda, or decline it with a reason the proposer will see. */
function Proposal({ item }: { item: Item }) {
  const { done } = useMeeting();
  const accept = useAction(MEETING_ACCEPT_ITEM);
  const decline = useAction(MEETING_DECLINE_ITEM);
  const reasonId = `decline-reason-${item.id}`;
  const error = accept.error ?? decline.error;

  const onAccept = async () => {
    if (await accept.run({ id: item.id })) await done('agenda', `“${item.title}” is now on the agenda. Use the Move up and Move down buttons to change its place.`);
  };
  const onDecline = async (event: Event) => {
    event.preventDefault();
    const reason = textOf(event.currentTarget as HTMLFormElement, reasonId);
    if (!reason) return decline.fail('reason', 'Give the reason for declining, for the person who proposed it');
    if (await decline.run({ id: item.id, reason })) await done('agenda', `“${item.title}” has been declined. ${item.proposedBy?.name ?? 'The person who proposed it'} will see your reason.`);
  };

  return (
    <li class="app-proposal">
      <AgendaItemView item={item} level={4}>
        <p class="govuk-body-s app-secondary">Proposed by {item.proposedBy?.name ?? 'a former member'}</p>
        <ErrorSummary error={error} fields={{ reason: reasonId }} />
        <button type="button" class="govuk-button" data-module="govuk-button" disabled={accept.pending} onClick={onAccept} aria-label={`Accept: ${item.title}`}>
          Accept
        </button>
        <form onSubmit={onDecline} noValidate>
          <TextArea id={reasonId} label={`Reason for declining “${item.title}”`} hint="The person who proposed it will see this." rows={2} error={errorFor(error, 'reason')} />
          <Button secondary disabled={decline.pending} aria-label={`Decline: ${item.title}`}>
            Decline
          </Button>
        </form>
      </AgendaItemView>
    </li>
  );
}

/** Members' proposals waiting for a decision, and those already declined. */
export function Proposals() {
  const { meeting } = useMeeting();
  const waiting = meeting.agendaItems.filter((i) => i.status === 'PROPOSED');
  const declined = meeting.agendaItems.filter((i) => i.status === 'DECLINED');
  return (
    <>
      <h3 class="govuk-heading-m">Proposals from members</h3>
      {waiting.length === 0 ? (
        <p class="govuk-body">No proposals are waiting for a decision.</p>
      ) : (
        <ul class="govuk-list app-proposals">
          {waiting.map((item) => (
            <Proposal item={item} key={item.id} />
          ))}
        </ul>
      )}
      {declined.length > 0 && (
        <details class="govuk-details">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">Declined proposals ({declined.length})</span>
          </summary>
          <div class="govuk-details__text">
            <ul class="govuk-list govuk-list--spaced">
              {declined.map((i) => (
                <li key={i.id}>
                  <strong>{i.title}</strong>, proposed by {i.proposedBy?.name ?? 'a former member'}. Reason: {i.declineReason}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}
