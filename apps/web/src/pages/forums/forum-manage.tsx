import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, ErrorState, Loading, PageHeading, Select, TextArea, TextInput } from '../../components/ui';
import { graphql } from '../../gql';
import type { ForumMembersQuery, ForumRole } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate, useLocation } from '../../lib/router';
import { useSession } from '../../lib/session';
import { EMAIL, ErrorList, Flash, apiErrors, errorFor, type FormError } from '../admin/shared';
import { ScrollTable } from '../groups/parts';
import { PersonSearch, type FoundPerson } from '../people/person-search';
import { GuestPostHold } from './guest-post-hold';
import { PersonalDataSetting } from './held-posts';

const FORUM_GROUP = graphql(`
  query ForumNewGroup($id: ID!) {
    group(id: $id) {
      id
      name
      viewerCan {
        createForum
      }
      forum {
        id
      }
    }
  }
`);

const CREATE_FORUM = graphql(`
  mutation ForumCreate($name: String!, $description: String, $groupId: ID) {
    createForum(name: $name, description: $description, groupId: $groupId) {
      id
    }
  }
`);

const MEMBERS = graphql(`
  query ForumMembers($id: ID!) {
    forum(id: $id) {
      id
      name
      groupId
      viewerCan {
        manageMembers
        invite
      }
      guestPostsHeld
      members {
        role
        viaGroup
        guest
        person {
          id
          name
          organisation {
            name
          }
        }
      }
    }
  }
`);

const SET_MEMBER = graphql(`
  mutation ForumSetMember($forumId: ID!, $personId: ID!, $role: ForumRole!) {
    setForumMember(forumId: $forumId, personId: $personId, role: $role)
  }
`);

const REMOVE = graphql(`
  mutation ForumManageRemove($forumId: ID!, $personId: ID!) {
    removeForumMember(forumId: $forumId, personId: $personId)
  }
`);

const INVITE_EMAIL = graphql(`
  mutation ForumInviteEmail($input: InviteByEmailInput!) {
    inviteByEmail(input: $input) {
      id
      email
    }
  }
`);

const INVITE_LINK = graphql(`
  mutation ForumInviteLink($input: CreateInvitationLinkInput!) {
    createInvitationLink(input: $input) {
      url
      invitation {
        id
        maxUses
        expiresAt
      }
    }
  }
`);

type Forum = ForumMembersQuery['forum'];
type Member = Forum['members'][number];

/** A new forum: on a topic (coordinators), or a group's own (its chair, secretary or a coordinator). */
export function ForumNewPage() {
  const { searchParams } = useLocation();
  const groupId = searchParams.get('groupId');
  const { me } = useSession();
  const group = useQuery(FORUM_GROUP, { id: groupId ?? '' }, { skip: !groupId });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useMutation(CREATE_FORUM);
  const forGroup = group.data?.group;
  useTitle(forGroup ? `Create a forum for ${forGroup.name}` : 'Create a forum');
  useEffect(() => {
    if (forGroup && !name) setName(forGroup.name);
  }, [forGroup?.id]);
  if (groupId && group.loading && !forGroup) return <Loading what="Loading the group" />;
  if (groupId && group.error) return <ErrorState error={group.error} retry={group.reload} />;
  const allowed = forGroup ? forGroup.viewerCan.createForum : Boolean(me?.partnership.viewerCan.createForum);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!name.trim()) found.push({ field: 'forum-name', message: 'Enter the forum’s name' });
    else if (name.trim().length > 120) found.push({ field: 'forum-name', message: 'The forum’s name must be 120 characters or fewer' });
    if (description.length > 2000) found.push({ field: 'forum-description', message: 'The description must be 2,000 characters or fewer' });
    setErrors(found);
    if (found.length) return;
    const done = await create.run({ name: name.trim(), description: description.trim() || null, groupId: forGroup?.id ?? null });
    if (done) navigate(`/forums/${done.createForum.id}/members?notice=created`);
  };
  const shown = errors.length ? errors : apiErrors(create.error, { name: 'forum-name', description: 'forum-description' });
  return (
    <>
      <a class="govuk-back-link" href={forGroup ? `/groups/${forGroup.id}` : '/forums'}>
        {forGroup ? `Back to ${forGroup.name}` : 'All forums'}
      </a>
      <PageHeading caption={forGroup?.name}>{forGroup ? 'Create the group’s forum' : 'Create a forum'}</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {forGroup?.forum ? (
            <p class="govuk-body">
              This group already has a forum.{' '}
              <a class="govuk-link" href={`/forums/${forGroup.forum.id}`}>
                Go to the forum
              </a>
            </p>
          ) : !allowed ? (
            <p class="govuk-body">{forGroup ? 'Only the group’s chair and secretary, and coordinators, can create its forum.' : 'Only coordinators and admins create forums on a topic.'}</p>
          ) : (
            <form onSubmit={submit} noValidate>
              <ErrorList errors={shown} />
              <p class="govuk-body">{forGroup ? 'Everyone in the group is in its forum. You can add others, and make moderators, next.' : 'A private, invitation-only forum on a topic. You add people and moderators next.'}</p>
              <TextInput id="forum-name" label="Name" value={name} error={errorFor(shown, 'forum-name')} onInput={(e) => setName(e.currentTarget.value)} />
              <TextArea id="forum-description" label="What it is for (optional)" rows={3} value={description} error={errorFor(shown, 'forum-description')} onInput={(e) => setDescription(e.currentTarget.value)} />
              <Button disabled={create.pending}>Create forum</Button>
            </form>
          )}
        </div>
      </div>
    </>
  );
}

