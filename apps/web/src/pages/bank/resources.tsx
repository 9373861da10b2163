import { useState } from 'preact/hooks';
import { Button, Empty, ErrorState, Loading, PageHeading, TextInput } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { Flash } from '../admin/shared';
import { typeLabel, VISIBILITY } from './labels';
import { BANK_RESOURCES } from './operations';

const NOTICES: Record<string, string> = { deleted: 'The resource has been deleted.' };

/**
 * The knowledge bank for people who look after it: every resource they may see, with edit links,
 * and the way to add one. Finding and browsing happen in the finder (/bank), which works without
 * JavaScript and is the page to share.
 */
export function ResourcesPage() {
  const { searchParams } = useLocation();
  const { me } = useSession();
  const q = searchParams.get('q') ?? '';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const [text, setText] = useState(q);
  const list = useQuery(BANK_RESOURCES, { search: { text: q || null, sort: q ? 'RELEVANCE' : 'NEWEST', page, pageSize: 50 } });
  useTitle('Knowledge bank');
  const data = list.data?.resources;
  const pages = data ? Math.ceil(data.total / data.pageSize) : 1;
  const go = (change: { q?: string; page?: number }) => {
    const params = new URLSearchParams();
    const nextQ = change.q ?? q;
    if (nextQ) params.set('q', nextQ);
    if ((change.page ?? 1) > 1) params.set('page', String(change.page));
    navigate(`/resources${params.size ? `?${params}` : ''}`);
  };
  return (
    <>
      <Flash message={NOTICES[searchParams.get('notice') ?? '']} />
      <PageHeading caption="Reports, briefings, toolkits and more">Knowledge bank</PageHeading>
      <p class="govuk-body">
        {data && (
          <a class="govuk-link" href={data.finderUrl}>
            Search and browse the knowledge bank
          </a>
        )}
        {isCoordinator(me) && (
          <>
            {' · '}
            <a class="govuk-link" href="/resources/contributors">
              Contributors
            </a>
          </>
        )}
        {' · '}
        <a class="govuk-link" href="/resources/saved-searches">
          Your saved searches
        </a>
      </p>
      {data?.viewerCanAdd && (
        <div class="govuk-button-group">
          <a class="govuk-button" href="/resources/new" draggable={false}>
            Add a resource
          </a>
          <a class="govuk-button govuk-button--secondary" href="/resources/import" draggable={false}>
            Import from a CSV file
          </a>
        </div>
      )}
      <form
        role="search"
        aria-label="Find resources"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: text.trim() });
        }}
      >
        <div class="app-manage-search">
          <TextInput id="resources-search" label="Title, summary or author" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <Button secondary>Search</Button>
        </div>
      </form>
      {list.error ? (
        <ErrorState error={list.error} retry={list.reload} />
      ) : !data ? (
        <Loading what="Loading resources" />
      ) : data.items.length === 0 ? (
        <Empty>{q ? `No resources match “${q}”.${data.suggestion ? ` Did you mean “${data.suggestion}”?` : ''}` : 'The knowledge bank is empty so far.'}</Empty>
      ) : (
        <>
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">{data.total === 1 ? '1 resource' : `${data.total} resources`}</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Title
                </th>
                <th scope="col" class="govuk-table__header">
                  Type and year
                </th>
                <th scope="col" class="govuk-table__header">
                  Who may see it
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {data.items.map((r) => (
                <tr class="govuk-table__row" key={r.id}>
                  <th scope="row" class="govuk-table__header app-manage-wrap">
                    <a class="govuk-link" href={r.pageUrl}>
                      {r.title}
                    </a>
                    {r.organisations.length > 0 && <span class="govuk-body-s app-manage-block">{r.organisations.map((o) => o.name).join(', ')}</span>}
                  </th>
                  <td class="govuk-table__cell">
                    {typeLabel(r.type)}, {r.year}
                  </td>
                  <td class="govuk-table__cell">{VISIBILITY.find(([v]) => v === r.visibility)?.[1]}</td>
                  <td class="govuk-table__cell">
                    {r.canManage && (
                      <a class="govuk-link" href={`/resources/${r.id}/edit`}>
                        Edit<span class="govuk-visually-hidden"> {r.title}</span>
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav class="govuk-pagination" aria-label="Resource pages">
              {page > 1 && (
                <div class="govuk-pagination__prev">
                  <button type="button" class="govuk-button govuk-button--secondary" onClick={() => go({ page: page - 1 })}>
                    Previous page
                  </button>
                </div>
              )}
              {page < pages && (
                <div class="govuk-pagination__next">
                  <button type="button" class="govuk-button govuk-button--secondary" onClick={() => go({ page: page + 1 })}>
                    Next page
                  </button>
                </div>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
