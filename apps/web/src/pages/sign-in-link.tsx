import { useState } from 'preact/hooks';
import { Button, ErrorSummary, PageHeading, TextInput } from '../components/ui';
import { graphql } from '../gql';
import { ApiError } from '../lib/api';
import { useSignInByLink } from '../lib/email-link';
import { useMutation, useTitle } from '../lib/hooks';

const REQUEST_LINK = graphql(`
  mutation RequestSignInLink($email: String!) {
    requestSignInLink(email: $email)
  }
`);
const SIGN_IN_WITH_LINK = graphql(`
  mutation SignInWithLink($token: String!) {
    signInWithLink(token: $token) {
      expiresAt
    }
  }
`);

/** "Email me a sign-in link": the same answer whether or not the address has an account. */
export function SignInByEmailPage() {
  useTitle('Sign in with an email link');
  const request = useMutation(REQUEST_LINK);
  const [sent, setSent] = useState(false);
  const [local, setLocal] = useState<ApiError>();
  if (sent)
    return (
      <>
        <PageHeading>Check your email</PageHeading>
        <p class="govuk-body">If the address has an account, a sign-in link is on its way. It works once, for 15 minutes, on the device where you open it.</p>
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
    if (!email) return setLocal(new ApiError('BAD_USER_INPUT', 'Enter your email address', 'email'));
    setLocal(undefined);
    if (await request.run({ email })) setSent(true);
  };
  const error = local ?? (request.error && new ApiError(request.error.code, request.error.message, request.error.field ?? 'email'));
  return (
    <>
      <PageHeading>Sign in with an email link</PageHeading>
      <ErrorSummary error={error} fields={{ email: 'email' }} />
      <form onSubmit={onSubmit} noValidate>
        <TextInput id="email" label="Email address" hint="We will email you a link that signs you in, no password needed." type="email" autoComplete="email" spellcheck={false} error={error?.field === 'email' ? error.message : undefined} />
        <Button disabled={request.pending}>Email me a sign-in link</Button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href="/sign-in">
          Sign in with your password instead
        </a>
      </p>
    </>
  );
}

/** The link in the email. A button, not on load: mail scanners open links too, and must not use it up. */
export function SignInLinkPage() {
  useTitle('Sign in to Convene');
  const { mutation: signIn, onSubmit } = useSignInByLink(SIGN_IN_WITH_LINK);
  return (
    <>
      <PageHeading>Sign in to Convene</PageHeading>
      <ErrorSummary error={signIn.error} />
      {signIn.error && (
        <p class="govuk-body">
          <a class="govuk-link" href="/sign-in/email">
            Email me a new link
          </a>
        </p>
      )}
      <p class="govuk-body">Press the button to sign in on this device.</p>
      <form onSubmit={onSubmit} noValidate>
        <Button disabled={signIn.pending}>Sign in</Button>
      </form>
    </>
  );
}
