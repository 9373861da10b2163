import { useEffect, useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, PageHeading, Select, TextArea, TextInput } from '../../components/ui';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { KINDS, list, options } from './labels';
import { CoordinatorsOnly } from './parts';
import { useOrganisationOptions } from '../admin/people';
import { ADD_ORGANISATION, DIRECTORY_ORGANISATION, UPDATE_ORGANISATION } from './operations';

const EMPTY = { name: '', kind: 'CHARITY', parentId: '', otherNames: '', description: '', charityNumber: '', companyNumber: '', odsCode: '', gssCode: '', website: '', contactEmail: '', areasServed: '', themes: '' };
type Draft = typeof EMPTY;

const FIELDS: Record<string, string> = {
  name: 'name',
  parentId: 'parentId',
  charityNumber: 'charityNumber',
  companyNumber: 'companyNumber',
  odsCode: 'odsCode',
  gssCode: 'gssCode',
  website: 'website',
  contactEmail: 'contactEmail',
  otherNames: 'otherNames',
  areasServed: 'areasServed',
};

export function NewOrganisationPage() {
  return <OrganisationForm />;
}

export function EditOrganisationPage({ id }: { id: string }) {
  return <OrganisationForm id={id} />;
}

/** Coordinators and admins: a directory entry's details; saving counts as checking it. */
function OrganisationForm({ id }: { id?: string }) {
  const { me } = useSession();
  useTitle(id ? 'Edit organisation' : 'Add an organisation');
  const existing = useQuery(DIRECTORY_ORGANISATION, { id: id ?? '' }, { skip: !id });
  const [d, setD] = useState<Draft>(EMPTY);
  useEffect(() => {
    const o = existing.data?.organisation;
    if (o)
      setD({
        name: o.name,
        kind: o.kind,
        parentId: o.parent?.id ?? '',
        otherNames: o.otherNames.join(', '),
        description: o.description,
        charityNumber: o.identifiers.charityNumber ?? '',
        companyNumber: o.identifiers.companyNumber ?? '',
        odsCode: o.identifiers.odsCode ?? '',
        gssCode: o.identifiers.gssCode ?? '',
        website: o.website ?? '',
        contactEmail: o.contactEmail ?? '',
        areasServed: o.areasServed.join(', '),
        themes: o.themes.join(', '),
      });
  }, [existing.data]);
  const organisations = useOrganisationOptions();
  const add = useMutation(ADD_ORGANISATION);
  const update = useMutation(UPDATE_ORGANISATION);
  const error = add.error ?? update.error;
  if (!isCoordinator(me)) return <CoordinatorsOnly />;
  if (id && existing.loading && !existing.data) return <Loading />;
  if (id && existing.error) return <ErrorState error={existing.error} retry={existing.reload} />;
  const set = (name: keyof Draft) => (e: Event) => setD({ ...d, [name]: (e.currentTarget as HTMLInputElement).value });
  const err = (field: string) => (error?.field === field ? error.message : undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    const input = {
      name: d.name,
      kind: d.kind as never,
      parentId: d.parentId || null,
      otherNames: list(d.otherNames),
      description: d.description,
      charityNumber: d.charityNumber || null,
      companyNumber: d.companyNumber || null,
      odsCode: d.odsCode || null,
      gssCode: d.gssCode || null,
      website: d.website || null,
      contactEmail: d.contactEmail || null,
      areasServed: list(d.areasServed),
      themes: list(d.themes),
    };
    const saved = id ? (await update.run({ id, input }))?.updateDirectoryOrganisation : (await add.run({ input }))?.addDirectoryOrganisation;
    if (saved) navigate(`/directory/organisations/${saved.id}`);
  };
  return (
    <>
      <PageHeading caption="Directory">{id ? `Edit ${existing.data?.organisation.name ?? 'organisation'}` : 'Add an organisation'}</PageHeading>
      <ErrorSummary error={error} fields={FIELDS} />
      <form noValidate onSubmit={submit} class="govuk-!-width-two-thirds">
        <TextInput id="name" label="Name" value={d.name} onInput={set('name')} error={err('name')} />
        <Select id="kind" label="Kind of organisation" value={d.kind} onChange={set('kind')} options={options(KINDS)} />
        <Select
          id="parentId"
          label="Part of (optional)"
          hint="A larger organisation it belongs to, such as a council or an NHS trust"
          value={d.parentId}
          onChange={set('parentId')}
          error={err('parentId')}
          options={[{ value: '', label: 'None' }, ...organisations.nodes.filter((o) => o.id !== id).map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextInput id="otherNames" label="Other names (optional)" hint="Separated by commas" value={d.otherNames} onInput={set('otherNames')} error={err('otherNames')} />
        <TextArea id="description" label="What it does (optional)" value={d.description} onInput={set('description')} />
        <TextInput id="charityNumber" label="Charity number (optional)" hint="6 or 7 digits; SC0 and 5 digits in Scotland" class="govuk-input--width-10" value={d.charityNumber} onInput={set('charityNumber')} error={err('charityNumber')} />
        <TextInput id="companyNumber" label="Company number (optional)" hint="8 digits, or 2 letters and 6 digits" class="govuk-input--width-10" value={d.companyNumber} onInput={set('companyNumber')} error={err('companyNumber')} />
        <TextInput id="odsCode" label="NHS ODS code (optional)" class="govuk-input--width-10" value={d.odsCode} onInput={set('odsCode')} error={err('odsCode')} />
        <TextInput id="gssCode" label="Local authority GSS code (optional)" hint="For example E09000022" class="govuk-input--width-10" value={d.gssCode} onInput={set('gssCode')} error={err('gssCode')} />
        <TextInput id="website" label="Website (optional)" type="url" value={d.website} onInput={set('website')} error={err('website')} />
        <TextInput id="contactEmail" label="General email (optional)" hint="Shown to everyone who can see the directory" type="email" value={d.contactEmail} onInput={set('contactEmail')} error={err('contactEmail')} />
        <TextInput id="areasServed" label="Areas served (optional)" hint="Separated by commas, for example Lambeth, Southwark" value={d.areasServed} onInput={set('areasServed')} error={err('areasServed')} />
        <TextInput id="themes" label="Themes (optional)" hint="For example housing, esol, destitution" value={d.themes} onInput={set('themes')} />
        <Button disabled={add.pending || update.pending}>{id ? 'Save changes' : 'Add organisation'}</Button>
      </form>
    </>
  );
}
