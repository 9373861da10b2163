import { useState } from 'preact/hooks';
import { Empty, ErrorState, Loading, PageHeading, Tag, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import type { GroupsListQuery } from '../../gql/graphql';
import { useQuery, useTitle } from '../../lib/hooks';
import { useLocation } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { KIND_WORDS, ROLE_WORDS, VISIBILITY_SHORT } from './format';

const GROUPS = graphql(`
  query GroupsList($from: DateTime!, $includeArchived: Boolean!) {
    groups(includeArchived: $includeArchived) {
      id
      name
      kind
      visibility
      archivedAt
      myRole
      meetings(from: $from) {
        id
        startsAt
        status
        location
        onlineUrl
      }
    }
  }
`);

type Group = GroupsListQuery['groups'][number];

/** The start of the current minute: stable across renders, so the query runs once. */
const thisMinute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();

function GroupItem({ group }: { group: Group }) {
  const next = group.meetings.filter((m) => m.status === 'SCHEDULED').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  return (
    <li class="app-groups-item">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
        <a class="govuk-link" href={`/groups/${group.id}`}>
          {group.name}
        </a>
      </h3>
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        {KIND_WORDS[group.kind] ?? group.kind}. {VISIBILITY_SHORT[group.visibility] ?? group.visibility}.
        {group.myRole && (
          <>
            {' '}
            <Tag colour="grey">You: {ROLE_WORDS[group.myRole] ?? group.myRole}</Tag>
          </>
        )}
      </p>
      <p class="govuk-body govuk-!-margin-bottom-0">
        {next ? (
          <>
            Next meeting:{' '}
            <a class="govuk-link" href={`/meetings/${next.id}`}>
              {formatDateTime(next.startsAt)}
            </a>
            {next.location ? `, ${next.location}` : next.onlineUrl ? ', online' : ''}
          </>
        ) : (
          <span class="govuk-hint">No meetings planned.</span>
        )}
      </p>
    </li>
  );
}

/** The groups the person can see: their own first, then those open to the partnership. */
export function GroupsPage() {
  useTitle('Groups');
  const { me } = useSession();
  const { searchParams } = useLocation();
  const showArchived = searchParams.get('archived') === '1';
  const [from] = useState(thisMinute);
  const { data, error, loading, reload } = useQuery(GROUPS, { from, includeArchived: showArchived });
  const current = data?.groups.filter((g) => !g.archivedAt) ?? [];
  const archived = data?.groups.filter((g) => g.archivedAt) ?? [];
  const mine = current.filter((g) => g.myRole);
  const others = current.filter((g) => !g.myRole);
  return (
    <>
      <PageHeading caption={me?.partnership.name}>Groups</PageHeading>
      {me?.partnership.viewerCan.createGroup && (
        <a class="govuk-button" href="/groups/new" role="button" draggable={false}>
          Create a group
        </a>
      )}
      {loading && !data && <Loading what="Loading groups" />}
      {error && <ErrorState error={error} retry={reload} />}
      {data && (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            {current.length === 0 ? (
              <>
                <p class="govuk-body">There are no groups for you to see yet.</p>
                <Empty>When a coordinator adds you to a steering group, working group or board, it will appear here.</Empty>
              </>
            ) : (
              <>
                <p class="govuk-body">Steering groups, working groups and boards: their meetings, members and terms of reference.</p>
                <h2 class="govuk-heading-m">Your groups</h2>
                {mine.length === 0 ? (
                  <Empty>You are not a member of any group yet.</Empty>
                ) : (
                  <ul class="govuk-list app-groups-list">
                    {mine.map((g) => (
                      <GroupItem group={g} key={g.id} />
                    ))}
                  </ul>
                )}
                {others.length > 0 && (
                  <>
                    <h2 class="govuk-heading-m">Other groups you can see</h2>
                    <ul class="govuk-list app-groups-list">
                      {others.map((g) => (
                        <GroupItem group={g} key={g.id} />
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
            {archived.length > 0 && (
              <>
                <h2 class="govuk-heading-m">Archived groups</h2>
                <ul class="govuk-list app-groups-list">
                  {archived.map((g) => (
                    <GroupItem group={g} key={g.id} />
                  ))}
                </ul>
              </>
            )}
            {isCoordinator(me) && (
              <p class="govuk-body">
                <a class="govuk-link" href={showArchived ? '/groups' : '/groups?archived=1'}>
                  {showArchived ? 'Hide archived groups' : 'Show archived groups'}
                </a>
              </p>
            )}
          </div>
        </div>
      )}
    </>
  );
}
