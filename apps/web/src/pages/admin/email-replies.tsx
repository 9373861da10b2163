import { Empty, ErrorState, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import { useQuery } from '../../lib/hooks';

export const MY_EMAIL_REPLIES = graphql(`
  query MyEmailReplies {
    myEmailReplies(first: 20) {
      id
      outcome
      purpose
      reason
      receivedAt
    }
  }
`);

const DID: Record<string, string> = {
  RECEIVED: 'Being handled',
  APOLOGIES: 'Apologies recorded',
  ACCEPTED: 'Attendance recorded',
  MEETING_COMMENT: 'Passed to the coordinators as a comment',
  FORUM_POST: 'Posted in the thread',
  MINUTES_COMMENT: 'Added as a comment on the minutes',
  FOI_CORRESPONDENCE: 'Added to the FOI correspondence',
  REFUSED: 'Not acted on',
  AUTO_REPLY: 'Ignored: an automatic reply',
};
const ABOUT: Record<string, string> = { AGENDA_PACK: 'an agenda pack', FORUM_THREAD: 'a forum email', MINUTES: 'minutes for comment', FOI_REQUEST: 'an FOI letter' };

/** What your replies by email did, so a reply that was refused is not a mystery. */
export function EmailRepliesSection() {
  const { data, error, reload } = useQuery(MY_EMAIL_REPLIES, {});
  return (
    <section class="govuk-!-margin-top-8" aria-labelledby="email-replies-heading">
      <h2 class="govuk-heading-m" id="email-replies-heading">
        Your replies by email
      </h2>
      <p class="govuk-body">Reply to an agenda pack, a forum digest, a mention or minutes circulated for comment, and Convene acts on it. Your last 20 replies:</p>
      {error ? (
        <ErrorState error={error} retry={reload} />
      ) : !data ? null : data.myEmailReplies.length === 0 ? (
        <Empty>You have not replied to any email yet.</Empty>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-visually-hidden">Your replies by email</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Received</th>
              <th scope="col" class="govuk-table__header">Reply to</th>
              <th scope="col" class="govuk-table__header">What it did</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {data.myEmailReplies.map((r) => (
              <tr class="govuk-table__row" key={r.id}>
                <td class="govuk-table__cell">{formatDateTime(r.receivedAt)}</td>
                <td class="govuk-table__cell">{ABOUT[r.purpose ?? ''] ?? 'an email'}</td>
                <td class="govuk-table__cell">
                  {DID[r.outcome] ?? r.outcome}
                  {r.reason && r.outcome !== 'AUTO_REPLY' ? `: ${r.reason}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
