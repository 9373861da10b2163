import { useState } from 'preact/hooks';
import { Button, ErrorState, Loading, PageHeading, Select, TextArea, TextInput } from '../../components/ui';
import type { BankResourceQuery, PolicyArea, ResourceInput, ResourceType, ResourceVisibility } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { ErrorList, apiErrors, errorFor, type FormError } from '../admin/shared';
import { fileSize } from '../meetings/paper-files';
import { POLICY_AREAS, THEMES, TYPES, VISIBILITY, themeLabel } from './labels';
import { BANK_FORM_CHOICES, BANK_RESOURCE, CREATE_RESOURCE, DELETE_RESOURCE, RESOURCE_UPLOAD, UPDATE_RESOURCE } from './operations';

type Resource = BankResourceQuery['resource'];

/** The API's field names → the form's element ids, so a refusal lands on its field. */
const FIELDS: Record<string, string> = {
  title: 'resource-title',
  summary: 'resource-summary',
  type: 'resource-type',
  year: 'resource-year',
  publishedOn: 'resource-published',
  themes: 'resource-themes',
  policyAreas: 'resource-areas',
  geography: 'resource-geography',
  language: 'resource-language',
  licence: 'resource-licence',
  externalUrl: 'resource-link',
  organisationIds: 'resource-organisations',
  outsideAuthors: 'resource-authors',
  reviewOn: 'resource-review',
  visibility: 'resource-visibility',
  groupId: 'resource-group',
  file: 'resource-file',
  filename: 'resource-file',
};
const fieldOf = (error: ApiError) => (error.field ? (FIELDS[error.field] ?? FIELDS[error.field.split('.')[0]]) : undefined);

/** The PUT of the file against its ticket; the API's coded error on refusal. */
async function putFile(url: string, file: File): Promise<void> {
  const res = await fetch(url, { method: 'PUT', body: file, headers: { 'x-filename': encodeURIComponent(file.name) }, credentials: 'same-origin' });
  if (res.status === 201) return;
  const body = await res.json().catch(() => null);
  const first = body?.errors?.[0];
  throw new ApiError(first?.extensions?.code ?? 'SERVICE_UNAVAILABLE', first?.message ?? 'The upload did not finish. Try again.', first?.extensions?.field ?? 'file');
}

