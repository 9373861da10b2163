import { useState } from 'preact/hooks';
import { Empty, ErrorSummary } from '../../components/ui';
import { AgendaItemView } from './agenda-item';
import { PublishForm } from './agenda-publish';
import { useMeeting, type Item } from './context';
import { useAction } from './forms';
import { AddItemForm } from './item-form';
import { EditItemForm, OpenInputsButton } from './item-edit';
import { AgendaTotal, itemStarts } from './timing';
import { MEETING_REMOVE_ITEM, MEETING_REORDER } from './mutations';
import { Proposals } from './proposals';

const focusSoon = (...ids: string[]) =>
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) return el.focus();
    }
  });

/** Managers' working agenda: every accepted item with controls to move it up, down, or off. */
function WorkingAgenda() {
  const { meeting, can, done } = useMeeting();
  const reorder = useAction(MEETING_REORDER);
  const remove = useAction(MEETING_REMOVE_ITEM);
  const [confirming, setConfirming] = useState<string>();
  const accepted = meeting.agendaItems.filter((i) => i.status === 'ACCEPTED');
  const starts = itemStarts(meeting, accepted);

  const move = async (item: Item, by: -1 | 1) => {
    const here = accepted.indexOf(item);
    const other = accepted[here + by];
    if (!other) return;
    // The API wants every item of the agenda, proposals and declined ones included.
    const ids = meeting.agendaItems.map((i) => (i.id === item.id ? other.id : i.id === other.id ? item.id : i.id));
    if (await reorder.run({ meetingId: meeting.id, itemIds: ids })) {
      await done('agenda', `“${item.title}” is now number ${here + by + 1} of ${accepted.length}.`);
      const [same, opposite] = by < 0 ? ['up', 'down'] : ['down', 'up'];
      focusSoon(`move-${same}-${item.id}`, `move-${opposite}-${item.id}`);
    }
  };
  const onRemove = async (item: Item) => {
    if (await remove.run({ id: item.id })) {
      setConfirming(undefined);
      await done('agenda', `“${item.title}” has been removed from the agenda.`);
    }
  };

  return (
    <>
      <ErrorSummary error={reorder.error ?? remove.error} />
      {accepted.length > 0 && <AgendaTotal meeting={meeting} items={accepted} />}
      {accepted.length === 0 ? (
        <Empty>There are no items on the agenda yet. Add one below.</Empty>
      ) : (
        <ol class="app-agenda">
          {accepted.map((item, i) => (
            <li class="app-agenda__item" key={item.id}>
              <AgendaItemView item={item} number={i + 1} startsAt={starts.get(item.id)}>
                {!can.editAgenda ? null : confirming === item.id ? (
                  <div class="app-confirm">
                    <p class="govuk-body">Remove “{item.title}” from the agenda? This cannot be undone.</p>
                    <div class="govuk-button-group">
                      <button type="button" class="govuk-button govuk-button--warning" id={`remove-yes-${item.id}`} disabled={remove.pending} onClick={() => onRemove(item)}>
                        Yes, remove it
                      </button>
                      <button type="button" class="govuk-button govuk-button--secondary" onClick={() => (setConfirming(undefined), focusSoon(`remove-${item.id}`))}>
                        No, keep it
                      </button>
                    </div>
                  </div>
                ) : (
                  <div class="govuk-button-group app-item-controls">
                    {i > 0 && (
                      <button type="button" class="govuk-button govuk-button--secondary" id={`move-up-${item.id}`} aria-label={`Move up: ${item.title}`} disabled={reorder.pending} onClick={() => move(item, -1)}>
                        Move up
                      </button>
                    )}
                    {i < accepted.length - 1 && (
                      <button type="button" class="govuk-button govuk-button--secondary" id={`move-down-${item.id}`} aria-label={`Move down: ${item.title}`} disabled={reorder.pending} onClick={() => move(item, 1)}>
                        Move down
                      </button>
                    )}
                    <button type="button" class="govuk-button govuk-button--secondary" id={`remove-${item.id}`} aria-label={`Remove: ${item.title}`} onClick={() => (setConfirming(item.id), focusSoon(`remove-yes-${item.id}`))}>
                      Remove
                    </button>
                    <OpenInputsButton item={item} />
                  </div>
                )}
                {can.editAgenda && <EditItemForm item={item} key={`${item.id}-${item.title}-${item.minutesAllotted}-${item.presenter?.id}-${item.papers.length}`} />}
              </AgendaItemView>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** What the chair, secretary and coordinators see in place of the read-only agenda. */
export function AgendaManager() {
  const { can } = useMeeting();
  return (
    <>
      <WorkingAgenda />
      {can.editAgenda && <AddItemForm />}
      {can.editAgenda && <Proposals />}
      <PublishForm />
    </>
  );
}
