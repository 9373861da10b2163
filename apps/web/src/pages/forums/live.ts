import { useEffect, useRef, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ForumPostPayload, ForumThreadPayload, PostCreateRequest, PresencePayload, ServerToClientEvents } from '@convene/contracts';
import { ApiError } from '../../lib/api';

type ForumSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Where the live connection is:
 * - connecting: first attempt, nothing to say yet
 * - live: connected and caught up
 * - reconnecting: the connection dropped and socket.io is trying again
 * - unavailable: it has never come up (a network that blocks WebSockets, say); still trying
 * - ended: the session ended (signed out elsewhere, deactivated); it will not come back
 */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'unavailable' | 'ended';

export interface LiveHandlers {
  /** A post in this forum was created or changed (live, or replayed by catch-up). */
  post(post: ForumPostPayload, how: 'created' | 'updated' | 'caught-up'): void;
  thread(thread: ForumThreadPayload): void;
  presence(people: PresencePayload['people']): void;
  /** I was removed from the forum: its room is gone. */
  removed(): void;
  /** Catch-up could not cover the gap: load the thread again from the API. */
  reload(): Promise<void>;
}

const ACK_TIMEOUT_MS = 10_000;
/** Pages of 500 changes to replay before loading the thread afresh instead. */
const CATCH_UP_PAGES = 3;
/**
 * Changes are numbered in commit order, but their announcements come from several services and
 * could arrive a moment out of order; replaying a few before the last one seen costs nothing
 * (older versions are ignored) and closes that gap.
 */
const CATCH_UP_OVERLAP = 50n;
const overlap = (cursor: string | null) => (cursor === null ? null : String(BigInt(cursor) > CATCH_UP_OVERLAP ? BigInt(cursor) - CATCH_UP_OVERLAP : 0n));

/** Catch-up cursors are decimal strings of a bigint sequence. */
export const laterCursor = (a: string | null, b: string | null): string | null => {
  if (a === null) return b;
  if (b === null) return a;
  return a.length !== b.length ? (a.length > b.length ? a : b) : a > b ? a : b;
};

/**
 * The forum's live connection for one page: posts, edits, hides, pins and locks as they happen,
 * and who else is here. The browser authenticates with its httpOnly session cookie.
 *
 * Nothing is missed: the page keeps the latest catch-up cursor it has seen (`baseline` starts
 * it, from the posts it loaded), and after every (re)connection asks the server to replay what
 * changed in this forum since then. The page can post through the socket (`send`), falling back
 * to GraphQL when the socket is down.
 */
