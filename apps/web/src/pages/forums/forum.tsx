import { useRef, useState } from 'preact/hooks';
import { Button, Empty, ErrorState, ErrorSummary, Loading, Notice, PageHeading, Tag, TextInput, formatDateTime } from '../../components/ui';
import type { ForumPageQuery } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { ActionButton, MarkdownField, checkBody, fieldError, newClientId, roleWords } from './common';
import { CREATE_THREAD, FORUM, FORUM_MODERATION, REMOVE_MEMBER, RESOLVE_REPORT } from './operations';
import { FollowControl, FollowTag, UnreadBadge, useReadStateLive } from './following';
import { HeldPostsLink } from './held-posts';
import { PersonalDataWarning, refusalOf, type PersonalDataRefusal } from './personal-data-warning';
import type { PersonalDataConsentInput } from '../../gql/graphql';

type ThreadRow = ForumPageQuery['forum']['threads']['nodes'][number];

/** One forum: its threads (pinned first), a form to start one, and the moderators' tools. */
export function ForumPage({ forumId }: { forumId: string }) {
  const { data, error, loading, reload } = useQuery(FORUM, { id: forumId, after: null });
  // Reading a thread here or on another device moves this page's unread counts.
  useReadStateLive((state) => state.forumId === forumId && void reload());
  const forum = data?.forum;
  useTitle(forum?.name ?? 'Forum');
  const moderator = forum?.myRole === 'MODERATOR';
  const [notice, setNotice] = useState('');

  if (error && !forum) {
    return (
      <>
        <PageHeading>{error.code === 'NOT_FOUND' ? 'Forum not found' : 'Sorry, there is a problem'}</PageHeading>
        {error.code === 'NOT_FOUND' ? <p class="govuk-body">It may have been removed, or you may not be in it.</p> : <ErrorState error={error} retry={reload} />}
        <p class="govuk-body">
          <a class="govuk-link" href="/forums">
            Back to your forums
          </a>
        </p>
      </>
    );
  }
  if (loading && !forum) return <Loading what="Loading the forum" />;
  if (!forum) return null;

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
      <PageHeading>{forum.name}</PageHeading>
      {error && <ErrorState error={error} retry={reload} />}
      {forum.description && <p class="govuk-body-l">{forum.description}</p>}
      <p class="govuk-body">
        {roleWords(forum.myRole)}.{forum.unreadCount > 0 && ` You have ${forum.unreadCount} unread ${forum.unreadCount === 1 ? 'post' : 'posts'} here.`}{' '}
        <a class="govuk-link" href={`/forums/search?forum=${encodeURIComponent(forum.id)}`}>
          Search this forum
        </a>{' '}
        <a class="govuk-link" href={`/forums/${forum.id}/members`}>
          People in this forum{moderator ? ' and invitations' : ''}
        </a>
      </p>

      {moderator && <HeldPostsLink forumId={forum.id} />}
      <FollowControl kind="forum" id={forum.id} level={forum.followLevel} onChanged={() => void reload()} />

      <h2 class="govuk-heading-m">Threads</h2>
      <Threads forumId={forum.id} first={forum.threads} />

      <h2 class="govuk-heading-m">Start a thread</h2>
      {forum.myRole ? <StartThread forumId={forum.id} /> : <p class="govuk-inset-text">You can read this forum but not start threads in it.</p>}

      {moderator && (
        <Moderation
          forumId={forum.id}
          onChange={(message) => {
            setNotice(message);
            void reload();
          }}
        />
      )}
    </>
  );
}

