import { useState } from 'preact/hooks';
import { Button, Empty, ErrorSummary, Select, TextArea, TextInput, formatDateTime } from '../../components/ui';
import type { FoiCorrespondenceKind, FoiDirection, FoiRequestQuery } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { useMutation } from '../../lib/hooks';
import { todayInLondon } from './labels';
import { ADD_FOI_CORRESPONDENCE, CREATE_FOI_ATTACHMENT_UPLOAD } from './operations';

type Entry = NonNullable<FoiRequestQuery['foiRequest']>['correspondence'][number];

const KINDS: Record<string, string> = { LETTER: 'Letter', MESSAGE: 'Message', CLARIFICATION: 'Clarification', REPLY: 'Reply', INTERNAL_REVIEW: 'Internal review', ICO: 'ICO', NOTE: 'Note' };

/** The PUT of a file against its ticket; the API's coded error on refusal. */
async function putFile(token: string, file: File): Promise<void> {
  const res = await fetch(`/foi-files/uploads/${token}`, { method: 'PUT', body: file, headers: { 'x-filename': encodeURIComponent(file.name) }, credentials: 'same-origin' });
  if (res.status === 201) return;
  const body = await res.json().catch(() => null);
  const first = body?.errors?.[0];
  throw new ApiError(first?.extensions?.code ?? 'SERVICE_UNAVAILABLE', first?.message ?? 'The upload did not finish. Try again.', 'file');
}

/** The request's correspondence, oldest first, and (for coordinators) a way to log one with a file. */
export function Correspondence({ requestId, entries, manage, onChanged }: { requestId: string; entries: Entry[]; manage: boolean; onChanged(): void }) {
  return (
    <section aria-labelledby="foi-log-heading">
      <h2 class="govuk-heading-m" id="foi-log-heading">
        Correspondence
      </h2>
      {entries.length === 0 && <Empty>Nothing yet.</Empty>}
      <ol class="govuk-list app-foi-log">
        {entries.map((e) => (
          <li key={e.id} class="app-foi-log__entry">
            <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
              {e.direction === 'IN' ? 'From the authority' : 'From us'} · {KINDS[e.kind]}
              {e.subject ? `: ${e.subject}` : ''}
            </h3>
            <p class="govuk-hint govuk-!-margin-bottom-1">
              {formatDateTime(e.occurredAt)}
              {e.fromAddress ? ` · from ${e.fromAddress}` : ''}
            </p>
            <EmailState entry={e} />
            {e.body && (
              <details class="govuk-details">
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">Read it</span>
                </summary>
                <div class="govuk-details__text app-pre-line">{e.body}</div>
              </details>
            )}
            {e.attachments.length > 0 && (
              <ul class="govuk-list">
                {e.attachments.map((a) => (
                  <li key={a.id}>
                    <a class="govuk-link" href={a.url} download>
                      {a.filename}
                    </a>{' '}
                    <span class="govuk-hint">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {manage && <AddEntry requestId={requestId} onAdded={onChanged} />}
    </section>
  );
}

/** For an entry Convene emails to the authority: whether it went yet. */
function EmailState({ entry }: { entry: Entry }) {
  if (entry.emailStatus === 'SENT' && entry.emailedAt) return <p class="govuk-body-s govuk-!-margin-bottom-1">Emailed to {entry.toAddress} on {formatDateTime(entry.emailedAt)}</p>;
  if (entry.emailStatus === 'PENDING') return <p class="govuk-body-s govuk-!-margin-bottom-1">Being emailed to {entry.toAddress}</p>;
  return null;
}

function AddEntry({ requestId, onAdded }: { requestId: string; onAdded(): void }) {
  const add = useMutation(ADD_FOI_CORRESPONDENCE);
  const [direction, setDirection] = useState<FoiDirection>('IN' as FoiDirection);
  const [kind, setKind] = useState<FoiCorrespondenceKind>('REPLY' as FoiCorrespondenceKind);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [on, setOn] = useState(todayInLondon());
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const error = add.error ?? uploadError;
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setUploadError(undefined);
        setBusy(true);
        try {
          const done = await add.run({ requestId, input: { direction, kind, subject, body, on } });
          if (!done) return;
          if (file) {
            const ticket = await request(CREATE_FOI_ATTACHMENT_UPLOAD, { correspondenceId: done.addFoiCorrespondence });
            await putFile(ticket.createFoiAttachmentUpload.token, file);
          }
          setSubject('');
          setBody('');
          setFile(null);
          onAdded();
        } catch (caught) {
          setUploadError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'The file was not kept. Try again.', 'file'));
          onAdded();
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3 class="govuk-heading-s">Log correspondence</h3>
      <p class="govuk-body">A reply that came by post or email, a call, or something we sent.</p>
      <ErrorSummary error={error} fields={{ body: 'foi-log-body', on: 'foi-log-on', file: 'foi-log-file' }} />
      <Select id="foi-log-direction" label="Which way" value={direction} onChange={(e) => setDirection(e.currentTarget.value as FoiDirection)} options={[{ value: 'IN', label: 'From the authority' }, { value: 'OUT', label: 'From us' }]} />
      <Select id="foi-log-kind" label="Kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as FoiCorrespondenceKind)} options={Object.entries(KINDS).map(([value, label]) => ({ value, label }))} />
      <TextInput id="foi-log-subject" label="Subject" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
      <TextArea id="foi-log-body" label="Text" value={body} onInput={(e) => setBody(e.currentTarget.value)} error={error?.field === 'body' ? error.message : undefined} />
      <TextInput id="foi-log-on" type="date" label="Date" value={on} onInput={(e) => setOn(e.currentTarget.value)} error={error?.field === 'on' ? error.message : undefined} />
      <div class={`govuk-form-group${error?.field === 'file' ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label govuk-label--s" for="foi-log-file">
          Attachment (optional)
        </label>
        <div class="govuk-hint" id="foi-log-file-hint">
          PDF, Word, Excel, PowerPoint, OpenDocument text, CSV, PNG or JPEG.
        </div>
        {error?.field === 'file' && (
          <p class="govuk-error-message" id="foi-log-file-error">
            <span class="govuk-visually-hidden">Error:</span> {error.message}
          </p>
        )}
        <input class="govuk-file-upload" id="foi-log-file" type="file" aria-describedby="foi-log-file-hint" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </div>
      <Button disabled={add.pending || busy}>Add to the log</Button>
    </form>
  );
}
