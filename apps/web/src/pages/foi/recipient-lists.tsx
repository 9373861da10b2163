import { useState } from 'preact/hooks';
import { Button, Empty, ErrorState, ErrorSummary, Loading, Notice, PageHeading, TextInput } from '../../components/ui';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { CREATE_FOI_RECIPIENT_LIST, FOI_ORGANISATION_CHOICES, FOI_RECIPIENT_LISTS, UPDATE_FOI_RECIPIENT_LIST } from './operations';

interface Editing {
  id: string | null;
  name: string;
  organisationIds: string[];
}

/** Reusable recipient lists from the directory; saving different members makes a new version. */
export function FoiRecipientListsPage() {
  useTitle('FOI recipient lists');
  const { data, error, loading, reload } = useQuery(FOI_RECIPIENT_LISTS);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string>();
  const lists = data?.foiRecipientLists;
  return (
    <>
      <p class="govuk-body">
        <a class="govuk-link" href="/foi">
          FOI campaigns
        </a>
      </p>
      <PageHeading caption="Freedom of Information">Recipient lists</PageHeading>
      {notice && <Notice>{notice}</Notice>}
      {loading && !lists && <Loading what="Loading the lists" />}
      {error && !lists && <ErrorState error={error} retry={reload} />}
      {lists && lists.length === 0 && <Empty>No lists yet.</Empty>}
      {lists?.map((l) => (
        <section key={l.id} class="app-foi-list" aria-labelledby={`list-${l.id}`}>
          <h2 class="govuk-heading-m" id={`list-${l.id}`}>
            {l.name} <span class="govuk-caption-m">Version {l.currentVersion}</span>
          </h2>
          <ul class="govuk-list govuk-list--bullet">
            {l.current?.organisations.map((o) => (
              <li key={o.id}>
                {o.name}: {o.foiEmail ?? (o.foiPortalUrl ? 'portal' : 'no FOI address')}
              </li>
            ))}
          </ul>
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setEditing({ id: l.id, name: l.name, organisationIds: l.current?.organisations.map((o) => o.id) ?? [] })}>
            Change {l.name}
          </button>
        </section>
      ))}
      {editing ? (
        <ListForm
          editing={editing}
          onDone={async (message) => {
            setEditing(null);
            setNotice(message);
            await reload();
          }}
        />
      ) : (
        <button type="button" class="govuk-button" onClick={() => setEditing({ id: null, name: '', organisationIds: [] })}>
          New recipient list
        </button>
      )}
    </>
  );
}

function ListForm({ editing, onDone }: { editing: Editing; onDone(message: string): void }) {
  const [search, setSearch] = useState('');
  const choices = useQuery(FOI_ORGANISATION_CHOICES, { search: search.trim().length >= 2 ? search.trim() : null });
  const create = useMutation(CREATE_FOI_RECIPIENT_LIST);
  const update = useMutation(UPDATE_FOI_RECIPIENT_LIST);
  const [name, setName] = useState(editing.name);
  const [chosen, setChosen] = useState<string[]>(editing.organisationIds);
  const error = create.error ?? update.error;
  const orgs = choices.data?.organisations.nodes ?? [];
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const input = { name, organisationIds: chosen };
        if (editing.id) {
          if (await update.run({ id: editing.id, input })) onDone('List saved.');
        } else if (await create.run({ input })) onDone('List created.');
      }}
    >
      <h2 class="govuk-heading-m">{editing.id ? `Change ${editing.name}` : 'New recipient list'}</h2>
      <ErrorSummary error={error} fields={{ name: 'foi-list-name', organisationIds: 'foi-list-search' }} />
      <TextInput id="foi-list-name" label="Name" hint="For example: All West Midlands local authorities" value={name} onInput={(e) => setName(e.currentTarget.value)} error={error?.field === 'name' ? error.message : undefined} />
      <TextInput id="foi-list-search" label="Find organisations" hint="Type two letters or more to narrow the directory." value={search} onInput={(e) => setSearch(e.currentTarget.value)} error={error?.field === 'organisationIds' ? error.message : undefined} />
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Authorities ({chosen.length} chosen)</legend>
          <div class="govuk-checkboxes govuk-checkboxes--small">
            {orgs.map((o) => (
              <div class="govuk-checkboxes__item" key={o.id}>
                <input
                  class="govuk-checkboxes__input"
                  id={`foi-org-${o.id}`}
                  type="checkbox"
                  checked={chosen.includes(o.id)}
                  onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))}
                />
                <label class="govuk-label govuk-checkboxes__label" for={`foi-org-${o.id}`}>
                  {o.name}
                  <span class="govuk-hint govuk-!-margin-bottom-0"> {o.foiEmail ?? (o.foiPortalUrl ? 'FOI portal' : 'No FOI address yet')}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <Button disabled={create.pending || update.pending}>Save the list</Button>
    </form>
  );
}
