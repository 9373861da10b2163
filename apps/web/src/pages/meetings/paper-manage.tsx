import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Loading } from '../../components/ui';
import { graphql } from '../../gql';
import { ApiError, request } from '../../lib/api';
import { useQuery } from '../../lib/hooks';
import { useMeeting } from './context';
import { useAction } from './forms';
import { fileSize, putPaper, type PaperFile } from './paper-files';

export const PAPER_REPLACE_UPLOAD = graphql(`
  mutation PaperReplaceUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {
    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {
      uploadUrl
      maxBytes
    }
  }
`);

export const MINUTES_PAPER_REPLACE_UPLOAD = graphql(`
  mutation MinutesPaperReplaceUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {
    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {
      uploadUrl
      maxBytes
    }
  }
`);

export const PAPER_DELETE = graphql(`
  mutation PaperDelete($paperId: ID!) {
    deletePaper(paperId: $paperId)
  }
`);

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' });
const day = (iso: string) => DAY.format(new Date(iso));

/** A paper's versions, asked for only when its list is opened. */
export const PAPER_HISTORY = graphql(`
  query PaperHistory($id: ID!) {
    paper(id: $id) {
      id
      versions {
        version
        filename
        size
        createdAt
        downloadUrl
        scanStatus
        author {
          id
          name
        }
      }
    }
  }
`);

function EarlierVersions({ file }: { file: PaperFile }) {
  const history = useQuery(PAPER_HISTORY, { id: file.id });
  if (history.loading) return <Loading what="Loading the earlier versions" />;
  if (history.error) return <p class="govuk-body">{history.error.message}</p>;
  const earlier = (history.data?.paper.versions ?? []).filter((v) => v.version !== file.version);
  return (
    <ul class="govuk-list" aria-label={`Earlier versions of ${file.title}`}>
      {earlier.map((v) => (
        <li key={v.version}>
          {v.scanStatus === 'PENDING' ? (
            <span>Version {v.version}</span>
          ) : (
            <a class="govuk-link" href={v.downloadUrl} download={v.filename}>
              Version {v.version}
              <span class="govuk-visually-hidden"> of {file.title}</span>
            </a>
          )}{' '}
          <span class="govuk-body-s app-secondary">({[v.filename, fileSize(v.size), `added ${day(v.createdAt)}`, v.author ? `by ${v.author.name}` : null].filter(Boolean).join(', ')})</span>
        </li>
      ))}
    </ul>
  );
}

/** "Version 3 — replaced 4 Dec 2026 by Ana", and the earlier versions to download, for everyone who may read the file. */
export function PaperVersions({ file }: { file: PaperFile }) {
  const [open, setOpen] = useState(false);
  if (file.version < 2) return null;
  return (
    <>
      <p class="govuk-body-s govuk-!-margin-bottom-1">
        Version {file.version} — replaced {day(file.versionCreatedAt)}
        {file.versionAuthor ? ` by ${file.versionAuthor.name}` : ''}
      </p>
      <details class="govuk-details govuk-!-margin-bottom-2" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">
            Earlier versions<span class="govuk-visually-hidden"> of {file.title}</span>
          </span>
        </summary>
        <div class="govuk-details__text">{open && <EarlierVersions file={file} />}</div>
      </details>
    </>
  );
}

type Progress = { progress: number; error?: string };

/** Those who manage the file replace it (a new version; title and readers stay unless changed) or delete it after a confirmation. */
export function PaperManage({ file }: { file: PaperFile }) {
  const { meeting, done } = useMeeting();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(file.title);
  const [upload, setUpload] = useState<Progress | null>(null);
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(PAPER_DELETE);
  const onMinutes = meeting.minutes?.files.some((f) => f.id === file.id) ?? false;
  const area = onMinutes ? 'minutes' : 'agenda';
  const prefix = `manage-${file.id}`;

  const replace = async (chosen: File | undefined) => {
    if (!chosen) return;
    setUpload({ progress: 0 });
    try {
      const vars = { title: title.trim() || file.title, confidentiality: file.confidentiality, replacePaperId: file.id };
      const itemId = meeting.agendaItems.find((i) => i.files?.some((f) => f.id === file.id))?.id;
      const ticket = onMinutes
        ? (await request(MINUTES_PAPER_REPLACE_UPLOAD, { ...vars, minutesId: meeting.minutes!.id })).createMinutesPaperUpload
        : (await request(PAPER_REPLACE_UPLOAD, { ...vars, agendaItemId: itemId! })).createPaperUpload;
      if (chosen.size > ticket.maxBytes) throw new ApiError('PAYLOAD_TOO_LARGE', `The file is larger than ${fileSize(ticket.maxBytes)}.`);
      await putPaper(ticket.uploadUrl, chosen, (progress) => setUpload({ progress }));
      setUpload(null);
      setOpen(false);
      await done(area, `“${vars.title}” has been replaced: version ${file.version + 1} is now the one members open.`);
    } catch (error: unknown) {
      setUpload({ progress: 0, error: error instanceof Error ? error.message : 'The upload failed.' });
    }
  };

  const onDelete = async () => {
    if ((await remove.run({ paperId: file.id })) !== undefined) await done(area, `“${file.title}” has been deleted, with its earlier versions.`);
  };

  return (
    <details class="govuk-details govuk-!-margin-bottom-2" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          Replace or delete<span class="govuk-visually-hidden">: {file.title}</span>
        </span>
      </summary>
      <div class="govuk-details__text">
        {upload?.error && (
          <div class="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 class="govuk-error-summary__title">The file was not replaced</h2>
              <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  <li>
                    <a href={`#${prefix}-file`}>{upload.error}</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        )}
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${prefix}-title`}>
            Title
          </label>
          <input class="govuk-input" id={`${prefix}-title`} type="text" maxLength={200} value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div
          class="app-drop-zone govuk-form-group"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void replace(e.dataTransfer?.files?.[0]);
          }}
        >
          <label class="govuk-label" for={`${prefix}-file`}>
            Replace the file<span class="govuk-visually-hidden"> {file.title}</span>
          </label>
          <div class="govuk-hint" id={`${prefix}-hint`}>
            Choose a file or drop it here. The current version is kept as an earlier version, and who may read it stays the same.
          </div>
          <input
            class="govuk-file-upload"
            id={`${prefix}-file`}
            aria-describedby={`${prefix}-hint`}
            type="file"
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.csv,.png,.jpg,.jpeg"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void replace(input.files?.[0]);
              input.value = '';
            }}
          />
          {upload && !upload.error && (
            <p class="govuk-body">
              <label for={`${prefix}-progress`}>Uploading</label>{' '}
              <progress id={`${prefix}-progress`} max={1} value={upload.progress}>
                {Math.round(upload.progress * 100)}%
              </progress>{' '}
              {Math.round(upload.progress * 100)}%
            </p>
          )}
        </div>
        <ErrorSummary error={remove.error} fields={{}} />
        {confirming ? (
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              <p class="govuk-body govuk-!-font-weight-bold">Are you sure you want to delete “{file.title}”? Its earlier versions go too, and no one will be able to open it again.</p>
              <div class="govuk-button-group">
                <Button type="button" warning disabled={remove.pending} onClick={() => void onDelete()}>
                  Yes, delete “{file.title}”
                </Button>
                <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
                  No, keep it
                </button>
              </div>
            </div>
          </div>
        ) : (
          <button type="button" class="govuk-button govuk-button--warning" onClick={() => setConfirming(true)}>
            Delete<span class="govuk-visually-hidden"> {file.title}</span>
          </button>
        )}
      </div>
    </details>
  );
}
