import { useEffect, useState } from 'preact/hooks';
import { Button, Empty, ErrorState, Loading, PageHeading, TextInput } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { usePaged } from '../admin/shared';
import { KINDS } from './labels';
import { DIRECTORY_ORGANISATIONS, DIRECTORY_SEARCH } from './operations';
import { DirectoryNav } from './parts';

const KIND_WORDS: Record<string, string> = { ORGANISATION: 'Organisation', SERVICE: 'Service', PERSON: 'Person' };
const hrefOf = (kind: string, id: string) => (kind === 'ORGANISATION' ? `/directory/organisations/${id}` : kind === 'SERVICE' ? `/directory/services/${id}` : `/people/${id}`);

/** The partner directory: search organisations, services and people; every organisation by name. */
export function DirectoryHomePage() {
  useTitle('Directory');
  const { me } = useSession();
  const loc = useLocation();
  const q = loc.searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const search = useQuery(DIRECTORY_SEARCH, { text: q }, { skip: q.trim().length < 2 });
  const organisations = usePaged(DIRECTORY_ORGANISATIONS, { search: null }, (d) => d.organisations, 50);
  const coordinator = isCoordinator(me);
  return (
    <>
      <PageHeading>Partner directory</PageHeading>
      <DirectoryNav current="home" coordinator={coordinator} />
      {coordinator && (
        <a class="govuk-button" href="/directory/organisations/new" draggable={false}>
          Add an organisation
        </a>
      )}
      <form
        role="search"
        aria-label="Search the directory"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/directory${draft.trim() ? `?q=${encodeURIComponent(draft.trim())}` : ''}`);
        }}
      >
        <TextInput id="q" label="Search organisations, services and people" hint="A name, another name, a charity number or a job title" type="search" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
        <Button>Search</Button>
      </form>
      {q && (
        <section aria-labelledby="results-heading">
          <h2 class="govuk-heading-m" id="results-heading">
            Results for “{q}”
          </h2>
          {q.trim().length < 2 && <Empty>Type at least 2 characters.</Empty>}
          {search.loading && <Loading what="Searching" />}
          {search.error && <ErrorState error={search.error} retry={search.reload} />}
          {search.data && search.data.directorySearch.length === 0 && <Empty>Nothing matches.</Empty>}
          {search.data && search.data.directorySearch.length > 0 && (
            <ul class="govuk-list">
              {search.data.directorySearch.map((r) => (
                <li key={`${r.kind}:${r.id}`}>
                  <a class="govuk-link" href={hrefOf(r.kind, r.id)}>
                    {r.title}
                  </a>{' '}
                  <span class="govuk-hint govuk-!-display-inline">
                    {KIND_WORDS[r.kind]}
                    {r.detail && ` · ${r.kind === 'ORGANISATION' ? (KINDS[r.detail] ?? r.detail) : r.detail}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <h2 class="govuk-heading-m">Organisations</h2>
      {organisations.firstLoad && <Loading what="Loading organisations" />}
      {organisations.error && <ErrorState error={organisations.error} retry={organisations.reload} />}
      {organisations.loaded && organisations.nodes.length === 0 && <Empty>No organisations yet.{coordinator ? ' Add the first one.' : ''}</Empty>}
      {organisations.nodes.length > 0 && (
        <ul class="govuk-list">
          {organisations.nodes.map((o) => (
            <li key={o.id}>
              <a class="govuk-link" href={`/directory/organisations/${o.id}`}>
                {o.name}
              </a>{' '}
              <span class="govuk-hint govuk-!-display-inline">
                {KINDS[o.kind]}
                {o.areasServed.length > 0 && ` · ${o.areasServed.join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {organisations.hasMore && (
        <button type="button" class="govuk-button govuk-button--secondary" onClick={organisations.loadMore} disabled={organisations.more}>
          Show more organisations
        </button>
      )}
    </>
  );
}
