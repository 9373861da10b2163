import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, Empty, ErrorState, Loading, PageHeading, Select, Tag, TextInput, formatDate } from '../../components/ui';
import { graphql } from '../../gql';
import type { PartnershipRole } from '../../gql/graphql';
import { useMutation, useTitle } from '../../lib/hooks';
import { useSession } from '../../lib/session';
import { useOrganisationOptions } from './people';
import { AdminNav, AdminOnly, EMAIL, ErrorList, Flash, ROLE_LABELS, apiErrors, count, errorFor, usePaged, type FormError } from './shared';

const INVITATIONS = graphql(`
  query AdminInvitations($first: Int!, $after: String) {
    invitations(first: $first, after: $after) {
      nodes {
        id
        kind
        email
        role
        status
        maxUses
        uses
        expiresAt
        sentAt
        createdAt
        organisation {
          id
          name
        }
        invitedBy {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const INVITE_BY_EMAIL = graphql(`
  mutation AdminInviteByEmail($input: InviteByEmailInput!) {
    inviteByEmail(input: $input) {
      id
      email
      status
    }
  }
`);

const CREATE_LINK = graphql(`
  mutation AdminCreateInvitationLink($input: CreateInvitationLinkInput!) {
    createInvitationLink(input: $input) {
      url
      invitation {
        id
        role
        maxUses
        expiresAt
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation AdminRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

const STATUS: Record<string, { label: string; colour?: string }> = {
  PENDING: { label: 'Pending' },
  ACCEPTED: { label: 'Accepted', colour: 'green' },
  EXPIRED: { label: 'Expired', colour: 'grey' },
  REVOKED: { label: 'Withdrawn', colour: 'orange' },
};

const roleWithArticle = (role: string) => (role === 'ADMIN' ? 'an admin' : `a ${ROLE_LABELS[role].toLowerCase()}`);

export function AdminInvitationsPage() {
  return (
    <AdminOnly>
      <Invitations />
    </AdminOnly>
  );
}

function Invitations() {
  useTitle('Invitations');
  const { me } = useSession();
  const admin = me?.role === 'ADMIN';
  const organisations = useOrganisationOptions();
  const list = usePaged(INVITATIONS, {}, (d) => d.invitations, 20);
  const revoke = useMutation(REVOKE);
  const [flash, setFlash] = useState<string>();
  const organisationOptions = [{ value: '', label: 'Not set' }, ...organisations.nodes.map((o) => ({ value: o.id, label: o.name }))];
  const roleOptions = (['MEMBER', 'COORDINATOR', 'ADMIN'] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }));

  const withdraw = async (id: string, who: string) => {
    setFlash(undefined);
    if (await revoke.run({ id })) {
      await list.reload();
      setFlash(`The invitation ${who} has been withdrawn. It can no longer be used.`);
    }
  };

  return (
    <>
      <Flash message={flash} />
      <PageHeading caption="Admin">Invitations</PageHeading>
      <AdminNav current="invitations" />
      <p class="govuk-body">
        {admin ? 'You can invite members, coordinators and admins.' : 'Coordinators can invite members. To invite a coordinator or an admin, ask an admin.'} New people choose their own password when they accept.
      </p>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <EmailInvitation admin={admin} roleOptions={roleOptions} organisationOptions={organisationOptions} onSent={(email) => (list.reload(), setFlash(`We have emailed an invitation to ${email}. It works once, for 14 days.`))} />
        </div>
        <div class="govuk-grid-column-one-half">
          <LinkInvitation admin={admin} roleOptions={roleOptions} organisationOptions={organisationOptions} onCreated={() => (setFlash(undefined), void list.reload())} />
        </div>
      </div>

      <h2 class="govuk-heading-m">Invitations so far</h2>
      <ErrorList errors={apiErrors(revoke.error)} />
      {list.firstLoad && <Loading what="Loading invitations" />}
      {list.error && <ErrorState error={list.error} retry={list.reload} />}
      {list.loaded &&
        (list.nodes.length === 0 ? (
          <Empty>Nobody has been invited yet.</Empty>
        ) : (
          <>
            <p class="govuk-body">Newest first. Showing {count(list.nodes.length, 'invitation', 'invitations')}.</p>
            <div class="app-scroll app-admin-scroll">
              <table class="govuk-table app-admin-table">
                <caption class="govuk-visually-hidden">Invitations, newest first</caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">
                      Invitation
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Kind
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Role
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Status
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Uses
                    </th>
                    <th scope="col" class="govuk-table__header">
                      Expires
                    </th>
                    <th scope="col" class="govuk-table__header">
                      <span class="govuk-visually-hidden">Withdraw</span>
                    </th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {list.nodes.map((i) => {
                    const who = i.email ? `for ${i.email}` : `link made on ${formatDate(i.createdAt)}`;
                    const status = STATUS[i.status] ?? { label: i.status };
                    return (
                      <tr class="govuk-table__row" key={i.id}>
                        <th scope="row" class="govuk-table__header app-admin-break">
                          {i.email ?? 'Shared link'}
                          <span class="app-admin-secondary">
                            {i.kind === 'EMAIL' ? (i.sentAt ? `Sent ${formatDate(i.sentAt)}` : 'Not sent yet') : `Made ${formatDate(i.createdAt)}`}
                            {i.invitedBy ? ` by ${i.invitedBy.name}` : ''}
                            {i.organisation ? `, for ${i.organisation.name}` : ''}
                          </span>
                        </th>
                        <td class="govuk-table__cell">{i.kind === 'EMAIL' ? 'Email' : 'Link'}</td>
                        <td class="govuk-table__cell">{ROLE_LABELS[i.role]}</td>
                        <td class="govuk-table__cell">
                          <Tag colour={status.colour}>{status.label}</Tag>
                        </td>
                        <td class="govuk-table__cell app-admin-nowrap">
                          {i.uses} of {i.maxUses}
                        </td>
                        <td class="govuk-table__cell">{formatDate(i.expiresAt)}</td>
                        <td class="govuk-table__cell">
                          {i.status === 'PENDING' && (
                            <button type="button" class="app-admin-link-button" onClick={() => withdraw(i.id, who)} disabled={revoke.pending}>
                              Withdraw<span class="govuk-visually-hidden"> the invitation {who}</span>
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {list.hasMore && (
              <button type="button" class="govuk-button govuk-button--secondary" onClick={list.loadMore} disabled={list.more}>
                {list.more ? 'Loading…' : 'Show older invitations'}
              </button>
            )}
          </>
        ))}
    </>
  );
}

interface FormProps {
  admin: boolean;
  roleOptions: { value: string; label: string }[];
  organisationOptions: { value: string; label: string }[];
}

function RoleChoice({ id, admin, value, onChange, options }: { id: string; admin: boolean; value: string; onChange: (value: string) => void; options: FormProps['roleOptions'] }) {
  if (!admin) return <p class="govuk-body">They will join as a member.</p>;
  return <Select id={id} label="Role" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)} options={options} />;
}

function EmailInvitation({ admin, roleOptions, organisationOptions, onSent }: FormProps & { onSent: (email: string) => void }) {
  const invite = useMutation(INVITE_BY_EMAIL);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('MEMBER');
  const [organisation, setOrganisation] = useState('');
  const [local, setLocal] = useState<FormError[]>([]);
  const errors = local.length ? local : apiErrors(invite.error, { email: 'invite-email', role: 'invite-role', organisationId: 'invite-organisation', input: 'invite-email' });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const address = email.trim();
    const found: FormError[] = !address
      ? [{ field: 'invite-email', message: 'Enter the email address of the person you want to invite' }]
      : !EMAIL.test(address) || address.length > 320
        ? [{ field: 'invite-email', message: 'Enter an email address in the right format, like name@example.org' }]
        : [];
    setLocal(found);
    if (found.length) return;
    const result = await invite.run({ input: { email: address, role: (admin ? role : 'MEMBER') as PartnershipRole, organisationId: organisation || null } });
    if (result) {
      setEmail('');
      onSent(result.inviteByEmail.email ?? address);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite-email-heading">
      <h2 class="govuk-heading-m" id="invite-email-heading">
        Invite someone by email
      </h2>
      <ErrorList errors={errors} />
      <TextInput
        id="invite-email"
        label="Email address"
        hint="We will email them a link that works once, for 14 days."
        type="email"
        autoComplete="off"
        spellcheck={false}
        value={email}
        onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
        error={errorFor(errors, 'invite-email')}
      />
      <RoleChoice id="invite-role" admin={admin} value={role} onChange={setRole} options={roleOptions} />
      <Select id="invite-organisation" label="Organisation (optional)" value={organisation} onChange={(e) => setOrganisation((e.currentTarget as HTMLSelectElement).value)} options={organisationOptions} />
      <Button disabled={invite.pending}>Send invitation</Button>
    </form>
  );
}

interface CreatedLink {
  url: string;
  role: string;
  maxUses: number;
  expiresAt: string;
}

function LinkInvitation({ admin, roleOptions, organisationOptions, onCreated }: FormProps & { onCreated: () => void }) {
  const create = useMutation(CREATE_LINK);
  const [role, setRole] = useState('MEMBER');
  const [organisation, setOrganisation] = useState('');
  const [uses, setUses] = useState('1');
  const [days, setDays] = useState('14');
  const [local, setLocal] = useState<FormError[]>([]);
  const [link, setLink] = useState<CreatedLink>();
  const errors = local.length ? local : apiErrors(create.error, { maxUses: 'link-uses', expiresInDays: 'link-days', role: 'link-role', organisationId: 'link-organisation' });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    const maxUses = Number(uses.trim());
    const expiresInDays = Number(days.trim());
    if (!/^\d+$/.test(uses.trim()) || maxUses < 1 || maxUses > 1000) found.push({ field: 'link-uses', message: 'Enter how many people can use the link, a whole number from 1 to 1,000' });
    if (!/^\d+$/.test(days.trim()) || expiresInDays < 1 || expiresInDays > 90) found.push({ field: 'link-days', message: 'Enter how many days the link works for, a whole number from 1 to 90' });
    setLocal(found);
    if (found.length) return;
    setLink(undefined);
    const result = await create.run({ input: { role: (admin ? role : 'MEMBER') as PartnershipRole, organisationId: organisation || null, maxUses, expiresInDays } });
    if (result) {
      const { url, invitation } = result.createInvitationLink;
      setLink({ url, role: invitation.role, maxUses: invitation.maxUses, expiresAt: invitation.expiresAt });
      onCreated();
    }
  };

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-labelledby="invite-link-heading">
        <h2 class="govuk-heading-m" id="invite-link-heading">
          Create an invitation link
        </h2>
        <p class="govuk-body">For sharing in a message or a meeting chat. Anyone with the link can join, until it is used up or expires.</p>
        <ErrorList errors={errors} />
        <RoleChoice id="link-role" admin={admin} value={role} onChange={setRole} options={roleOptions} />
        <Select id="link-organisation" label="Organisation (optional)" value={organisation} onChange={(e) => setOrganisation((e.currentTarget as HTMLSelectElement).value)} options={organisationOptions} />
        <TextInput
          id="link-uses"
          label="How many people can use it"
          hint="From 1 to 1,000."
          class="govuk-input--width-4"
          inputMode="numeric"
          value={uses}
          onInput={(e) => setUses((e.currentTarget as HTMLInputElement).value)}
          error={errorFor(errors, 'link-uses')}
        />
        <TextInput
          id="link-days"
          label="Days until it stops working"
          hint="From 1 to 90."
          class="govuk-input--width-4"
          inputMode="numeric"
          value={days}
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
          error={errorFor(errors, 'link-days')}
        />
        <Button disabled={create.pending}>Create link</Button>
      </form>
      {link && <NewLink link={link} />}
    </>
  );
}

/** The new link, shown once: selectable text and a copy button. */
function NewLink({ link }: { link: CreatedLink }) {
  const panel = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    panel.current?.focus();
    setCopied('');
  }, [link.url]);
  const select = () => {
    const range = document.createRange();
    range.selectNodeContents(text.current!);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('Link copied. You can now paste it into an email or message.');
    } catch {
      select();
      setCopied('Your browser did not let us copy the link, so we have selected it. Press Ctrl and C (or Cmd and C on a Mac) to copy it.');
    }
  };
  const who = link.maxUses === 1 ? 'one person' : `up to ${link.maxUses.toLocaleString('en-GB')} people`;
  return (
    <div class="app-admin-link-panel" tabIndex={-1} ref={panel} role="region" aria-labelledby="new-link-heading">
      <h3 class="govuk-heading-s" id="new-link-heading">
        Your invitation link
      </h3>
      <p class="govuk-body">
        It lets {who} join as {roleWithArticle(link.role)}, until {formatDate(link.expiresAt)}.
      </p>
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">Warning</span>
          Copy the link now. For security, we will not show it again.
        </strong>
      </div>
      <p class="app-admin-link" id="invitation-link">
        {link.url}
      </p>
      <button type="button" class="govuk-button govuk-button--secondary" onClick={copy}>
        Copy link
      </button>
      <p class="govuk-body" role="status" aria-live="polite">
        {copied}
      </p>
    </div>
  );
}
