import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Loading, Notice, PageHeading, TextInput } from '../components/ui';
import { graphql } from '../gql';
import { ApiError } from '../lib/api';
import { tokenFromHash, useSignInByLink } from '../lib/email-link';
import { useMutation, useQuery, useTitle } from '../lib/hooks';
import { navigate } from '../lib/router';
import { useSession } from '../lib/session';

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);
const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      partnershipName
      role
      email
      groupName
      groupRole
      forumName
    }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      expiresAt
    }
  }
`);
const CONFIRM_EMAIL = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      expiresAt
    }
  }
`);

const FIELDS = { email: 'email', password: 'password', name: 'name', organisation: 'organisation' };
const PASSWORD_HINT = 'At least 10 characters, and not a common or easily guessed password: a few unrelated words together work well.';
const missing = (field: string, message: string) => new ApiError('BAD_USER_INPUT', message, field);

export function SignInPage() {
  useTitle('Sign in');
  const session = useSession();
  const signIn = useMutation(SIGN_IN);
  const [local, setLocal] = useState<ApiError>();
  const notice = new URLSearchParams(location.search).get('notice');
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    setLocal(!email ? missing('email', 'Enter your email address') : !password ? missing('password', 'Enter your password') : undefined);
    if (!email || !password) return;
    if (await signIn.run({ input: { email, password } })) {
      await session.refresh();
      navigate(new URLSearchParams(location.search).get('next')?.startsWith('/') ? new URLSearchParams(location.search).get('next')! : '/', { replace: true });
    }
  };
  const error = local ?? (signIn.error && new ApiError(signIn.error.code, signIn.error.message, signIn.error.field ?? 'email'));
  return (
    <>
      {notice === 'signed-out' && <Notice>You have signed out.</Notice>}
      {notice === 'password-changed' && <Notice>Your password has been changed. Sign in with the new one.</Notice>}
      <PageHeading>Sign in</PageHeading>
      <ErrorSummary error={error} fields={FIELDS} />
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="email" label="Email address" type="email" autoComplete="email" spellcheck={false} error={error?.field === 'email' ? error.message : undefined} />
        <TextInput id="password" label="Password" type="password" autoComplete="current-password" error={error?.field === 'password' ? error.message : undefined} />
        <Button disabled={signIn.pending}>Sign in</Button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href="/forgot-password">
          I have forgotten my password
        </a>
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href="/sign-in/email">
          Email me a sign-in link
        </a>
      </p>
    </>
  );
}

export function ForgotPasswordPage() {
  useTitle('Reset your password');
  const request = useMutation(REQUEST_RESET);
  const [sent, setSent] = useState(false);
  const [local, setLocal] = useState<ApiError>();
  if (sent)
    return (
      <>
        <PageHeading>Check your email</PageHeading>
        <p class="govuk-body">If the address has an account, a link to reset the password is on its way. It works once, for an hour.</p>
        <p class="govuk-body">
          <a class="govuk-link" href="/sign-in">
            Back to sign in
          </a>
        </p>
      </>
    );
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget as HTMLFormElement).get('email') ?? '').trim();
    if (!email) return setLocal(missing('email', 'Enter your email address'));
    if (await request.run({ email })) setSent(true);
  };
  const error = local ?? request.error;
  return (
    <>
      <PageHeading>Reset your password</PageHeading>
      <ErrorSummary error={error} fields={FIELDS} />
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="email" label="Email address" hint="We will email you a link to choose a new password." type="email" autoComplete="email" error={error?.field === 'email' ? error.message : undefined} />
        <Button disabled={request.pending}>Send the link</Button>
      </form>
    </>
  );
}

export function ResetPasswordPage() {
  useTitle('Choose a new password');
  // Read once: the error summary's links change the fragment.
  const [token] = useState(tokenFromHash);
  const reset = useMutation(RESET);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget as HTMLFormElement).get('password') ?? '');
    if (await reset.run({ input: { token, password } })) navigate('/sign-in?notice=password-changed', { replace: true });
  };
  const error = reset.error && new ApiError(reset.error.code, reset.error.message, reset.error.field ?? 'password');
  return (
    <>
      <PageHeading>Choose a new password</PageHeading>
      <ErrorSummary error={error} fields={FIELDS} />
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="password" label="New password" hint={PASSWORD_HINT} type="password" autoComplete="new-password" error={error?.field === 'password' ? error.message : undefined} />
        <Button disabled={reset.pending}>Save the new password</Button>
      </form>
    </>
  );
}

