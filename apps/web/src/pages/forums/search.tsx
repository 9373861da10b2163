import { useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, PageHeading, Select, TextInput, formatDateTime } from '../../components/ui';
import { ApiError } from '../../lib/api';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { FORUMS, SEARCH } from './operations';

/**
 * Full-text search over the forums I may read. The words live in the address
 * (`/forums/search?q=…&forum=…`), so results can be shared, bookmarked and come back with Back.
 */
export function ForumSearchPage() {
  const { searchParams } = useLocation();
  const q = searchParams.get('q')?.trim() ?? '';
  const forumId = searchParams.get('forum') || null;
  useTitle(q ? `Search results for “${q}”` : 'Search the forums');
  const forums = useQuery(FORUMS);
  const results = useQuery(SEARCH, { query: q, forumId }, { skip: !q });
  const names = new Map((forums.data?.forums ?? []).map((f) => [f.id, f.name]));
  const hits = results.data?.searchForums ?? [];
  const summary = !q || !results.data ? '' : hits.length === 0 ? 'No posts match' : `${hits.length === 50 ? 'The first 50' : hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${q}”`;
  return (
    <>
      <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href="/forums">
              Forums
            </a>
          </li>
        </ol>
      </nav>
      <PageHeading>Search the forums</PageHeading>
      <SearchForm key={`${q}|${forumId}`} q={q} forumId={forumId} forums={forums.data?.forums ?? []} />

      <p class="govuk-visually-hidden" role="status">
        {results.loading ? 'Searching…' : summary}
      </p>
      {q && results.loading && <Loading what="Searching" />}
      {q && results.error && <ErrorState error={results.error} retry={results.reload} />}
      {q && results.data && !results.loading && (
        <>
          <h2 class="govuk-heading-m">{summary}</h2>
          {hits.length === 0 ? (
            <p class="govuk-body">Check the spelling, try fewer or different words, or search all your forums.</p>
          ) : (
            <ol class="govuk-list app-search-results">
              {hits.map((hit) => (
                <li key={hit.postId} class="app-search-result">
                  <a class="govuk-link govuk-!-font-weight-bold" href={`/forums/${hit.forumId}/threads/${hit.threadId}#post-${hit.postId}`}>
                    {hit.threadTitle}
                  </a>
                  <br />
                  <span class="govuk-body-s app-secondary">
                    In {names.get(hit.forumId) ?? 'a forum'}, {formatDateTime(hit.createdAt)}
                  </span>
                  {/* The API escapes the text and adds only <mark> around the matches. */}
                  <p class="govuk-body app-snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}

function SearchForm({ q, forumId, forums }: { q: string; forumId: string | null; forums: { id: string; name: string }[] }) {
  const [words, setWords] = useState(q);
  const [forum, setForum] = useState(forumId ?? '');
  const [error, setError] = useState<ApiError>();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!words.trim()) return setError(new ApiError('BAD_USER_INPUT', 'Enter words to search for', 'q'));
    setError(undefined);
    const params = new URLSearchParams({ q: words.trim() });
    if (forum) params.set('forum', forum);
    navigate(`/forums/search?${params}`);
  };
  return (
    <>
      <ErrorSummary error={error} fields={{ q: 'q' }} />
      <form onSubmit={submit} noValidate role="search" aria-label="Forums">
        <TextInput
          id="q"
          label="Search for"
          hint="Words from posts or thread titles. Put a phrase in quotes, or use - before a word to leave it out."
          type="search"
          spellcheck={false}
          value={words}
          onInput={(e) => setWords(e.currentTarget.value)}
          error={error?.message}
        />
        <Select
          id="forum"
          label="In"
          value={forum}
          onChange={(e) => setForum(e.currentTarget.value)}
          options={[{ value: '', label: 'All my forums' }, ...forums.map((f) => ({ value: f.id, label: f.name }))]}
        />
        <Button>Search</Button>
      </form>
    </>
  );
}
