import { ErrorState, Loading, PageHeading, formatDate } from '../../components/ui';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { ErrorList, Flash, apiErrors } from '../admin/shared';
import { PersonSearch } from '../people/person-search';
import { CONTRIBUTORS, SET_CONTRIBUTOR } from './operations';
import { useState } from 'preact/hooks';

/** Coordinators choose who else may add and edit bank resources. */
export function ContributorsPage() {
  const { me } = useSession();
  const coordinator = isCoordinator(me);
  const list = useQuery(CONTRIBUTORS, {}, { skip: !coordinator });
  const set = useMutation(SET_CONTRIBUTOR);
  const [notice, setNotice] = useState<string>();
  useTitle('Knowledge bank contributors');
  if (!coordinator) {
    return (
      <>
        <PageHeading caption="Knowledge bank">Contributors</PageHeading>
        <p class="govuk-body">Only coordinators and admins choose the knowledge bank’s contributors.</p>
      </>
    );
  }
  if (list.error) return <ErrorState error={list.error} retry={list.reload} />;
  const people = list.data?.resourceContributors;
  const change = async (personId: string, name: string, contributor: boolean) => {
    if (await set.run({ personId, contributor })) {
      setNotice(contributor ? `${name} can now add and edit resources.` : `${name} is no longer a contributor.`);
      list.reload();
    }
  };
  return (
    <>
      <a class="govuk-back-link" href="/resources">
        Knowledge bank
      </a>
      <Flash message={notice} />
      <PageHeading caption="Knowledge bank">Contributors</PageHeading>
      <p class="govuk-body">Coordinators and admins always add and edit resources. Contributors may too: they add resources and edit those they can see.</p>
      <ErrorList errors={apiErrors(set.error)} />
      {!people ? (
        <Loading what="Loading contributors" />
      ) : people.length === 0 ? (
        <p class="govuk-body">Nobody else is a contributor yet.</p>
      ) : (
        <ul class="govuk-list">
          {people.map((p) => (
            <li key={p.personId}>
              {p.name} <span class="govuk-body-s app-secondary">(since {formatDate(p.grantedAt)})</span>{' '}
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => change(p.personId, p.name, false)}>
                Remove<span class="govuk-visually-hidden"> {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2 class="govuk-heading-m">Add a contributor</h2>
      <PersonSearch id="contributor-search" already={new Set(people?.map((p) => p.personId) ?? [])} alreadyWords="already a contributor" onChoose={(person) => change(person.id, person.name, true)} />
    </>
  );
}
