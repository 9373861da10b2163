import type { ForumPostPayload, ForumThreadPayload, PresencePayload } from '@convene/contracts';
import { Fragment } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, PageHeading, Tag, TextInput, formatDateTime } from '../../components/ui';
import type { ForumPostFieldsFragment, ForumThreadPostsQuery, ForumThreadQuery } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { ActionButton, MarkdownField, checkBody, fieldError, newClientId } from './common';
import { laterCursor, useForumLive, type LiveStatus } from './live';
import { CREATE_POST, EDIT_POST, FORUM_REPORTS, HIDE_POST, LOCK_THREAD, MARK_READ, PIN_THREAD, REPORT_POST, RESOLVE_REPORT, SHOW_POST, THREAD, THREAD_POSTS } from './operations';
import { ThreadAgendaLink } from '../meetings/inputs-link';
import { FollowControl, NewSinceLine, useMarkReadAsSeen } from './following';
import { PersonalDataWarning, refusalOf, type PersonalDataRefusal } from './personal-data-warning';
import { ApprovalTag, ThreadTitleModeration } from './held-posts';
import type { PersonalDataConsentInput } from '../../gql/graphql';

/** A post as this page keeps it: the API's fields, and whether it arrived while I was here. */
type PostView = ForumPostFieldsFragment & { fresh?: boolean };
type Thread = ForumThreadQuery['thread'];
type Report = { id: string; postId: string; reason: string; createdAt: string };

const fromPayload = (post: ForumPostPayload, bodyMarkdown: string | null = null): PostView => ({
  id: post.id,
  threadId: post.threadId,
  clientId: post.clientId,
  replyToId: post.replyToId,
  author: post.author,
  bodyMarkdown,
  bodyHtml: post.bodyHtml,
  hidden: post.hidden,
  hiddenReason: post.hiddenReason,
  createdAt: post.createdAt,
  editedAt: post.editedAt,
  cursor: post.cursor,
  approval: post.held ? { state: 'WAITING' } : null,
});

/** The newer of two versions of a post wins; text the newer one leaves out (hidden, or sent by a socket) is kept. */
function merge(posts: Map<string, PostView>, incoming: PostView): Map<string, PostView> {
  const existing = posts.get(incoming.id);
  if (existing && existing.cursor !== incoming.cursor && laterCursor(existing.cursor, incoming.cursor) === existing.cursor) {
    if (!existing.bodyMarkdown && incoming.bodyMarkdown && existing.editedAt === incoming.editedAt) {
      return new Map(posts).set(incoming.id, { ...existing, bodyMarkdown: incoming.bodyMarkdown });
    }
    return posts;
  }
  const sameText = existing?.editedAt === incoming.editedAt;
  return new Map(posts).set(incoming.id, {
    ...incoming,
    bodyHtml: incoming.bodyHtml ?? (incoming.hidden && sameText ? (existing?.bodyHtml ?? null) : null),
    bodyMarkdown: incoming.bodyMarkdown ?? (sameText ? (existing?.bodyMarkdown ?? null) : null),
    fresh: existing?.fresh || incoming.fresh,
  });
}

