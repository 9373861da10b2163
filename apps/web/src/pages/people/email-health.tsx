import { Button, Empty, ErrorSummary, formatDate, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../lib/hooks';

const PERSON_EMAIL = graphql(`
  query PersonEmail($personId: ID!) {
    personEmail(personId: $personId) {
      personId
      failure {
        reason
        statusCode
        since
      }
      messages {
        id
        kind
        outcome
        statusCode
        sentAt
        outcomeAt
      }
    }
  }
`);

const MARK_WORKING = graphql(`
  mutation MarkEmailWorking($personId: ID!) {
    markEmailWorking(personId: $personId) {
      personId
      failure {
        reason
      }
    }
  }
`);

const REASON_WORDS: Record<string, string> = {
  HARD_BOUNCE: 'Their mail server says the address does not exist or refuses mail',
  SOFT_BOUNCES: 'Mail to the address has failed again and again',
  COMPLAINT: 'They marked an email from Convene as spam',
};

const OUTCOME_WORDS: Record<string, string> = {
  PENDING: 'Sending',
  SENT: 'Sent',
  SKIPPED: 'Nothing to send',
  FAILED: 'Not sent yet (retrying)',
  BOUNCED_HARD: 'Bounced',
  BOUNCED_SOFT: 'Bounced (temporary)',
  COMPLAINED: 'Marked as spam',
};

const KIND_WORDS: Record<string, string> = {
  'agenda-pack': 'Agenda pack',
  'agenda-updated': 'Agenda update',
  'agenda-supplement': 'Added paper',
  'agenda-reminder': 'Agenda reminder',
  minutes: 'Minutes',
  'forum-digest': 'Forum digest',
  mentions: 'Mentions',
  'watched-posts': 'Watched threads',
  'reply-outcome': 'Reply confirmation',
  'email-confirmation': 'Address confirmation',
  'broken-link': 'Broken links',
  'action-reminder': 'Action reminder',
  'meeting-change': 'Meeting change',
  'password-reset': 'Password reset',
  'sign-in-link': 'Sign-in link',
  invitation: 'Invitation',
  'bank-search': 'Saved search',
};

/** Coordinators: whether mail to this person arrives, the ledger's last messages, and "mark as working again". */
export function EmailHealth({ personId, name }: { personId: string; name: string }) {
  const { data, reload } = useQuery(PERSON_EMAIL, { personId });
  const mark = useMutation(MARK_WORKING);
  if (!data) return null;
  const { failure, messages } = data.personEmail;
  return (
    <section aria-labelledby="email-health-heading" id="email-health">
      <h2 class="govuk-heading-m" id="email-health-heading">
        Email
      </h2>
      {failure && (
        <div class="govuk-warning-text" id="email-failing">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            Email to {name} is failing since {formatDate(failure.since)}: {REASON_WORDS[failure.reason] ?? failure.reason}
            {failure.statusCode && ` (status ${failure.statusCode})`}. Digests, mentions, agendas and reminders are not sent to it; sign-in links and password resets still are.
          </strong>
        </div>
      )}
      {failure && (
        <>
          <ErrorSummary error={mark.error} />
          <form
            noValidate
            onSubmit={async (event) => {
              event.preventDefault();
              if (await mark.run({ personId })) reload();
            }}
          >
            <Button secondary disabled={mark.pending}>
              Mark as working again
            </Button>
          </form>
        </>
      )}
      {messages.length === 0 ? (
        <Empty>No email sent to {name} yet.</Empty>
      ) : (
        <table class="govuk-table" id="email-messages">
          <caption class="govuk-table__caption govuk-table__caption--s">Recent messages</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                What
              </th>
              <th scope="col" class="govuk-table__header">
                Sent
              </th>
              <th scope="col" class="govuk-table__header">
                Outcome
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {messages.map((m) => (
              <tr class="govuk-table__row" key={m.id}>
                <td class="govuk-table__cell">{KIND_WORDS[m.kind] ?? m.kind}</td>
                <td class="govuk-table__cell">{m.sentAt ? formatDateTime(m.sentAt) : '—'}</td>
                <td class="govuk-table__cell">
                  {OUTCOME_WORDS[m.outcome] ?? m.outcome}
                  {m.statusCode && ` (${m.statusCode})`}
                  {m.outcomeAt && `, ${formatDateTime(m.outcomeAt)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
