import { useState } from 'preact/hooks';
import { Button, Select } from '../../components/ui';
import { graphql } from '../../gql';
import { useMutation } from '../../lib/hooks';
import { ErrorList, apiErrors } from '../admin/shared';

const SET_HELD = graphql(`
  mutation SetForumGuestPostsHeld($forumId: ID!, $count: Int!) {
    setForumGuestPostsHeld(forumId: $forumId, count: $count)
  }
`);

const CHOICES = [
  { value: '0', label: 'Post straight away' },
  { value: '1', label: 'Hold their first post' },
  { value: '2', label: 'Hold their first 2 posts' },
  { value: '3', label: 'Hold their first 3 posts' },
  { value: '5', label: 'Hold their first 5 posts' },
];

/** Moderators: how many of a new guest's first posts wait for a moderator's approval in this forum. */
export function GuestPostHold({ forumId, held, done }: { forumId: string; held: number; done: (message: string) => void }) {
  const save = useMutation(SET_HELD);
  const [value, setValue] = useState(String(held));
  const options = CHOICES.some((c) => c.value === String(held)) ? CHOICES : [...CHOICES, { value: String(held), label: `Hold their first ${held} posts` }];
  const submit = async (event: Event) => {
    event.preventDefault();
    const count = Number(value);
    if ((await save.run({ forumId, count })) !== undefined) done(count === 0 ? 'New guests’ posts now appear straight away.' : `A new guest’s first ${count === 1 ? 'post waits' : `${count} posts wait`} for a moderator’s approval.`);
  };
  return (
    <section aria-labelledby="guest-hold-heading">
      <h2 class="govuk-heading-m" id="guest-hold-heading">
        New guests’ first posts
      </h2>
      <form onSubmit={submit} noValidate>
        <ErrorList errors={apiErrors(save.error)} />
        <Select
          id="guest-posts-held"
          label="When a forum guest posts here for the first time"
          hint="Held posts wait for a moderator; the guest sees that theirs is waiting, and moderators are told."
          options={options}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
        <Button secondary disabled={save.pending}>
          Save
        </Button>
      </form>
    </section>
  );
}