const normalise = (body: string) => body.replace(/\r\n?/g, '\n').trim();
const byTime = (a: PostView, b: PostView) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (laterCursor(a.cursor, b.cursor) === a.cursor ? 1 : -1);
const nameOf = (post: PostView | undefined) => post?.author?.name || 'A former member';

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The live connection's state in plain words, and who else is reading this forum now. */
function LiveLine({ status, people, meId }: { status: LiveStatus; people: PresencePayload['people']; meId: string }) {
  const others = people.filter((p) => p.id !== meId).map((p) => p.name);
  return (
    <div class="app-live">
      {/* Always in the page, so screen readers hear when the connection goes and comes back. */}
      <p class={`govuk-body app-live__status app-live__status--${status}`} role="status">
        {status === 'connecting' && 'Connecting for live updates…'}
        {status === 'reconnecting' && 'Connection lost, reconnecting… You can still read and post. Anything new will appear when the connection is back.'}
        {status === 'unavailable' && 'Live updates are not working just now. Trying again… You can still read and post; reload the page to see new posts.'}
        {status === 'ended' && (
          <>
            Your session has ended.{' '}
            <a class="govuk-link" href={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              Sign in again
            </a>{' '}
            to keep following this thread.
          </>
        )}
      </p>
      {status === 'live' && (
        <>
          <p class="govuk-body app-live__presence">New posts appear here as they are written.</p>
          <p class="govuk-body app-live__presence" data-testid="presence">
            {others.length ? `Also here: ${listOf(others)}.` : 'No one else is here just now.'}
          </p>
        </>
      )}
    </div>
  );
}

export function ThreadPage({ forumId, threadId }: { forumId: string; threadId: string }) {
  const { me } = useSession();
  const meta = useQuery(THREAD, { id: threadId });
  const [thread, setThreadState] = useState<Thread | undefined>();
  const threadRef = useRef<Thread | undefined>();
  const setThread = (next: Thread | undefined) => setThreadState((threadRef.current = next));
  // Posts live in a ref as well, so socket handlers always see the latest and can decide what to
  // announce before changing anything.
  const postsRef = useRef(new Map<string, PostView>());
  const [posts, setPostsState] = useState(postsRef.current);
  const setPosts = (change: (current: Map<string, PostView>) => Map<string, PostView>) => setPostsState((postsRef.current = change(postsRef.current)));
  const [baseline, setBaseline] = useState<string | null>(null);
  const [postsError, setPostsError] = useState<ApiError>();
  const [people, setPeople] = useState<PresencePayload['people']>([]);
  const [removed, setRemoved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [pageError, setPageError] = useState<ApiError>();
  const moderator = thread?.forum.myRole === 'MODERATOR';
  // A thread waiting for approval takes no replies until it is approved.
  const canPost = (thread?.forum.myRole === 'MODERATOR' || thread?.forum.myRole === 'MEMBER') && !thread?.waitingForApproval;
  const reports = useQuery(FORUM_REPORTS, { id: forumId }, { skip: !moderator });
  useTitle(thread?.title ?? 'Thread');

  useEffect(() => {
    if (!meta.data) return;
    if (meta.data.thread.forumId !== forumId) {
      navigate(`/forums/${meta.data.thread.forumId}/threads/${threadId}${location.hash}`, { replace: true });
      return;
    }
    setThread(meta.data.thread);
  }, [meta.data]);

  // Announcements: queued briefly so a burst of posts is one sentence, and cleared first so the
  // same words twice are still read out.
  const queue = useRef<string[]>([]);
  const timer = useRef<number>();
  const announce = useCallback((message: string) => {
    queue.current.push(message);
    window.clearTimeout(timer.current);
    setAnnouncement('');
    timer.current = window.setTimeout(() => {
      const messages = queue.current;
      queue.current = [];
      const fromOthers = messages.filter((m) => m.startsWith('New post from '));
      const text =
        fromOthers.length > 1
          ? [`${fromOthers.length} new posts, the latest ${fromOthers[fromOthers.length - 1].slice('New post '.length)}`, ...messages.filter((m) => !m.startsWith('New post from '))].join('. ')
          : messages.join('. ');
      setAnnouncement(text);
    }, 250);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const loadPosts = useCallback(async () => {
    let after: string | null = null;
    let loaded = new Map<string, PostView>();
    let cursor: string | null = null;
    try {
      for (;;) {
        const data: ForumThreadPostsQuery = await request(THREAD_POSTS, { id: threadId, after });
        for (const post of data.thread.posts.nodes) {
          loaded.set(post.id, post);
          cursor = laterCursor(cursor, post.cursor);
        }
        if (!data.thread.posts.hasNextPage || !data.thread.posts.endCursor) break;
        after = data.thread.posts.endCursor;
      }
    } catch (caught) {
      setPostsError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'Something went wrong.'));
      return;
    }
    setPostsError(undefined);
    setPosts((current) => {
      // Keep anything that arrived live while loading; the newer version of each post wins.
      for (const post of current.values()) loaded = merge(loaded, post);
      return loaded;
    });
    setBaseline((current) => current ?? cursor ?? '0');
  }, [threadId]);
  useEffect(() => void loadPosts(), [loadPosts]);

  const live = useForumLive(forumId, baseline, {
    post(payload, how) {
      if (payload.threadId !== threadId) return;
      const before = postsRef.current.get(payload.id);
      const mine = payload.author?.id === me?.id;
      if (!before && !mine && how !== 'updated') announce(`New post from ${payload.author?.name || 'a former member'}`);
      if (before && payload.hidden && !before.hidden && laterCursor(before.cursor, payload.cursor) === payload.cursor) announce(`A moderator hid a post by ${nameOf(before)}`);
      setPosts((current) => merge(current, { ...fromPayload(payload), fresh: !before && !mine }));
    },
    thread(update: ForumThreadPayload) {
      if (update.id !== threadId) return;
      const current = threadRef.current;
      if (!current) return;
      if (current.locked !== update.locked) announce(update.locked ? 'This thread has been locked by a moderator' : 'This thread has been unlocked');
      setThread({ ...current, title: update.title, pinned: update.pinned, locked: update.locked });
    },
    presence: setPeople,
    removed: () => setRemoved(true),
    reload: loadPosts,
  });

  const sorted = useMemo(() => [...posts.values()].sort(byTime), [posts]);

  // Mark the thread read as far as the reader has seen it, through the socket (GraphQL if it is down).
  useMarkReadAsSeen(
    sorted.map((post) => post.id),
    !!thread && !removed,
    (postId) => void live.markRead(threadId, postId).then((ok) => (ok ? undefined : request(MARK_READ, { threadId, postId }).catch(() => undefined))),
  );

  // A link from search (…#post-id) scrolls to its post once the posts are here; otherwise a
  // returning reader starts at "new since your last visit".
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current || !sorted.length) return;
    if (!location.hash.startsWith('#post-') && !thread?.firstUnreadPostId) return;
    scrolled.current = true;
    document.getElementById(location.hash.startsWith('#post-') ? location.hash.slice(1) : 'new-since')?.scrollIntoView();
  }, [sorted]);

  const [replyTo, setReplyTo] = useState<PostView | undefined>();
  // The draft lives here, so a lock arriving mid-sentence never throws away what was written.
  const [draft, setDraft] = useState('');
  const composerRef = useRef<HTMLTextAreaElement | null>(null);
  const update = (post: PostView) => setPosts((current) => merge(current, post));

  const moderate = async (run: () => Promise<Pick<Thread, 'pinned' | 'locked'>>, done: string) => {
    setPageError(undefined);
    try {
      const result = await run();
      const current = threadRef.current;
      // The socket may have brought the change (and its announcement) first.
      if (current && (current.pinned !== result.pinned || current.locked !== result.locked)) {
        setThread({ ...current, ...result });
        announce(done);
      }
    } catch (caught) {
      setPageError(fieldError(caught, ''));
    }
  };

  if (meta.error && !thread) return <ThreadUnavailable error={meta.error} retry={meta.reload} />;
  if (removed) {
    return (
      <>
        <PageHeading>You are no longer in this forum</PageHeading>
        <p class="govuk-body">A moderator has removed you, or you have left the group it belongs to. Ask a moderator if you think this is a mistake.</p>
        <p class="govuk-body">
          <a class="govuk-link" href="/forums">
            Back to your forums
          </a>
        </p>
      </>
    );
  }
  if (!thread) return <Loading what="Loading the thread" />;
  const openReports = new Map<string, Report>((moderator ? (reports.data?.forum.reports ?? []) : []).map((r) => [r.postId, r]));
  const inputsOpen = thread.kind === 'INPUTS' && thread.locksAt && !thread.locked;

  return (
    <>
      <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href="/forums">
              Forums
            </a>
          </li>
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href={`/forums/${thread.forumId}`}>
              {thread.forum.name}
            </a>
          </li>
        </ol>
      </nav>
      <ErrorSummary error={pageError} />
      <PageHeading>{thread.title}</PageHeading>
      <p class="govuk-body app-tags">
        {thread.pinned && <Tag colour="blue">Pinned</Tag>}
        {thread.locked && <Tag colour="grey">Locked</Tag>}
        {thread.kind === 'INPUTS' && <Tag colour="purple">Inputs</Tag>}
        {thread.theme && <span class="app-theme">Theme: {thread.theme}</span>}
      </p>
      {inputsOpen && <p class="govuk-body">This thread collects inputs for a meeting. It closes for new posts on {formatDateTime(thread.locksAt!)}.</p>}
      <ThreadAgendaLink thread={thread} />
      {thread.waitingForApproval && <p class="govuk-inset-text">This thread is waiting for a moderator’s approval. Until then only you and the forum’s moderators can see it, and no one can reply.</p>}
      {moderator && (
        <div class="govuk-button-group">
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => moderate(async () => (await request(PIN_THREAD, { id: threadId, pinned: !thread.pinned })).pinThread, thread.pinned ? 'Thread unpinned' : 'Thread pinned to the top of the forum')}>
            {thread.pinned ? 'Unpin thread' : 'Pin thread'}
          </button>
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => moderate(async () => (await request(LOCK_THREAD, { id: threadId, locked: !thread.locked })).lockThread, thread.locked ? 'Thread unlocked' : 'Thread locked')}>
            {thread.locked ? 'Unlock thread' : 'Lock thread'}
          </button>
        </div>
      )}
      {moderator && <ThreadTitleModeration threadId={threadId} onChanged={(title) => setThread({ ...threadRef.current!, title })} announce={announce} />}
      <FollowControl kind="thread" id={threadId} level={thread.followLevel} inherited={thread.forum.followLevel} />
      <LiveLine status={live.status} people={people} meId={me!.id} />

      <h2 class="govuk-heading-m">Posts</h2>
      {postsError && <ErrorState error={postsError} retry={loadPosts} />}
      {!postsError && baseline === null && <Loading what="Loading the posts" />}
      {baseline !== null && sorted.length === 0 && <p class="govuk-body govuk-hint">No posts yet.</p>}
      {sorted.length > 0 && (
        <ol class="app-posts">
          {sorted.map((post) => (
            <Fragment key={post.id}>
              {post.id === thread.firstUnreadPostId && <NewSinceLine />}
              <PostItem
                post={post}
                replyTo={post.replyToId ? posts.get(post.replyToId) : undefined}
                meId={me!.id}
                moderator={moderator}
                canPost={canPost && !thread.locked}
                report={openReports.get(post.id)}
                onChanged={update}
                onReply={() => {
                  setReplyTo(post);
                  composerRef.current?.focus();
                }}
                onResolved={() => void reports.reload()}
                onNeedText={loadPosts}
                announce={announce}
              />
            </Fragment>
          ))}
        </ol>
      )}

      <h2 class="govuk-heading-m">Reply</h2>
      {thread.locked && <p class="govuk-inset-text">This thread is locked. No one can add or change posts.{draft.trim() && ' Your unsent words are kept below, so you can copy them.'}</p>}
      {!canPost && !thread.waitingForApproval && <p class="govuk-inset-text">You can read this forum but not post in it.</p>}
      {canPost && (!thread.locked || draft.trim() !== '') && (
        <Composer
          forumId={thread.forumId}
          threadId={threadId}
          body={draft}
          setBody={setDraft}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(undefined)}
          textareaRef={composerRef}
          send={live.send}
          onPosted={(post) => {
            update(post);
            setReplyTo(undefined);
            announce(post.approval ? 'Your post is waiting for a moderator’s approval' : 'Your post has been added');
          }}
        />
      )}
      <div class="govuk-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcements">
        {announcement}
      </div>
    </>
  );
}

