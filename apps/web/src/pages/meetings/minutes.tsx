import { Button, Empty, ErrorSummary, Tag, TextArea, formatDate, formatDateTime, words } from '../../components/ui';
import { ActionsSection } from './actions';
import { AreaNotice, useMeeting, type Minutes } from './context';
import { MinutesEditor, StartMinutes } from './minutes-editor';
import { MinutesRevisions, MinutesSteps } from './minutes-steps';
import { Text } from './parts';
import { errorFor, textOf, useAction } from './forms';
import { PaperFiles, PaperUploader } from './paper-files';
import { MEETING_COMMENT_ON_MINUTES } from './mutations';
import { PdfDownload } from './pack-pdf';

const COLOURS: Record<string, string> = { DRAFT: 'grey', CIRCULATED: 'blue', APPROVED: 'green', PUBLISHED: 'green' };

/** One status, from the minutes' own status, with the date it was reached. */
function StatusLine({ minutes }: { minutes: Minutes }) {
  const since: Record<string, string | null | undefined> = {
    CIRCULATED: minutes.circulatedAt && `since ${formatDate(minutes.circulatedAt)}`,
    APPROVED: minutes.approvedAt && `on ${formatDate(minutes.approvedAt)}${minutes.approvedBy ? `, recorded by ${minutes.approvedBy.name}` : ''}`,
    PUBLISHED: minutes.publishedAt && `on ${formatDate(minutes.publishedAt)}`,
  };
  const when = since[minutes.status];
  return (
    <p class="govuk-body" id="minutes-status">
      Status: <Tag colour={COLOURS[minutes.status]}>{words(minutes.status)}</Tag>
      {when && <span class="app-secondary"> {when}</span>}
    </p>
  );
}

/** The minutes as members read them from circulation on. */
function MinutesView({ minutes }: { minutes: Minutes }) {
  return (
    <>
      {minutes.items.map((item, i) => (
        <div key={item.agendaItemId ?? i}>
          <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
            {i + 1}. {item.title}
          </h3>
          {item.redacted && <p class="govuk-body-s app-secondary">Left out of the public minutes.</p>}
          {/* Rendered and sanitised by the API, as forum posts are. */}
          {item.notes.trim() ? <div class="app-post__body" dangerouslySetInnerHTML={{ __html: item.notesHtml }} /> : <p class="govuk-body app-secondary">No notes.</p>}
        </div>
      ))}
      <h3 class="govuk-heading-m">Decisions</h3>
      {minutes.decisions.length === 0 ? (
        <Empty>No decisions were recorded.</Empty>
      ) : (
        <ol class="govuk-list govuk-list--number">
          {minutes.decisions.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      )}
      {minutes.attendanceNote && (
        <>
          <h3 class="govuk-heading-m">Attendance</h3>
          <Text value={minutes.attendanceNote} />
        </>
      )}
    </>
  );
}

/** Members' comments while the minutes were circulated. */
function Comments({ minutes }: { minutes: Minutes }) {
  if (minutes.comments.length === 0) return null;
  return (
    <>
      <h3 class="govuk-heading-m">Comments from members</h3>
      <ul class="govuk-list govuk-list--spaced">
        {minutes.comments.map((c) => (
          <li key={c.id}>
            <span class="app-pre-wrap">{c.body}</span>
            <span class="app-block govuk-body-s app-secondary">
              {c.author?.name ?? 'A former member'}, {formatDateTime(c.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** While the minutes are circulated, members (not observers) comment on them before approval. */
function CommentForm({ minutes }: { minutes: Minutes }) {
  const { can, done } = useMeeting();
  const comment = useAction(MEETING_COMMENT_ON_MINUTES);
  if (!can.commentOnMinutes) return null;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const body = textOf(form, 'minutes-comment');
    if (!body) return comment.fail('body', 'Write your comment on the draft minutes');
    if (await comment.run({ minutesId: minutes.id, body })) {
      form.reset();
      await done('minutes', 'Thank you. Your comment is with the minutes for the chair and secretary.');
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary error={comment.error} fields={{ body: 'minutes-comment' }} />
      <TextArea id="minutes-comment" label="Comment on the draft minutes" hint="For example, a correction to a note or a decision. Everyone who can see the draft can read it." rows={4} error={errorFor(comment.error, 'body')} />
      <Button secondary disabled={comment.pending}>
        Add your comment
      </Button>
    </form>
  );
}

/** Minutes: drafted and circulated by the chair, secretary or a coordinator, then approved and published. */
export function MinutesSection() {
  const { meeting, can, canManage } = useMeeting();
  const minutes = meeting.minutes;
  const editable = can.takeMinutes && minutes;
  return (
    <section aria-labelledby="minutes-heading">
      <h2 class="govuk-heading-l" id="minutes-heading">
        Minutes
      </h2>
      <AreaNotice area="minutes" />
      {minutes && <StatusLine minutes={minutes} />}
      {minutes && <PdfDownload pdf={minutes.pdf} what="minutes" />}
      {!minutes && can.takeMinutes && <StartMinutes />}
      {!minutes && !can.takeMinutes && <Empty>The minutes have not been circulated yet.</Empty>}
      {minutes && (editable ? <MinutesEditor minutes={minutes} key={minutes.id} /> : <MinutesView minutes={minutes} />)}
      {minutes && (
        <div class="app-minutes-files">
          <h3 class="govuk-heading-m">Attached files</h3>
          {minutes.files.length === 0 && !canManage && <Empty>No files are attached to the minutes.</Empty>}
          <PaperFiles files={minutes.files} label="the minutes" />
          {canManage && <PaperUploader owner={{ minutesId: minutes.id, title: 'the minutes' }} />}
        </div>
      )}
      {minutes && <Comments minutes={minutes} />}
      {minutes && <CommentForm minutes={minutes} />}
      {minutes && canManage && <MinutesSteps minutes={minutes} />}
      {minutes && canManage && <MinutesRevisions minutes={minutes} key={`${minutes.id}-${minutes.version}-${minutes.status}`} />}
      <ActionsSection />
    </section>
  );
}
