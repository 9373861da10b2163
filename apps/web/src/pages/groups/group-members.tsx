import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, ErrorState, Loading, PageHeading, Select, TextInput } from '../../components/ui';
import { graphql } from '../../gql';
import type { GroupMembersQuery, GroupRole } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { useLocation } from '../../lib/router';
import { EMAIL, ErrorList, Flash, apiErrors, errorFor, type FormError } from '../admin/shared';
import { useOrganisationOptions } from '../admin/people';
import { PersonSearch, findPerson, type FoundPerson } from '../people/person-search';
import { SeatForm } from '../directory/seat-form';
import { SEATS } from '../directory/labels';
import { ROLE_WORDS } from './format';
import { ScrollTable } from './parts';

const MEMBERS = graphql(`
  query GroupMembers($id: ID!) {
    group(id: $id) {
      id
      name
      viewerCan {
        manageMembers
      }
      members {
        id
        role
        person {
          id
          name
          organisation {
            id
            name
          }
        }
        organisation {
          id
          name
        }
        seat {
          seat
          deputyPersonId
        }
      }
    }
  }
`);

const SET_MEMBER = graphql(`
  mutation GroupSetMember($groupId: ID!, $personId: ID!, $role: GroupRole!, $organisationId: ID) {
    setGroupMember(groupId: $groupId, personId: $personId, role: $role, organisationId: $organisationId) {
      id
    }
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation GroupRemoveMember($groupId: ID!, $personId: ID!) {
    removeGroupMember(groupId: $groupId, personId: $personId)
  }
`);

const INVITE = graphql(`
  mutation GroupInvite($input: InviteToGroupInput!) {
    inviteToGroup(input: $input) {
      id
      email
    }
  }
`);

type Group = GroupMembersQuery['group'];
type Member = Group['members'][number];

const ROLES: GroupRole[] = ['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'];
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }));

function OrganisationSelect({ id, label, value, onChange, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string }) {
  const { nodes } = useOrganisationOptions();
  return <Select id={id} label={label} hint={hint} value={value} options={[{ value: '', label: 'Their own organisation' }, ...nodes.map((o) => ({ value: o.id, label: o.name }))]} onChange={(e) => onChange(e.currentTarget.value)} />;
}

