import { PageHeading } from '../../../components/ui';
import { useTitle } from '../../../lib/hooks';
import { RecordAnswers } from './record-answers';

/** The "record a reply" form on a page of its own: linked from the matrix and the request page. */
export function RecordAnswersPage({ requestId }: { requestId: string }) {
  useTitle('Record a reply');
  return (
    <>
      <PageHeading>Record a reply</PageHeading>
      <p class="govuk-body">
        <a class="govuk-link" href={`/foi/requests/${requestId}`}>
          Back to the request
        </a>
      </p>
      <RecordAnswers requestId={requestId} />
    </>
  );
}
