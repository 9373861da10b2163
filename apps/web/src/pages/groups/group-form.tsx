import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button, ErrorState, Loading, PageHeading, Select, TextArea, TextInput, formatDateTime } from '../../components/ui';
import { graphql } from '../../gql';
import type { GroupKind, GroupSettingsQuery, GroupVisibility, StandingItem } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { ErrorList, apiErrors, errorFor, type FormError } from '../admin/shared';
import { NO_CADENCE, cadenceSentence, choiceOf, nextDates, ruleOf, type CadenceChoice } from './cadence';
import { KIND_WORDS } from './format';

const GROUP_SETTINGS = graphql(`
  query GroupSettings($id: ID!) {
    group(id: $id) {
      id
      name
      kind
      visibility
      description
      cadence
      cadenceStart
      meetingDurationMinutes
      defaultLocation
      defaultOnlineUrl
      submissionDeadlineDays
      agendaPackDays
      archivedAt
      standingAgenda {
        title
        standing
        minutesAllotted
      }
      viewerCan {
        edit
        archive
      }
    }
  }
`);

const CREATE_GROUP = graphql(`
  mutation GroupCreate($input: GroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`);

const UPDATE_GROUP = graphql(`
  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!) {
    updateGroup(id: $id, input: $input) {
      id
    }
  }
`);

const ARCHIVE_GROUP = graphql(`
  mutation GroupArchive($id: ID!, $archived: Boolean!) {
    archiveGroup(id: $id, archived: $archived) {
      id
      archivedAt
    }
  }
`);

type Settings = GroupSettingsQuery['group'];

interface AgendaLine {
  key: number;
  title: string;
  standing: StandingItem;
  minutes: string;
}

interface Values {
  name: string;
  kind: GroupKind;
  visibility: GroupVisibility;
  description: string;
  cadence: CadenceChoice;
  /** A rule the picker cannot show: kept as it is unless a new cadence is chosen. */
  keptRule: string | null;
  duration: string;
  location: string;
  onlineUrl: string;
  deadlineDays: string;
  packDays: string;
  agenda: AgendaLine[];
}

const DEFAULT_AGENDA: Omit<AgendaLine, 'key'>[] = [
  { title: 'Welcome and apologies', standing: 'WELCOME', minutes: '5' },
  { title: 'Minutes of the last meeting and matters arising', standing: 'PREVIOUS_MINUTES', minutes: '15' },
  { title: 'Sector activity assessment', standing: 'SECTOR_ASSESSMENT', minutes: '30' },
  { title: 'Any other business', standing: 'AOB', minutes: '10' },
  { title: 'Date of next meeting', standing: 'NEXT_MEETING', minutes: '5' },
];
const STANDING_WORDS: Record<string, string> = {
  WELCOME: 'Welcome and apologies',
  PREVIOUS_MINUTES: 'Last minutes and matters arising',
  SECTOR_ASSESSMENT: 'Sector activity assessment',
  AOB: 'Any other business',
  NEXT_MEETING: 'Next meeting',
  OTHER: 'Other item',
};

let nextKey = 1;
const line = (item: Omit<AgendaLine, 'key'>): AgendaLine => ({ ...item, key: nextKey++ });

function valuesOf(group?: Settings): Values {
  if (!group) {
    return {
      name: '',
      kind: 'STEERING_GROUP',
      visibility: 'PRIVATE',
      description: '',
      cadence: { ...NO_CADENCE },
      keptRule: null,
      duration: '120',
      location: '',
      onlineUrl: '',
      deadlineDays: '10',
      packDays: '7',
      agenda: DEFAULT_AGENDA.map(line),
    };
  }
  const choice = choiceOf(group.cadence, group.cadenceStart);
  return {
    name: group.name,
    kind: group.kind,
    visibility: group.visibility,
    description: group.description ?? '',
    cadence: choice ?? { ...NO_CADENCE },
    keptRule: choice ? null : group.cadence,
    duration: String(group.meetingDurationMinutes),
    location: group.defaultLocation ?? '',
    onlineUrl: group.defaultOnlineUrl ?? '',
    deadlineDays: String(group.submissionDeadlineDays),
    packDays: String(group.agendaPackDays),
    agenda: group.standingAgenda.map((i) => line({ title: i.title, standing: i.standing, minutes: i.minutesAllotted == null ? '' : String(i.minutesAllotted) })),
  };
}

