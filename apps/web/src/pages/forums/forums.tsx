import { Empty, ErrorState, Loading, PageHeading, Tag } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { useSession } from '../../lib/session';
import { roleWords } from './common';
import { FORUMS } from './operations';
import { useReadStateLive } from './following';

/** The private forums I am in, most recently active first, with what I have not read. */
export function ForumsPage() {
  useTitle('Forums');
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(FORUMS);
  // Reading on another device (or this one) moves the unread counts here too.
  useReadStateLive(() => void reload());
  return (
    <>
      <PageHeading>Forums</PageHeading>
      {me?.partnership.viewerCan.createForum && (
        <a class="govuk-button" href="/forums/new" role="button" draggable={false}>
          Create a forum
        </a>
      )}
      <p class="govuk-body">Forums are private: only the people in a forum can read it.</p>
      <p class="govuk-body">
        <a class="govuk-link" href="/forums/search">
          Search the forums
        </a>
      </p>
      {loading && !data && <Loading what="Loading your forums" />}
      {error && <ErrorState error={error} retry={reload} />}
      {data &&
        (data.forums.length === 0 ? (
          <Empty>You are not in any forum yet. A forum’s moderator, or your partnership’s coordinator, can add you.</Empty>
        ) : (
          <ul class="govuk-list app-forum-list">
            {data.forums.map((forum) => (
              <li key={forum.id} class="app-forum-list__item">
                <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                  <a class="govuk-link" href={`/forums/${forum.id}`}>
                    {forum.name}
                  </a>
                  {forum.unreadCount > 0 && (
                    <>
                      {' '}
                      <Tag colour="blue">{forum.unreadCount} unread</Tag>
                    </>
                  )}
                </h2>
                {forum.description && <p class="govuk-body govuk-!-margin-bottom-1">{forum.description}</p>}
                <p class="govuk-body-s govuk-!-margin-bottom-0 app-secondary">{roleWords(forum.myRole)}</p>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
