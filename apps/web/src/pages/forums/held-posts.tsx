import { useState } from 'preact/hooks';
import { Button, Empty, ErrorState, ErrorSummary, Loading, Notice, PageHeading, Select, Tag, TextInput, formatDateTime } from '../../components/ui';
import type { PersonalDataMode } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { useQuery, useTitle } from '../../lib/hooks';
import { ActionButton, fieldError } from './common';
import { APPROVE_POST, EDIT_THREAD_TITLE, FORUM_GUARD, HELD_POSTS, HIDE_THREAD_TITLE, REJECT_POST, SET_PERSONAL_DATA_MODE, SHOW_THREAD_TITLE, THREAD_TITLE } from './guard-operations';

const KIND_WORDS: Record<string, string> = {
  HOME_OFFICE_REFERENCE: 'Home Office reference',
  GWF_NUMBER: 'GWF number',
  NATIONAL_INSURANCE_NUMBER: 'National Insurance number',
  NHS_NUMBER: 'NHS number',
  DATE_OF_BIRTH: 'date of birth',
  PHONE_NUMBER: 'phone number',
  EMAIL_ADDRESS: 'email address',
  POSTCODE_WITH_NAME: 'postcode next to a name',
};

/** On a post its author (or a moderator) sees while it waits, or after it was not approved. */
export function ApprovalTag({ approval }: { approval: { state: string } | null | undefined }) {
  if (!approval) return null;
  return (
    <>
      {' '}
      {approval.state === 'REJECTED' ? <Tag colour="red">Not approved: only you and moderators see it</Tag> : <Tag colour="yellow">Waiting for a moderator’s approval</Tag>}
    </>
  );
}