const whole = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** Every problem at once, in the order of the form. */
function check(v: Values): FormError[] {
  const errors: FormError[] = [];
  if (v.name.trim().length < 2) errors.push({ field: 'group-name', message: 'Enter the group’s name' });
  else if (v.name.trim().length > 150) errors.push({ field: 'group-name', message: 'The group’s name must be 150 characters or fewer' });
  if (v.description.length > 2000) errors.push({ field: 'group-description', message: 'The description must be 2,000 characters or fewer' });
  if (!v.keptRule) for (const p of ruleOf(v.cadence).problems) errors.push(p);
  if (!whole(v.duration, 5, 1440)) errors.push({ field: 'group-duration', message: 'Enter how long meetings last, in minutes from 5 to 1440' });
  if (v.onlineUrl.trim() && !/^https?:\/\/\S+\.\S+/.test(v.onlineUrl.trim())) errors.push({ field: 'group-online', message: 'Enter the online meeting link starting with https://' });
  if (!whole(v.deadlineDays, 0, 90)) errors.push({ field: 'group-deadline', message: 'Enter the days before a meeting that proposals close, from 0 to 90' });
  if (!whole(v.packDays, 0, 60)) errors.push({ field: 'group-pack', message: 'Enter the days before a meeting that the agenda pack is sent, from 0 to 60' });
  v.agenda.forEach((item, i) => {
    if (!item.title.trim()) errors.push({ field: `agenda-title-${item.key}`, message: `Enter a title for standing item ${i + 1}, or remove it` });
    if (item.minutes.trim() && !whole(item.minutes, 1, 600)) errors.push({ field: `agenda-minutes-${item.key}`, message: `Enter minutes for standing item ${i + 1} from 1 to 600, or leave it blank` });
  });
  return errors;
}

const API_FIELDS = { name: 'group-name', cadence: 'cadence-every', cadenceStart: 'cadence-date', defaultOnlineUrl: 'group-online', description: 'group-description' };

