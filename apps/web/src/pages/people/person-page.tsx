import { Empty, ErrorState, Loading, PageHeading } from '../../components/ui';
import { graphql } from '../../gql';
import { useQuery, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { Affiliations } from '../directory/affiliations';
import { KIND_WORDS, ROLE_WORDS } from '../groups/format';
import { EmailHealth } from './email-health';

const PERSON = graphql(`
  query PersonPage($id: ID!, $nameOnly: Boolean!) {
    person(id: $id) {
      id
      name
      jobTitle
      active @skip(if: $nameOnly)
      organisation {
        id
        name
      }
      groupMemberships {
        id
        role
        group {
          id
          name
          kind
        }
        organisation {
          id
          name
        }
      }
      forums {
        id
        name
      }
    }
  }
`);

/** Someone in the partnership: their organisation, the groups they sit in and the forums they are in (as far as you may see). */
export function PersonPage({ personId }: { personId: string }) {
  const { me } = useSession();
  // A forum guest may read only the names of others: the API refuses their status.
  const nameOnly = me?.role === 'GUEST' && me.id !== personId;
  const { data, error, loading, reload } = useQuery(PERSON, { id: personId, nameOnly });
  useTitle(data ? data.person.name : error?.code === 'NOT_FOUND' ? 'Person not found' : 'Person');
  if (loading && !data) return <Loading what="Loading" />;
  if (!data) {
    return (
      <>
        <PageHeading>{error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT' ? 'Person not found' : 'Sorry, this page cannot be shown'}</PageHeading>
        {error && error.code !== 'NOT_FOUND' && <ErrorState error={error} retry={reload} />}
      </>
    );
  }
  const person = data.person;
  const mine = person.id === me?.id;
  return (
    <>
      <PageHeading caption={mine ? 'Your profile' : person.organisation?.name}>{person.name}</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds app-manage-wrap">
          <p class="govuk-body">
            {[person.jobTitle, person.organisation?.name].filter(Boolean).join(', ') || 'No organisation given.'}
            {person.active === false && ' No longer active in the partnership.'}
          </p>
          {mine && (
            <p class="govuk-body">
              <a class="govuk-link" href="/account">
                Change your name or password
              </a>
            </p>
          )}
          <h2 class="govuk-heading-m">Groups</h2>
          {person.groupMemberships.length === 0 ? (
            <Empty>{mine ? 'You are not in any group yet.' : 'Not in any group you can see.'}</Empty>
          ) : (
            <ul class="govuk-list govuk-list--spaced" id="person-groups">
              {person.groupMemberships.map((m) => (
                <li key={m.id}>
                  <a class="govuk-link" href={`/groups/${m.group?.id}`}>
                    {m.group?.name}
                  </a>
                  <br />
                  <span class="govuk-body-s">
                    {ROLE_WORDS[m.role] ?? m.role}
                    {m.group && ` of this ${(KIND_WORDS[m.group.kind] ?? 'group').toLowerCase()}`}
                    {m.organisation && `, representing ${m.organisation.name}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Affiliations personId={person.id} />
          {isCoordinator(me) && <EmailHealth personId={person.id} name={person.name} />}
          {isCoordinator(me) && (
            <p class="govuk-body">
              <a class="govuk-link" href={`/directory/people/${person.id}/data`}>
                Data held about {person.name}
              </a>
            </p>
          )}
          <h2 class="govuk-heading-m">Forums</h2>
          {person.forums.length === 0 ? (
            <Empty>{mine ? 'You are not in any forum yet.' : 'Not in any forum you are in too.'}</Empty>
          ) : (
            <ul class="govuk-list" id="person-forums">
              {person.forums.map((f) => (
                <li key={f.id}>
                  <a class="govuk-link" href={`/forums/${f.id}`}>
                    {f.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
}
