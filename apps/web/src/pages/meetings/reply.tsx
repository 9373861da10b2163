import { Button, ErrorSummary, TextArea } from '../../components/ui';
import { AreaNotice, useMeeting } from './context';
import { errorFor, textOf, useAction } from './forms';
import { MEETING_ACCEPT, MEETING_SEND_APOLOGIES } from './mutations';

const SAID: Record<string, string> = {
  INVITED: 'You have not replied yet.',
  ACCEPTED: 'You have said you will attend.',
  APOLOGIES: 'You have sent your apologies.',
  ATTENDED: 'You are recorded as having attended.',
  ABSENT: 'You are recorded as absent.',
};

/** A group member says they will come, or sends apologies with an optional note. */
export function ReplySection() {
  const { meeting, meId, isMember, done } = useMeeting();
  const accept = useAction(MEETING_ACCEPT);
  const apologies = useAction(MEETING_SEND_APOLOGIES);
  // Everyone in the group is on the attendance list; the API says whether they may still reply.
  const mine = meeting.attendance.find((a) => a.person?.id === meId);
  if (!mine && !isMember) return null;
  const status = mine?.status ?? 'INVITED';
  const cancelled = meeting.status === 'CANCELLED';
  const error = accept.error ?? apologies.error;

  const onAccept = async () => {
    if (await accept.run({ meetingId: meeting.id })) await done('reply', 'Thank you. You are down as attending.');
  };
  const onApologies = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const note = textOf(form, 'apologies-note');
    if (await apologies.run({ meetingId: meeting.id, note: note || null })) {
      form.reset();
      await done('reply', 'Your apologies have been sent.');
    }
  };

  return (
    <section aria-labelledby="reply-heading" class="app-reply">
      <h2 class="govuk-heading-m" id="reply-heading">
        Your reply
      </h2>
      <AreaNotice area="reply" />
      <p class="govuk-body">
        {SAID[status]}
        {status === 'APOLOGIES' && mine?.note ? ` Your note: “${mine.note}”` : ''}
      </p>
      {cancelled ? (
        <p class="govuk-body">The meeting is cancelled, so there is nothing to reply to.</p>
      ) : !isMember ? (
        <p class="govuk-body">The meeting is over, so replies are closed.</p>
      ) : (
        <>
          <ErrorSummary error={error} fields={{ note: 'apologies-note' }} />
          {status !== 'ACCEPTED' && status !== 'ATTENDED' && (
            <button type="button" class="govuk-button" data-module="govuk-button" disabled={accept.pending} onClick={onAccept}>
              I will attend
            </button>
          )}
          {status !== 'ATTENDED' && (
            <form onSubmit={onApologies} noValidate>
              <TextArea id="apologies-note" label="Note with your apologies (optional)" hint="For example, who will come in your place." rows={3} error={errorFor(apologies.error, 'note')} />
              <Button secondary disabled={apologies.pending}>
                {status === 'APOLOGIES' ? 'Update your apologies' : 'Send apologies'}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
