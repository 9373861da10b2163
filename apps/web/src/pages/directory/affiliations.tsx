import { useState } from 'preact/hooks';
import { Button, Empty, ErrorSummary, Select, TextInput, formatDate } from '../../components/ui';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { useOrganisationOptions } from '../admin/people';

const AFFILIATIONS = graphql(`
  query DirectoryAffiliations($id: ID!) {
    person(id: $id) {
      id
      affiliations {
        id
        organisationId
        organisationName
        title
        startsOn
        endsOn
      }
    }
  }
`);

const RECORD = graphql(`
  mutation DirectoryRecordAffiliation($input: PastAffiliationInput!) {
    recordPastAffiliation(input: $input) {
      id
    }
  }
`);

/** A person's organisations over time; coordinators add past spans (the current one is their organisation). */
export function Affiliations({ personId }: { personId: string }) {
  const { me } = useSession();
  const { data, reload } = useQuery(AFFILIATIONS, { id: personId });
  const list = data?.person.affiliations ?? [];
  return (
    <section aria-labelledby="affiliations-heading">
      <h2 class="govuk-heading-m" id="affiliations-heading">
        Organisations over time
      </h2>
      {data && list.length === 0 && <Empty>No organisations recorded.</Empty>}
      {list.length > 0 && (
        <ul class="govuk-list" id="person-affiliations">
          {list.map((a) => (
            <li key={a.id}>
              <a class="govuk-link" href={`/directory/organisations/${a.organisationId}`}>
                {a.organisationName}
              </a>
              {a.title && `, ${a.title}`}: {formatDate(a.startsOn)} to {a.endsOn ? formatDate(a.endsOn) : 'now'}
            </li>
          ))}
        </ul>
      )}
      {isCoordinator(me) && <PastForm personId={personId} saved={reload} />}
    </section>
  );
}

function PastForm({ personId, saved }: { personId: string; saved(): void }) {
  const organisations = useOrganisationOptions();
  const [d, setD] = useState({ organisationId: '', title: '', startsOn: '', endsOn: '' });
  const record = useMutation(RECORD);
  const set = (name: keyof typeof d) => (e: Event) => setD({ ...d, [name]: (e.currentTarget as HTMLInputElement).value });
  const err = (field: string) => (record.error?.field === field ? record.error.message : undefined);
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Add a past organisation</span>
      </summary>
      <div class="govuk-details__text">
        <ErrorSummary error={record.error} fields={{ organisationId: 'past-organisation', startsOn: 'past-starts', endsOn: 'past-ends' }} />
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (await record.run({ input: { personId, ...d } })) {
              setD({ organisationId: '', title: '', startsOn: '', endsOn: '' });
              saved();
            }
          }}
        >
          <Select id="past-organisation" label="Organisation" value={d.organisationId} error={err('organisationId')} onChange={set('organisationId')} options={[{ value: '', label: 'Choose an organisation' }, ...organisations.nodes.map((o) => ({ value: o.id, label: o.name }))]} />
          <TextInput id="past-title" label="Job title (optional)" value={d.title} onInput={set('title')} />
          <TextInput id="past-starts" label="From" hint="YYYY-MM-DD" class="govuk-input--width-10" value={d.startsOn} onInput={set('startsOn')} error={err('startsOn')} />
          <TextInput id="past-ends" label="To" hint="YYYY-MM-DD, today or earlier" class="govuk-input--width-10" value={d.endsOn} onInput={set('endsOn')} error={err('endsOn')} />
          <Button secondary disabled={record.pending}>
            Add to their history
          </Button>
        </form>
      </div>
    </details>
  );
}
