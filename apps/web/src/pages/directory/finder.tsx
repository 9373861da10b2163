import { useEffect, useState } from 'preact/hooks';
import { Button, Empty, ErrorState, Loading, PageHeading, Select, Tag, TextInput } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { usePaged } from '../admin/shared';
import { LEVELS, SERVICE_TYPES, WEEKDAYS, options, slotText } from './labels';
import { FIND_SERVICES, MY_PARTNERSHIP } from './operations';
import { Checkbox, DirectoryNav } from './parts';

const FILTERS = ['type', 'area', 'language', 'level', 'day', 'from', 'to', 'childcare', 'spaces', 'q'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const readFilters = (params: URLSearchParams): Filters => Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;

const toSearch = (filters: Filters) => {
  const params = new URLSearchParams();
  for (const f of FILTERS) if (filters[f]) params.set(f, filters[f]);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Signed in without a partnership in the address: the finder of your own partnership. */
export function OwnFinderPage() {
  const { me, loading } = useSession();
  const mine = useQuery(MY_PARTNERSHIP, {}, { skip: !me });
  useTitle('Find services');
  useEffect(() => {
    const slug = mine.data?.me.partnership.slug;
    if (slug) navigate(`/find-services/${slug}${location.search}`, { replace: true });
  }, [mine.data]);
  if (loading || mine.loading) return <Loading />;
  return (
    <>
      <PageHeading>Find services</PageHeading>
      <p class="govuk-body">Use the link your partnership shared: it names the partnership whose services to search.</p>
    </>
  );
}

/** The service finder, usable signed out: what is public, filtered by what people need. */
export function FinderPage({ partnership }: { partnership: string }) {
  useTitle('Find services');
  const { me } = useSession();
  const loc = useLocation();
  const applied = readFilters(loc.searchParams);
  const [draft, setDraft] = useState<Filters>(applied);
  const key = loc.search;
  useEffect(() => setDraft(readFilters(new URL(location.href).searchParams)), [key]);
  const set = (name: keyof Filters) => (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });
  const filter = {
    serviceType: (applied.type || null) as never,
    area: applied.area || null,
    language: applied.language || null,
    level: (applied.level || null) as never,
    weekday: (applied.day || null) as never,
    startsFrom: applied.from || null,
    endsBy: applied.to || null,
    childcare: applied.childcare === 'yes' ? true : null,
    spacesAvailable: applied.spaces === 'yes' ? true : null,
    text: applied.q || null,
  };
  // Signed in to this partnership, the API searches it with your own view; the slug is still given.
  const results = usePaged(FIND_SERVICES, { filter, partnership }, (d) => d.findServices, 20);
  return (
    <>
      <PageHeading caption="Directory">Find services</PageHeading>
      {me && <DirectoryNav current="finder" coordinator={isCoordinator(me)} />}
      <div class="govuk-grid-row">
        <form
          class="govuk-grid-column-one-third app-finder-filters"
          role="search"
          aria-label="Filter services"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            navigate(`/find-services/${encodeURIComponent(partnership)}${toSearch(draft)}`);
          }}
        >
          <h2 class="govuk-heading-m">Filter</h2>
          <TextInput id="q" label="Words" type="search" value={draft.q} onInput={set('q')} autoComplete="off" />
          <Select id="type" label="Type of service" value={draft.type} onChange={set('type')} options={options(SERVICE_TYPES, 'Any')} />
          <Select id="level" label="ESOL level" value={draft.level} onChange={set('level')} options={options(LEVELS, 'Any')} />
          <TextInput id="language" label="Language" hint="For example Arabic or Tigrinya" value={draft.language} onInput={set('language')} />
          <TextInput id="area" label="Area" hint="For example Lambeth" value={draft.area} onInput={set('area')} />
          <Select id="day" label="Day" value={draft.day} onChange={set('day')} options={options(WEEKDAYS, 'Any day')} />
          <TextInput id="from" label="Starting from" hint="A time such as 09:30" class="govuk-input--width-5" value={draft.from} onInput={set('from')} />
          <TextInput id="to" label="Finishing by" hint="A time such as 12:00" class="govuk-input--width-5" value={draft.to} onInput={set('to')} />
          <div class="govuk-form-group">
            <div class="govuk-checkboxes govuk-checkboxes--small">
              <Checkbox id="childcare" label="With childcare" checked={draft.childcare === 'yes'} onChange={(on) => setDraft({ ...draft, childcare: on ? 'yes' : '' })} />
              <Checkbox id="spaces" label="With places free now" checked={draft.spaces === 'yes'} onChange={(on) => setDraft({ ...draft, spaces: on ? 'yes' : '' })} />
            </div>
          </div>
          <Button>Find services</Button>
          {key && (
            <p class="govuk-body">
              <a class="govuk-link" href={`/find-services/${encodeURIComponent(partnership)}`}>
                Clear filters
              </a>
            </p>
          )}
        </form>
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m">Services</h2>
          {results.firstLoad && <Loading what="Finding services" />}
          {results.error && <ErrorState error={results.error} retry={results.reload} />}
          {results.loaded && results.nodes.length === 0 && <Empty>No services match. Try fewer filters.</Empty>}
          {results.loaded && results.nodes.length > 0 && (
            <>
              <p class="govuk-body" role="status">
                Showing {results.nodes.length} {results.nodes.length === 1 ? 'service' : 'services'}
                {results.hasMore ? ' so far' : ''}.
              </p>
              <ul class="govuk-list app-service-list">
                {results.nodes.map((s) => (
                  <li key={s.id} class="app-service">
                    <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                      <a class="govuk-link" href={`/directory/services/${s.id}?partnership=${encodeURIComponent(partnership)}`}>
                        {s.name}
                      </a>
                    </h3>
                    <p class="govuk-body-s govuk-!-margin-bottom-1">
                      {s.organisationName} · {SERVICE_TYPES[s.serviceType]}
                      {s.levels.length > 0 && ` · ${s.levels.map((l) => LEVELS[l]).join(', ')}`}
                    </p>
                    {s.slots.length > 0 && <p class="govuk-body-s govuk-!-margin-bottom-1">{s.slots.map(slotText).join('; ')}</p>}
                    <p class="govuk-body-s">
                      {s.free ? <Tag colour="green">Free</Tag> : <Tag colour="grey">{s.cost || 'Charge'}</Tag>} {s.childcare && <Tag colour="blue">Childcare</Tag>}{' '}
                      {s.spacesAvailable !== null && <Tag colour={s.spacesAvailable > 0 ? 'green' : 'red'}>{s.spacesAvailable > 0 ? `${s.spacesAvailable} places free` : 'Full'}</Tag>}{' '}
                      {s.languages.length > 0 && `In ${s.languages.join(', ')}`}
                      {s.location && ` · ${s.location.name}${s.location.postcode ? `, ${s.location.postcode}` : ''}${s.location.stepFree ? ' (step-free)' : ''}`}
                    </p>
                  </li>
                ))}
              </ul>
              {results.hasMore && (
                <button type="button" class="govuk-button govuk-button--secondary" onClick={results.loadMore} disabled={results.more}>
                  Show more services
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