function Radios({ name, legend, hint, value, options, onChange, children }: { name: string; legend: string; hint?: string; value: string; options: { value: string; label: string; hint?: string }[]; onChange: (v: string) => void; children?: ComponentChildren }) {
  return (
    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby={hint ? `${name}-hint` : undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${name}-hint`} class="govuk-hint">
            {hint}
          </div>
        )}
        <div class="govuk-radios govuk-radios--small">
          {options.map((o, i) => (
            <div class="govuk-radios__item" key={o.value}>
              <input class="govuk-radios__input" id={i === 0 ? name : `${name}-${o.value}`} name={name} type="radio" value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} aria-describedby={o.hint ? `${name}-${o.value}-hint` : undefined} />
              <label class="govuk-label govuk-radios__label" for={i === 0 ? name : `${name}-${o.value}`}>
                {o.label}
              </label>
              {o.hint && (
                <div id={`${name}-${o.value}-hint`} class="govuk-hint govuk-radios__hint">
                  {o.hint}
                </div>
              )}
            </div>
          ))}
        </div>
        {children}
      </fieldset>
    </div>
  );
}

function CadencePicker({ v, set, errors }: { v: Values; set: (change: Partial<Values>) => void; errors: FormError[] }) {
  const c = v.cadence;
  const change = (part: Partial<CadenceChoice>) => set({ cadence: { ...c, ...part }, keptRule: null });
  const upcoming = nextDates(c);
  return (
    <>
      {v.keptRule && (
        <div class="govuk-inset-text">
          This group meets on a rule this form cannot show (<code class="app-groups-code">{v.keptRule}</code>). It stays as it is unless you choose another below.
        </div>
      )}
      <Radios
        name="cadence-repeats"
        legend="How often does the group meet?"
        hint="Meetings for the next twelve months are planned from this, in UK time."
        value={v.keptRule ? '' : c.repeats}
        options={[
          { value: 'NONE', label: 'No regular meetings', hint: 'You can still schedule meetings one at a time.' },
          { value: 'WEEKLY', label: 'Every few weeks' },
          { value: 'MONTHLY', label: 'Every few months' },
        ]}
        onChange={(repeats) => change({ repeats: repeats as CadenceChoice['repeats'] })}
      />
      {!v.keptRule && c.repeats !== 'NONE' && (
        <div class="app-manage-cadence">
          <TextInput id="cadence-every" label={c.repeats === 'WEEKLY' ? 'Every how many weeks?' : 'Every how many months?'} hint="For example, 6" class="govuk-input--width-3" inputMode="numeric" value={c.every} error={errorFor(errors, 'cadence-every')} onInput={(e) => change({ every: e.currentTarget.value })} />
          <TextInput id="cadence-date" label="Date of the first meeting" type="date" class="govuk-input--width-10" value={c.date} error={errorFor(errors, 'cadence-date')} onInput={(e) => change({ date: e.currentTarget.value })} />
          <TextInput id="cadence-time" label="Start time" hint="UK time, for example 10:00" type="time" class="govuk-input--width-5" value={c.time} error={errorFor(errors, 'cadence-time')} onInput={(e) => change({ time: e.currentTarget.value })} />
          <div class="govuk-inset-text" aria-live="polite">
            {upcoming.length ? (
              <>
                <p class="govuk-body govuk-!-margin-bottom-1">
                  {cadenceSentence(c)}. The next meetings would be:
                </p>
                <ul class="govuk-list govuk-list--bullet govuk-!-margin-bottom-0" id="cadence-preview">
                  {upcoming.map((d) => (
                    <li key={d.toISOString()}>{formatDateTime(d.toISOString())}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p class="govuk-body govuk-!-margin-bottom-0">Enter how often and the first meeting’s date and time to see the next meetings.</p>
            )}
          </div>
        </div>
      )}
    </>
  );
}

function StandingAgenda({ v, set, errors }: { v: Values; set: (change: Partial<Values>) => void; errors: FormError[] }) {
  const update = (key: number, part: Partial<AgendaLine>) => set({ agenda: v.agenda.map((i) => (i.key === key ? { ...i, ...part } : i)) });
  return (
    <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 class="govuk-fieldset__heading">Standing agenda</h2>
      </legend>
      <p class="govuk-hint">Every new meeting’s agenda starts with these items, in this order.</p>
      <ol class="govuk-list app-manage-agenda">
        {v.agenda.map((item, i) => (
          <li key={item.key} class="app-manage-agenda__item">
            <TextInput id={`agenda-title-${item.key}`} label={`Item ${i + 1} title`} value={item.title} error={errorFor(errors, `agenda-title-${item.key}`)} onInput={(e) => update(item.key, { title: e.currentTarget.value })} />
            <div class="app-manage-inline">
              <Select id={`agenda-standing-${item.key}`} label={`Item ${i + 1} kind`} value={item.standing} options={Object.entries(STANDING_WORDS).map(([value, label]) => ({ value, label }))} onChange={(e) => update(item.key, { standing: e.currentTarget.value as StandingItem })} />
              <TextInput id={`agenda-minutes-${item.key}`} label={`Item ${i + 1} minutes`} class="govuk-input--width-3" inputMode="numeric" value={item.minutes} error={errorFor(errors, `agenda-minutes-${item.key}`)} onInput={(e) => update(item.key, { minutes: e.currentTarget.value })} />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => set({ agenda: v.agenda.filter((x) => x.key !== item.key) })}>
              Remove item {i + 1}<span class="govuk-visually-hidden">, {item.title || 'untitled'}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="govuk-button govuk-button--secondary" onClick={() => set({ agenda: [...v.agenda, line({ title: '', standing: 'OTHER', minutes: '' })] })}>
        Add a standing item
      </button>
    </fieldset>
  );
}

function GroupForm({ group }: { group?: Settings }) {
  const [v, setValues] = useState<Values>(() => valuesOf(group));
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useMutation(CREATE_GROUP);
  const update = useMutation(UPDATE_GROUP);
  const set = (change: Partial<Values>) => setValues((old) => ({ ...old, ...change }));
  const pending = create.pending || update.pending;

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = check(v);
    setErrors(found);
    if (found.length) return;
    const rule = v.keptRule ? null : ruleOf(v.cadence);
    const input = {
      name: v.name.trim(),
      kind: v.kind,
      visibility: v.visibility,
      description: v.description.trim() || null,
      ...(rule ? { cadence: rule.cadence, cadenceStart: rule.cadenceStart } : {}),
      meetingDurationMinutes: Number(v.duration),
      defaultLocation: v.location.trim() || null,
      defaultOnlineUrl: v.onlineUrl.trim() || null,
      submissionDeadlineDays: Number(v.deadlineDays),
      agendaPackDays: Number(v.packDays),
      standingAgenda: v.agenda.map((i) => ({ title: i.title.trim(), standing: i.standing, minutesAllotted: i.minutes.trim() ? Number(i.minutes) : null })),
    };
    if (group) {
      const done = await update.run({ id: group.id, input });
      if (done) navigate(`/groups/${group.id}?notice=saved`);
    } else {
      const done = await create.run({ input });
      if (done) navigate(`/groups/${done.createGroup.id}/members?notice=created`);
    }
  };
  const shown = errors.length ? errors : apiErrors(create.error ?? update.error, API_FIELDS);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorList errors={shown} />
      <TextInput id="group-name" label="Name" autoComplete="off" value={v.name} error={errorFor(shown, 'group-name')} onInput={(e) => set({ name: e.currentTarget.value })} />
      <Select id="group-kind" label="Type of group" value={v.kind} options={Object.entries(KIND_WORDS).map(([value, label]) => ({ value, label }))} onChange={(e) => set({ kind: e.currentTarget.value as GroupKind })} />
      <Radios
        name="group-visibility"
        legend="Who can see the group?"
        value={v.visibility}
        options={[
          { value: 'PRIVATE', label: 'Only its members', hint: 'Coordinators and admins can always see it.' },
          { value: 'PARTNERSHIP', label: 'Everyone in the partnership' },
          { value: 'PUBLIC', label: 'Public', hint: 'Anyone can read its terms of reference and published minutes.' },
        ]}
        onChange={(visibility) => set({ visibility: visibility as GroupVisibility })}
      />
      <TextArea id="group-description" label="What the group is for (optional)" value={v.description} error={errorFor(shown, 'group-description')} onInput={(e) => set({ description: e.currentTarget.value })} />

      <h2 class="govuk-heading-m">Meetings</h2>
      <CadencePicker v={v} set={set} errors={shown} />
      <TextInput id="group-duration" label="How long meetings last, in minutes" class="govuk-input--width-4" inputMode="numeric" value={v.duration} error={errorFor(shown, 'group-duration')} onInput={(e) => set({ duration: e.currentTarget.value })} />
      <TextInput id="group-location" label="Where it usually meets (optional)" value={v.location} onInput={(e) => set({ location: e.currentTarget.value })} />
      <TextInput id="group-online" label="Online meeting link (optional)" type="url" spellcheck={false} value={v.onlineUrl} error={errorFor(shown, 'group-online')} onInput={(e) => set({ onlineUrl: e.currentTarget.value })} />
      <TextInput id="group-deadline" label="Proposals close this many days before a meeting" hint="Members can propose agenda items until then." class="govuk-input--width-3" inputMode="numeric" value={v.deadlineDays} error={errorFor(shown, 'group-deadline')} onInput={(e) => set({ deadlineDays: e.currentTarget.value })} />
      <TextInput id="group-pack" label="The agenda pack is emailed this many days before a meeting" class="govuk-input--width-3" inputMode="numeric" value={v.packDays} error={errorFor(shown, 'group-pack')} onInput={(e) => set({ packDays: e.currentTarget.value })} />

      <StandingAgenda v={v} set={set} errors={shown} />
      <div class="govuk-button-group">
        <Button disabled={pending}>{group ? 'Save changes' : 'Create group'}</Button>
        <a class="govuk-link" href={group ? `/groups/${group.id}` : '/groups'}>
          Cancel
        </a>
      </div>
    </form>
  );
}

/** Coordinators and admins create a group. */
export function GroupNewPage() {
  useTitle('Create a group');
  const { me } = useSession();
  if (!me?.partnership.viewerCan.createGroup) {
    return (
      <>
        <PageHeading>You cannot create groups</PageHeading>
        <p class="govuk-body">Only coordinators and admins create groups. Ask one in your partnership.</p>
      </>
    );
  }
  return (
    <>
      <a class="govuk-back-link" href="/groups">
        All groups
      </a>
      <PageHeading>Create a group</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <GroupForm />
        </div>
      </div>
    </>
  );
}

function ArchivePanel({ group, reload }: { group: Settings; reload: () => Promise<void> }) {
  const archive = useMutation(ARCHIVE_GROUP);
  const [confirming, setConfirming] = useState(false);
  const archived = Boolean(group.archivedAt);
  const go = async () => {
    if (await archive.run({ id: group.id, archived: !archived })) {
      setConfirming(false);
      await reload();
    }
  };
  return (
    <section aria-labelledby="archive-heading" class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id="archive-heading">
        {archived ? 'Restore the group' : 'Archive the group'}
      </h2>
      <ErrorList errors={apiErrors(archive.error)} />
      {archived ? (
        <p class="govuk-body">This group was archived on {formatDateTime(group.archivedAt!)}. Restoring it lists it again and plans meetings from its cadence.</p>
      ) : (
        <p class="govuk-body">An archived group keeps its meetings, minutes and papers, but leaves the groups list and no more meetings are planned for it.</p>
      )}
      {confirming || archived ? (
        <div class="govuk-button-group">
          <Button type="button" warning={!archived} secondary={archived} disabled={archive.pending} onClick={go}>
            {archived ? 'Restore group' : 'Yes, archive this group'}
          </Button>
          {!archived && (
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
              No, keep it
            </button>
          )}
        </div>
      ) : (
        <Button type="button" secondary onClick={() => setConfirming(true)}>
          Archive group
        </Button>
      )}
    </section>
  );
}

/** The chair, the secretary and coordinators change a group's settings; coordinators archive it. */
export function GroupEditPage({ groupId }: { groupId: string }) {
  const { data, error, loading, reload } = useQuery(GROUP_SETTINGS, { id: groupId });
  useTitle(data ? `Change ${data.group.name}` : 'Change a group');
  if (loading && !data) return <Loading what="Loading the group" />;
  if (!data) return error ? <ErrorState error={error} retry={reload} /> : null;
  const group = data.group;
  return (
    <>
      <a class="govuk-back-link" href={`/groups/${group.id}`}>
        Back to {group.name}
      </a>
      <PageHeading caption={group.name}>Change the group’s settings</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {group.viewerCan.edit ? <GroupForm group={group} key={group.id} /> : <p class="govuk-body">Only the group’s chair and secretary, and coordinators, can change its settings.</p>}
          {group.viewerCan.archive && <ArchivePanel group={group} reload={reload} />}
        </div>
      </div>
    </>
  );
}