function Threads({ forumId, first }: { forumId: string; first: ForumPageQuery['forum']['threads'] }) {
  const [more, setMore] = useState<ThreadRow[]>([]);
  const [page, setPage] = useState({ endCursor: first.endCursor, hasNextPage: first.hasNextPage });
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const threads = [...first.nodes, ...more];
  const loadMore = async () => {
    setPending(true);
    setError(undefined);
    try {
      const data = await request(FORUM, { id: forumId, after: page.endCursor });
      const before = threads.length;
      setMore((current) => [...current, ...data.forum.threads.nodes]);
      setPage({ endCursor: data.forum.threads.endCursor, hasNextPage: data.forum.threads.hasNextPage });
      // Keyboard users carry on from the first new thread.
      window.setTimeout(() => listRef.current?.querySelectorAll('a')[before]?.focus(), 0);
    } catch (caught) {
      setError(fieldError(caught, ''));
    } finally {
      setPending(false);
    }
  };
  if (threads.length === 0) return <Empty>No threads yet. Start the first one below.</Empty>;
  return (
    <>
      <ol class="govuk-list app-thread-list" ref={listRef}>
        {threads.map((t) => (
          <li key={t.id} class="app-thread-list__item">
            <a class="govuk-link govuk-!-font-weight-bold" href={`/forums/${forumId}/threads/${t.id}`}>
              {t.title}
            </a>{' '}
            <UnreadBadge count={t.unreadCount} /> <FollowTag level={t.effectiveFollowLevel} />
            {(t.pinned || t.locked || t.kind === 'INPUTS') && (
              <span class="app-tags">
                {t.pinned && <Tag colour="blue">Pinned</Tag>}
                {t.locked && <Tag colour="grey">Locked</Tag>}
                {t.kind === 'INPUTS' && <Tag colour="purple">Inputs</Tag>}
              </span>
            )}
            <br />
            <span class="app-secondary govuk-body-s">
              {t.theme && `Theme: ${t.theme}. `}
              {t.createdBy ? `Started by ${t.createdBy.name}. ` : ''}Last post {formatDateTime(t.lastPostAt)}.
            </span>
          </li>
        ))}
      </ol>
      {error && <ErrorState error={error} retry={loadMore} />}
      {page.hasNextPage && (
        <button type="button" class="govuk-button govuk-button--secondary" onClick={loadMore} disabled={pending}>
          {pending ? 'Loading…' : 'Show more threads'}
        </button>
      )}
    </>
  );
}

const THREAD_FIELDS = { title: 'thread-title', theme: 'thread-theme', body: 'thread-body' };

function StartThread({ forumId }: { forumId: string }) {
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  const attempt = useRef<{ clientId: string; key: string }>();
  // The personal-data guard reads the title and the first post together.
  const [refusal, setRefusal] = useState<PersonalDataRefusal | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    void start();
  };
  const start = async (personalData: PersonalDataConsentInput | null = null) => {
    const problem = !title.trim()
      ? new ApiError('BAD_USER_INPUT', 'Enter a title for the thread', 'title')
      : title.trim().length > 200
        ? new ApiError('BAD_USER_INPUT', 'The title can be up to 200 characters', 'title')
        : theme.trim().length > 60
          ? new ApiError('BAD_USER_INPUT', 'The theme can be up to 60 characters', 'theme')
          : checkBody(body);
    setError(problem);
    if (problem) return;
    // The same words again reuse the client id, so a retried send never starts two threads.
    const key = JSON.stringify([title, theme, body]);
    if (attempt.current?.key !== key) attempt.current = { clientId: newClientId(), key };
    setPending(true);
    try {
      const data = await request(CREATE_THREAD, { forumId, title: title.trim(), theme: theme.trim() || null, body: body.trim(), clientId: attempt.current.clientId, personalData });
      navigate(`/forums/${data.createThread.forumId}/threads/${data.createThread.id}`);
    } catch (caught) {
      const found = refusalOf(caught);
      setPending(false);
      if (found) return setRefusal(found);
      const failed = fieldError(caught, 'body');
      setError(new ApiError(failed.code, failed.message, /title/i.test(failed.message) ? 'title' : failed.field));
      setPending(false);
    }
  };
  const message = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={THREAD_FIELDS} />
      <TextInput id={THREAD_FIELDS.title} label="Title" hint="Say what the thread is about, in a few words." value={title} onInput={(e) => setTitle(e.currentTarget.value)} error={message('title')} />
      <TextInput
        id={THREAD_FIELDS.theme}
        label="Theme (optional)"
        hint="For example: housing, immigration status, ESOL. Up to 60 characters."
        class="govuk-input--width-20"
        value={theme}
        onInput={(e) => setTheme(e.currentTarget.value)}
        error={message('theme')}
      />
      <MarkdownField id={THREAD_FIELDS.body} label="First post" value={body} onInput={setBody} error={message('body')} onError={setError}>
        <Button disabled={pending}>{pending ? 'Starting the thread…' : 'Start the thread'}</Button>
      </MarkdownField>
      {refusal && <PersonalDataWarning refusal={refusal} busy={pending} onChoose={(consent) => void start(consent)} onEdit={() => setRefusal(null)} />}
    </form>
  );
}

