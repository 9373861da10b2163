import { useState } from 'preact/hooks';
import { Tag } from '../../components/ui';
import { graphql } from '../../gql';
import type { PaperConfidentiality } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { useMeeting, type Item } from './context';
import { PaperManage, PaperVersions } from './paper-manage';
import { PaperReaders } from './paper-readers';

export const PAPER_CREATE_UPLOAD = graphql(`
  mutation PaperCreateUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {
    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality) {
      uploadUrl
      maxBytes
    }
  }
`);

export const MINUTES_PAPER_CREATE_UPLOAD = graphql(`
  mutation MinutesPaperCreateUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {
    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality) {
      uploadUrl
      maxBytes
    }
  }
`);

export type PaperFile = NonNullable<Item['files']>[number];
/** Where new files go: an agenda item, or the meeting's minutes. */
export type PaperOwner = { agendaItemId: string; title: string } | { minutesId: string; title: string };

export const CONFIDENTIALITY: Record<string, string> = { PUBLIC: 'Public', PARTNERSHIP: 'Partnership', GROUP: 'Group members', RESTRICTED: 'Restricted to named members' };
const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'text/csv; charset=utf-8': 'CSV',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * Files the reader may open: title, type, size, pages, who may read it; a supplement is marked,
 * and a file still being checked for viruses is named but not linked. Managers also see and
 * change who may read each file.
 */