function ThreadUnavailable({ error, retry }: { error: ApiError; retry(): void }) {
  return (
    <>
      <PageHeading>{error.code === 'NOT_FOUND' ? 'Thread not found' : 'Sorry, there is a problem'}</PageHeading>
      {error.code === 'NOT_FOUND' ? (
        <p class="govuk-body">It may have been removed, or you may not be in its forum.</p>
      ) : (
        <ErrorState error={error} retry={retry} />
      )}
      <p class="govuk-body">
        <a class="govuk-link" href="/forums">
          Back to your forums
        </a>
      </p>
    </>
  );
}

interface ComposerProps {
  forumId: string;
  threadId: string;
  body: string;
  setBody(body: string): void;
  replyTo: PostView | undefined;
  onCancelReply(): void;
  textareaRef: { current: HTMLTextAreaElement | null };
  send: ReturnType<typeof useForumLive>['send'];
  onPosted(post: PostView): void;
}

/** The reply box: Markdown with a preview, sent through the socket (or GraphQL when it is down). */
function Composer({ forumId, threadId, body, setBody, replyTo, onCancelReply, textareaRef, send, onPosted }: ComposerProps) {
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  // One client id per text: a retry after a dropped connection can never post twice.
  const attempt = useRef<{ clientId: string; body: string }>();
  const id = 'reply-body';

  useEffect(() => {
    textareaRef.current = document.getElementById(id) as HTMLTextAreaElement | null;
  });

  // The personal-data guard's refusal, and the author's answer to it.
  const [refusal, setRefusal] = useState<PersonalDataRefusal | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    void post();
  };
  const post = async (personalData: PersonalDataConsentInput | null = null) => {
    if (sending) return;
    const problem = checkBody(body);
    setError(problem);
    if (problem) return;
    const text = normalise(body);
    if (attempt.current?.body !== text) attempt.current = { clientId: newClientId(), body: text };
    const { clientId } = attempt.current;
    setSending(true);
    try {
      const sent = await send({ threadId, clientId, body: text, replyToId: replyTo?.id ?? null, personalData });
      // Redacted on the server: the words kept are the server's, read back with the post.
      const posted = sent ? fromPayload(sent, personalData?.choice === 'REDACT' ? null : text) : (await request(CREATE_POST, { threadId, body: text, clientId, replyToId: replyTo?.id ?? null, personalData })).createPost;
      attempt.current = undefined;
      setBody('');
      setRefusal(null);
      onPosted(posted);
    } catch (caught) {
      const found = refusalOf(caught);
      if (found) setRefusal(found);
      else setError(fieldError(caught, 'body'));
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={{ body: id }} />
      {replyTo && (
        <p class="govuk-body app-replying">
          Replying to {nameOf(replyTo)}’s post of {formatDateTime(replyTo.createdAt)}.{' '}
          <ActionButton onClick={onCancelReply}>Cancel reply</ActionButton>
        </p>
      )}
      <MarkdownField id={id} label="Your post" value={body} onInput={setBody} error={error?.field === 'body' ? error.message : undefined} onError={setError} forumId={forumId}>
        <Button disabled={sending}>{sending ? 'Posting…' : 'Post'}</Button>
      </MarkdownField>
      {refusal && (
        <PersonalDataWarning
          refusal={refusal}
          busy={sending}
          onChoose={(consent) => void post(consent)}
          onEdit={() => {
            setRefusal(null);
            textareaRef.current?.focus();
          }}
        />
      )}
    </form>
  );
}

