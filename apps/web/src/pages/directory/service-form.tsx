import { useEffect, useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, PageHeading, Select, TextArea, TextInput } from '../../components/ui';
import type { DirectoryServicePageQuery } from '../../gql/graphql';
import { ApiError } from '../../lib/api';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { ACCESS, LEVELS, SERVICE_TYPES, list, options } from './labels';
import { ADD_SERVICE, ORGANISATION_LOCATIONS, SERVICE, UPDATE_SERVICE } from './operations';
import { Checkbox, CheckboxGroup, CoordinatorsOnly } from './parts';

const DAYS: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };

const EMPTY = {
  name: '',
  description: '',
  serviceType: 'ESOL',
  visibility: 'PUBLIC',
  status: 'ACTIVE',
  levels: [] as string[],
  accessMethods: [] as string[],
  languages: '',
  serviceAreas: '',
  minAge: '',
  maxAge: '',
  eligibility: '',
  immigrationNotes: '',
  free: true,
  cost: '',
  days: [] as string[],
  firstDate: '',
  startTime: '',
  durationMinutes: '120',
  childcare: false,
  spacesAvailable: '',
  locationId: '',
  url: '',
  email: '',
  phone: '',
};
type Draft = typeof EMPTY;

/** London wall-clock date and time to an instant (the API keeps the time of day in London). */
function londonInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const guess = new Date(`${date}T${time}:00Z`);
  const london = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/London' }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (london.getTime() - utc.getTime())).toISOString();
}

function londonParts(iso: string): { date: string; time: string } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export function NewServicePage({ organisationId }: { organisationId: string }) {
  return <ServiceForm organisationId={organisationId} />;
}

export function EditServicePage({ id }: { id: string }) {
  const existing = useQuery(SERVICE, { id, partnership: null, signedIn: true });
  if (existing.loading && !existing.data) return <Loading />;
  if (existing.error) return <ErrorState error={existing.error} retry={existing.reload} />;
  const s = existing.data?.directoryService;
  return s ? <ServiceForm organisationId={s.organisationId} existing={s} /> : null;
}

type Existing = DirectoryServicePageQuery['directoryService'];

