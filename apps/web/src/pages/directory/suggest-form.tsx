import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Notice, TextArea } from '../../components/ui';
import { useMutation } from '../../lib/hooks';
import { SUGGEST } from './operations';

/** "Suggest a change": for anyone signed in; coordinators review what is sent. */
export function SuggestForm({ organisationId, serviceId }: { organisationId?: string; serviceId?: string }) {
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const suggest = useMutation(SUGGEST);
  return (
    <section aria-labelledby="suggest-heading" class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id="suggest-heading">
        Suggest a change
      </h2>
      {sent && <Notice>Thank you. A coordinator will look at your suggestion.</Notice>}
      <ErrorSummary error={suggest.error} fields={{ body: 'suggestion' }} />
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await suggest.run({ input: { organisationId: organisationId ?? null, serviceId: serviceId ?? null, body } });
          if (done) {
            setBody('');
            setSent(true);
          }
        }}
      >
        <TextArea id="suggestion" label="What is wrong or missing?" hint="For example a new time, a closed service or a changed phone number." value={body} error={suggest.error?.field === 'body' ? suggest.error.message : undefined} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} />
        <Button secondary disabled={suggest.pending}>
          Send suggestion
        </Button>
      </form>
    </section>
  );
}