export function AcceptInvitationPage() {
  useTitle('Accept your invitation');
  // Read once: the error summary's links change the fragment.
  const [token] = useState(tokenFromHash);
  const preview = useQuery(PREVIEW, { token });
  const accept = useMutation(ACCEPT);
  const session = useSession();
  const [sentTo, setSentTo] = useState<string>();
  if (preview.loading) return <Loading />;
  if (preview.error || !preview.data)
    return (
      <>
        <PageHeading>This invitation cannot be used</PageHeading>
        <p class="govuk-body">{preview.error?.message ?? 'It may have expired or been used already. Ask the person who invited you for a new one.'}</p>
      </>
    );
  const invitation = preview.data.invitationPreview;
  if (sentTo) return <CheckEmail address={sentTo} partnershipName={invitation.partnershipName} />;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (key: string) => String(form.get(key) ?? '').trim() || null;
    const email = invitation.email ? null : value('email');
    const organisation = invitation.forumName ? value('organisation') : null;
    const result = await accept.run({ input: { token, password: String(form.get('password') ?? ''), name: value('name'), email, organisation } });
    if (!result) return;
    // A shareable link: the address typed must be confirmed from its inbox before anything else.
    if (!result.acceptInvitation) return setSentTo(email ?? '');
    await session.refresh();
    navigate(invitation.forumName ? '/forums' : '/', { replace: true });
  };
  const error = accept.error;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <>
      <PageHeading>Join {invitation.partnershipName}</PageHeading>
      {invitation.forumName ? (
        <p class="govuk-body">
          You have been invited to the forum <strong>{invitation.forumName}</strong>. If you are new to {invitation.partnershipName}, you join as a forum guest: you see this forum and the names of
          the people in it, and nothing else of the partnership.
        </p>
      ) : (
        <p class="govuk-body">
          You have been invited as {invitation.role === 'ADMIN' ? 'an admin' : `a ${invitation.role.toLowerCase()}`}
          {invitation.groupName && `, and to ${invitation.groupName} as ${invitation.groupRole === 'OBSERVER' ? 'an observer' : `a ${(invitation.groupRole ?? 'member').toLowerCase()}`}`}.
        </p>
      )}
      <ErrorSummary error={error} fields={FIELDS} />
      <form onSubmit={onSubmit} noValidate>
        {invitation.email ? (
          <p class="govuk-body">
            Your account will use <strong>{invitation.email}</strong>.
          </p>
        ) : (
          <TextInput id="email" label="Email address" hint="We will email you a link to confirm it." type="email" autoComplete="email" error={fieldError('email')} />
        )}
        {invitation.email ? (
          <>
            <TextInput id="name" label="Your name" hint="Leave blank if you already have a Convene account." autoComplete="name" error={fieldError('name')} />
            <TextInput id="password" label="Password" hint={`${PASSWORD_HINT} If you already have an account, enter its password.`} type="password" autoComplete="new-password" error={fieldError('password')} />
          </>
        ) : (
          <>
            <TextInput id="name" label="Your name" autoComplete="name" error={fieldError('name')} />
            <TextInput id="password" label="Choose a password" hint={`${PASSWORD_HINT} If you already have an account, it keeps its password.`} type="password" autoComplete="new-password" error={fieldError('password')} />
          </>
        )}
        {invitation.forumName && (
          <TextInput id="organisation" label="Your organisation" hint="The organisation you work or volunteer for, as you would write it. The partnership’s members see it; other guests do not." autoComplete="organization" error={fieldError('organisation')} />
        )}
        <Button disabled={accept.pending}>Accept and continue</Button>
      </form>
    </>
  );
}

function CheckEmail({ address, partnershipName }: { address: string; partnershipName: string }) {
  return (
    <>
      <PageHeading>Check your email</PageHeading>
      <p class="govuk-body">
        We have sent a link to <strong>{address}</strong>. Open it to confirm your email address and finish joining {partnershipName}.
      </p>
      <p class="govuk-body">The link works once, for 72 hours. Until you confirm, Convene sends nothing else to this address.</p>
    </>
  );
}

/** The link in the confirmation email. A button, not on load: mail scanners open links too. */
export function ConfirmEmailPage() {
  useTitle('Confirm your email address');
  const { mutation: confirm, onSubmit } = useSignInByLink(CONFIRM_EMAIL);
  return (
    <>
      <PageHeading>Confirm your email address</PageHeading>
      <ErrorSummary error={confirm.error} />
      <p class="govuk-body">Confirm that this is your email address to finish joining. You will be signed in.</p>
      <form onSubmit={onSubmit} noValidate>
        <Button disabled={confirm.pending}>Confirm and join</Button>
      </form>
    </>
  );
}