export function useForumLive(forumId: string, baseline: string | null, handlers: LiveHandlers) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const socketRef = useRef<ForumSocket | null>(null);
  const readyRef = useRef(false);
  const cursorRef = useRef<string | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  // Posts may arrive before the page has loaded; the baseline is set once it has.
  const loadedRef = useRef(false);
  const pendingCatchUp = useRef(false);

  const see = (cursor: string) => {
    cursorRef.current = laterCursor(cursorRef.current, cursor);
  };

  const catchUp = async (socket: ForumSocket) => {
    let after = overlap(cursorRef.current);
    for (let page = 0; page < CATCH_UP_PAGES; page++) {
      let reply: Ack<{ posts: ForumPostPayload[]; cursor: string; more: boolean }>;
      try {
        reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('catch-up', { after, forumId });
      } catch {
        return; // the connection dropped again; the next `ready` tries again
      }
      if (!reply.ok) {
        if (reply.error.code === 'NOT_FOUND') handlersRef.current.removed();
        return;
      }
      for (const post of reply.data.posts) handlersRef.current.post(post, 'caught-up');
      see(reply.data.cursor);
      after = reply.data.cursor;
      if (!reply.data.more) return;
    }
    // Far behind (a busy forum while we were away): the thread itself is quicker to load than
    // the rest of the forum's changes. Live events from here on are already arriving.
    await handlersRef.current.reload();
  };

  useEffect(() => {
    if (baseline === null || loadedRef.current) return;
    loadedRef.current = true;
    see(baseline);
    const socket = socketRef.current;
    if (pendingCatchUp.current && socket && readyRef.current) {
      pendingCatchUp.current = false;
      void catchUp(socket);
    }
  }, [baseline]);

  useEffect(() => {
    const socket: ForumSocket = io({ path: '/socket.io/', transports: ['websocket'], withCredentials: true, forceNew: true });
    socketRef.current = socket;
    let everConnected = false;
    let ended = false;
    let retry: number | undefined;
    const end = () => {
      ended = true;
      setStatus('ended');
    };
    socket.on('ready', async (ready) => {
      everConnected = true;
      // A socket joins at most 200 forums on connect; ask for this one if it was left out.
      if (!ready.forumIds.includes(forumId)) {
        let joined: Ack<{ forumId: string }>;
        try {
          joined = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('forum:join', { forumId });
        } catch {
          return; // dropped again; the next `ready` tries again
        }
        if (!joined.ok && joined.error.code === 'NOT_FOUND') return handlersRef.current.removed();
      }
      readyRef.current = true;
      if (loadedRef.current) await catchUp(socket);
      else pendingCatchUp.current = true;
      setStatus('live');
      try {
        const presence = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('presence', { forumId });
        if (presence.ok) handlersRef.current.presence(presence.data.people);
      } catch {
        // presence is a nicety; the next presence event brings it
      }
    });
    socket.on('disconnect', (reason) => {
      readyRef.current = false;
      if (ended) return;
      setStatus('reconnecting');
      // The server let go (a restart, say): socket.io leaves reconnecting to us. A session that
      // has ended is refused at the handshake, and the status says so.
      if (reason === 'io server disconnect') retry = window.setTimeout(() => socket.connect(), 1000 + Math.random() * 4000);
    });
    socket.on('connect_error', (error) => {
      readyRef.current = false;
      // The handshake refused the session: signed out or expired. socket.io does not retry.
      if (error.message === 'UNAUTHENTICATED') end();
      else if (!ended) setStatus(everConnected ? 'reconnecting' : 'unavailable');
      // The server could not check the session (its database or Redis is away): try again shortly.
      if (error.message === 'SERVICE_UNAVAILABLE' && !ended) retry = window.setTimeout(() => socket.connect(), 3000 + Math.random() * 4000);
    });
    socket.on('session:ended', end);
    socket.on('post:created', (post) => {
      if (post.forumId !== forumId) return;
      see(post.cursor);
      handlersRef.current.post(post, 'created');
    });
    socket.on('post:updated', (post) => {
      if (post.forumId !== forumId) return;
      see(post.cursor);
      handlersRef.current.post(post, 'updated');
    });
    // A held post reaches only its author and the moderators, on their own sockets: shown marked
    // as waiting. A rejection reloads the thread, so it shows as not approved.
    socket.on('post:held', ({ post }) => {
      if (post.forumId === forumId) handlersRef.current.post(post, 'updated');
    });
    socket.on('post:decided', (decided) => {
      if (decided.forumId === forumId && decided.decision === 'REJECTED') void handlersRef.current.reload();
    });
    socket.on('thread:updated', (thread) => {
      if (thread.forumId === forumId) handlersRef.current.thread(thread);
    });
    socket.on('presence', (presence) => {
      if (presence.forumId === forumId) handlersRef.current.presence(presence.people);
    });
    socket.on('forum:removed', ({ forumId: removed }) => {
      if (removed === forumId) handlersRef.current.removed();
    });
    return () => {
      window.clearTimeout(retry);
      socketRef.current = null;
      readyRef.current = false;
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [forumId]);

  /**
   * Posts through the socket and waits for its acknowledgement. Resolves with the post, rejects
   * with the API's coded error, or resolves null when the socket is down or did not answer (the
   * caller then posts the same client id through GraphQL: it never makes a second post).
   */
  const send = async (post: PostCreateRequest): Promise<ForumPostPayload | null> => {
    const socket = socketRef.current;
    if (!socket?.connected || !readyRef.current) return null;
    let reply: Ack<ForumPostPayload>;
    try {
      reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('post:create', post);
    } catch {
      return null;
    }
    if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message, 'body', reply.error.details);
    return reply.data;
  };

  /** Marks the thread read up to a post through the socket; false if the socket is down. */
  const markRead = async (threadId: string, postId: string): Promise<boolean> => {
    const socket = socketRef.current;
    if (!socket?.connected || !readyRef.current) return false;
    try {
      const reply = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('thread:read', { threadId, postId });
      return reply.ok;
    } catch {
      return false;
    }
  };

  return { status, send, markRead };
}