export function PaperFiles({ files, label }: { files: PaperFile[] | null | undefined; label: string }) {
  if (!files?.length) return null;
  return (
    <>
      <p class="govuk-body govuk-!-margin-bottom-1">{files.length === 1 ? 'File:' : 'Files:'}</p>
      <ul class="govuk-list govuk-list--bullet app-break" aria-label={`Files: ${label}`}>
        {files.map((file) => (
          <li key={file.id}>
            {file.scanStatus === 'PENDING' ? (
              <span>{file.title}</span>
            ) : (
              <a class="govuk-link" href={file.downloadUrl} download={file.filename}>
                {file.title}
              </a>
            )}{' '}
            {file.supplement && <><Tag colour="purple">Supplement</Tag>{' '}</>}
            {file.scanStatus === 'PENDING' && <><Tag colour="yellow">Being checked for viruses</Tag>{' '}</>}
            <span class="govuk-body-s app-secondary">
              ({[TYPES[file.contentType] ?? file.contentType, fileSize(file.size), file.pageCount ? `${file.pageCount} pages` : null, CONFIDENTIALITY[file.confidentiality]].filter(Boolean).join(', ')})
            </span>
            <PaperVersions file={file} />
            {file.viewerCan.manage && (
              <>
                <PaperReaders file={file} />
                <PaperManage file={file} />
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The PUT of one file against its ticket, with progress; the API's coded error on refusal. */
export function putPaper(url: string, file: File, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('x-filename', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      // 202: kept, and checked for viruses before anyone can open it.
      if (xhr.status === 201 || xhr.status === 202) return resolve();
      try {
        const [first] = JSON.parse(xhr.responseText).errors;
        reject(new ApiError(first.extensions?.code ?? 'BAD_REQUEST', first.message, first.extensions?.field));
      } catch {
        reject(new ApiError('SERVICE_UNAVAILABLE', 'The upload did not finish. Try again.'));
      }
    };
    xhr.onerror = () => reject(new ApiError('SERVICE_UNAVAILABLE', 'The upload did not finish. Check your connection and try again.'));
    xhr.send(file);
  });
}

type Upload = { name: string; progress: number; error?: string; done?: boolean };

/** Managers add files to an item or the minutes: choose or drop them; each shows its progress or why it was refused. */
export function PaperUploader({ owner }: { owner: PaperOwner }) {
  const { done } = useMeeting();
  const item = { id: 'agendaItemId' in owner ? owner.agendaItemId : `minutes-${owner.minutesId}`, title: owner.title };
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [confidentiality, setConfidentiality] = useState<PaperConfidentiality>('GROUP' as PaperConfidentiality);
  const [over, setOver] = useState(false);
  const id = `files-${item.id}`;
  const update = (i: number, change: Partial<Upload>) => setUploads((all) => all.map((u, k) => (k === i ? { ...u, ...change } : u)));

  const send = async (files: File[]) => {
    if (files.length === 0) return;
    const start = uploads.length;
    setUploads((all) => [...all, ...files.map((f) => ({ name: f.name, progress: 0 }))]);
    let stored = 0;
    await Promise.all(
      files.map(async (file, n) => {
        const i = start + n;
        try {
          const title = file.name.replace(/\.[^.]+$/, '').slice(0, 200) || file.name;
          const ticket =
            'agendaItemId' in owner
              ? (await request(PAPER_CREATE_UPLOAD, { agendaItemId: owner.agendaItemId, title, confidentiality })).createPaperUpload
              : (await request(MINUTES_PAPER_CREATE_UPLOAD, { minutesId: owner.minutesId, title, confidentiality })).createMinutesPaperUpload;
          if (file.size > ticket.maxBytes) throw new ApiError('PAYLOAD_TOO_LARGE', `The file is larger than ${fileSize(ticket.maxBytes)}.`);
          await putPaper(ticket.uploadUrl, file, (progress) => update(i, { progress }));
          update(i, { progress: 1, done: true });
          stored++;
        } catch (error: unknown) {
          update(i, { error: error instanceof Error ? error.message : 'The upload failed.' });
        }
      }),
    );
    const restricted = confidentiality === 'RESTRICTED' ? ' Choose its readers under “Who may read” beside the file.' : '';
    if (stored) await done('agendaItemId' in owner ? 'agenda' : 'minutes', `${stored === 1 ? 'A file has' : `${stored} files have`} been added to “${item.title}”.${restricted}`);
  };

  const refused = uploads.map((u, i) => ({ ...u, i })).filter((u) => u.error);
  return (
    <div class="govuk-form-group app-paper-upload">
      {refused.length > 0 && (
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">{refused.length === 1 ? 'A file was not added' : `${refused.length} files were not added`}</h2>
            <div class="govuk-error-summary__body">
              <ul class="govuk-list govuk-error-summary__list">
                {refused.map((u) => (
                  <li key={u.i}>
                    <a href={`#${id}`}>
                      {u.name}: {u.error}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${id}-confidentiality`}>
          Who may read the files<span class="govuk-visually-hidden"> added to {item.title}</span>
        </label>
        <select class="govuk-select" id={`${id}-confidentiality`} value={confidentiality} onChange={(e) => setConfidentiality((e.currentTarget as HTMLSelectElement).value as PaperConfidentiality)}>
          {['GROUP', 'PARTNERSHIP', 'PUBLIC', 'RESTRICTED'].map((c) => (
            <option value={c} key={c}>
              {CONFIDENTIALITY[c]}
            </option>
          ))}
        </select>
      </div>
      <div
        class={`app-drop-zone${over ? ' app-drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void send([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label class="govuk-label" for={id}>
          Add files<span class="govuk-visually-hidden"> to {item.title}</span>
        </label>
        <div class="govuk-hint" id={`${id}-hint`}>
          PDF, Word, Excel, PowerPoint, OpenDocument text, CSV, PNG or JPEG, up to 25 MB each. Choose files or drop them here.
        </div>
        <input
          class="govuk-file-upload"
          id={id}
          aria-describedby={`${id}-hint`}
          type="file"
          multiple
          accept=".pdf,.docx,.xlsx,.pptx,.odt,.csv,.png,.jpg,.jpeg"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void send([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </div>
      {uploads.some((u) => !u.error) && (
        <ul class="govuk-list">
          {uploads.map((u, i) =>
            u.error ? null : (
              <li key={i}>
                <label for={`${id}-progress-${i}`}>{u.name}</label>{' '}
                <progress id={`${id}-progress-${i}`} max={1} value={u.progress}>
                  {Math.round(u.progress * 100)}%
                </progress>{' '}
                {u.done ? 'added' : `${Math.round(u.progress * 100)}%`}
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
