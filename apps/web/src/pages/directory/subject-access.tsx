import { useState } from 'preact/hooks';
import { Button, ErrorState, Notice, PageHeading } from '../../components/ui';
import { ApiError, request } from '../../lib/api';
import { useMutation, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { CoordinatorsOnly } from './parts';
import { CONTACT_SUBJECT_ACCESS, ERASE_CONTACT, PERSON_SUBJECT_ACCESS } from './upkeep-operations';

function saveJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function ExportButton({ label, fetchJson, file }: { label: string; fetchJson(): Promise<string>; file: string }) {
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  return (
    <>
      {error && <ErrorState error={error} />}
      {done && <Notice>The export is downloaded. Send it to the person securely.</Notice>}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={async () => {
          setError(undefined);
          try {
            saveJson(file, await fetchJson());
            setDone(true);
          } catch (caught) {
            setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'The export failed.'));
          }
        }}
      >
        {label}
      </button>
    </>
  );
}

/** Coordinators: a contact's subject access request (export) and erasure or pseudonymisation. */
export function ContactPrivacyPage({ id }: { id: string }) {
  useTitle('Contact’s data');
  const { me } = useSession();
  const erase = useMutation(ERASE_CONTACT);
  const [mode, setMode] = useState<'PSEUDONYMISE' | 'ERASE'>('PSEUDONYMISE');
  const [confirmed, setConfirmed] = useState(false);
  const [erased, setErased] = useState<number>();
  if (!isCoordinator(me)) return <CoordinatorsOnly />;
  return (
    <>
      <PageHeading caption="Directory">A contact’s data</PageHeading>
      <h2 class="govuk-heading-m">Subject access</h2>
      <p class="govuk-body">Everything held about this contact, the other contact entries with the same email address, and the person linked to them, as one JSON file. The export is recorded in the audit log.</p>
      <ExportButton label="Download everything held" file={`contact-${id}.json`} fetchJson={async () => (await request(CONTACT_SUBJECT_ACCESS, { contactId: id })).contactSubjectAccess} />
      <h2 class="govuk-heading-m">Erase</h2>
      {erased !== undefined ? (
        <Notice>{erased === 1 ? 'The contact entry is' : `${erased} contact entries are`} {mode === 'ERASE' ? 'erased' : 'pseudonymised'}.</Notice>
      ) : (
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            const done = await erase.run({ contactId: id, mode });
            if (done) setErased(done.eraseDirectoryContact);
          }}
        >
          {erase.error && <ErrorState error={erase.error} />}
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">What should happen to the entries with this email address?</legend>
              <div class="govuk-radios">
                {(
                  [
                    ['PSEUDONYMISE', 'Pseudonymise', 'Keep the entries as “Former contact”, without name, role, email or phone.'],
                    ['ERASE', 'Erase', 'Remove the entries altogether.'],
                  ] as const
                ).map(([value, label, hint]) => (
                  <div class="govuk-radios__item" key={value}>
                    <input class="govuk-radios__input" id={`mode-${value}`} name="mode" type="radio" value={value} checked={mode === value} onChange={() => setMode(value)} aria-describedby={`mode-${value}-hint`} />
                    <label class="govuk-label govuk-radios__label" for={`mode-${value}`}>
                      {label}
                    </label>
                    <div id={`mode-${value}-hint`} class="govuk-hint govuk-radios__hint">
                      {hint}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
            <div class="govuk-checkboxes__item">
              <input class="govuk-checkboxes__input" id="confirm" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />
              <label class="govuk-label govuk-checkboxes__label" for="confirm">
                I understand this cannot be undone. Minutes and the audit log are not changed.
              </label>
            </div>
          </div>
          <Button warning disabled={!confirmed || erase.pending}>
            {mode === 'ERASE' ? 'Erase the contact' : 'Pseudonymise the contact'}
          </Button>
        </form>
      )}
    </>
  );
}

/** Coordinators: everything held about a person, for their subject access request. */
export function PersonPrivacyPage({ id }: { id: string }) {
  useTitle('Person’s data');
  const { me } = useSession();
  if (!isCoordinator(me)) return <CoordinatorsOnly />;
  return (
    <>
      <PageHeading caption="Directory">A person’s data</PageHeading>
      <p class="govuk-body">Everything held about this person, from every record that names them (memberships, attendance, actions, posts, affiliations, seats, directory entries, emails sent), as one JSON file. Passwords and tokens are never included. The export is recorded in the audit log.</p>
      <ExportButton label="Download everything held" file={`person-${id}.json`} fetchJson={async () => (await request(PERSON_SUBJECT_ACCESS, { personId: id })).personSubjectAccess} />
      <p class="govuk-body">
        <a class="govuk-link" href={`/people/${id}`}>
          Back to the person
        </a>
      </p>
    </>
  );
}