interface PostItemProps {
  post: PostView;
  replyTo: PostView | undefined;
  meId: string;
  moderator: boolean;
  canPost: boolean;
  report: Report | undefined;
  onChanged(post: PostView): void;
  onReply(): void;
  onResolved(): void;
  /** Loads the posts again, for the Markdown of a post changed elsewhere. */
  onNeedText(): Promise<void>;
  announce(message: string): void;
}

type Mode = 'view' | 'edit' | 'hide' | 'report';

function PostItem({ post, replyTo, meId, moderator, canPost, report, onChanged, onReply, onResolved, onNeedText, announce }: PostItemProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [reported, setReported] = useState(false);
  const [error, setError] = useState<ApiError>();
  const mine = post.author?.id === meId;
  const author = nameOf(post);
  const when = formatDateTime(post.createdAt);
  const about = (
    <span class="govuk-visually-hidden">
      {' '}
      {mine ? 'your post' : `${author}’s post`} of {when}
    </span>
  );
  const actionsRef = useRef<HTMLDivElement>(null);
  const close = () => {
    setMode('view');
    setError(undefined);
    // Back to where the person was: the post's actions.
    window.setTimeout(() => actionsRef.current?.querySelector('button')?.focus(), 0);
  };
  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(fieldError(caught, mode === 'edit' ? 'body' : 'reason'));
    }
  };

  return (
    <li id={`post-${post.id}`} class={`app-post${post.hidden ? ' app-post--hidden' : ''}${post.fresh ? ' app-post--new' : ''}`}>
      <p class="app-post__meta">
        <strong class="app-post__author">{mine ? `${author} (you)` : author}</strong> <time dateTime={post.createdAt}>{when}</time>
        {post.editedAt && <span> · edited</span>}
        <ApprovalTag approval={post.approval} />
        {post.fresh && (
          <>
            {' '}
            <Tag colour="blue">New</Tag>
          </>
        )}
      </p>
      {post.replyToId && (
        <p class="app-post__meta">
          In reply to{' '}
          <a class="govuk-link" href={`#post-${post.replyToId}`}>
            {replyTo ? `${nameOf(replyTo)}’s post` : 'an earlier post'}
          </a>
        </p>
      )}
      {post.hidden && <p class="govuk-body app-post__hidden">Hidden by a moderator: {post.hiddenReason ?? 'no reason given'}</p>}
      {mode === 'edit' ? (
        <EditForm
          post={post}
          onDone={close}
          onSaved={(saved) => {
            onChanged(saved);
            announce('Your changes have been saved');
            close();
          }}
        />
      ) : post.hidden ? (
        (moderator || mine) &&
        post.bodyHtml && (
          <div class="app-post__was">
            <p class="app-post__meta">{mine && !moderator ? 'Only you and the moderators can still see what you wrote:' : 'Only moderators and the author can still see the text:'}</p>
            <div class="app-post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
          </div>
        )
      ) : (
        post.bodyHtml && <div class="app-post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      )}
      {report && moderator && (
        <div class="app-report">
          <p class="govuk-body govuk-!-margin-bottom-1">
            <strong>Reported:</strong> {report.reason} ({formatDateTime(report.createdAt)})
          </p>
          <ActionButton
            onClick={() =>
              run(async () => {
                await request(RESOLVE_REPORT, { id: report.id });
                announce('Report marked as dealt with');
                onResolved();
              })
            }
          >
            Mark report as dealt with{about}
          </ActionButton>
        </div>
      )}
      {mode === 'view' && (
        <div class="app-post__actions" ref={actionsRef}>
          {canPost && !post.hidden && (
            <ActionButton onClick={onReply}>
              Reply<span class="govuk-visually-hidden"> to</span>
              {about}
            </ActionButton>
          )}
          {mine && canPost && !post.hidden && (
            <ActionButton
              onClick={() =>
                run(async () => {
                  if (!post.bodyMarkdown) await onNeedText();
                  setMode('edit');
                })
              }
            >
              Edit{about}
            </ActionButton>
          )}
          {!mine && !post.hidden && !reported && (
            <ActionButton onClick={() => setMode('report')}>
              Report{about}
            </ActionButton>
          )}
          {moderator &&
            (post.hidden ? (
              <ActionButton
                onClick={() =>
                  run(async () => {
                    onChanged((await request(SHOW_POST, { id: post.id })).showPost);
                    announce(`${author}’s post is shown again`);
                  })
                }
              >
                Show{about}
              </ActionButton>
            ) : (
              <ActionButton onClick={() => setMode('hide')}>
                Hide{about}
              </ActionButton>
            ))}
        </div>
      )}
      {reported && (
        <p class="govuk-body app-post__meta" role="status">
          Thank you. The moderators have been told about this post.
        </p>
      )}
      {mode === 'view' && error && <ErrorSummary error={error} />}
      {mode === 'hide' && (
        <ReasonForm
          id={`hide-reason-${post.id}`}
          label="Why are you hiding this post?"
          hint="Members will see this in the post’s place. Do not repeat anything personal from the post."
          button="Hide post"
          empty="Enter why you are hiding the post"
          onCancel={close}
          onSubmit={async (reason) => {
            onChanged((await request(HIDE_POST, { id: post.id, reason })).hidePost);
            announce(`${author}’s post is hidden`);
            close();
          }}
        />
      )}
      {mode === 'report' && (
        <ReasonForm
          id={`report-reason-${post.id}`}
          label="What is wrong with this post?"
          hint="Only the forum’s moderators will see your report."
          button="Send report"
          empty="Enter what is wrong with the post"
          onCancel={close}
          onSubmit={async (reason) => {
            await request(REPORT_POST, { id: post.id, reason });
            setReported(true);
            setMode('view');
          }}
        />
      )}
    </li>
  );
}

/** A one-field form (hide, report) that opens under a post, focused, and closes back to its button. */
function ReasonForm({ id, label, hint, button, empty, onCancel, onSubmit }: { id: string; label: string; hint: string; button: string; empty: string; onCancel(): void; onSubmit(reason: string): Promise<void> }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  useEffect(() => document.getElementById(id)?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) return setError(new ApiError('BAD_USER_INPUT', empty, 'reason'));
    setPending(true);
    setError(undefined);
    try {
      await onSubmit(reason.trim());
    } catch (caught) {
      setError(fieldError(caught, 'reason'));
      setPending(false);
    }
  };
  return (
    <form class="app-inline-form" onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={{ reason: id }} />
      <TextInput id={id} label={label} hint={hint} value={reason} onInput={(event) => setReason(event.currentTarget.value)} error={error ? error.message : undefined} />
      <div class="govuk-button-group">
        <Button disabled={pending}>{button}</Button>
        <ActionButton onClick={onCancel}>Cancel</ActionButton>
      </div>
    </form>
  );
}

