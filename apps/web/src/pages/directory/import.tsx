import { useState } from 'preact/hooks';
import { Button, ErrorState, Notice, PageHeading } from '../../components/ui';
import type { PreviewDirectoryImportMutation } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useMutation, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { CoordinatorsOnly, DirectoryNav } from './parts';
import { EXPORT_CSV, IMPORT_CSV, PREVIEW_IMPORT } from './upkeep-operations';

type Files = { organizations: string; locations: string; services: string };
type Outcome = PreviewDirectoryImportMutation['previewDirectoryImport'];

const FILES: { key: keyof Files; label: string; columns: string }[] = [
  { key: 'organizations', label: 'Organisations (organizations.csv)', columns: 'id, name, alternate_name, description, url, email, charity_number, kind' },
  { key: 'locations', label: 'Locations (locations.csv)', columns: 'id, organization_id, name, address_1, city, postal_code' },
  { key: 'services', label: 'Services (services.csv)', columns: 'id, organization_id, location_id, name, description, url, email, status, service_type, languages' },
];

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** Coordinators: Open Referral UK tabular CSV in (previewed, all or nothing) and out. */
export function DirectoryImportPage() {
  useTitle('Import and export');
  const { me } = useSession();
  const [files, setFiles] = useState<Files>({ organizations: '', locations: '', services: '' });
  const [outcome, setOutcome] = useState<Outcome>();
  const preview = useMutation(PREVIEW_IMPORT);
  const importing = useMutation(IMPORT_CSV);
  const [exportError, setExportError] = useState<string>();
  if (!isCoordinator(me)) return <CoordinatorsOnly />;
  const input = { organizations: files.organizations || null, locations: files.locations || null, services: files.services || null };
  const read = async (key: keyof Files, file: File | undefined) => {
    setOutcome(undefined);
    setFiles((f) => ({ ...f, [key]: '' }));
    if (file) {
      const text = await file.text();
      setFiles((f) => ({ ...f, [key]: text }));
    }
  };
  return (
    <>
      <PageHeading caption="Directory">Import and export</PageHeading>
      <DirectoryNav current="import" coordinator />
      {outcome?.imported && (
        <Notice>
          Imported {outcome.organisations} organisations, {outcome.locations} locations and {outcome.services} services.
        </Notice>
      )}
      {(preview.error ?? importing.error) && <ErrorState error={(preview.error ?? importing.error)!} />}
      <h2 class="govuk-heading-m">Import</h2>
      <p class="govuk-body">Choose files in the Open Referral UK tabular shape, each with a header row. Rows refer to each other by their id; a service or location may also name an organisation already in the directory by its id. Nothing is written until every row is right.</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const done = await preview.run({ input });
          if (done) setOutcome(done.previewDirectoryImport);
        }}
      >
        {FILES.map((f) => (
          <div class="govuk-form-group" key={f.key}>
            <label class="govuk-label govuk-label--s" for={`file-${f.key}`}>
              {f.label}
            </label>
            <div class="govuk-hint" id={`file-${f.key}-hint`}>
              Columns: {f.columns}
            </div>
            <input class="govuk-file-upload" id={`file-${f.key}`} name={f.key} type="file" accept=".csv,text/csv" aria-describedby={`file-${f.key}-hint`} onChange={(e) => read(f.key, (e.currentTarget as HTMLInputElement).files?.[0])} />
          </div>
        ))}
        <Button disabled={preview.pending || (!files.organizations && !files.locations && !files.services)}>Check the files</Button>
      </form>
      {outcome && !outcome.imported && (
        <section aria-labelledby="preview-heading">
          <h2 class="govuk-heading-m" id="preview-heading">
            {outcome.errors.length ? `${outcome.errors.length} ${outcome.errors.length === 1 ? 'problem' : 'problems'} to fix` : 'Ready to import'}
          </h2>
          <p class="govuk-body">
            {outcome.organisations} organisations, {outcome.locations} locations and {outcome.services} services.
          </p>
          {outcome.errors.length > 0 ? (
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-visually-hidden">Problems by file and line</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">File</th>
                  <th scope="col" class="govuk-table__header">Line</th>
                  <th scope="col" class="govuk-table__header">Column</th>
                  <th scope="col" class="govuk-table__header">Problem</th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {outcome.errors.map((e, i) => (
                  <tr class="govuk-table__row" key={i}>
                    <td class="govuk-table__cell">{e.file}.csv</td>
                    <td class="govuk-table__cell">{e.line}</td>
                    <td class="govuk-table__cell">{e.field}</td>
                    <td class="govuk-table__cell">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <button
              type="button"
              class="govuk-button"
              disabled={importing.pending}
              onClick={async () => {
                const done = await importing.run({ input });
                if (done) setOutcome(done.importDirectoryCsv);
              }}
            >
              Import these rows
            </button>
          )}
        </section>
      )}
      <h2 class="govuk-heading-m">Export</h2>
      <p class="govuk-body">The whole directory as the same three files.</p>
      {exportError && <p class="govuk-error-message">{exportError}</p>}
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={async () => {
          setExportError(undefined);
          try {
            const { directoryCsvExport: out } = await request(EXPORT_CSV, {});
            download('organizations.csv', out.organizations);
            download('locations.csv', out.locations);
            download('services.csv', out.services);
          } catch (caught) {
            setExportError(caught instanceof Error ? caught.message : 'The export failed.');
          }
        }}
      >
        Download the CSV files
      </button>
    </>
  );
}
