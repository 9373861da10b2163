import { Empty, ErrorState, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import { useQuery } from '../../lib/hooks';
import { useMeeting } from './context';

export const MEETING_EMAIL_COMMENTS = graphql(`
  query MeetingEmailComments($meetingId: ID!) {
    meetingEmailComments(meetingId: $meetingId) {
      id
      body
      createdAt
      authorName
    }
  }
`);

/**
 * For the chair, secretary and coordinators: replies to the agenda pack email that were neither
 * apologies nor "attending" (those show in attendance). Members never see this.
 */
export function EmailCommentsSection() {
  const { meeting, canManage } = useMeeting();
  const { data, error, reload } = useQuery(MEETING_EMAIL_COMMENTS, { meetingId: meeting.id }, { skip: !canManage });
  if (!canManage) return null;
  const comments = data?.meetingEmailComments ?? [];
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby="email-comments-heading">
      <h2 class="govuk-heading-l" id="email-comments-heading">
        Comments by email
      </h2>
      <p class="govuk-body">Replies to the agenda pack email that were not apologies or "attending". Only the chair, secretary and coordinators see these.</p>
      {error ? (
        <ErrorState error={error} retry={reload} />
      ) : !data ? null : comments.length === 0 ? (
        <Empty>No one has replied to the agenda pack with a comment.</Empty>
      ) : (
        <ul class="govuk-list app-email-comments">
          {comments.map((c) => (
            <li key={c.id} class="govuk-!-margin-bottom-4">
              <p class="govuk-body-s govuk-!-margin-bottom-1">
                <strong>{c.authorName ?? 'A former member'}</strong>, {formatDateTime(c.createdAt)}
              </p>
              <p class="govuk-body" style={{ whiteSpace: 'pre-wrap' }}>{c.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
