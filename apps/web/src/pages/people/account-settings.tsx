import { useState } from 'preact/hooks';
import { Button, PageHeading, TextInput } from '../../components/ui';
import { graphql } from '../../gql';
import { useMutation, useTitle } from '../../lib/hooks';
import { useSession } from '../../lib/session';
import { ErrorList, Flash, apiErrors, errorFor, type FormError } from '../admin/shared';

const UPDATE_NAME = graphql(`
  mutation AccountUpdateName($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      name
    }
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation AccountChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

function NameForm({ saved }: { saved: (message: string) => void }) {
  const { me, refresh } = useSession();
  const [name, setName] = useState(me?.name ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const update = useMutation(UPDATE_NAME);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!name.trim()) found.push({ field: 'account-name', message: 'Enter your name' });
    else if (name.trim().length > 120) found.push({ field: 'account-name', message: 'Your name must be 120 characters or fewer' });
    setErrors(found);
    if (found.length) return;
    if (await update.run({ input: { name: name.trim() } })) {
      await refresh();
      saved('Your name has been saved.');
    }
  };
  const shown = errors.length ? errors : apiErrors(update.error, { name: 'account-name' });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="name-heading">
      <h2 class="govuk-heading-m" id="name-heading">
        Your name
      </h2>
      <ErrorList errors={shown} />
      <TextInput id="account-name" label="Full name" autoComplete="name" value={name} error={errorFor(shown, 'account-name')} onInput={(e) => setName(e.currentTarget.value)} />
      <Button disabled={update.pending}>Save name</Button>
    </form>
  );
}

function PasswordForm({ saved }: { saved: (message: string) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const change = useMutation(CHANGE_PASSWORD);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!current) found.push({ field: 'current-password', message: 'Enter your current password' });
    if (!next) found.push({ field: 'new-password', message: 'Enter a new password' });
    else if (next.length < 10) found.push({ field: 'new-password', message: 'Your new password must be at least 10 characters' });
    if (next && confirm !== next) found.push({ field: 'confirm-password', message: 'The two new passwords do not match' });
    setErrors(found);
    if (found.length) return;
    if (await change.run({ input: { currentPassword: current, newPassword: next } })) {
      setCurrent('');
      setNext('');
      setConfirm('');
      saved('Your password has been changed. You have been signed out on every other device; this one stays signed in.');
    }
  };
  const shown = errors.length ? errors : apiErrors(change.error, { currentPassword: 'current-password', newPassword: 'new-password', password: 'new-password' });
  return (
    <form onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 class="govuk-heading-m" id="password-heading">
        Change your password
      </h2>
      <ErrorList errors={shown} />
      <TextInput id="current-password" label="Current password" type="password" autoComplete="current-password" value={current} error={errorFor(shown, 'current-password')} onInput={(e) => setCurrent(e.currentTarget.value)} />
      <TextInput id="new-password" label="New password" hint="At least 10 characters. A few unrelated words make a strong password." type="password" autoComplete="new-password" value={next} error={errorFor(shown, 'new-password')} onInput={(e) => setNext(e.currentTarget.value)} />
      <TextInput id="confirm-password" label="New password again" type="password" autoComplete="new-password" value={confirm} error={errorFor(shown, 'confirm-password')} onInput={(e) => setConfirm(e.currentTarget.value)} />
      <Button disabled={change.pending}>Change password</Button>
    </form>
  );
}

/** The signed-in person's own account: their name and their password. */
export function AccountSettingsPage() {
  useTitle('Your account');
  const { me } = useSession();
  const [flash, setFlash] = useState<string>();
  return (
    <>
      <PageHeading caption={me?.email}>Your account</PageHeading>
      <Flash message={flash} />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body">
            <a class="govuk-link" href={`/people/${me?.id}`}>
              See your profile, groups and forums
            </a>
            {' · '}
            <a class="govuk-link" href="/preferences">
              Email preferences
            </a>
          </p>
          <NameForm saved={setFlash} />
          <PasswordForm saved={setFlash} />
        </div>
      </div>
    </>
  );
}
