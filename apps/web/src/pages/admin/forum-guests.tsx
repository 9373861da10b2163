import { useState } from 'preact/hooks';
import { ErrorState, Loading, PageHeading } from '../../components/ui';
import { graphql } from '../../gql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { AdminNav, AdminOnly, ErrorList, Flash, apiErrors } from './shared';

const GUESTS = graphql(`
  query ForumGuestsAdmin {
    forumGuests {
      id
      name
      organisationName
      forums {
        id
        name
      }
    }
    forumInvitationJoiners {
      person {
        id
        name
      }
      forum {
        id
        name
      }
    }
  }
`);

const MAKE_MEMBER = graphql(`
  mutation MakeGuestMember($personId: ID!) {
    makeGuestMember(personId: $personId)
  }
`);

const MAKE_GUEST = graphql(`
  mutation MakeForumGuest($personId: ID!) {
    makeForumGuest(personId: $personId)
  }
`);

/** Coordinators: the partnership's forum guests (make one a member), and members who came in through a forum invitation (make one a guest). */
export function AdminForumGuestsPage() {
  return (
    <AdminOnly>
      <ForumGuests />
    </AdminOnly>
  );
}

function ForumGuests() {
  useTitle('Forum guests');
  const { data, error, loading, reload } = useQuery(GUESTS);
  const makeMember = useMutation(MAKE_MEMBER);
  const makeGuest = useMutation(MAKE_GUEST);
  const [flash, setFlash] = useState<string>();
  if (loading && !data) return <Loading what="Loading forum guests" />;
  if (!data) return error ? <ErrorState error={error} retry={reload} /> : null;
  const act = async (run: () => Promise<unknown>, message: string) => {
    if (await run()) {
      await reload();
      setFlash(message);
    }
  };
  return (
    <>
      <PageHeading>Forum guests</PageHeading>
      <AdminNav current="guests" />
      <Flash message={flash} />
      <ErrorList errors={apiErrors(makeMember.error ?? makeGuest.error)} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body">
            Someone new who accepts a forum invitation joins as a forum guest: they see the forums they are in and the names of the people there, and nothing else of the partnership.
          </p>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">{data.forumGuests.length === 1 ? '1 forum guest' : `${data.forumGuests.length} forum guests`}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Name</th>
                <th scope="col" class="govuk-table__header">Forums</th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {data.forumGuests.map((g) => (
                <tr class="govuk-table__row" key={g.id}>
                  <th scope="row" class="govuk-table__header">
                    {g.name}
                    {g.organisationName && <span class="govuk-body-s app-manage-block">{g.organisationName}</span>}
                  </th>
                  <td class="govuk-table__cell">{g.forums.map((f) => f.name).join(', ') || 'None'}</td>
                  <td class="govuk-table__cell">
                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={makeMember.pending} onClick={() => act(() => makeMember.run({ personId: g.id }), `${g.name} is now a member of the partnership.`)}>
                      Make member<span class="govuk-visually-hidden"> {g.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 class="govuk-heading-m">Joined through a forum invitation</h2>
          <p class="govuk-body">
            Before forum guests existed, a forum invitation made people full members. They keep their membership until you decide: make someone a guest and they keep the forums they are in, and lose the rest.
          </p>
          {data.forumInvitationJoiners.length === 0 ? (
            <p class="govuk-body">Nobody is a member through a forum invitation.</p>
          ) : (
            <ul class="govuk-list">
              {data.forumInvitationJoiners.map((j) => (
                <li key={j.person?.id}>
                  {j.person?.name ?? 'Someone'} (joined through {j.forum?.name ?? 'a forum since removed'}){' '}
                  {j.person && (
                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={makeGuest.pending} onClick={() => act(() => makeGuest.run({ personId: j.person!.id }), `${j.person!.name} is now a forum guest.`)}>
                      Make guest<span class="govuk-visually-hidden"> {j.person.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
}
