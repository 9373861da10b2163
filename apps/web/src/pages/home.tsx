import { Empty, ErrorState, Loading, PageHeading, formatDate, formatDateTime, words } from '../components/ui';
import { graphql } from '../gql';
import { useQuery, useTitle } from '../lib/hooks';
import { useSession } from '../lib/session';
import { TaskList } from './tasks';

const HOME = graphql(`
  query Home($me: ID!) {
    upcomingMeetings(first: 5) {
      id
      title
      startsAt
      location
      onlineUrl
      group {
        id
        name
      }
    }
    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {
      nodes {
        id
        title
        dueDate
        status
        overdue
        meeting {
          group {
            name
          }
        }
      }
    }
    forums {
      id
      name
      unreadCount
    }
    person(id: $me) {
      id
      groupMemberships {
        id
        role
        group {
          id
          name
        }
      }
    }
  }
`);

/** What needs me: my next meetings, my open actions, and forums with posts I have not read. */
export function HomePage() {
  const { me } = useSession();
  useTitle('Home');
  const { data, error, loading, reload } = useQuery(HOME, { me: me!.id });
  return (
    <>
      <PageHeading caption={me!.partnership.name}>Hello, {me!.name}</PageHeading>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={reload} />}
      {data && (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <TaskList />
            <h2 class="govuk-heading-m">Your next meetings</h2>
            {data.upcomingMeetings.length === 0 ? (
              <Empty>No meetings coming up in your groups.</Empty>
            ) : (
              <ul class="govuk-list govuk-list--spaced">
                {data.upcomingMeetings.map((m) => (
                  <li key={m.id}>
                    <a class="govuk-link govuk-!-font-weight-bold" href={`/meetings/${m.id}`}>
                      {m.group.name}: {m.title}
                    </a>
                    <br />
                    {formatDateTime(m.startsAt)}
                    {m.location ? `, ${m.location}` : m.onlineUrl ? ', online' : ''}
                  </li>
                ))}
              </ul>
            )}
            <h2 class="govuk-heading-m">Your open actions</h2>
            {data.actionLog.nodes.length === 0 ? (
              <Empty>You have no open actions.</Empty>
            ) : (
              <ul class="govuk-list govuk-list--spaced">
                {data.actionLog.nodes.map((a) => (
                  <li key={a.id}>
                    <a class="govuk-link" href={`/actions#${a.id}`}>
                      {a.title}
                    </a>{' '}
                    ({a.meeting.group.name}
                    {a.dueDate ? `, due ${formatDate(a.dueDate)}` : ''}){a.overdue && <strong class="govuk-tag govuk-tag--red govuk-!-margin-left-1">Overdue</strong>}
                    <span class="govuk-visually-hidden">, {words(a.status)}</span>
                  </li>
                ))}
              </ul>
            )}
            <p class="govuk-body">
              <a class="govuk-link" href="/actions">
                All actions
              </a>
            </p>
          </div>
          <div class="govuk-grid-column-one-third">
            <h2 class="govuk-heading-m">Your groups</h2>
            {data.person.groupMemberships.length === 0 ? (
              <Empty>You are not in any group yet.</Empty>
            ) : (
              <ul class="govuk-list">
                {data.person.groupMemberships.map((m) => (
                  <li key={m.id}>
                    <a class="govuk-link" href={`/groups/${m.group?.id}`}>
                      {m.group?.name}
                    </a>{' '}
                    <span class="govuk-hint">({words(m.role)})</span>
                  </li>
                ))}
              </ul>
            )}
            <h2 class="govuk-heading-m">Forums</h2>
            {data.forums.length === 0 ? (
              <Empty>You are not in any forum yet.</Empty>
            ) : (
              <ul class="govuk-list">
                {data.forums.map((f) => (
                  <li key={f.id}>
                    <a class="govuk-link" href={`/forums/${f.id}`}>
                      {f.name}
                    </a>
                    {f.unreadCount > 0 && <strong class="govuk-tag govuk-tag--blue govuk-!-margin-left-1">{f.unreadCount} unread</strong>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </>
  );
}