/** The author changes their post; the earlier text is kept by the API for moderators. */
function EditForm({ post, onDone, onSaved }: { post: PostView; onDone(): void; onSaved(post: PostView): void }) {
  const [body, setBody] = useState(post.bodyMarkdown ?? '');
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  const id = `edit-${post.id}`;
  useEffect(() => document.getElementById(id)?.focus(), []);
  const [refusal, setRefusal] = useState<PersonalDataRefusal | null>(null);
  const save = async (personalData: PersonalDataConsentInput | null = null) => {
    const problem = checkBody(body, 'body', 'save');
    setError(problem);
    if (problem) return;
    setPending(true);
    try {
      onSaved((await request(EDIT_POST, { id: post.id, body: normalise(body), personalData })).editPost);
    } catch (caught) {
      const found = refusalOf(caught);
      if (found) setRefusal(found);
      else setError(fieldError(caught, 'body'));
      setPending(false);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void save();
  };
  return (
    <form class="app-inline-form" onSubmit={submit} noValidate>
      <ErrorSummary error={error} fields={{ body: id }} />
      <MarkdownField id={id} label="Change your post" value={body} onInput={setBody} error={error?.field === 'body' ? error.message : undefined} onError={setError}>
        <Button disabled={pending}>Save changes</Button>
        <ActionButton onClick={onDone}>Cancel</ActionButton>
      </MarkdownField>
      {refusal && <PersonalDataWarning refusal={refusal} busy={pending} onChoose={(consent) => void save(consent)} onEdit={() => setRefusal(null)} />}
    </form>
  );
}
