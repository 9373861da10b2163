import { useState } from 'preact/hooks';
import { Button, ErrorState, Loading, PageHeading, Select } from '../../components/ui';
import { graphql } from '../../gql';
import type { DigestFrequency, PreferencesEmailQuery } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { useSession } from '../../lib/session';
import { ErrorList, Flash, apiErrors } from './shared';
import { EmailRepliesSection } from './email-replies';

const PREFERENCES = graphql(`
  query PreferencesEmail {
    emailPreferences {
      agenda
      minutes
      mentions
      actionReminders
      forumDigest
      digestHour
      digestWeekday
    }
  }
`);

const UPDATE = graphql(`
  mutation PreferencesUpdate($input: EmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      agenda
      minutes
      mentions
      actionReminders
      forumDigest
      digestHour
      digestWeekday
    }
  }
`);

type Preferences = PreferencesEmailQuery['emailPreferences'];
type Choice = 'agenda' | 'minutes' | 'mentions' | 'actionReminders';

const CHOICES: { key: Choice; label: string; hint: string }[] = [
  { key: 'agenda', label: 'Agenda packs', hint: 'The agenda and papers before each meeting of your groups, and any changes to them.' },
  { key: 'minutes', label: 'Minutes', hint: 'Draft minutes sent round for comment, and minutes once approved.' },
  { key: 'mentions', label: 'Mentions', hint: 'When someone mentions you in a forum. Mentions close together come in one email.' },
  { key: 'actionReminders', label: 'Action reminders', hint: 'Three days before an action of yours is due, and if it becomes overdue.' },
];

const FREQUENCIES: { value: DigestFrequency; label: string; hint: string }[] = [
  { value: 'DAILY', label: 'Daily', hint: 'One email a day, if there is anything new.' },
  { value: 'WEEKLY', label: 'Weekly', hint: 'One email a week, on the day you choose.' },
  { value: 'OFF', label: 'Never', hint: 'No digest. You can still read the forums in Convene.' },
];

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((label, i) => ({ value: String(i + 1), label }));

export function PreferencesPage() {
  useTitle('Email preferences');
  const { data, error, loading, reload } = useQuery(PREFERENCES);
  if (loading && !data) return <Loading what="Loading your email preferences" />;
  if (error || !data)
    return (
      <>
        <PageHeading>Email preferences</PageHeading>
        {error && <ErrorState error={error} retry={reload} />}
      </>
    );
  return <PreferencesForm initial={data.emailPreferences} />;
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  const { me } = useSession();
  const save = useMutation(UPDATE);
  const [draft, setDraft] = useState<Preferences>(initial);
  const [saved, setSaved] = useState<string>();
  const errors = apiErrors(save.error, { forumDigest: 'digest-DAILY', digestHour: 'digest-hour', digestWeekday: 'digest-weekday', input: 'choice-agenda' });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    const { agenda, minutes, mentions, actionReminders, forumDigest, digestHour, digestWeekday } = draft;
    const result = await save.run({ input: { agenda, minutes, mentions, actionReminders, forumDigest, digestHour, digestWeekday } });
    if (result) {
      setDraft(result.updateEmailPreferences);
      setSaved('Your email preferences have been saved.');
    }
  };

  return (
    <>
      <Flash message={saved} />
      <PageHeading caption={me?.name}>Email preferences</PageHeading>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body">
            Choose which emails Convene sends to <strong class="app-admin-break">{me?.email}</strong>. Invitations and password reset emails always come, so you can never be locked out.
          </p>
          <ErrorList errors={errors} />
          <form onSubmit={onSubmit} noValidate>
            <div class="govuk-form-group">
              <fieldset class="govuk-fieldset" aria-describedby="choices-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                  <h2 class="govuk-fieldset__heading">Which emails do you want?</h2>
                </legend>
                <div id="choices-hint" class="govuk-hint">
                  Select all that apply.
                </div>
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                  {CHOICES.map((c) => (
                    <div class="govuk-checkboxes__item" key={c.key}>
                      <input
                        class="govuk-checkboxes__input"
                        id={`choice-${c.key}`}
                        name={c.key}
                        type="checkbox"
                        checked={draft[c.key]}
                        onChange={(e) => setDraft({ ...draft, [c.key]: (e.currentTarget as HTMLInputElement).checked })}
                        aria-describedby={`choice-${c.key}-hint`}
                      />
                      <label class="govuk-label govuk-checkboxes__label" for={`choice-${c.key}`}>
                        {c.label}
                      </label>
                      <div id={`choice-${c.key}-hint`} class="govuk-hint govuk-checkboxes__hint">
                        {c.hint}
                      </div>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>

            <div class="govuk-form-group">
              <fieldset class="govuk-fieldset" aria-describedby="digest-hint">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                  <h2 class="govuk-fieldset__heading">How often do you want a forum digest?</h2>
                </legend>
                <div id="digest-hint" class="govuk-hint">
                  A summary of posts you have not read yet in your forums.
                </div>
                <div class="govuk-radios" data-module="govuk-radios">
                  {FREQUENCIES.map((f) => (
                    <div class="govuk-radios__item" key={f.value}>
                      <input
                        class="govuk-radios__input"
                        id={`digest-${f.value}`}
                        name="forumDigest"
                        type="radio"
                        value={f.value}
                        checked={draft.forumDigest === f.value}
                        onChange={() => setDraft({ ...draft, forumDigest: f.value })}
                        aria-describedby={`digest-${f.value}-hint`}
                      />
                      <label class="govuk-label govuk-radios__label" for={`digest-${f.value}`}>
                        {f.label}
                      </label>
                      <div id={`digest-${f.value}-hint`} class="govuk-hint govuk-radios__hint">
                        {f.hint}
                      </div>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>

            {draft.forumDigest !== 'OFF' && (
              <div class="app-admin-when">
                {draft.forumDigest === 'WEEKLY' && (
                  <Select
                    id="digest-weekday"
                    label="Day of the week"
                    value={String(draft.digestWeekday)}
                    onChange={(e) => setDraft({ ...draft, digestWeekday: Number((e.currentTarget as HTMLSelectElement).value) })}
                    options={WEEKDAYS}
                  />
                )}
                <Select
                  id="digest-hour"
                  label="Time of day (UK time)"
                  hint="The digest comes within a few minutes of this time."
                  value={String(draft.digestHour)}
                  onChange={(e) => setDraft({ ...draft, digestHour: Number((e.currentTarget as HTMLSelectElement).value) })}
                  options={HOURS}
                />
              </div>
            )}

            <Button disabled={save.pending}>Save preferences</Button>
          </form>
          <EmailRepliesSection />
        </div>
      </div>
    </>
  );
}
