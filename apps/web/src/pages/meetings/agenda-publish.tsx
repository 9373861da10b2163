import { useState } from 'preact/hooks';
import { Button, ErrorSummary, TextArea } from '../../components/ui';
import { CheckStep } from './check-step';
import { useMeeting } from './context';
import { errorFor, textOf, useAction } from './forms';
import { MEETING_PUBLISH_AGENDA } from './mutations';

/** Freezes the accepted items as version 1, 2, …; from version 2 a change note is required. Checked first: it emails the group. */
export function PublishForm() {
  const { meeting, can, done } = useMeeting();
  const publish = useAction(MEETING_PUBLISH_AGENDA);
  const [checking, setChecking] = useState<string | null>(null);
  if (!can.publishAgenda) return null;
  const latest = meeting.agendaVersions[0]?.version ?? 0;
  const republish = latest > 0;
  const ids = (items: { id: string }[]) => items.map((i) => i.id).join();
  const accepted = meeting.agendaItems.filter((i) => i.status === 'ACCEPTED');
  const changed = republish && ids(meeting.agendaVersions[0].items) !== ids(accepted);
  const label = republish ? `Publish version ${latest + 1}` : 'Publish the agenda';

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const changeNote = republish ? textOf(event.currentTarget as HTMLFormElement, 'publish-note') : '';
    if (republish && !changeNote) return publish.fail('changeNote', 'Say what has changed since the last published version');
    setChecking(changeNote);
  };
  const onConfirm = async () => {
    const published = await publish.run({ meetingId: meeting.id, changeNote: checking || null });
    setChecking(null);
    if (published) await done('agenda', `Version ${published.publishAgenda.version} of the agenda has been published. Members can now read it.`);
  };
  const onCancel = () => {
    setChecking(null);
    requestAnimationFrame(() => document.getElementById('publish-submit')?.focus());
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 class="govuk-heading-m">{republish ? 'Publish a new version' : 'Publish the agenda'}</h3>
      <p class="govuk-body">
        {republish
          ? `Version ${latest} is published. ${changed ? 'Items have been added, removed or moved since then. ' : ''}Publishing again freezes the agenda as it is now as version ${latest + 1}.`
          : 'Publishing freezes the accepted items, in this order, as version 1 for members to read.'}
      </p>
      <ErrorSummary error={publish.error} fields={{ changeNote: 'publish-note' }} />
      {republish && <TextArea id="publish-note" label="What has changed?" hint="For example, “Added the housing paper; moved AOB to the end.”" rows={3} error={errorFor(publish.error, 'changeNote')} />}
      {checking === null ? (
        <Button id="publish-submit" disabled={publish.pending}>
          {label}
        </Button>
      ) : (
        <CheckStep
          email="AGENDA_PACK"
          action={label}
          what={republish ? 'a note that the agenda has changed, or the pack to anyone who has not had it' : `the agenda pack, ${meeting.group.agendaPackDays} days before the meeting or now if that is sooner`}
          confirm={republish ? `Yes, publish version ${latest + 1}` : 'Yes, publish the agenda'}
          pending={publish.pending}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      )}
    </form>
  );
}
