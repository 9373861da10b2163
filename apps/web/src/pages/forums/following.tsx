import { useEffect, useRef, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, ThreadReadPayload } from '@convene/contracts';
import { ErrorSummary, Tag } from '../../components/ui';
import { graphql } from '../../gql';
import type { FollowLevel } from '../../gql/graphql';
import { ApiError, request } from '../../lib/api';
import { fieldError } from './common';

export const FOLLOW_THREAD = graphql(`
  mutation FollowThread($threadId: ID!, $level: FollowLevel) {
    followThread(threadId: $threadId, level: $level) {
      id
      followLevel
      effectiveFollowLevel
      unreadCount
    }
  }
`);

export const FOLLOW_FORUM = graphql(`
  mutation FollowForum($forumId: ID!, $level: FollowLevel) {
    followForum(forumId: $forumId, level: $level) {
      id
      followLevel
      unreadCount
    }
  }
`);

type Choice = FollowLevel | null;

/** What each setting does, in the words the person sees once it is chosen. */
function stateWords(kind: 'thread' | 'forum', own: Choice, effective: Choice): string {
  const here = kind === 'thread' ? 'this thread' : 'this forum';
  if (effective === 'WATCHING') return `You are watching ${here}${own === null ? ' (through its forum)' : ''}: each new post comes by email, a few minutes after it is written.`;
  if (effective === 'MUTED') return `You have muted ${here}${own === null ? ' (through its forum)' : ''}: it is left out of your digest and your unread counts.`;
  return kind === 'thread' ? 'Normal: new posts here are in your digest and your unread counts.' : 'Normal: new posts in this forum are in your digest and your unread counts.';
}

interface FollowControlProps {
  kind: 'thread' | 'forum';
  id: string;
  /** The person's own setting here. */
  level: Choice;
  /** For a thread: the setting of its forum, which applies while the thread has none. */
  inherited?: Choice;
  onChanged?(level: Choice): void;
}

/**
 * Watch, normal or mute, as three toggle buttons (one pressed) and a sentence saying what the
 * current choice does. A thread's "Normal" goes back to its forum's setting.
 */
export function FollowControl({ kind, id, level, inherited = null, onChanged }: FollowControlProps) {
  const [own, setOwn] = useState<Choice>(level);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [said, setSaid] = useState('');
  useEffect(() => setOwn(level), [level]);
  const effective = own ?? (kind === 'thread' ? inherited : null);
  const choose = async (next: Choice) => {
    if (pending || next === own) return;
    setPending(true);
    setError(undefined);
    try {
      if (kind === 'thread') await request(FOLLOW_THREAD, { threadId: id, level: next });
      else await request(FOLLOW_FORUM, { forumId: id, level: next });
      setOwn(next);
      setSaid(stateWords(kind, next, next ?? (kind === 'thread' ? inherited : null)));
      onChanged?.(next);
    } catch (caught) {
      setError(fieldError(caught, ''));
    } finally {
      setPending(false);
    }
  };
  const label = `Following ${kind === 'thread' ? 'this thread' : 'this forum'}`;
  const button = (value: Choice, text: string) => (
    <button type="button" class={`govuk-button govuk-button--secondary app-follow__choice${own === value ? ' app-follow__choice--on' : ''}`} aria-pressed={own === value} disabled={pending} onClick={() => choose(value)}>
      {text}
    </button>
  );
  return (
    <div class="app-follow" role="group" aria-label={label} data-testid={`follow-${kind}`}>
      <ErrorSummary error={error} />
      <p class="govuk-body govuk-!-margin-bottom-1">
        <strong>{label}</strong>
      </p>
      <div class="govuk-button-group govuk-!-margin-bottom-1">
        {button('WATCHING', 'Watch')}
        {button(null, kind === 'thread' && inherited ? `Normal (the forum’s: ${inherited === 'WATCHING' ? 'watching' : 'muted'})` : 'Normal')}
        {button('MUTED', 'Mute')}
      </div>
      <p class="govuk-body-s app-follow__state" data-testid={`follow-${kind}-state`}>
        {stateWords(kind, own, effective)}
      </p>
      {/* Spoken once after a change; the sentence above stays for anyone reading the page. */}
      <div class="govuk-visually-hidden" role="status">
        {said}
      </div>
    </div>
  );
}

/** "3 unread" beside a thread or forum, with the words a screen reader needs. */
export function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <Tag colour="blue">
      {count} unread<span class="govuk-visually-hidden"> {count === 1 ? 'post' : 'posts'}</span>
    </Tag>
  );
}

/** Watching or muted, as a tag in a list of threads. */
export function FollowTag({ level }: { level: Choice | undefined }) {
  if (level === 'WATCHING') return <Tag colour="green">Watching</Tag>;
  if (level === 'MUTED') return <Tag colour="grey">Muted</Tag>;
  return null;
}

/** The line in a thread before the first post written since the reader was last here. */
export function NewSinceLine() {
  return (
    <li class="app-new-since" id="new-since" tabIndex={-1}>
      <span class="app-new-since__label">New since your last visit</span>
    </li>
  );
}

/**
 * Calls `changed` whenever the signed-in person reads a thread further on any device (this one
 * included), so lists of unread counts can refresh. Its own quiet connection: it only listens.
 */
export function useReadStateLive(changed: (state: ThreadReadPayload) => void): void {
  const changedRef = useRef(changed);
  changedRef.current = changed;
  useEffect(() => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: '/socket.io/', transports: ['websocket'], withCredentials: true, forceNew: true });
    socket.on('thread:read-state', (state) => changedRef.current(state));
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, []);
}

/**
 * Marks a thread read as far as the reader has seen: the furthest post that has come into the
 * upper part of the window, once the page has been visible for a moment. The server keeps the
 * furthest marker, so a late or repeated call never moves it back. Without IntersectionObserver,
 * the whole thread counts as seen.
 */
export function useMarkReadAsSeen(postIds: string[], enabled: boolean, mark: (postId: string) => void): void {
  const markRef = useRef(mark);
  markRef.current = mark;
  const seen = useRef(-1);
  const sent = useRef<string>();
  const key = postIds.join(',');
  useEffect(() => {
    if (!enabled || !postIds.length) return;
    const index = new Map(postIds.map((id, i) => [`post-${id}`, i]));
    let timer: number | undefined;
    const flush = () => {
      if (document.visibilityState !== 'visible' || seen.current < 0) return;
      const id = postIds[Math.min(seen.current, postIds.length - 1)];
      if (id && id !== sent.current) {
        sent.current = id;
        markRef.current(id);
      }
    };
    const soon = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, 800);
    };
    document.addEventListener('visibilitychange', flush);
    let observer: IntersectionObserver | undefined;
    if (typeof IntersectionObserver === 'undefined') {
      seen.current = postIds.length - 1;
      soon();
    } else {
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const i = index.get(entry.target.id);
            if (entry.isIntersecting && i !== undefined && i > seen.current) seen.current = i;
          }
          soon();
        },
        { rootMargin: '0px 0px -15% 0px' },
      );
      for (const id of postIds) {
        const element = document.getElementById(`post-${id}`);
        if (element) observer.observe(element);
      }
    }
    return () => {
      observer?.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [key, enabled]);
}
