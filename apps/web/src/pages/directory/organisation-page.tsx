import { useState } from 'preact/hooks';
import { Button, Empty, ErrorState, ErrorSummary, Loading, Notice, PageHeading, Select, Tag, TextInput, formatDate } from '../../components/ui';
import type { DirectoryOrganisationQuery } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { KINDS, LAWFUL_BASES, LEVELS, SEATS, SERVICE_TYPES, VISIBILITY, options, slotText } from './labels';
import { CONFIRM_CHECKED, DIRECTORY_ORGANISATION, REMOVE_CONTACT, REMOVE_LOCATION, SAVE_CONTACT, SAVE_LOCATION } from './operations';
import { Checkbox, SummaryRow } from './parts';
import { FoiAddress } from './foi-address';
import { SuggestForm } from './suggest-form';
import { StaleWarning } from './stale-warning';

export function OrganisationPage({ id }: { id: string }) {
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(DIRECTORY_ORGANISATION, { id });
  const confirm = useMutation(CONFIRM_CHECKED);
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState<Contact | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  // A new key after each save closes the form and empties it.
  const [saves, setSaves] = useState(0);
  const removeLocation = useMutation(REMOVE_LOCATION);
  const o = data?.organisation;
  useTitle(o?.name ?? 'Organisation');
  if (loading && !o) return <Loading what="Loading the organisation" />;
  if (error && !o) return <ErrorState error={error} retry={reload} />;
  if (!o) return null;
  const coordinator = isCoordinator(me);
  const ids = o.identifiers;
  return (
    <>
      <PageHeading caption={KINDS[o.kind]}>{o.name}</PageHeading>
      {notice && <Notice>{notice}</Notice>}
      <StaleWarning lastCheckedAt={o.lastCheckedAt} what="organisation" />
      {coordinator && (
        <div class="govuk-button-group">
          <a class="govuk-button" href={`/directory/organisations/${o.id}/edit`} draggable={false}>
            Edit details
          </a>
          <a class="govuk-button govuk-button--secondary" href={`/directory/organisations/${o.id}/services/new`} draggable={false}>
            Add a service
          </a>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            disabled={confirm.pending}
            onClick={async () => {
              if (await confirm.run({ id: o.id })) {
                setNotice('Marked as checked today.');
                await reload();
              }
            }}
          >
            Confirm it is still right
          </button>
        </div>
      )}
      {o.description && <p class="govuk-body app-pre-line">{o.description}</p>}
      <dl class="govuk-summary-list">
        {o.otherNames.length > 0 && <SummaryRow label="Also known as">{o.otherNames.join(', ')}</SummaryRow>}
        {o.parent && (
          <SummaryRow label="Part of">
            <a class="govuk-link" href={`/directory/organisations/${o.parent.id}`}>
              {o.parent.name}
            </a>
          </SummaryRow>
        )}
        <SummaryRow label="Areas served">{o.areasServed.join(', ') || 'Not given'}</SummaryRow>
        <SummaryRow label="Themes">{o.themes.join(', ') || 'Not given'}</SummaryRow>
        {o.website && (
          <SummaryRow label="Website">
            <a class="govuk-link" href={o.website} rel="noopener noreferrer">
              {o.website}
            </a>
          </SummaryRow>
        )}
        {o.contactEmail && <SummaryRow label="Email">{o.contactEmail}</SummaryRow>}
        {ids.charityNumber && <SummaryRow label="Charity number">{ids.charityNumber}</SummaryRow>}
        {ids.companyNumber && <SummaryRow label="Company number">{ids.companyNumber}</SummaryRow>}
        {ids.odsCode && <SummaryRow label="NHS ODS code">{ids.odsCode}</SummaryRow>}
        {ids.gssCode && <SummaryRow label="GSS code">{ids.gssCode}</SummaryRow>}
        <SummaryRow label="Last checked">{o.lastCheckedAt ? formatDate(o.lastCheckedAt) : 'Never'}</SummaryRow>
      </dl>

      <FoiAddress organisationId={o.id} canEdit={coordinator} />
      <h2 class="govuk-heading-m">Services</h2>
      {o.services.length === 0 ? (
        <Empty>No services listed yet.</Empty>
      ) : (
        <ul class="govuk-list app-service-list">
          {o.services.map((s) => (
            <li key={s.id} class="app-service">
              <a class="govuk-link" href={`/directory/services/${s.id}`}>
                {s.name}
              </a>{' '}
              <span class="govuk-body-s">
                {SERVICE_TYPES[s.serviceType]}
                {s.levels.length > 0 && ` (${s.levels.map((l) => LEVELS[l]).join(', ')})`}
                {s.slots.length > 0 && ` · ${s.slots.map(slotText).join('; ')}`}
              </span>{' '}
              {s.visibility === 'PARTNERSHIP' && <Tag colour="grey">Partnership only</Tag>} {s.status !== 'ACTIVE' && <Tag colour="red">Not running</Tag>}
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m">Locations</h2>
      {o.locations.length === 0 ? (
        <Empty>No locations yet.</Empty>
      ) : (
        <ul class="govuk-list">
          {o.locations.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong>: {[l.address1, l.address2, l.city, l.postcode].filter(Boolean).join(', ')}
              {(l.stepFree || l.hearingLoop || l.accessibleToilet) && ` (${[l.stepFree && 'step-free', l.hearingLoop && 'hearing loop', l.accessibleToilet && 'accessible toilet'].filter(Boolean).join(', ')})`}
              {coordinator && (
                <div class="govuk-button-group govuk-!-margin-top-1 govuk-!-margin-bottom-1">
                  <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setPlace(l)}>
                    Change<span class="govuk-visually-hidden"> {l.name}</span>
                  </button>
                  <button
                    type="button"
                    class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    disabled={removeLocation.pending}
                    onClick={async () => {
                      if (await removeLocation.run({ id: l.id })) {
                        await reload();
                        setNotice(`${l.name} has been removed; its services keep running without a location.`);
                      }
                    }}
                  >
                    Remove<span class="govuk-visually-hidden"> {l.name}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {coordinator && (
        <LocationForm
          key={place?.id ?? `new-${saves}`}
          organisationId={o.id}
          location={place}
          onSaved={async (name) => {
            await reload();
            setNotice(place ? `${name} has been changed.` : `${name} has been added.`);
            setPlace(null);
            setSaves((n) => n + 1);
          }}
          onCancel={() => setPlace(null)}
        />
      )}

      <h2 class="govuk-heading-m">Contacts</h2>
      {o.contacts.length === 0 ? <Empty>No contacts you can see.</Empty> : <ContactTable contacts={o.contacts} coordinator={coordinator} onChanged={reload} onEdit={setEditing} />}
      {coordinator && (
        <ContactForm
          key={editing?.id ?? 'new'}
          organisationId={o.id}
          editing={editing}
          onSaved={async () => {
            setEditing(null);
            await reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}

      <h2 class="govuk-heading-m">Groups it sits on</h2>
      {o.seats.length === 0 ? (
        <Empty>It does not sit on any group you can see.</Empty>
      ) : (
        <ul class="govuk-list">
          {o.seats.map((seat) => (
            <li key={seat.id}>
              <a class="govuk-link" href={`/groups/${seat.groupId}`}>
                {seat.groupName}
              </a>
              : {seat.personName}, {SEATS[seat.seat]} seat{seat.deputyName && ` (deputy ${seat.deputyName})`}, since {formatDate(seat.startsOn)}
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m">People</h2>
      {o.people.length === 0 ? (
        <Empty>Nobody in the partnership is with this organisation now.</Empty>
      ) : (
        <ul class="govuk-list">
          {o.people.map((a) => (
            <li key={a.id}>
              <a class="govuk-link" href={`/people/${a.personId}`}>
                {a.personName}
              </a>
              {a.title && `, ${a.title}`} (since {formatDate(a.startsOn)})
            </li>
          ))}
        </ul>
      )}
      {me && !coordinator && <SuggestForm organisationId={o.id} />}
    </>
  );
}

type Contact = DirectoryOrganisationQuery['organisation']['contacts'][number];

function ContactTable({ contacts, coordinator, onChanged, onEdit }: { contacts: Contact[]; coordinator: boolean; onChanged(): void; onEdit(contact: Contact): void }) {
  const remove = useMutation(REMOVE_CONTACT);
  return (
    <div class="app-scroll">
      <table class="govuk-table">
        <caption class="govuk-visually-hidden">Contacts</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Name and role</th>
            <th scope="col" class="govuk-table__header">Email</th>
            <th scope="col" class="govuk-table__header">Phone</th>
            {coordinator && <th scope="col" class="govuk-table__header">Seen by, basis</th>}
            {coordinator && (
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {contacts.map((c) => (
            <tr class="govuk-table__row" key={c.id}>
              <td class="govuk-table__cell">
                {c.name}
                {c.role && <span class="govuk-hint govuk-!-margin-bottom-0">{c.role}</span>}
              </td>
              <td class="govuk-table__cell">{c.email ?? '—'}</td>
              <td class="govuk-table__cell">{c.phone ?? '—'}</td>
              {coordinator && (
                <td class="govuk-table__cell govuk-body-s">
                  {VISIBILITY[c.visibility]}; email: {c.emailVisibility && VISIBILITY[c.emailVisibility]}; phone: {c.phoneVisibility && VISIBILITY[c.phoneVisibility]}. {c.lawfulBasis && LAWFUL_BASES[c.lawfulBasis]}
                </td>
              )}
              {coordinator && (
                <td class="govuk-table__cell">
                  <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => onEdit(c)}>
                    Change<span class="govuk-visually-hidden"> {c.name}</span>
                  </button>{' '}
                  <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" disabled={remove.pending} onClick={async () => (await remove.run({ id: c.id })) && onChanged()}>
                    Remove<span class="govuk-visually-hidden"> {c.name}</span>
                  </button>
                  <a class="govuk-link govuk-!-display-block govuk-!-margin-top-2" href={`/directory/contacts/${c.id}/data`}>
                    Data held<span class="govuk-visually-hidden"> about {c.name}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const EMPTY_CONTACT = { name: '', role: '', email: '', phone: '', visibility: 'PARTNERSHIP', emailVisibility: '', phoneVisibility: '', lawfulBasis: 'LEGITIMATE_INTERESTS' };

/** Adds a contact, or changes the one being edited (opened from the table's "Change"). */
function ContactForm({ organisationId, editing, onSaved, onCancel }: { organisationId: string; editing: Contact | null; onSaved(): void; onCancel(): void }) {
  const [c, setC] = useState(
    editing
      ? {
          name: editing.name,
          role: editing.role,
          email: editing.email ?? '',
          phone: editing.phone ?? '',
          visibility: editing.visibility,
          emailVisibility: editing.emailVisibility ?? '',
          phoneVisibility: editing.phoneVisibility ?? '',
          lawfulBasis: editing.lawfulBasis ?? 'LEGITIMATE_INTERESTS',
        }
      : EMPTY_CONTACT,
  );
  const save = useMutation(SAVE_CONTACT);
  const set = (name: keyof typeof EMPTY_CONTACT) => (e: Event) => setC({ ...c, [name]: (e.currentTarget as HTMLInputElement).value });
  const err = (field: string) => (save.error?.field === field ? save.error.message : undefined);
  return (
    <details class="govuk-details" open={editing !== null}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{editing ? `Change ${editing.name}` : 'Add a contact'}</span>
      </summary>
      <div class="govuk-details__text">
        <ErrorSummary error={save.error} fields={{ name: 'contact-name', email: 'contact-email', phone: 'contact-phone' }} />
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await save.run({
              id: editing?.id ?? null,
              input: {
                organisationId: editing ? null : organisationId,
                name: c.name,
                role: c.role,
                email: c.email || null,
                phone: c.phone || null,
                visibility: c.visibility as never,
                emailVisibility: (c.emailVisibility || null) as never,
                phoneVisibility: (c.phoneVisibility || null) as never,
                lawfulBasis: c.lawfulBasis as never,
              },
            });
            if (done) {
              setC(EMPTY_CONTACT);
              onSaved();
            }
          }}
        >
          <TextInput id="contact-name" label="Name" value={c.name} onInput={set('name')} error={err('name')} />
          <TextInput id="contact-role" label="Role" value={c.role} onInput={set('role')} />
          <TextInput id="contact-email" label="Email" type="email" value={c.email} onInput={set('email')} error={err('email')} />
          <TextInput id="contact-phone" label="Phone" type="tel" value={c.phone} onInput={set('phone')} error={err('phone')} />
          <Select id="contact-visibility" label="Who can see this contact" value={c.visibility} onChange={set('visibility')} options={options(VISIBILITY)} />
          <Select id="contact-email-visibility" label="Who can see the email" hint="Never wider than the contact" value={c.emailVisibility} onChange={set('emailVisibility')} options={options(VISIBILITY, 'As the contact')} />
          <Select id="contact-phone-visibility" label="Who can see the phone number" hint="Never wider than the contact" value={c.phoneVisibility} onChange={set('phoneVisibility')} options={options(VISIBILITY, 'As the contact')} />
          <Select id="contact-basis" label="Lawful basis for holding these details (UK GDPR)" value={c.lawfulBasis} onChange={set('lawfulBasis')} options={options(LAWFUL_BASES)} />
          <div class="govuk-button-group">
            <Button disabled={save.pending}>{editing ? 'Save contact' : 'Add contact'}</Button>
            {editing && (
              <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
                Cancel
              </button>
            )}
          </div>
        </form>
      </div>
    </details>
  );
}

type Place = NonNullable<DirectoryOrganisationQuery['organisation']>['locations'][number];
const EMPTY_LOCATION = { name: '', address1: '', address2: '', city: '', postcode: '', stepFree: false, hearingLoop: false, accessibleToilet: false, accessibilityNotes: '' };

/** Adds a location, or changes `location` when given (opened, with a way back to adding). */
function LocationForm({ organisationId, location, onSaved, onCancel }: { organisationId: string; location: Place | null; onSaved(name: string): void; onCancel(): void }) {
  const [l, setL] = useState(location ? { ...EMPTY_LOCATION, ...location, postcode: location.postcode ?? '' } : EMPTY_LOCATION);
  const save = useMutation(SAVE_LOCATION);
  const set = (name: 'name' | 'address1' | 'address2' | 'city' | 'postcode') => (e: Event) => setL({ ...l, [name]: (e.currentTarget as HTMLInputElement).value });
  const err = (field: string) => (save.error?.field === field ? save.error.message : undefined);
  return (
    <details class="govuk-details" open={location !== null}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{location ? `Change ${location.name}` : 'Add a location'}</span>
      </summary>
      <div class="govuk-details__text">
        <ErrorSummary error={save.error} fields={{ name: 'location-name', postcode: 'location-postcode' }} />
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const { name, address1, address2, city, postcode, stepFree, hearingLoop, accessibleToilet, accessibilityNotes } = l;
            const input = { name, address1, address2, city, postcode: postcode || null, stepFree, hearingLoop, accessibleToilet, accessibilityNotes: accessibilityNotes ?? '' };
            if (await save.run(location ? { id: location.id, input } : { input: { organisationId, ...input } })) {
              setL(EMPTY_LOCATION);
              onSaved(name);
            }
          }}
        >
          <TextInput id="location-name" label="Name of the place" value={l.name} onInput={set('name')} error={err('name')} />
          <TextInput id="location-address1" label="Address line 1" value={l.address1} onInput={set('address1')} />
          <TextInput id="location-address2" label="Address line 2 (optional)" value={l.address2} onInput={set('address2')} />
          <TextInput id="location-city" label="Town or city" value={l.city} onInput={set('city')} class="govuk-!-width-two-thirds" />
          <TextInput id="location-postcode" label="Postcode" value={l.postcode} onInput={set('postcode')} error={err('postcode')} class="govuk-input--width-10" />
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Accessibility</legend>
              <div class="govuk-checkboxes govuk-checkboxes--small">
                <Checkbox id="location-step-free" label="Step-free access" checked={l.stepFree} onChange={(on) => setL({ ...l, stepFree: on })} />
                <Checkbox id="location-hearing-loop" label="Hearing loop" checked={l.hearingLoop} onChange={(on) => setL({ ...l, hearingLoop: on })} />
                <Checkbox id="location-toilet" label="Accessible toilet" checked={l.accessibleToilet} onChange={(on) => setL({ ...l, accessibleToilet: on })} />
              </div>
            </fieldset>
          </div>
          <div class="govuk-button-group">
            <Button disabled={save.pending}>{location ? 'Save changes' : 'Add location'}</Button>
            {location && (
              <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
                Cancel
              </button>
            )}
          </div>
        </form>
      </div>
    </details>
  );
}
