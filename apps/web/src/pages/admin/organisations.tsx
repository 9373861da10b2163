import { useEffect, useState } from 'preact/hooks';
import { Button, Empty, ErrorState, Loading, PageHeading, Select, TextInput } from '../../components/ui';
import { graphql } from '../../gql';
import type { OrganisationKind } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { NearDuplicateWarning } from './near-duplicate';
import { AdminNav, AdminOnly, EMAIL, ErrorList, Flash, ORGANISATION_KINDS, apiErrors, count, errorFor, kindLabel, toQuery, usePaged, type FormError } from './shared';

const ORGANISATIONS = graphql(`
  query AdminOrganisations($first: Int!, $after: String, $search: String) {
    organisations(first: $first, after: $after, search: $search) {
      nodes {
        id
        name
        kind
        area
        themes
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ORGANISATION = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      area
      themes
      website
      contactEmail
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
      kind
      area
      themes
      website
      contactEmail
    }
  }
`);

const REMOVE = graphql(`
  mutation AdminRemoveOrganisation($id: ID!) {
    removeOrganisation(id: $id)
  }
`);

export function AdminOrganisationsPage() {
  return (
    <AdminOnly>
      <Organisations />
    </AdminOnly>
  );
}

function Organisations() {
  useTitle('Organisations');
  const { me } = useSession();
  const location = useLocation();
  const search = location.searchParams.get('q') ?? '';
  const notice = location.searchParams.get('notice');
  const [draft, setDraft] = useState(search);
  useEffect(() => setDraft(search), [search]);
  const list = usePaged(ORGANISATIONS, { search: search.trim() || null }, (d) => d.organisations);
  const admin = me?.role === 'ADMIN';
  return (
    <>
      <Flash message={notice === 'removed' ? 'The organisation has been removed. Its people keep their accounts.' : undefined} />
      <PageHeading caption="Admin">Organisations</PageHeading>
      <AdminNav current="organisations" />
      {admin && (
        <a class="govuk-button" href="/admin/organisations/new" draggable={false}>
          Add an organisation
        </a>
      )}
      <form
        class="app-admin-filters"
        role="search"
        aria-label="Find organisations"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          navigate(`/admin/organisations${toQuery({ q: draft })}`);
        }}
      >
        <TextInput id="q" label="Organisation name" type="search" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} autoComplete="off" />
        <div class="app-admin-filters__actions">
          <Button>Search</Button>
          {search && (
            <a class="govuk-link" href="/admin/organisations" onClick={() => setDraft('')}>
              Clear search
            </a>
          )}
        </div>
      </form>
      <h2 class="govuk-heading-m">{search ? `Organisations matching “${search}”` : 'All organisations'}</h2>
      {list.firstLoad && <Loading what="Loading organisations" />}
      {list.error && <ErrorState error={list.error} retry={list.reload} />}
      {list.loaded && (
        <>
          {list.nodes.length === 0 ? (
            <Empty>{search ? 'No organisation has that name.' : 'No organisations have been added yet.'}</Empty>
          ) : (
            <>
              <p class="govuk-body" role="status">
                Showing {count(list.nodes.length, 'organisation', 'organisations')}
                {list.hasMore ? ' so far' : ''}.
              </p>
              <div class="app-scroll app-admin-scroll">
                <table class="govuk-table app-admin-table">
                  <caption class="govuk-visually-hidden">Organisations, by name</caption>
                  <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                      <th scope="col" class="govuk-table__header">
                        Name
                      </th>
                      <th scope="col" class="govuk-table__header">
                        Kind
                      </th>
                      <th scope="col" class="govuk-table__header">
                        Area
                      </th>
                      <th scope="col" class="govuk-table__header">
                        Themes
                      </th>
                    </tr>
                  </thead>
                  <tbody class="govuk-table__body">
                    {list.nodes.map((o) => (
                      <tr class="govuk-table__row" key={o.id}>
                        <th scope="row" class="govuk-table__header">
                          {admin ? (
                            <a class="govuk-link" href={`/admin/organisations/${o.id}`}>
                              {o.name}
                            </a>
                          ) : (
                            o.name
                          )}
                        </th>
                        <td class="govuk-table__cell">{kindLabel(o.kind)}</td>
                        <td class="govuk-table__cell">{o.area || <span class="govuk-hint govuk-!-margin-0">Not given</span>}</td>
                        <td class="govuk-table__cell">{o.themes.length ? o.themes.join(', ') : <span class="govuk-hint govuk-!-margin-0">None</span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {list.hasMore && (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={list.loadMore} disabled={list.more}>
              {list.more ? 'Loading…' : 'Show more organisations'}
            </button>
          )}
        </>
      )}
    </>
  );
}

interface Draft {
  name: string;
  kind: string;
  area: string;
  themes: string;
  website: string;
  contactEmail: string;
}

const EMPTY: Draft = { name: '', kind: '', area: '', themes: '', website: '', contactEmail: '' };
const FIELDS = { name: 'org-name', kind: 'org-kind', area: 'org-area', themes: 'org-themes', website: 'org-website', contactEmail: 'org-contact-email' };

/** Themes are typed as a list separated by commas; the API keeps them in lower case. */
const splitThemes = (text: string) => [...new Set(text.split(/[,;\n]/).map((t) => t.trim()).filter(Boolean))];

function validate(draft: Draft): FormError[] {
  const errors: FormError[] = [];
  const name = draft.name.trim();
  if (!name) errors.push({ field: FIELDS.name, message: 'Enter the organisation’s name' });
  else if (name.length < 2 || name.length > 200) errors.push({ field: FIELDS.name, message: 'The name must be between 2 and 200 characters' });
  if (!draft.kind) errors.push({ field: FIELDS.kind, message: 'Choose what kind of organisation it is' });
  if (draft.area.trim().length > 120) errors.push({ field: FIELDS.area, message: 'The area must be 120 characters or fewer' });
  const themes = splitThemes(draft.themes);
  if (themes.length > 30) errors.push({ field: FIELDS.themes, message: 'Enter 30 themes or fewer' });
  else if (themes.some((t) => t.length > 60)) errors.push({ field: FIELDS.themes, message: 'Each theme must be 60 characters or fewer' });
  const website = draft.website.trim();
  if (website && (!/^https?:\/\/[^\s/.]+\.[^\s]+$/i.test(website) || website.length > 500)) errors.push({ field: FIELDS.website, message: 'Enter the website in full, starting with https://, like https://www.example.org' });
  const email = draft.contactEmail.trim();
  if (email && !EMAIL.test(email)) errors.push({ field: FIELDS.contactEmail, message: 'Enter the contact email address in the right format, like name@example.org' });
  return errors;
}

export function AdminNewOrganisationPage() {
  return (
    <AdminOnly>
      <OrganisationForm />
    </AdminOnly>
  );
}

export function AdminOrganisationPage({ id }: { id: string }) {
  return (
    <AdminOnly>
      <EditOrganisation id={id} />
    </AdminOnly>
  );
}

function EditOrganisation({ id }: { id: string }) {
  useTitle('Organisation');
  const { data, error, loading, reload } = useQuery(ORGANISATION, { id });
  if (loading && !data) return <Loading what="Loading the organisation" />;
  if (error || !data)
    return (
      <>
        <PageHeading caption="Admin">{error?.code === 'NOT_FOUND' ? 'Organisation not found' : 'Organisation'}</PageHeading>
        {error && <ErrorState error={error} retry={reload} />}
        <p class="govuk-body">
          <a class="govuk-link" href="/admin/organisations">
            Back to organisations
          </a>
        </p>
      </>
    );
  return <OrganisationForm existing={data.organisation} onSaved={reload} />;
}

type Existing = { id: string; name: string; kind: string; area?: string | null; themes: string[]; website?: string | null; contactEmail?: string | null };

function OrganisationForm({ existing, onSaved }: { existing?: Existing; onSaved?: () => Promise<void> }) {
  const { me } = useSession();
  const create = useMutation(CREATE);
  const update = useMutation(UPDATE);
  const remove = useMutation(REMOVE);
  const [draft, setDraft] = useState<Draft>(
    existing
      ? { name: existing.name, kind: existing.kind, area: existing.area ?? '', themes: existing.themes.join(', '), website: existing.website ?? '', contactEmail: existing.contactEmail ?? '' }
      : EMPTY,
  );
  const [local, setLocal] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  useTitle(existing ? existing.name : 'Add an organisation');

  if (me?.role !== 'ADMIN')
    return (
      <>
        <PageHeading caption="Admin">Organisations</PageHeading>
        <p class="govuk-body">Only admins can add or change organisations.</p>
        <p class="govuk-body">
          <a class="govuk-link" href="/admin/organisations">
            Back to organisations
          </a>
        </p>
      </>
    );

  const serverFields = { ...FIELDS, input: FIELDS.name };
  const conflict = (e: typeof create.error) => (e?.code === 'CONFLICT' ? [{ field: FIELDS.name, message: e.message }] : apiErrors(e, serverFields));
  const errors = local.length ? local : [...conflict(create.error), ...conflict(update.error), ...apiErrors(remove.error)];
  const set = (key: keyof Draft) => (event: Event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    const found = validate(draft);
    setLocal(found);
    if (found.length) return;
    const input = {
      name: draft.name.trim(),
      kind: draft.kind as OrganisationKind,
      area: draft.area.trim() || null,
      themes: splitThemes(draft.themes),
      website: draft.website.trim() || null,
      contactEmail: draft.contactEmail.trim() || null,
    };
    if (existing) {
      const result = await update.run({ id: existing.id, input });
      if (result) {
        const o = result.updateOrganisation;
        setDraft({ name: o.name, kind: o.kind, area: o.area ?? '', themes: o.themes.join(', '), website: o.website ?? '', contactEmail: o.contactEmail ?? '' });
        await onSaved?.();
        setSaved(`Your changes to ${o.name} have been saved.`);
      }
    } else {
      const result = await create.run({ input });
      if (result) navigate(`/admin/organisations/${result.createOrganisation.id}?notice=created`, { replace: true });
    }
  };

  const doRemove = async () => {
    if (existing && (await remove.run({ id: existing.id }))) navigate('/admin/organisations?notice=removed', { replace: true });
    else setConfirming(false);
  };

  if (existing && confirming)
    return (
      <>
        <PageHeading caption={existing.name}>Remove {existing.name}?</PageHeading>
        <p class="govuk-body">It will no longer appear in lists or on people’s details. The people who work there keep their accounts and their role.</p>
        <p class="govuk-body">You cannot undo this, but you can add the organisation again later.</p>
        <div class="govuk-button-group">
          <Button type="button" warning onClick={doRemove} disabled={remove.pending}>
            Yes, remove it
          </Button>
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </>
    );

  const createdNotice = existing && new URLSearchParams(location.search).get('notice') === 'created' && !saved ? `${existing.name} has been added.` : saved;
  return (
    <>
      <a class="govuk-back-link" href="/admin/organisations">
        Back to organisations
      </a>
      <Flash message={createdNotice} />
      <PageHeading caption="Admin: organisations">{existing ? existing.name : 'Add an organisation'}</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorList errors={errors} />
          <form onSubmit={onSubmit} noValidate>
            <TextInput id={FIELDS.name} label="Name" value={draft.name} onInput={set('name')} error={errorFor(errors, FIELDS.name)} autoComplete="off" />
            {!existing && <NearDuplicateWarning name={draft.name} />}
            <Select
              id={FIELDS.kind}
              label="Kind of organisation"
              value={draft.kind}
              onChange={set('kind')}
              error={errorFor(errors, FIELDS.kind)}
              options={[{ value: '', label: 'Choose one' }, ...ORGANISATION_KINDS]}
            />
            <TextInput id={FIELDS.area} label="Area (optional)" hint="Where they work, for example Coventry or the West Midlands." value={draft.area} onInput={set('area')} error={errorFor(errors, FIELDS.area)} />
            <TextInput
              id={FIELDS.themes}
              label="Themes (optional)"
              hint="What they work on, separated by commas, for example housing, ESOL, destitution."
              value={draft.themes}
              onInput={set('themes')}
              error={errorFor(errors, FIELDS.themes)}
            />
            <TextInput id={FIELDS.website} label="Website (optional)" hint="For example https://www.example.org" type="url" value={draft.website} onInput={set('website')} error={errorFor(errors, FIELDS.website)} spellcheck={false} />
            <TextInput
              id={FIELDS.contactEmail}
              label="Contact email address (optional)"
              type="email"
              value={draft.contactEmail}
              onInput={set('contactEmail')}
              error={errorFor(errors, FIELDS.contactEmail)}
              spellcheck={false}
            />
            <div class="govuk-button-group">
              <Button disabled={create.pending || update.pending}>{existing ? 'Save changes' : 'Add organisation'}</Button>
              <a class="govuk-link" href="/admin/organisations">
                Cancel
              </a>
            </div>
          </form>
          {existing && (
            <>
              <h2 class="govuk-heading-m">Remove this organisation</h2>
              <p class="govuk-body">If it has closed or left the partnership. Its people keep their accounts.</p>
              <Button type="button" warning onClick={() => setConfirming(true)}>
                Remove {existing.name}
              </Button>
            </>
          )}
        </div>
      </div>
    </>
  );
}