/** Coordinators and admins: a service, its schedule as days of the week from a first session, and who may find it. */
function ServiceForm({ organisationId, existing }: { organisationId: string; existing?: Existing }) {
  const { me } = useSession();
  useTitle(existing ? 'Edit service' : 'Add a service');
  const org = useQuery(ORGANISATION_LOCATIONS, { id: organisationId });
  const [d, setD] = useState<Draft>(EMPTY);
  useEffect(() => {
    if (!existing) return;
    const first = existing.scheduleStartsAt ? londonParts(existing.scheduleStartsAt) : { date: '', time: '' };
    setD({
      name: existing.name,
      description: existing.description,
      serviceType: existing.serviceType,
      visibility: existing.visibility,
      status: existing.status,
      levels: existing.levels,
      accessMethods: existing.accessMethods,
      languages: existing.languages.join(', '),
      serviceAreas: existing.serviceAreas.join(', '),
      minAge: existing.minAge?.toString() ?? '',
      maxAge: existing.maxAge?.toString() ?? '',
      eligibility: existing.eligibility,
      immigrationNotes: existing.immigrationNotes,
      free: existing.free,
      cost: existing.cost,
      days: /BYDAY=([A-Z,]+)/.exec(existing.schedule ?? '')?.[1].split(',') ?? [],
      firstDate: first.date,
      startTime: first.time,
      durationMinutes: String(existing.durationMinutes),
      childcare: existing.childcare,
      spacesAvailable: existing.spacesAvailable?.toString() ?? '',
      locationId: existing.locationId ?? '',
      url: existing.url ?? '',
      email: existing.email ?? '',
      phone: existing.phone ?? '',
    });
  }, [existing]);
  const add = useMutation(ADD_SERVICE);
  const update = useMutation(UPDATE_SERVICE);
  const [local, setLocal] = useState<{ field: string; message: string }>();
  const error = add.error ?? update.error;
  if (!isCoordinator(me)) return <CoordinatorsOnly />;
  const set = (name: keyof Draft) => (e: Event) => setD({ ...d, [name]: (e.currentTarget as HTMLInputElement).value });
  const err = (field: string) => (local?.field === field ? local.message : error?.field === field ? error.message : undefined);
  const whole = (text: string) => (text.trim() === '' ? null : Number(text));
  const submit = async (event: Event) => {
    event.preventDefault();
    setLocal(undefined);
    const scheduled = d.days.length > 0;
    const startsAt = scheduled ? londonInstant(d.firstDate, d.startTime) : null;
    if (scheduled && !startsAt) return setLocal({ field: 'firstDate', message: 'Give the date of the first session as YYYY-MM-DD and its start time as HH:mm.' });
    const input = {
      organisationId,
      locationId: d.locationId || null,
      name: d.name,
      description: d.description,
      status: d.status as never,
      visibility: d.visibility as never,
      serviceType: d.serviceType as never,
      levels: (d.serviceType === 'ESOL' ? d.levels : []) as never,
      minAge: whole(d.minAge),
      maxAge: whole(d.maxAge),
      eligibility: d.eligibility,
      immigrationNotes: d.immigrationNotes,
      languages: list(d.languages),
      accessMethods: d.accessMethods as never,
      free: d.free,
      cost: d.free ? '' : d.cost,
      schedule: scheduled ? `FREQ=WEEKLY;BYDAY=${d.days.join(',')}` : null,
      scheduleStartsAt: startsAt,
      durationMinutes: Number(d.durationMinutes) || 120,
      serviceAreas: list(d.serviceAreas),
      childcare: d.childcare,
      spacesAvailable: whole(d.spacesAvailable),
      url: d.url || null,
      email: d.email || null,
      phone: d.phone || null,
    };
    const saved = existing ? (await update.run({ id: existing.id, input }))?.updateDirectoryService : (await add.run({ input }))?.addDirectoryService;
    if (saved) navigate(`/directory/services/${saved.id}`);
  };
  const fields = { name: 'name', levels: 'levels-ENTRY_1', minAge: 'minAge', cadence: 'days-MO', schedule: 'days-MO', scheduleStartsAt: 'firstDate', firstDate: 'firstDate', url: 'url', email: 'email', phone: 'phone', languages: 'languages', serviceAreas: 'serviceAreas', locationId: 'locationId' };
  return (
    <>
      <PageHeading caption={org.data?.organisation.name ?? 'Directory'}>{existing ? `Edit ${existing.name}` : 'Add a service'}</PageHeading>
      <ErrorSummary error={local ? new ApiError('BAD_USER_INPUT', local.message, local.field) : error} fields={fields} />
      <form noValidate onSubmit={submit} class="govuk-!-width-two-thirds">
        <TextInput id="name" label="Name of the service" value={d.name} onInput={set('name')} error={err('name')} />
        <TextArea id="description" label="What it offers (optional)" value={d.description} onInput={set('description')} />
        <Select id="serviceType" label="Type of service" value={d.serviceType} onChange={set('serviceType')} options={options(SERVICE_TYPES)} />
        {d.serviceType === 'ESOL' && <CheckboxGroup id="levels" legend="ESOL levels" labels={LEVELS} value={d.levels} onChange={(levels) => setD({ ...d, levels })} />}
        <Select id="visibility" label="Who can find it" value={d.visibility} onChange={set('visibility')} options={[{ value: 'PUBLIC', label: 'Anyone, in the public finder' }, { value: 'PARTNERSHIP', label: 'The partnership only' }]} />
        <Select id="status" label="Status" value={d.status} onChange={set('status')} options={[{ value: 'ACTIVE', label: 'Running' }, { value: 'TEMPORARILY_CLOSED', label: 'Temporarily closed' }, { value: 'INACTIVE', label: 'Not running' }, { value: 'DEFUNCT', label: 'Closed for good' }]} />
        <CheckboxGroup id="access" legend="How people get to it" labels={ACCESS} value={d.accessMethods} onChange={(accessMethods) => setD({ ...d, accessMethods })} />
        <CheckboxGroup id="days" legend="Days it runs (weekly)" labels={DAYS} value={d.days} onChange={(days) => setD({ ...d, days })} />
        <TextInput id="firstDate" label="Date of the first session" hint="YYYY-MM-DD, for example 2027-01-05" class="govuk-input--width-10" value={d.firstDate} onInput={set('firstDate')} error={err('firstDate') ?? err('scheduleStartsAt')} />
        <TextInput id="startTime" label="Start time" hint="HH:mm, London time" class="govuk-input--width-5" value={d.startTime} onInput={set('startTime')} />
        <TextInput id="durationMinutes" label="Length of a session in minutes" class="govuk-input--width-5" inputMode="numeric" value={d.durationMinutes} onInput={set('durationMinutes')} />
        <Select id="locationId" label="Where (optional)" value={d.locationId} onChange={set('locationId')} error={err('locationId')} options={[{ value: '', label: 'No fixed place' }, ...(org.data?.organisation.locations ?? []).map((l) => ({ value: l.id, label: l.name }))]} />
        <TextInput id="languages" label="Languages (optional)" hint="Separated by commas, for example Arabic, Tigrinya" value={d.languages} onInput={set('languages')} error={err('languages')} />
        <TextInput id="serviceAreas" label="Areas served (optional)" hint="Separated by commas" value={d.serviceAreas} onInput={set('serviceAreas')} error={err('serviceAreas')} />
        <TextInput id="eligibility" label="Who it is for (optional)" value={d.eligibility} onInput={set('eligibility')} />
        <TextInput id="immigrationNotes" label="Immigration status (optional)" hint="For example: No recourse to public funds accepted" value={d.immigrationNotes} onInput={set('immigrationNotes')} />
        <TextInput id="minAge" label="Youngest age (optional)" class="govuk-input--width-3" inputMode="numeric" value={d.minAge} onInput={set('minAge')} error={err('minAge')} />
        <TextInput id="maxAge" label="Oldest age (optional)" class="govuk-input--width-3" inputMode="numeric" value={d.maxAge} onInput={set('maxAge')} error={err('maxAge')} />
        <div class="govuk-form-group">
          <div class="govuk-checkboxes govuk-checkboxes--small">
            <Checkbox id="free" label="Free" checked={d.free} onChange={(free) => setD({ ...d, free })} />
            <Checkbox id="childcare" label="Childcare offered" checked={d.childcare} onChange={(childcare) => setD({ ...d, childcare })} />
          </div>
        </div>
        {!d.free && <TextInput id="cost" label="What it costs" value={d.cost} onInput={set('cost')} />}
        <TextInput id="spacesAvailable" label="Places free now (optional)" class="govuk-input--width-3" inputMode="numeric" value={d.spacesAvailable} onInput={set('spacesAvailable')} />
        <TextInput id="url" label="Web page (optional)" type="url" value={d.url} onInput={set('url')} error={err('url')} />
        <TextInput id="email" label="Email for the service (optional)" hint="Shown to everyone who can find the service" type="email" value={d.email} onInput={set('email')} error={err('email')} />
        <TextInput id="phone" label="Phone for the service (optional)" hint="Shown to everyone who can find the service" type="tel" value={d.phone} onInput={set('phone')} error={err('phone')} />
        <Button disabled={add.pending || update.pending}>{existing ? 'Save changes' : 'Add service'}</Button>
      </form>
    </>
  );
}