function MembersTable({ forum, act }: { forum: Forum; act: (what: 'role' | 'remove', member: Member) => void }) {
  const members = [...forum.members].sort((a, b) => (a.person?.name ?? '').localeCompare(b.person?.name ?? ''));
  const manage = forum.viewerCan.manageMembers;
  return (
    <>
      <p class="govuk-body-s app-manage-cue" aria-hidden="true">
        Scroll sideways to see the whole table.
      </p>
      <ScrollTable labelledBy="forum-members-caption">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s" id="forum-members-caption">
            {members.length === 1 ? '1 person' : `${members.length} people`} in the forum
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Name
              </th>
              <th scope="col" class="govuk-table__header">
                Role
              </th>
              {manage && (
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {members.map((m) => (
              <tr class="govuk-table__row" key={m.person?.id}>
                <th scope="row" class="govuk-table__header app-manage-wrap">
                  {m.person ? (
                    <a class="govuk-link" href={`/people/${m.person.id}`}>
                      {m.person.name}
                    </a>
                  ) : (
                    'Former member'
                  )}
                  {m.person?.organisation && <span class="govuk-body-s app-manage-block">{m.person.organisation.name}</span>}
                </th>
                <td class="govuk-table__cell">
                  {m.guest ? <strong class="govuk-tag govuk-tag--grey">Guest</strong> : m.role === 'MODERATOR' ? 'Moderator' : 'Member'}
                  {m.viaGroup && <span class="govuk-body-s app-manage-block">through the group</span>}
                </td>
                {manage && (
                  <td class="govuk-table__cell app-manage-actions">
                    {/* Guests never moderate. */}
                    {!m.guest && (
                      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => act('role', m)}>
                        {m.role === 'MODERATOR' ? 'Make member' : 'Make moderator'}
                        <span class="govuk-visually-hidden"> for {m.person?.name}</span>
                      </button>
                    )}{' '}
                    <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-bottom-1" onClick={() => act('remove', m)}>
                      {m.guest ? 'Remove guest' : 'Remove'}
                      <span class="govuk-visually-hidden"> {m.person?.name}</span>
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

function ConfirmRemove({ forum, member, close }: { forum: Forum; member: Member; close: (message?: string) => void }) {
  const remove = useMutation(REMOVE);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const name = member.person?.name ?? 'this person';
  return (
    <div class="app-manage-panel" role="group" aria-labelledby="forum-remove-heading">
      <h3 class="govuk-heading-s" tabIndex={-1} ref={ref} id="forum-remove-heading">
        Remove {name} from {forum.name}?
      </h3>
      <ErrorList errors={apiErrors(remove.error)} />
      <p class="govuk-body">{member.viaGroup ? 'They stay in the group, but leave its forum.' : member.guest ? 'They can no longer read or post here; if they are open in another tab, they leave the forum at once.' : 'They can no longer read or post here.'}</p>
      <div class="govuk-button-group">
        <Button type="button" warning disabled={remove.pending} onClick={async () => member.person && (await remove.run({ forumId: forum.id, personId: member.person.id })) && close(`${name} has been removed from the forum.`)}>
          Yes, remove {name}
        </Button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={() => close()}>
          No, keep them
        </button>
      </div>
    </div>
  );
}

function AddPerson({ forum, done }: { forum: Forum; done: (message: string) => void }) {
  const [chosen, setChosen] = useState<FoundPerson | null>(null);
  const [role, setRole] = useState<ForumRole>('MEMBER');
  const add = useMutation(SET_MEMBER);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (chosen) ref.current?.focus();
  }, [chosen]);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (chosen && (await add.run({ forumId: forum.id, personId: chosen.id, role }))) {
      setChosen(null);
      done(`${chosen.name} has been added as ${role === 'MODERATOR' ? 'a moderator' : 'a member'}.`);
    }
  };
  return (
    <section aria-labelledby="forum-add-heading">
      <h2 class="govuk-heading-m" id="forum-add-heading">
        Add someone from the partnership
      </h2>
      <PersonSearch id="forum-search" already={new Set(forum.members.map((m) => m.person?.id ?? ''))} alreadyWords="already in the forum" onChoose={setChosen} />
      {chosen && (
        <form onSubmit={submit} noValidate class="app-manage-panel">
          <h3 class="govuk-heading-s" tabIndex={-1} ref={ref}>
            Add {chosen.name}
          </h3>
          <ErrorList errors={apiErrors(add.error)} />
          <Select id="forum-add-role" label="Role in the forum" value={role} options={[{ value: 'MEMBER', label: 'Member: reads and posts' }, { value: 'MODERATOR', label: 'Moderator: also hides posts, pins and locks threads, manages people' }]} onChange={(e) => setRole(e.currentTarget.value as ForumRole)} />
          <div class="govuk-button-group">
            <Button disabled={add.pending}>Add to the forum</Button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Invitations({ forum, done }: { forum: Forum; done: (message: string) => void }) {
  const [email, setEmail] = useState('');
  const [uses, setUses] = useState('10');
  const [days, setDays] = useState('14');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [link, setLink] = useState<string | null>(null);
  const byEmail = useMutation(INVITE_EMAIL);
  const byLink = useMutation(INVITE_LINK);
  const sendEmail = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!email.trim()) found.push({ field: 'forum-invite-email', message: 'Enter the email address of the person you want to invite' });
    else if (!EMAIL.test(email.trim())) found.push({ field: 'forum-invite-email', message: 'Enter an email address in the right format, like name@example.org' });
    setErrors(found);
    if (found.length) return;
    const result = await byEmail.run({ input: { email: email.trim(), forumId: forum.id } });
    if (result) {
      setEmail('');
      done(`We have emailed an invitation to ${result.inviteByEmail.email}. They join this forum when they accept.`);
    }
  };
  const makeLink = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!/^\d+$/.test(uses.trim()) || Number(uses) < 1 || Number(uses) > 1000) found.push({ field: 'forum-link-uses', message: 'Enter how many people may use the link, from 1 to 1000' });
    if (!/^\d+$/.test(days.trim()) || Number(days) < 1 || Number(days) > 90) found.push({ field: 'forum-link-days', message: 'Enter how many days the link works, from 1 to 90' });
    setErrors(found);
    if (found.length) return;
    const result = await byLink.run({ input: { forumId: forum.id, maxUses: Number(uses), expiresInDays: Number(days) } });
    if (result) setLink(result.createInvitationLink.url);
  };
  const shown = errors.length ? errors : [...apiErrors(byEmail.error, { email: 'forum-invite-email' }), ...apiErrors(byLink.error, { maxUses: 'forum-link-uses', expiresInDays: 'forum-link-days' })];
  return (
    <section aria-labelledby="forum-invite-heading">
      <h2 class="govuk-heading-m" id="forum-invite-heading">
        Invite people who are not in the partnership yet
      </h2>
      <p class="govuk-body">They join as forum guests: they see this forum and the names of the people in it, nothing else. Someone already in the partnership keeps their role.</p>
      <ErrorList errors={shown} />
      <form onSubmit={sendEmail} noValidate>
        <TextInput id="forum-invite-email" label="Email address" type="email" autoComplete="off" spellcheck={false} value={email} error={errorFor(shown, 'forum-invite-email')} onInput={(e) => setEmail(e.currentTarget.value)} />
        <Button disabled={byEmail.pending}>Send invitation</Button>
      </form>
      <h3 class="govuk-heading-s">Or make a link to share</h3>
      <form onSubmit={makeLink} noValidate>
        <TextInput id="forum-link-uses" label="How many people may use it" class="govuk-input--width-4" inputMode="numeric" value={uses} error={errorFor(shown, 'forum-link-uses')} onInput={(e) => setUses(e.currentTarget.value)} />
        <TextInput id="forum-link-days" label="Days until it stops working" class="govuk-input--width-3" inputMode="numeric" value={days} error={errorFor(shown, 'forum-link-days')} onInput={(e) => setDays(e.currentTarget.value)} />
        <Button secondary disabled={byLink.pending}>
          Make a link
        </Button>
      </form>
      {link && (
        <div class="govuk-panel app-manage-link" role="region" aria-labelledby="forum-link-heading">
          <h3 class="govuk-heading-s" id="forum-link-heading">
            Your invitation link
          </h3>
          <p class="govuk-body">Copy it now: it is shown only once. Anyone with it can join this forum as a guest.</p>
          <p class="govuk-body app-manage-wrap">
            <code id="forum-invitation-link">{link}</code>
          </p>
        </div>
      )}
    </section>
  );
}

/** Who is in a forum: moderators add and remove people, make moderators, and invite by email or link. */
export function ForumMembersPage({ forumId }: { forumId: string }) {
  const { searchParams } = useLocation();
  const { data, error, loading, reload } = useQuery(MEMBERS, { id: forumId });
  const [flash, setFlash] = useState<string | undefined>(searchParams.get('notice') === 'created' ? 'The forum has been created.' : undefined);
  const [removing, setRemoving] = useState<Member | null>(null);
  const setRole = useMutation(SET_MEMBER);
  useTitle(data ? `People in ${data.forum.name}` : 'People in the forum');
  if (loading && !data) return <Loading what="Loading the forum" />;
  if (!data) return error ? <ErrorState error={error} retry={reload} /> : null;
  const forum = data.forum;
  const done = async (message?: string) => {
    setRemoving(null);
    // The table is up to date by the time the message is read.
    if (message) {
      await reload();
      setFlash(message);
    }
  };
  const act = async (what: 'role' | 'remove', member: Member) => {
    if (what === 'remove') return setRemoving(member);
    const role: ForumRole = member.role === 'MODERATOR' ? 'MEMBER' : 'MODERATOR';
    if (member.person && (await setRole.run({ forumId: forum.id, personId: member.person.id, role }))) await done(`${member.person.name} is now ${role === 'MODERATOR' ? 'a moderator' : 'a member'}.`);
  };
  return (
    <>
      <a class="govuk-back-link" href={`/forums/${forum.id}`}>
        Back to {forum.name}
      </a>
      <PageHeading caption={forum.name}>People in the forum</PageHeading>
      <Flash message={flash} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorList errors={apiErrors(setRole.error)} />
          <MembersTable forum={forum} act={act} />
          {removing && <ConfirmRemove key={removing.person?.id} forum={forum} member={removing} close={done} />}
          {forum.viewerCan.manageMembers && <AddPerson forum={forum} done={done} />}
          {forum.viewerCan.invite && <Invitations forum={forum} done={done} />}
          {forum.viewerCan.manageMembers && <GuestPostHold key={forum.guestPostsHeld} forumId={forum.id} held={forum.guestPostsHeld} done={done} />}
          {forum.viewerCan.manageMembers && <PersonalDataSetting forumId={forum.id} done={done} />}
          {!forum.viewerCan.manageMembers && <p class="govuk-body">Only the forum’s moderators can change who is in it.</p>}
        </div>
      </div>
    </>
  );
}