/** Moderators: open reports, and the people in the forum (with remove). */
function Moderation({ forumId, onChange }: { forumId: string; onChange(message: string): void }) {
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(FORUM_MODERATION, { id: forumId });
  const [confirming, setConfirming] = useState<string>();
  const [actionError, setActionError] = useState<ApiError>();
  const act = async (run: () => Promise<unknown>, message: string, focusAfter: string) => {
    setActionError(undefined);
    try {
      await run();
      setConfirming(undefined);
      await reload();
      onChange(message);
      // The button pressed has gone: carry on from the section's heading.
      document.getElementById(focusAfter)?.focus();
    } catch (caught) {
      setActionError(fieldError(caught, ''));
    }
  };
  const reports = data?.forum.reports ?? [];
  const members = [...(data?.forum.members ?? [])].sort((a, b) => (a.person?.name ?? '').localeCompare(b.person?.name ?? ''));
  return (
    <>
      <h2 class="govuk-heading-m" id="reports-heading" tabIndex={-1}>
        Open reports
      </h2>
      <ErrorSummary error={actionError} />
      {loading && !data && <Loading what="Loading reports and members" />}
      {error && <ErrorState error={error} retry={reload} />}
      {data &&
        (reports.length === 0 ? (
          <Empty>No open reports.</Empty>
        ) : (
          <>
            <p class="govuk-body">Reported posts are marked in their threads, where you can hide them.</p>
            <ul class="govuk-list app-report-list">
              {reports.map((r) => (
                <li key={r.id} class="app-report">
                  <p class="govuk-body govuk-!-margin-bottom-1">
                    <strong>{r.reason}</strong>
                    <br />
                    <a class="govuk-link" href={r.path}>
                      Go to the reported post
                    </a>
                    <br />
                    <span class="app-secondary govuk-body-s">Reported {formatDateTime(r.createdAt)}</span>
                  </p>
                  <ActionButton onClick={() => act(() => request(RESOLVE_REPORT, { id: r.id }), 'The report is marked as dealt with.', 'reports-heading')}>
                    Mark as dealt with<span class="govuk-visually-hidden">: report “{r.reason}”</span>
                  </ActionButton>
                </li>
              ))}
            </ul>
          </>
        ))}

      <h2 class="govuk-heading-m" id="members-heading" tabIndex={-1}>
        Members
      </h2>
      {data && members.length === 0 && <Empty>No one is in this forum yet.</Empty>}
      {data && members.length > 0 && (
        <ul class="govuk-list app-member-list">
          {members.map((m) => {
            const person = m.person;
            if (!person) return null;
            const name = person.name;
            return (
              <li key={person.id} class="app-member">
                <span class="app-member__who">
                  <strong>{name}</strong>
                  {person.organisation && <span class="app-secondary">, {person.organisation.name}</span>}
                  <br />
                  <span class="govuk-body-s app-secondary">
                    {m.role === 'MODERATOR' ? 'Moderator' : 'Member'}
                    {m.viaGroup ? ', through the group' : ''}
                  </span>
                </span>
                {person.id !== me?.id &&
                  (confirming === person.id ? (
                    <span class="app-member__confirm">
                      <span class="govuk-body-s">Remove {name} from this forum?</span>{' '}
                      <button type="button" id={`confirm-remove-${person.id}`} class="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={() => act(() => request(REMOVE_MEMBER, { forumId, personId: person.id }), `${name} has been removed from the forum.`, 'members-heading')}>
                        Yes, remove<span class="govuk-visually-hidden"> {name}</span>
                      </button>{' '}
                      <ActionButton
                        onClick={() => {
                          setConfirming(undefined);
                          window.setTimeout(() => document.getElementById(`remove-${person.id}`)?.focus(), 0);
                        }}
                      >
                        Cancel
                      </ActionButton>
                    </span>
                  ) : (
                    <ActionButton
                      id={`remove-${person.id}`}
                      onClick={() => {
                        setConfirming(person.id);
                        window.setTimeout(() => document.getElementById(`confirm-remove-${person.id}`)?.focus(), 0);
                      }}
                    >
                      Remove<span class="govuk-visually-hidden"> {name}</span>
                    </ActionButton>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