function Checkboxes({ id, legend, hint, options, chosen, onChange, error }: { id: string; legend: string; hint?: string; options: [string, string][]; chosen: string[]; onChange(next: string[]): void; error?: string }) {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} class="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div class="govuk-checkboxes govuk-checkboxes--small" id={id}>
          {options.map(([value, label], i) => (
            <div class="govuk-checkboxes__item" key={value}>
              <input
                class="govuk-checkboxes__input"
                id={i === 0 ? `${id}-first` : `${id}-${i}`}
                type="checkbox"
                checked={chosen.includes(value)}
                onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, value] : chosen.filter((c) => c !== value))}
              />
              <label class="govuk-label govuk-checkboxes__label" for={i === 0 ? `${id}-first` : `${id}-${i}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Add or edit a resource: every field, then the file (PDF, Office, CSV or image) through an upload ticket. */
function ResourceForm({ resource }: { resource: Resource | null }) {
  const choices = useQuery(BANK_FORM_CHOICES, {});
  const [values, setValues] = useState({
    title: resource?.title ?? '',
    summary: resource?.summary ?? '',
    type: (resource?.type ?? 'REPORT') as string,
    year: resource ? String(resource.year) : String(new Date().getFullYear()),
    publishedOn: resource?.publishedOn ?? '',
    themes: resource?.themes ?? [],
    policyAreas: (resource?.policyAreas ?? []) as string[],
    geography: resource?.geography ?? '',
    language: resource?.language ?? 'en',
    licence: resource?.licence ?? '',
    externalUrl: resource?.externalUrl ?? '',
    organisationIds: resource?.organisations.map((o) => o.id) ?? [],
    outsideAuthors: resource?.outsideAuthors.join('\n') ?? '',
    reviewOn: resource?.reviewOn ?? '',
    visibility: (resource?.visibility ?? 'PARTNERSHIP') as string,
    groupId: resource?.groupId ?? '',
  });
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [pending, setPending] = useState(false);
  const remove = useMutation(DELETE_RESOURCE);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!values.title.trim()) found.push({ field: FIELDS.title, message: 'Enter the resource’s title' });
    if (!values.summary.trim()) found.push({ field: FIELDS.summary, message: 'Enter a summary in plain language' });
    else if (values.summary.trim().length > 600) found.push({ field: FIELDS.summary, message: 'The summary must be 600 characters or fewer' });
    if (!/^\d{4}$/.test(values.year.trim())) found.push({ field: FIELDS.year, message: 'Enter the year it was published, like 2024' });
    if (values.visibility === 'GROUP' && !values.groupId) found.push({ field: FIELDS.groupId, message: 'Choose the group that may see it' });
    setErrors(found);
    if (found.length) return;
    const input: ResourceInput = {
      title: values.title.trim(),
      summary: values.summary.trim(),
      type: values.type as ResourceType,
      year: Number(values.year),
      publishedOn: values.publishedOn.trim() || null,
      themes: values.themes,
      policyAreas: values.policyAreas as PolicyArea[],
      geography: values.geography.trim(),
      language: values.language.trim() || 'en',
      licence: values.licence.trim(),
      externalUrl: values.externalUrl.trim() || null,
      organisationIds: values.organisationIds,
      outsideAuthors: values.outsideAuthors
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      reviewOn: values.reviewOn.trim() || null,
      visibility: values.visibility as ResourceVisibility,
      groupId: values.visibility === 'GROUP' ? values.groupId : null,
    };
    setPending(true);
    try {
      const saved = resource ? (await request(UPDATE_RESOURCE, { id: resource.id, input })).updateResource : (await request(CREATE_RESOURCE, { input })).createResource;
      if (file) {
        const ticket = (await request(RESOURCE_UPLOAD, { resourceId: saved.id })).createResourceUpload;
        if (file.size > ticket.maxBytes) throw new ApiError('PAYLOAD_TOO_LARGE', `The file is larger than ${fileSize(ticket.maxBytes)}. The resource was saved without it.`, 'file');
        await putFile(ticket.uploadUrl, file);
      }
      // The resource page is served by the API (it works without JavaScript): a full load.
      window.location.assign(saved.pageUrl);
    } catch (caught: unknown) {
      const error = caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'Something went wrong. Please try again.');
      setErrors([{ field: fieldOf(error), message: error.message }]);
    } finally {
      setPending(false);
    }
  };

  const destroy = async () => {
    if (!resource || !window.confirm(`Delete “${resource.title}” and its file? This cannot be undone.`)) return;
    if (await remove.run({ id: resource.id })) navigate('/resources?notice=deleted');
  };

  const organisations: [string, string][] = (choices.data?.organisations.nodes ?? []).map((o) => [o.id, o.name]);
  const shown = errors.length ? errors : apiErrors(remove.error);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorList errors={shown} />
      <TextInput id={FIELDS.title} label="Title" value={values.title} maxLength={200} error={errorFor(shown, FIELDS.title)} onInput={(e) => set('title', e.currentTarget.value)} />
      <TextArea
        id={FIELDS.summary}
        label="Summary"
        hint={`In plain language, up to 600 characters (${600 - values.summary.length} left).`}
        rows={4}
        value={values.summary}
        error={errorFor(shown, FIELDS.summary)}
        onInput={(e) => set('summary', e.currentTarget.value)}
      />
      <Select id={FIELDS.type} label="Type" value={values.type} options={TYPES.map(([value, label]) => ({ value, label }))} error={errorFor(shown, FIELDS.type)} onChange={(e) => set('type', e.currentTarget.value)} />
      <TextInput id={FIELDS.year} label="Year published" class="govuk-input--width-4" inputMode="numeric" value={values.year} error={errorFor(shown, FIELDS.year)} onInput={(e) => set('year', e.currentTarget.value)} />
      <TextInput id={FIELDS.publishedOn} label="Date published (optional)" hint="For example, 2024-03-31" class="govuk-input--width-10" value={values.publishedOn} error={errorFor(shown, FIELDS.publishedOn)} onInput={(e) => set('publishedOn', e.currentTarget.value)} />
      <Checkboxes id={FIELDS.themes} legend="Themes" hint="The same themes as the sector assessment." options={THEMES.map((t) => [t, themeLabel(t)])} chosen={values.themes} error={errorFor(shown, FIELDS.themes)} onChange={(next) => set('themes', next)} />
      <Checkboxes id={FIELDS.policyAreas} legend="Policy areas" options={POLICY_AREAS} chosen={values.policyAreas} error={errorFor(shown, FIELDS.policyAreas)} onChange={(next) => set('policyAreas', next)} />
      {organisations.length > 0 && (
        <Checkboxes id={FIELDS.organisationIds} legend="Author organisations" options={organisations} chosen={values.organisationIds} error={errorFor(shown, FIELDS.organisationIds)} onChange={(next) => set('organisationIds', next)} />
      )}
      <TextArea id={FIELDS.outsideAuthors} label="Other authors (optional)" hint="People or organisations outside the partnership, one on each line." rows={3} value={values.outsideAuthors} error={errorFor(shown, FIELDS.outsideAuthors)} onInput={(e) => set('outsideAuthors', e.currentTarget.value)} />
      <TextInput id={FIELDS.geography} label="Geography (optional)" hint="A region or local authority, for example West Midlands." value={values.geography} error={errorFor(shown, FIELDS.geography)} onInput={(e) => set('geography', e.currentTarget.value)} />
      <TextInput id={FIELDS.language} label="Language" hint="A two-letter code: en for English, cy for Welsh, ar for Arabic." class="govuk-input--width-4" value={values.language} error={errorFor(shown, FIELDS.language)} onInput={(e) => set('language', e.currentTarget.value)} />
      <TextInput id={FIELDS.licence} label="Licence (optional)" hint="For example, Open Government Licence v3.0 or CC BY 4.0." value={values.licence} error={errorFor(shown, FIELDS.licence)} onInput={(e) => set('licence', e.currentTarget.value)} />
      <TextInput id={FIELDS.externalUrl} label="Link (optional)" hint="Where it is published online, starting with https://" type="url" value={values.externalUrl} error={errorFor(shown, FIELDS.externalUrl)} onInput={(e) => set('externalUrl', e.currentTarget.value)} />
      <div class={`govuk-form-group${errorFor(shown, FIELDS.file) ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label govuk-label--s" for={FIELDS.file}>
          {resource?.fileName ? `Replace the file (now ${resource.fileName})` : 'File (optional)'}
        </label>
        <div id={`${FIELDS.file}-hint`} class="govuk-hint">
          PDF, Word, Excel, PowerPoint, OpenDocument text, CSV, PNG or JPEG.
        </div>
        {errorFor(shown, FIELDS.file) && (
          <p class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {errorFor(shown, FIELDS.file)}
          </p>
        )}
        <input class="govuk-file-upload" id={FIELDS.file} type="file" aria-describedby={`${FIELDS.file}-hint`} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </div>
      <TextInput id={FIELDS.reviewOn} label="Review date (optional)" hint="When to check it is still current, for example 2026-01-31" class="govuk-input--width-10" value={values.reviewOn} error={errorFor(shown, FIELDS.reviewOn)} onInput={(e) => set('reviewOn', e.currentTarget.value)} />
      <div class={`govuk-form-group${errorFor(shown, FIELDS.visibility) ? ' govuk-form-group--error' : ''}`}>
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who may see it</legend>
          <div class="govuk-radios govuk-radios--small" id={FIELDS.visibility}>
            {VISIBILITY.map(([value, label, hint]) => (
              <div class="govuk-radios__item" key={value}>
                <input class="govuk-radios__input" id={`visibility-${value}`} type="radio" name="visibility" value={value} checked={values.visibility === value} aria-describedby={`visibility-${value}-hint`} onChange={() => set('visibility', value)} />
                <label class="govuk-label govuk-radios__label" for={`visibility-${value}`}>
                  {label}
                </label>
                <div id={`visibility-${value}-hint`} class="govuk-hint govuk-radios__hint">
                  {hint}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {values.visibility === 'GROUP' && (
        <Select
          id={FIELDS.groupId}
          label="Group"
          value={values.groupId}
          options={[{ value: '', label: 'Choose a group' }, ...(choices.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
          error={errorFor(shown, FIELDS.groupId)}
          onChange={(e) => set('groupId', e.currentTarget.value)}
        />
      )}
      <div class="govuk-button-group">
        <Button disabled={pending}>{resource ? 'Save changes' : 'Add resource'}</Button>
        {resource && (
          <button type="button" class="govuk-button govuk-button--warning" onClick={destroy} disabled={remove.pending}>
            Delete resource
          </button>
        )}
      </div>
    </form>
  );
}

export function ResourceNewPage() {
  useTitle('Add a resource');
  return (
    <>
      <a class="govuk-back-link" href="/resources">
        Knowledge bank
      </a>
      <PageHeading caption="Knowledge bank">Add a resource</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ResourceForm resource={null} />
        </div>
      </div>
    </>
  );
}

export function ResourceEditPage({ resourceId }: { resourceId: string }) {
  const found = useQuery(BANK_RESOURCE, { id: resourceId });
  const resource = found.data?.resource;
  useTitle(resource ? `Edit ${resource.title}` : 'Edit a resource');
  if (found.error) return <ErrorState error={found.error} retry={found.reload} />;
  if (!resource) return <Loading what="Loading the resource" />;
  return (
    <>
      <a class="govuk-back-link" href={resource.pageUrl}>
        Back to the resource
      </a>
      <PageHeading caption={`Knowledge bank, version ${resource.version}`}>Edit {resource.title}</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">{resource.canManage ? <ResourceForm resource={resource} /> : <p class="govuk-body">Only coordinators and the bank’s contributors can edit resources.</p>}</div>
      </div>
    </>
  );
}