/** Add someone already in the partnership: find them, then choose their role and organisation. */
function AddExisting({ group, done, preset }: { group: Group; done: (message: string) => void; preset?: FoundPerson | null }) {
  const [chosen, setChosen] = useState<FoundPerson | null>(preset ?? null);
  const [role, setRole] = useState<GroupRole>('MEMBER');
  const [organisationId, setOrganisationId] = useState('');
  const add = useMutation(SET_MEMBER);
  const chosenRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => setChosen(preset ?? null), [preset]);
  useEffect(() => {
    if (chosen) chosenRef.current?.focus();
  }, [chosen]);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!chosen) return;
    if (await add.run({ groupId: group.id, personId: chosen.id, role, organisationId: organisationId || null })) {
      setChosen(null);
      done(`${chosen.name} has been added to the group as ${ROLE_WORDS[role].toLowerCase()}.`);
    }
  };
  return (
    <section aria-labelledby="add-heading">
      <h2 class="govuk-heading-m" id="add-heading">
        Add someone from the partnership
      </h2>
      <PersonSearch id="member-search" already={new Set(group.members.map((m) => m.person?.id ?? ''))} alreadyWords="already a member" onChoose={setChosen} />
      {chosen && (
        <form onSubmit={save} noValidate class="app-manage-panel">
          <h3 class="govuk-heading-s" tabIndex={-1} ref={chosenRef}>
            Add {chosen.name}
          </h3>
          <ErrorList errors={apiErrors(add.error)} />
          <Select id="add-role" label="Role in the group" value={role} options={ROLE_OPTIONS} onChange={(e) => setRole(e.currentTarget.value as GroupRole)} />
          <OrganisationSelect id="add-organisation" label="Organisation they represent" value={organisationId} onChange={setOrganisationId} />
          <div class="govuk-button-group">
            <Button disabled={add.pending}>Add to the group</Button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Invite someone new by email, straight into the group; someone already here is offered instead. */
function InviteNew({ group, done, offer }: { group: Group; done: (message: string) => void; offer: (person: FoundPerson) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GroupRole>('MEMBER');
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [existing, setExisting] = useState<FoundPerson | null>(null);
  const invite = useMutation(INVITE);
  const submit = async (event: Event) => {
    event.preventDefault();
    setExisting(null);
    const found: FormError[] = [];
    if (!email.trim()) found.push({ field: 'invite-email', message: 'Enter the email address of the person you want to invite' });
    else if (!EMAIL.test(email.trim())) found.push({ field: 'invite-email', message: 'Enter an email address in the right format, like name@example.org' });
    setErrors(found);
    if (found.length) return;
    const result = await invite.run({ input: { groupId: group.id, email: email.trim(), role, organisationId: organisationId || null } });
    if (result) {
      setEmail('');
      done(`We have emailed an invitation to ${result.inviteToGroup.email}. They join the group as ${ROLE_WORDS[role].toLowerCase()} when they accept.`);
    }
  };
  // The API names the person when they already have an account: offer to add them instead.
  useEffect(() => {
    if (invite.error?.code !== 'CONFLICT') return;
    void findPerson(email.trim())
      .then(setExisting)
      .catch(() => undefined);
  }, [invite.error]);
  const shown = errors.length ? errors : apiErrors(invite.error, { email: 'invite-email' });
  return (
    <section aria-labelledby="invite-heading">
      <h2 class="govuk-heading-m" id="invite-heading">
        Invite someone new
      </h2>
      <p class="govuk-body">We email them a link to set up their account. They join the partnership as a member, and this group with the role you choose.</p>
      <ErrorList errors={shown} />
      {existing && (
        <div class="govuk-inset-text">
          <p class="govuk-body">
            {existing.name}
            {existing.organisation && ` (${existing.organisation.name})`} already has an account.
          </p>
          <button type="button" class="govuk-button govuk-!-margin-bottom-0" onClick={() => offer(existing)}>
            Add {existing.name} to the group instead
          </button>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <TextInput id="invite-email" label="Email address" type="email" autoComplete="off" spellcheck={false} value={email} error={errorFor(shown, 'invite-email')} onInput={(e) => setEmail(e.currentTarget.value)} />
        <Select id="invite-role" label="Role in the group" value={role} options={ROLE_OPTIONS} onChange={(e) => setRole(e.currentTarget.value as GroupRole)} />
        <OrganisationSelect id="invite-organisation" label="Their organisation" hint="They represent it in the group." value={organisationId} onChange={setOrganisationId} />
        <Button disabled={invite.pending}>Send invitation</Button>
      </form>
    </section>
  );
}

function ChangeMember({ group, member, close }: { group: Group; member: Member; close: (message?: string) => void }) {
  const [role, setRole] = useState<GroupRole>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisation?.id ?? '');
  const save = useMutation(SET_MEMBER);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const name = member.person?.name ?? 'this member';
  const submit = async (event: Event) => {
    event.preventDefault();
    if (member.person && (await save.run({ groupId: group.id, personId: member.person.id, role, organisationId: organisationId || null }))) close(`${name}’s role and organisation have been saved.`);
  };
  return (
    <form onSubmit={submit} noValidate class="app-manage-panel">
      <h3 class="govuk-heading-s" tabIndex={-1} ref={ref} id="change-heading">
        Change {name}’s place in the group
      </h3>
      <ErrorList errors={apiErrors(save.error)} />
      <Select id="change-role" label="Role in the group" value={role} options={ROLE_OPTIONS} onChange={(e) => setRole(e.currentTarget.value as GroupRole)} />
      <OrganisationSelect id="change-organisation" label="Organisation they represent" value={organisationId} onChange={setOrganisationId} />
      <div class="govuk-button-group">
        <Button disabled={save.pending}>Save</Button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={() => close()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RemoveMember({ group, member, close }: { group: Group; member: Member; close: (message?: string) => void }) {
  const remove = useMutation(REMOVE_MEMBER);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const name = member.person?.name ?? 'this member';
  const go = async () => {
    if (member.person && (await remove.run({ groupId: group.id, personId: member.person.id }))) close(`${name} has been removed from the group.`);
  };
  return (
    <div class="app-manage-panel" role="group" aria-labelledby="remove-heading">
      <h3 class="govuk-heading-s" tabIndex={-1} ref={ref} id="remove-heading">
        Remove {name} from {group.name}?
      </h3>
      <ErrorList errors={apiErrors(remove.error)} />
      <p class="govuk-body">They stop getting the group’s emails and leave its forum. Their past contributions stay.</p>
      <div class="govuk-button-group">
        <Button type="button" warning disabled={remove.pending} onClick={go}>
          Yes, remove {name}
        </Button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={() => close()}>
          No, keep them
        </button>
      </div>
    </div>
  );
}

function MembersTable({ group, manage, act }: { group: Group; manage: boolean; act: (what: 'change' | 'remove', member: Member) => void }) {
  if (group.members.length === 0) return <p class="govuk-body">Nobody is in this group yet.</p>;
  return (
    <>
      <p class="govuk-body-s app-manage-cue" aria-hidden="true">
        Scroll sideways to see the whole table.
      </p>
      <ScrollTable labelledBy="members-table-caption">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s" id="members-table-caption">
            {group.members.length === 1 ? '1 member' : `${group.members.length} members`}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Name
              </th>
              <th scope="col" class="govuk-table__header">
                Role
              </th>
              <th scope="col" class="govuk-table__header">
                Represents
              </th>
              {manage && (
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {group.members.map((m) => (
              <tr class="govuk-table__row" key={m.id}>
                <th scope="row" class="govuk-table__header app-manage-wrap">
                  {m.person ? (
                    <a class="govuk-link" href={`/people/${m.person.id}`}>
                      {m.person.name}
                    </a>
                  ) : (
                    'Former member'
                  )}
                </th>
                <td class="govuk-table__cell">{ROLE_WORDS[m.role] ?? m.role}</td>
                <td class="govuk-table__cell app-manage-wrap">
                  {m.organisation?.name ?? <span class="govuk-hint">Not given</span>}
                  {m.seat && <span class="govuk-hint govuk-!-margin-bottom-0">{SEATS[m.seat.seat]} seat</span>}
                </td>
                {manage && (
                  <td class="govuk-table__cell app-manage-actions">
                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => act('change', m)}>
                      Change<span class="govuk-visually-hidden"> {m.person?.name}’s role</span>
                    </button>{' '}
                    <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-1" onClick={() => act('remove', m)}>
                      Remove<span class="govuk-visually-hidden"> {m.person?.name}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

/** A group's members: add people already in the partnership, invite new ones, change roles, remove. */
export function GroupMembersPage({ groupId }: { groupId: string }) {
  const { searchParams } = useLocation();
  const { data, error, loading, reload } = useQuery(MEMBERS, { id: groupId });
  const [flash, setFlash] = useState<string | undefined>(searchParams.get('notice') === 'created' ? 'The group has been created. Now add its members.' : undefined);
  const [acting, setActing] = useState<{ what: 'change' | 'remove'; member: Member } | null>(null);
  const [offered, setOffered] = useState<FoundPerson | null>(null);
  useTitle(data ? `Members of ${data.group.name}` : 'Members');
  if (loading && !data) return <Loading what="Loading the members" />;
  if (!data) return error ? <ErrorState error={error} retry={reload} /> : null;
  const group = data.group;
  const manage = group.viewerCan.manageMembers;
  const done = async (message?: string) => {
    setActing(null);
    // The table is up to date by the time the message is read.
    if (message) {
      await reload();
      setFlash(message);
    }
  };
  return (
    <>
      <a class="govuk-back-link" href={`/groups/${group.id}`}>
        Back to {group.name}
      </a>
      <PageHeading caption={group.name}>Members</PageHeading>
      <Flash message={flash} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <MembersTable group={group} manage={manage} act={(what, member) => setActing({ what, member })} />
          {acting?.what === 'change' && <ChangeMember key={acting.member.id} group={group} member={acting.member} close={done} />}
          {acting?.what === 'change' && acting.member.person && (
            <SeatForm
              key={`seat-${acting.member.id}`}
              groupId={group.id}
              person={acting.member.person}
              organisation={acting.member.organisation}
              seat={acting.member.seat}
              others={group.members.flatMap((m) => (m.person && m.person.id !== acting.member.person?.id ? [m.person] : []))}
              saved={done}
            />
          )}
          {acting?.what === 'remove' && <RemoveMember key={acting.member.id} group={group} member={acting.member} close={done} />}
          {manage ? (
            <>
              <AddExisting group={group} done={done} preset={offered} />
              <InviteNew group={group} done={done} offer={(person) => setOffered({ ...person })} />
            </>
          ) : (
            <p class="govuk-body">Only the group’s chair and secretary, and coordinators, can change who is in it.</p>
          )}
        </div>
      </div>
    </>
  );
}