/** `/forums/held`: the posts waiting for the moderator's approval, in every forum they moderate. */
export function HeldPostsPage() {
  useTitle('Posts waiting for approval');
  const { data, error, loading, reload } = useQuery(HELD_POSTS, { forumId: null });
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<ApiError>();
  const forums = new Map((data?.forums ?? []).map((f) => [f.id, f.name]));
  const decide = async (id: string, approve: boolean) => {
    setActionError(undefined);
    try {
      if (approve) await request(APPROVE_POST, { id });
      else await request(REJECT_POST, { id });
      setNotice(approve ? 'The post is approved: everyone in the forum can read it now.' : 'The post is not approved: only its author still sees it.');
      await reload();
      document.getElementById('held-heading')?.focus();
    } catch (caught) {
      setActionError(fieldError(caught, ''));
      await reload();
    }
  };
  return (
    <>
      <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href="/forums">
              Forums
            </a>
          </li>
        </ol>
      </nav>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary error={actionError} />
      <PageHeading>Posts waiting for approval</PageHeading>
      <p class="govuk-body" id="held-heading" tabIndex={-1}>
        These posts reach no one but you, the other moderators and their authors until one of you approves them.
      </p>
      {loading && !data && <Loading what="Loading the posts waiting" />}
      {error && <ErrorState error={error} retry={reload} />}
      {data && data.heldPosts.length === 0 && <Empty>Nothing is waiting for approval.</Empty>}
      {data && data.heldPosts.length > 0 && (
        <ol class="govuk-list app-held-list">
          {data.heldPosts.map((h) => {
            const who = h.post.author?.name ?? 'A former member';
            return (
              <li key={h.post.id} class="app-held">
                <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                  <a class="govuk-link" href={`/forums/${h.forumId}/threads/${h.post.threadId}#post-${h.post.id}`}>
                    {h.threadTitle}
                  </a>{' '}
                  <span class="govuk-caption-m">in {forums.get(h.forumId) ?? 'a forum'}</span>
                </h2>
                <p class="govuk-body-s app-secondary">
                  {who}, {formatDateTime(h.heldAt)}. {h.reason === 'FIRST_POST' ? 'A new guest’s first post.' : `It may hold ${h.kinds.map((k) => KIND_WORDS[k] ?? 'personal details').join(', ') || 'personal details'}.`}
                  {h.authorReason && ` The author’s reason: “${h.authorReason}”`}
                </p>
                {h.post.bodyHtml && <div class="app-post__body" dangerouslySetInnerHTML={{ __html: h.post.bodyHtml }} />}
                <div class="govuk-button-group">
                  <Button type="button" onClick={() => void decide(h.post.id, true)}>
                    Approve<span class="govuk-visually-hidden"> the post by {who}</span>
                  </Button>
                  <Button type="button" warning onClick={() => void decide(h.post.id, false)}>
                    Do not approve<span class="govuk-visually-hidden"> the post by {who}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

/** For moderators on a forum's page: how many posts wait, with the link to the queue. */
export function HeldPostsLink({ forumId }: { forumId: string }) {
  const { data } = useQuery(FORUM_GUARD, { id: forumId });
  const count = data?.forum.heldCount ?? 0;
  if (!count) return null;
  return (
    <p class="govuk-inset-text">
      {count === 1 ? 'One post is' : `${count} posts are`} waiting for your approval.{' '}
      <a class="govuk-link" href="/forums/held">
        Review {count === 1 ? 'it' : 'them'}
      </a>
    </p>
  );
}

const MODES = [
  { value: 'WARN', label: 'Warn the author, who can remove it or post anyway with a reason' },
  { value: 'HOLD', label: 'Hold the post for a moderator to approve' },
];

/** Moderators: what the personal-data guard does in this forum. */
export function PersonalDataSetting({ forumId, done }: { forumId: string; done(message: string): void }) {
  const { data } = useQuery(FORUM_GUARD, { id: forumId });
  const [value, setValue] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  const mode = value ?? data?.forum.personalDataMode ?? 'WARN';
  const submit = async (event: Event) => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await request(SET_PERSONAL_DATA_MODE, { forumId, mode: mode as PersonalDataMode });
      done(mode === 'HOLD' ? 'Posts that may name someone now wait for a moderator.' : 'Authors are now warned, and choose, when a post may name someone.');
    } catch (caught) {
      setError(fieldError(caught, ''));
    } finally {
      setPending(false);
    }
  };
  return (
    <section aria-labelledby="personal-data-setting-heading">
      <h2 class="govuk-heading-m" id="personal-data-setting-heading">
        Posts that may name someone
      </h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} />
        <Select
          id="personal-data-mode"
          label="When a post looks like it holds a Home Office reference, a date of birth or other personal details"
          hint="Every post, edit and thread title is checked on the server. Nothing found is ever written to logs or emails."
          options={MODES}
          value={mode}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
        <Button secondary disabled={pending}>
          Save
        </Button>
      </form>
    </section>
  );
}

type TitleMode = 'view' | 'edit' | 'hide';

/** Moderators on a thread: rewrite its title, or hide it, with a reason; show a hidden one again. */
export function ThreadTitleModeration({ threadId, onChanged, announce }: { threadId: string; onChanged(title: string): void; announce(message: string): void }) {
  const { data, reload } = useQuery(THREAD_TITLE, { id: threadId });
  const [mode, setMode] = useState<TitleMode>('view');
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const thread = data?.thread;
  if (!thread) return null;
  const hidden = thread.titleModeration.hidden;
  const run = async (action: () => Promise<{ title: string }>, message: string) => {
    setError(undefined);
    try {
      const changed = await action();
      onChanged(changed.title);
      announce(message);
      setMode('view');
      setReason('');
      await reload();
    } catch (caught) {
      setError(fieldError(caught, mode === 'edit' && !/reason/i.test(String((caught as Error).message)) ? 'title' : 'reason'));
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) return setError(new ApiError('BAD_USER_INPUT', 'Give a reason; it is recorded with the change', 'reason'));
    if (mode === 'edit') void run(async () => (await request(EDIT_THREAD_TITLE, { id: threadId, title: title.trim(), reason: reason.trim() })).editThreadTitle, 'The title has been changed');
    else void run(async () => (await request(HIDE_THREAD_TITLE, { id: threadId, reason: reason.trim() })).hideThreadTitle, 'The title is hidden');
  };
  return (
    <div class="app-title-moderation">
      {hidden && (
        <p class="govuk-body">
          Title hidden by a moderator: {thread.titleModeration.reason}. {thread.hiddenTitle && <span class="app-secondary">It was “{thread.hiddenTitle}”.</span>}
        </p>
      )}
      {mode === 'view' ? (
        <div class="govuk-button-group">
          <ActionButton
            onClick={() => {
              setTitle(thread.hiddenTitle ?? thread.title);
              setMode('edit');
            }}
          >
            Edit the title
          </ActionButton>
          {hidden ? (
            <ActionButton onClick={() => void run(async () => (await request(SHOW_THREAD_TITLE, { id: threadId })).showThreadTitle, 'The title is shown again')}>Show the title again</ActionButton>
          ) : (
            <ActionButton onClick={() => setMode('hide')}>Hide the title</ActionButton>
          )}
        </div>
      ) : (
        <form class="app-inline-form" onSubmit={submit} noValidate>
          <ErrorSummary error={error} fields={{ title: 'thread-new-title', reason: 'thread-title-reason' }} />
          {mode === 'edit' && <TextInput id="thread-new-title" label="New title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} error={error?.field === 'title' ? error.message : undefined} />}
          <TextInput
            id="thread-title-reason"
            label={mode === 'edit' ? 'Why are you changing it?' : 'Why are you hiding it?'}
            hint="For example: it names a client. Recorded with the change; do not repeat the details."
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
            error={error?.field === 'reason' || (error && error.field !== 'title') ? error.message : undefined}
          />
          <div class="govuk-button-group">
            <Button>{mode === 'edit' ? 'Save the title' : 'Hide the title'}</Button>
            <ActionButton onClick={() => setMode('view')}>Cancel</ActionButton>
          </div>
        </form>
      )}
    </div>
  );
}
