import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Notice, TextInput } from '../../components/ui';
import { useMutation, useQuery } from '../../lib/hooks';
import { ORGANISATION_FOI_ADDRESS, SET_ORGANISATION_FOI_ADDRESS } from '../foi/operations';

/** Where FOI requests to this organisation go: shown to everyone, changed by coordinators. */
export function FoiAddress({ organisationId, canEdit }: { organisationId: string; canEdit: boolean }) {
  const { data, reload } = useQuery(ORGANISATION_FOI_ADDRESS, { id: organisationId });
  const save = useMutation(SET_ORGANISATION_FOI_ADDRESS);
  const [editing, setEditing] = useState(false);
  const [email, setEmail] = useState('');
  const [portal, setPortal] = useState('');
  const [saved, setSaved] = useState(false);
  const o = data?.organisation;
  if (!o) return null;
  const err = (f: string) => (save.error?.field === f ? save.error.message : undefined);
  return (
    <section aria-labelledby="foi-address-heading">
      <h2 class="govuk-heading-m" id="foi-address-heading">
        Freedom of Information
      </h2>
      {saved && <Notice>FOI address saved.</Notice>}
      {!editing ? (
        <>
          <p class="govuk-body">
            {o.foiEmail ? `FOI requests go to ${o.foiEmail}.` : o.foiPortalUrl ? 'FOI requests go through its portal.' : 'No FOI address yet.'}
            {o.foiPortalUrl && (
              <>
                {' '}
                <a class="govuk-link" href={o.foiPortalUrl} rel="noopener noreferrer">
                  FOI portal
                </a>
              </>
            )}
          </p>
          {canEdit && (
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => {
                setEmail(o.foiEmail ?? '');
                setPortal(o.foiPortalUrl ?? '');
                setSaved(false);
                setEditing(true);
              }}
            >
              Change the FOI address
            </button>
          )}
        </>
      ) : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (await save.run({ organisationId, input: { foiEmail: email.trim() || null, foiPortalUrl: portal.trim() || null } })) {
              setEditing(false);
              setSaved(true);
              await reload();
            }
          }}
        >
          <ErrorSummary error={save.error} fields={{ foiEmail: 'foi-email', foiPortalUrl: 'foi-portal' }} />
          <TextInput id="foi-email" type="email" label="FOI email address" value={email} onInput={(e) => setEmail(e.currentTarget.value)} error={err('foiEmail')} />
          <TextInput id="foi-portal" type="url" label="FOI portal" hint="For a council that takes requests only through its website." value={portal} onInput={(e) => setPortal(e.currentTarget.value)} error={err('foiPortalUrl')} />
          <div class="govuk-button-group">
            <Button disabled={save.pending}>Save the FOI address</Button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
