import { useState } from 'preact/hooks';
import { Button, Notice, PageHeading, Select } from '../../components/ui';
import type { BankPreviewImportMutation, ResourceVisibility } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { ErrorList, apiErrors, count } from '../admin/shared';
import { themeLabel, typeLabel, VISIBILITY } from './labels';
import { IMPORT_RESOURCES, PREVIEW_IMPORT } from './extras-operations';
import { BANK_FORM_CHOICES } from './operations';

type Preview = BankPreviewImportMutation['previewResourceImport'];

/** The largest file read in the browser; the API counts characters again (200,000). */
const MAX_BYTES = 400_000;

/**
 * Resources from a CSV file: choose the file and who may see the resources, preview every row
 * (each problem named by line and column), then import all of them at once. Nothing is written
 * until "Import", and then every row or none.
 */
export function ResourceImportPage() {
  useTitle('Import resources');
  const choices = useQuery(BANK_FORM_CHOICES, {});
  const preview = useMutation(PREVIEW_IMPORT);
  const apply = useMutation(IMPORT_RESOURCES);
  const [csv, setCsv] = useState<string>();
  const [fileName, setFileName] = useState('');
  const [fileError, setFileError] = useState<string>();
  const [visibility, setVisibility] = useState<ResourceVisibility>('PARTNERSHIP' as ResourceVisibility);
  const [groupId, setGroupId] = useState('');
  const [result, setResult] = useState<Preview>();
  const [imported, setImported] = useState<number>();

  const choose = async (file: File | undefined) => {
    setResult(undefined);
    setImported(undefined);
    setFileError(undefined);
    if (!file) return setCsv(undefined);
    if (file.size > MAX_BYTES) {
      setCsv(undefined);
      return setFileError('The file is too large: import up to 500 rows at a time.');
    }
    setFileName(file.name);
    setCsv(await file.text());
  };
  const settings = () => ({ csv: csv ?? '', visibility, groupId: visibility === 'GROUP' ? groupId || null : null });
  const check = async () => {
    if (!csv) return setFileError('Choose a CSV file.');
    const data = await preview.run(settings());
    if (data) setResult(data.previewResourceImport);
  };
  const run = async () => {
    const data = await apply.run(settings());
    if (data) {
      setImported(data.importResources.imported);
      setResult(undefined);
    }
  };
  const groups = choices.data?.groups ?? [];

  return (
    <>
      <a class="govuk-back-link" href="/resources">
        Knowledge bank
      </a>
      <PageHeading caption="Knowledge bank">Import resources</PageHeading>
      {imported !== undefined && <Notice>{count(imported, 'resource was imported', 'resources were imported')}.</Notice>}
      <p class="govuk-body">
        A CSV file with a header line naming the columns <code>title</code>, <code>organisations</code>, <code>year</code>, <code>type</code>, <code>summary</code>, <code>link</code> and <code>themes</code>. Separate several organisations or themes
        with semicolons. Organisations not in the partnership’s list are kept as outside authors. An export from the knowledge bank can be imported again.
      </p>
      <ErrorList errors={[...(fileError ? [{ field: 'import-file', message: fileError }] : []), ...apiErrors(preview.error ?? apply.error, { csv: 'import-file', groupId: 'import-group', visibility: 'import-visibility' })]} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <div class={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="import-file">
            CSV file
          </label>
          <div id="import-file-hint" class="govuk-hint">
            Up to 500 rows.
          </div>
          {fileError && (
            <p id="import-file-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span> {fileError}
            </p>
          )}
          <input id="import-file" name="import-file" type="file" accept=".csv,text/csv" class="govuk-file-upload" aria-describedby={`import-file-hint${fileError ? ' import-file-error' : ''}`} onChange={(e) => void choose(e.currentTarget.files?.[0])} />
        </div>
        <Select id="import-visibility" label="Who may see the imported resources" value={visibility} onChange={(e) => setVisibility(e.currentTarget.value as ResourceVisibility)} options={VISIBILITY.map(([value, label]) => ({ value, label }))} />
        {visibility === 'GROUP' && (
          <Select id="import-group" label="Group" value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} options={[{ value: '', label: 'Choose a group' }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} />
        )}
        <Button secondary disabled={preview.pending}>
          Check the file
        </Button>
      </form>
      {result && <PreviewTable preview={result} fileName={fileName} onImport={run} importing={apply.pending} />}
    </>
  );
}

function PreviewTable({ preview, fileName, onImport, importing }: { preview: Preview; fileName: string; onImport(): void; importing: boolean }) {
  if (preview.fileProblems.length) {
    return (
      <div class="govuk-error-summary" role="alert" aria-labelledby="import-file-problems">
        <h2 class="govuk-error-summary__title" id="import-file-problems">
          {fileName} cannot be imported
        </h2>
        <ul class="govuk-list govuk-error-summary__list">
          {preview.fileProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <>
      <h2 class="govuk-heading-m" id="import-preview">
        {count(preview.rows.length, 'row', 'rows')} in {fileName}
      </h2>
      <p class="govuk-body" role="status">
        {preview.problemCount ? `${count(preview.problemCount, 'row has', 'rows have')} problems. Correct the file and check it again: nothing is imported while any row has a problem.` : `Every row is ready to import.`}
      </p>
      <div class="app-scroll" tabIndex={0} role="region" aria-labelledby="import-preview">
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Line</th>
              <th scope="col" class="govuk-table__header">Title</th>
              <th scope="col" class="govuk-table__header">Type and year</th>
              <th scope="col" class="govuk-table__header">Authors</th>
              <th scope="col" class="govuk-table__header">Themes</th>
              <th scope="col" class="govuk-table__header">Problems</th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {preview.rows.map((row) => (
              <tr class="govuk-table__row" key={row.line}>
                <td class="govuk-table__cell">{row.line}</td>
                <th scope="row" class="govuk-table__header">
                  {row.title || <span class="app-secondary">(no title)</span>}
                </th>
                <td class="govuk-table__cell">{row.type ? `${typeLabel(row.type)}, ${row.year}` : '—'}</td>
                <td class="govuk-table__cell">
                  {[...row.organisations, ...row.outsideAuthors.map((a) => `${a} (outside author)`)].join('; ') || '—'}
                </td>
                <td class="govuk-table__cell">{row.themes.map(themeLabel).join(', ') || '—'}</td>
                <td class="govuk-table__cell">
                  {row.problems.length ? (
                    <ul class="govuk-list govuk-error-message">
                      {row.problems.map((p) => (
                        <li key={p.field + p.message}>
                          <span class="govuk-visually-hidden">Error: </span>
                          {p.field}: {p.message}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'Ready'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.problemCount === 0 && (
        <button type="button" class="govuk-button" disabled={importing} onClick={onImport}>
          Import {count(preview.readyCount, 'resource', 'resources')}
        </button>
      )}
    </>
  );
}
