import { useEffect, useState } from 'preact/hooks';
import { Empty, ErrorState, Loading, PageHeading, formatDate } from '../../components/ui';
import type { ResourceSearchInput } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { ErrorList, Flash, apiErrors } from '../admin/shared';
import { DELETE_SAVED_SEARCH, SAVED_SEARCHES, SAVE_SEARCH } from './extras-operations';

/** The finder's URL state (`?q=…&type=REPORT&theme=housing&from=2020`) as a search. */
export function searchFromFinder(params: URLSearchParams): ResourceSearchInput {
  const year = (key: string) => (/^\d{4}$/.test(params.get(key) ?? '') ? Number(params.get(key)) : null);
  const many = (key: string) => (params.getAll(key).length ? params.getAll(key) : null);
  return {
    text: params.get('q') || null,
    types: many('type') as ResourceSearchInput['types'],
    themes: many('theme'),
    policyAreas: many('area') as ResourceSearchInput['policyAreas'],
    organisationIds: many('org'),
    languages: many('lang'),
    yearFrom: year('from'),
    yearTo: year('to'),
  };
}

/**
 * "Email me when new resources match": the finder links here with its search in `?save=`; the
 * page saves it once, then lists the person's saved searches, each with its finder link and a
 * way to stop it. New matches come in a weekly email (Monday morning).
 */
export function SavedSearchesPage() {
  useTitle('Saved searches');
  const { searchParams } = useLocation();
  const list = useQuery(SAVED_SEARCHES, {});
  const save = useMutation(SAVE_SEARCH);
  const remove = useMutation(DELETE_SAVED_SEARCH);
  const [notice, setNotice] = useState<string>();
  const toSave = searchParams.get('save');

  useEffect(() => {
    if (toSave === null) return;
    void (async () => {
      const data = await save.run({ search: searchFromFinder(new URLSearchParams(toSave)) });
      if (data) setNotice(`Saved. New resources matching ${data.saveBankSearch.label} will be emailed to you each Monday.`);
      navigate('/resources/saved-searches', { replace: true });
      list.reload();
    })();
  }, [toSave]);

  const stop = async (id: string, label: string) => {
    if (await remove.run({ id })) {
      setNotice(`You will no longer be emailed about ${label}.`);
      list.reload();
    }
  };
  const searches = list.data?.bankSavedSearches;
  return (
    <>
      <Flash message={notice} />
      <PageHeading caption="Knowledge bank">Saved searches</PageHeading>
      <p class="govuk-body">
        Each Monday morning you get an email listing resources added in the week before that match a saved search, if there are any. To save a search, search the{' '}
        <a class="govuk-link" href="/bank">
          knowledge bank
        </a>{' '}
        and choose “Email me when new resources match”.
      </p>
      <ErrorList errors={apiErrors(save.error ?? remove.error)} />
      {list.error ? (
        <ErrorState error={list.error} retry={list.reload} />
      ) : !searches ? (
        <Loading what="Loading saved searches" />
      ) : searches.length === 0 ? (
        <Empty>You have no saved searches.</Empty>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Your saved searches</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Search</th>
              <th scope="col" class="govuk-table__header">Saved</th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {searches.map((s) => (
              <tr class="govuk-table__row" key={s.id}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={s.finderUrl}>
                    {s.label}
                  </a>
                </td>
                <td class="govuk-table__cell">{formatDate(s.createdAt)}</td>
                <td class="govuk-table__cell">
                  <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => stop(s.id, s.label)}>
                    Stop<span class="govuk-visually-hidden"> emails about {s.label}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
