import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button, ErrorState, Loading, PageHeading, Select, Tag, TextInput, formatDate } from '../../components/ui';
import { graphql } from '../../gql';
import type { PartnershipRole } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { AdminNav, AdminOnly, ErrorList, Flash, ROLE_HINTS, ROLE_LABELS, apiErrors, count, toQuery, useAll, usePaged } from './shared';

const PEOPLE = graphql(`
  query AdminPeople($first: Int!, $after: String, $search: String, $role: PartnershipRole, $organisationId: ID, $includeDeactivated: Boolean) {
    people(first: $first, after: $after, search: $search, role: $role, organisationId: $organisationId, includeDeactivated: $includeDeactivated) {
      nodes {
        id
        name
        email
        role
        active
        organisation {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ORGANISATION_OPTIONS = graphql(`
  query AdminOrganisationOptions($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      nodes {
        id
        name
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const PERSON = graphql(`
  query AdminPerson($id: ID!) {
    person(id: $id) {
      id
      name
      email
      role
      active
      jobTitle
      joinedAt
      organisation {
        id
        name
      }
    }
  }
`);

const SET_ROLE = graphql(`
  mutation AdminSetPersonRole($personId: ID!, $role: PartnershipRole!) {
    setPersonRole(personId: $personId, role: $role) {
      id
      role
    }
  }
`);

const SET_ORGANISATION = graphql(`
  mutation AdminSetPersonOrganisation($personId: ID!, $organisationId: ID) {
    setPersonOrganisation(personId: $personId, organisationId: $organisationId) {
      id
      organisation {
        id
        name
      }
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation AdminDeactivatePerson($personId: ID!) {
    deactivatePerson(personId: $personId) {
      id
      active
    }
  }
`);

const REACTIVATE = graphql(`
  mutation AdminReactivatePerson($personId: ID!) {
    reactivatePerson(personId: $personId) {
      id
      active
    }
  }
`);

const ROLES = ['MEMBER', 'COORDINATOR', 'ADMIN'] as const;

/** Every organisation, for choosing one. */
export function useOrganisationOptions() {
  return useAll(ORGANISATION_OPTIONS, {}, (d) => d.organisations);
}

export function AdminPeoplePage() {
  return (
    <AdminOnly>
      <People />
    </AdminOnly>
  );
}

function People() {
  useTitle('People');
  const location = useLocation();
  const params = location.searchParams;
  const filters = { q: params.get('q') ?? '', role: params.get('role') ?? '', organisation: params.get('organisation') ?? '', show: params.get('show') ?? '' };
  const [draft, setDraft] = useState(filters);
  // Back and forward change the address, and so the filters: show them in the form too.
  useEffect(() => setDraft(filters), [location.search]);
  const organisations = useOrganisationOptions();
  const role = ROLES.find((r) => r === filters.role);
  const list = usePaged(
    PEOPLE,
    { search: filters.q.trim() || null, role: role ?? null, organisationId: filters.organisation || null, includeDeactivated: filters.show !== 'active' },
    (d) => d.people,
  );
  const filtered = Boolean(filters.q || filters.role || filters.organisation || filters.show);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    navigate(`/admin/people${toQuery(draft)}`);
  };
  const set = (key: keyof typeof draft) => (event: Event) => setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });
  return (
    <>
      <PageHeading caption="Admin">People</PageHeading>
      <AdminNav current="people" />
      <form class="app-admin-filters" onSubmit={onSubmit} role="search" aria-label="Find people" noValidate>
        <TextInput id="q" label="Name or email" type="search" value={draft.q} onInput={set('q')} autoComplete="off" spellcheck={false} />
        <Select id="role" label="Role" value={draft.role} onChange={set('role')} options={[{ value: '', label: 'Any role' }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]} />
        <Select
          id="organisation"
          label="Organisation"
          value={draft.organisation}
          onChange={set('organisation')}
          options={[{ value: '', label: 'Any organisation' }, ...organisations.nodes.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <Select
          id="show"
          label="Show"
          value={draft.show}
          onChange={set('show')}
          options={[
            { value: '', label: 'Active and deactivated' },
            { value: 'active', label: 'Active people only' },
          ]}
        />
        <div class="app-admin-filters__actions">
          <Button>Apply filters</Button>
          {filtered && (
            <a class="govuk-link" href="/admin/people" onClick={() => setDraft({ q: '', role: '', organisation: '', show: '' })}>
              Clear filters
            </a>
          )}
        </div>
      </form>
      <h2 class="govuk-heading-m">{filtered ? 'Matching people' : 'Everyone in the partnership'}</h2>
      {list.firstLoad && <Loading what="Loading people" />}
      {list.error && <ErrorState error={list.error} retry={list.reload} />}
      {list.loaded && (
        <>
          <p class="govuk-body" role="status">
            {list.nodes.length === 0
              ? filtered
                ? 'Nobody matches these filters. Try fewer words, or clear the filters.'
                : 'There is nobody in the partnership yet.'
              : `Showing ${count(list.nodes.length, 'person', 'people')}${list.hasMore ? ' so far' : ''}.`}
          </p>
          {list.nodes.length > 0 && (
            <div class="app-scroll app-admin-scroll">
              <table class="govuk-table app-admin-table">
                <caption class="govuk-visually-hidden">People, by name</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">
                      Name
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Email
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Organisation
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Role
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {list.nodes.map((p) => (
                    <tr class="govuk-table__row" key={p.id}>
                      <th scope="row" class="govuk-table__header">
                        <a class="govuk-link" href={`/admin/people/${p.id}`}>
                          {p.name}
                        </a>
                      </th>
                      <td class="govuk-table__cell app-admin-break">{p.email}</td>
                      <td class="govuk-table__cell">{p.organisation?.name ?? <span class="govuk-hint govuk-!-margin-0">None</span>}</td>
                      <td class="govuk-table__cell">{ROLE_LABELS[p.role]}</td>
                      <td class="govuk-table__cell">{p.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.hasMore && (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={list.loadMore} disabled={list.more}>
              {list.more ? 'Loading…' : 'Show more people'}
            </button>
          )}
        </>
      )}
    </>
  );
}

export function AdminPersonPage({ id }: { id: string }) {
  return (
    <AdminOnly>
      <Person id={id} />
    </AdminOnly>
  );
}

type Confirming = 'deactivate' | 'reactivate' | null;

function Person({ id }: { id: string }) {
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(PERSON, { id });
  const organisations = useOrganisationOptions();
  const setRole = useMutation(SET_ROLE);
  const setOrganisation = useMutation(SET_ORGANISATION);
  const deactivate = useMutation(DEACTIVATE);
  const reactivate = useMutation(REACTIVATE);
  const [role, setRoleDraft] = useState<string | undefined>();
  const [organisation, setOrganisationDraft] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [done, setDone] = useState<string>();
  const person = data?.person;
  useTitle(person ? person.name : 'Person');

  if (loading && !data) return <Loading what="Loading their details" />;
  if (error || !person)
    return (
      <>
        <PageHeading caption="Admin">{error?.code === 'NOT_FOUND' ? 'Person not found' : 'Person'}</PageHeading>
        {error && <ErrorState error={error} retry={reload} />}
        <p class="govuk-body">
          <a class="govuk-link" href="/admin/people">
            Back to people
          </a>
        </p>
      </>
    );

  const admin = me?.role === 'ADMIN';
  const self = me?.id === person.id;
  const mayManage = admin && !self;
  const chosenRole = role ?? person.role;
  const chosenOrganisation = organisation ?? person.organisation?.id ?? '';
  const errors = [...apiErrors(setRole.error, { role: 'person-role' }), ...apiErrors(setOrganisation.error), ...apiErrors(deactivate.error), ...apiErrors(reactivate.error)];

  const saveRole = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    if (chosenRole === person.role) return setDone(`${person.name} is already ${article(chosenRole)}.`);
    if (await setRole.run({ personId: person.id, role: chosenRole as PartnershipRole })) {
      await reload();
      setRoleDraft(undefined);
      setDone(`${person.name} is now ${article(chosenRole)}.`);
    }
  };
  const saveOrganisation = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    if (await setOrganisation.run({ personId: person.id, organisationId: chosenOrganisation || null })) {
      await reload();
      setOrganisationDraft(undefined);
      const name = organisations.nodes.find((o) => o.id === chosenOrganisation)?.name;
      setDone(name ? `${person.name} is now listed with ${name}.` : `${person.name} is no longer listed with an organisation.`);
    }
  };
  const confirm = async () => {
    setDone(undefined);
    const ok = confirming === 'deactivate' ? await deactivate.run({ personId: person.id }) : await reactivate.run({ personId: person.id });
    setConfirming(null);
    if (ok) {
      await reload();
      setDone(confirming === 'deactivate' ? `${person.name} has been deactivated and signed out.` : `${person.name} has been reactivated. They can sign in again.`);
    }
  };

  if (confirming)
    return (
      <>
        <a class="govuk-back-link" href={`/admin/people/${person.id}`} onClick={(e) => (e.preventDefault(), setConfirming(null))}>
          Back
        </a>
        <PageHeading caption={person.name}>{confirming === 'deactivate' ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`}</PageHeading>
        {confirming === 'deactivate' ? (
          <>
            <p class="govuk-body">They will be signed out straight away, on every device, and will not be able to sign in to this partnership.</p>
            <p class="govuk-body">Their actions, forum posts and the minutes they wrote stay as they are. You can reactivate them later.</p>
          </>
        ) : (
          <p class="govuk-body">They will be able to sign in again with their existing password, with the role they had before ({ROLE_LABELS[person.role]}).</p>
        )}
        <div class="govuk-button-group">
          <Button type="button" warning={confirming === 'deactivate'} onClick={confirm} disabled={deactivate.pending || reactivate.pending}>
            {confirming === 'deactivate' ? 'Yes, deactivate' : 'Yes, reactivate'}
          </Button>
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      </>
    );

  return (
    <>
      <a class="govuk-back-link" href="/admin/people">
        Back to people
      </a>
      <Flash message={done} />
      <PageHeading caption="Admin: people">{person.name}</PageHeading>
      <ErrorList errors={errors} />
      <p class="govuk-body">
        <a class="govuk-link" href={`/people/${person.id}`}>
          See {person.name}’s groups and forums
        </a>
      </p>
      <dl class="govuk-summary-list">
        <Row label="Email">{person.email}</Row>
        <Row label="Organisation">{person.organisation?.name ?? 'None'}</Row>
        <Row label="Role">{ROLE_LABELS[person.role]}</Row>
        {person.jobTitle && <Row label="Job title">{person.jobTitle}</Row>}
        <Row label="Joined">{formatDate(person.joinedAt)}</Row>
        <Row label="Status">{person.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>}</Row>
      </dl>
      {person.role === 'GUEST' && (
        <div class="govuk-inset-text">
          A forum guest: they see only the forums they are in. A coordinator can make them a member on{' '}
          <a class="govuk-link" href="/admin/forum-guests">
            Forum guests
          </a>
          .
        </div>
      )}
      {!admin && <div class="govuk-inset-text">Only admins can change someone’s role or organisation, or deactivate them.</div>}
      {admin && self && <div class="govuk-inset-text">This is you. Nobody can change their own role or deactivate themselves: ask another admin.</div>}
      {mayManage && (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <form onSubmit={saveRole} noValidate>
              <div class="govuk-form-group">
                <fieldset class="govuk-fieldset" aria-describedby="person-role-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                    <h2 class="govuk-fieldset__heading">Role</h2>
                  </legend>
                  <div id="person-role-hint" class="govuk-hint">
                    Changes apply straight away.
                  </div>
                  <div class="govuk-radios" data-module="govuk-radios">
                    {ROLES.map((r, i) => (
                      <div class="govuk-radios__item" key={r}>
                        <input
                          class="govuk-radios__input"
                          id={i === 0 ? 'person-role' : `person-role-${r}`}
                          name="role"
                          type="radio"
                          value={r}
                          checked={chosenRole === r}
                          onChange={() => setRoleDraft(r)}
                          aria-describedby={`person-role-${r}-hint`}
                        />
                        <label class="govuk-label govuk-radios__label" for={i === 0 ? 'person-role' : `person-role-${r}`}>
                          {ROLE_LABELS[r]}
                        </label>
                        <div id={`person-role-${r}-hint`} class="govuk-hint govuk-radios__hint">
                          {ROLE_HINTS[r]}
                        </div>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </div>
              <Button secondary disabled={setRole.pending}>
                Save role
              </Button>
            </form>
            <form onSubmit={saveOrganisation} noValidate>
              <h2 class="govuk-heading-m">Organisation</h2>
              <Select
                id="person-organisation"
                label="Organisation they work for"
                value={chosenOrganisation}
                onChange={(e) => setOrganisationDraft((e.currentTarget as HTMLSelectElement).value)}
                options={[{ value: '', label: 'No organisation' }, ...organisations.nodes.map((o) => ({ value: o.id, label: o.name }))]}
              />
              <Button secondary disabled={setOrganisation.pending}>
                Save organisation
              </Button>
            </form>
            <h2 class="govuk-heading-m">{person.active ? 'Deactivate' : 'Reactivate'}</h2>
            {person.active ? (
              <>
                <p class="govuk-body">If they have left their organisation or the partnership, deactivate them. They are signed out at once.</p>
                <Button type="button" warning onClick={() => (setDone(undefined), setConfirming('deactivate'))}>
                  Deactivate {person.name}
                </Button>
              </>
            ) : (
              <>
                <p class="govuk-body">They cannot sign in while deactivated.</p>
                <Button type="button" secondary onClick={() => (setDone(undefined), setConfirming('reactivate'))}>
                  Reactivate {person.name}
                </Button>
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value app-admin-break">{children}</dd>
    </div>
  );
}

const article = (role: string) => (role === 'ADMIN' ? 'an admin' : `a ${ROLE_LABELS[role].toLowerCase()}`);
