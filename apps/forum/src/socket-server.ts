import { createAdapter } from '@socket.io/redis-adapter';
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AccessService, Actor } from '@convene/access';
import { HANDSHAKE_ERRORS, SOCKET_LIMITS, rooms, type Ack, type ClientToServerEvents, type PresencePayload, type ServerToClientEvents } from '@convene/contracts';
import { InvalidIdError } from '@convene/database';
import { AppError, outageOf, serviceUnavailable } from '@convene/errors';
import { toPostPayload, type PersonalDataConsent, type PostsService } from '@convene/forums';
import { SESSION_COOKIE, type SessionService } from '@convene/identity';
import { errorSummary, moduleLogger, throttledLog } from '@convene/logging';
import { socketKey } from '@convene/realtime';
import { duplicateRedis, withSafePublish } from '@convene/redis';

interface SocketData {
  actor: Actor;
  name: string;
}
export type ForumSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ForumServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketServerOptions {
  allowedOrigins: string[];
  redis: Redis;
  redisPrefix: string;
  sessions: SessionService;
  access: AccessService;
  posts: PostsService;
  db: DataSource;
}

const FORUM_ROOM = /^forum:/;
const PRESENCE_DEBOUNCE_MS = 1000;

/**
 * socket.io with the Redis adapter, so several forum instances share rooms. The handshake
 * authenticates with the same session token as the API and checks the Origin header; every
 * reconnection goes through it again, so a socket is re-authorised and its rooms rebuilt from
 * the database each time. Posting goes through the same PostsService as GraphQL.
 */
export function createSocketServer(http: HttpServer, options: SocketServerOptions): { io: ForumServer; close(): Promise<void> } {
  const log = moduleLogger('sockets');
  const note = throttledLog(log);
  // Publishes fail fast (and are dropped, logged) while Redis is away; subscriptions wait and resume.
  const pub = withSafePublish(duplicateRedis(options.redis, 'request'), 'socket.io');
  const sub = duplicateRedis(options.redis, 'subscriber');
  const io: ForumServer = new Server(http, {
    maxHttpBufferSize: SOCKET_LIMITS.maxPayloadBytes,
    cors: { origin: options.allowedOrigins, credentials: true },
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      // Browsers always send Origin; non-browser clients (no Origin) authenticate by token alone.
      callback(null, !origin || options.allowedOrigins.includes(origin));
    },
    adapter: createAdapter(pub, sub, { key: socketKey(options.redisPrefix) }),
  });

  const authenticate = async (socket: ForumSocket): Promise<Error | undefined> => {
    // API clients send `auth.token`; the web client's browser sends its httpOnly session cookie
    // (only from allowed origins, checked above, so another site cannot ride on it).
    const given: unknown = socket.handshake.auth?.token;
    const token = typeof given === 'string' ? given : sessionCookie(socket.handshake.headers.cookie);
    const actor = await options.sessions.resolve(token);
    if (!actor) return new Error(HANDSHAKE_ERRORS.unauthenticated);
    const [person] = await options.db.query(`SELECT a.name FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = $1`, [actor.personId]);
    socket.data.actor = actor;
    socket.data.name = person?.name ?? '';
    return undefined;
  };
  io.use((socket, next) => {
    // A throw here would escape socket.io and end the process: every failure is a refusal.
    authenticate(socket).then(next, (error: unknown) => {
      // An outage is not a signed-out person: the client is told to try again shortly.
      if (outageOf(error)) {
        note('warn', 'handshake-outage', { err: errorSummary(error) }, 'handshake refused: a dependency is unreachable');
        return next(new Error(HANDSHAKE_ERRORS.unavailable));
      }
      log.error({ err: error }, 'handshake failed');
      next(new Error(HANDSHAKE_ERRORS.unauthenticated));
    });
  });

  // Presence is read from the rooms themselves (on every instance), at most once a second per forum.
  const pending = new Map<string, NodeJS.Timeout>();
  const presenceOf = async (forumId: string): Promise<PresencePayload> => {
    const sockets = await io.in(rooms.forum(forumId)).fetchSockets();
    const people = new Map(sockets.map((s) => [s.data.actor.personId, s.data.name]));
    return { forumId, people: [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)) };
  };
  const presenceChanged = (forumIds: string[]) => {
    for (const forumId of forumIds) {
      if (pending.has(forumId)) continue;
      pending.set(
        forumId,
        setTimeout(() => {
          pending.delete(forumId);
          presenceOf(forumId).then(
            (presence) => io.to(rooms.forum(forumId)).emit('presence', presence),
            (error: unknown) => log.warn({ err: error }, 'presence failed'),
          );
        }, PRESENCE_DEBOUNCE_MS).unref(),
      );
    }
  };
  const forumRooms = (socket: ForumSocket) => [...socket.rooms].filter((room) => FORUM_ROOM.test(room)).map((room) => room.slice('forum:'.length));
  /** After a role change this socket had not been told of: its rooms shrink to what it may read. */
  const leaveUnreadable = async (socket: ForumSocket, now: Actor) => {
    const readable = await options.access.forumsOf({ ...now });
    const lost = forumRooms(socket).filter((forumId) => !readable.has(forumId));
    for (const forumId of lost) {
      await socket.leave(rooms.forum(forumId));
      socket.emit('forum:removed', { forumId });
    }
    presenceChanged(lost);
  };

  io.on('connection', (socket) => {
    const { actor } = socket.data;
    /**
     * The actor as the database has it now, per event: a socket outlives its handshake, and a role
     * change or sign-out must reach it as it reaches the next GraphQL request. (A new object each
     * time, too: access decisions are remembered per actor object.)
     */
    const fresh = async (): Promise<Actor> => {
      const now = await options.sessions.resolveById(actor.sessionId);
      if (!now) {
        setImmediate(() => socket.disconnect(true)); // after the refusal is acknowledged
        throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      }
      if (now.role !== socket.data.actor.role) {
        socket.data.actor = now;
        await leaveUnreadable(socket, now);
      }
      return now;
    };

    void options.access.forumsOf({ ...actor }).then(
      (forums) => {
        const forumIds = [...forums.keys()].slice(0, SOCKET_LIMITS.maxForumRooms);
        void socket.join([rooms.account(actor.accountId), rooms.session(actor.sessionId), rooms.person(actor.personId), ...forumIds.map(rooms.forum)]);
        socket.emit('ready', { personId: actor.personId, partnershipId: actor.partnershipId, forumIds });
        presenceChanged(forumIds);
      },
      (error: unknown) => {
        log.error({ err: error }, 'could not join forums');
        socket.disconnect(true);
      },
    );
    socket.on('disconnecting', () => presenceChanged(forumRooms(socket)));

    socket.on('ping', (ack) => {
      if (typeof ack === 'function') ack({ ok: true, at: new Date().toISOString() });
    });

    handle(socket, 'post:create', async (request) => {
      const input = {
        threadId: text(request.threadId),
        clientId: text(request.clientId),
        body: text(request.body),
        replyToId: request.replyToId ? text(request.replyToId) : null,
        personalData: consentOf(request.personalData),
      };
      const { post } = await options.posts.create(await fresh(), input);
      return toPostPayload(post);
    });

    handle(socket, 'catch-up', async (request) => {
      const after = request.after === null || request.after === undefined ? null : text(request.after);
      const forumId = request.forumId ? text(request.forumId) : null;
      return options.posts.catchUp(await fresh(), after, forumId);
    });

    handle(socket, 'forum:join', async (request) => {
      const forumId = text(request.forumId);
      const allowed = await options.access.forumsOf(await fresh());
      if (!allowed.has(forumId)) throw new AppError('NOT_FOUND', 'Forum was not found.');
      if (!socket.rooms.has(rooms.forum(forumId)) && forumRooms(socket).length >= SOCKET_LIMITS.maxForumRooms) {
        throw new AppError('BAD_USER_INPUT', `A connection can follow up to ${SOCKET_LIMITS.maxForumRooms} forums.`);
      }
      await socket.join(rooms.forum(forumId));
      presenceChanged([forumId]);
      return { forumId };
    });

    handle(socket, 'presence', async (request) => {
      const forumId = text(request.forumId);
      await fresh();
      // Only forums this socket is in: the room is the proof of access, kept current by eviction.
      if (!socket.rooms.has(rooms.forum(forumId))) throw new AppError('NOT_FOUND', 'Forum was not found.');
      return presenceOf(forumId);
    });

    handle(socket, 'thread:read', async (request) => {
      const [threadId, postId] = [text(request.threadId), request.postId ? text(request.postId) : null];
      const unread = await options.posts.markRead(await fresh(), threadId, postId);
      return { unread };
    });
  });

  return {
    io,
    // Disconnects clients without closing the HTTP server, which Nest closes itself.
    async close() {
      pending.forEach((timer) => clearTimeout(timer));
      io.disconnectSockets(true);
      io.engine.close();
      pub.disconnect();
      sub.disconnect();
    },
  };

  /**
   * Every request event: (payload object, ack function). Anything else is answered, if it can be,
   * with BAD_USER_INPUT; no packet can throw past here.
   */
  function handle<E extends 'post:create' | 'catch-up' | 'forum:join' | 'presence' | 'thread:read'>(
    socket: ForumSocket,
    event: E,
    run: (request: Record<string, unknown>) => Promise<unknown>,
  ): void {
    const listener = (...args: unknown[]) => {
      const ack = args.find((a): a is (reply: Ack<unknown>) => void => typeof a === 'function');
      const request = args[0];
      const reply = (answer: Ack<unknown>) => {
        if (ack) ack(answer);
      };
      if (!request || typeof request !== 'object' || Array.isArray(request)) {
        reply({ ok: false, error: { code: 'BAD_USER_INPUT', message: 'Send an object as the first argument.' } });
        return;
      }
      run(request as Record<string, unknown>).then(
        (data) => reply({ ok: true, data }),
        (error: unknown) => {
          if (outageOf(error)) {
            note('warn', 'event-outage', { event, err: errorSummary(error) }, 'socket event refused: a dependency is unreachable');
            error = serviceUnavailable();
          }
          // Details name fields and kinds (PERSONAL_DATA gives kinds and spans, never values).
          if (error instanceof AppError) return reply({ ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } });
          if (error instanceof InvalidIdError) return reply({ ok: false, error: { code: 'BAD_USER_INPUT', message: error.message } });
          log.error({ err: error, event }, 'socket event failed');
          reply({ ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong. Try again.' } });
        },
      );
    };
    socket.on(event, listener as never);
  }
}

/** Socket payloads are untrusted: strings only, bounded, and without NUL (PostgreSQL refuses it). */
function text(value: unknown): string {
  if (typeof value !== 'string') throw new AppError('BAD_USER_INPUT', 'Expected text.');
  if (value.length > SOCKET_LIMITS.maxPostLength) throw new AppError('BAD_USER_INPUT', 'That is too long.');
  if (value.includes('\u0000')) throw new AppError('BAD_USER_INPUT', 'Text cannot contain NUL characters.');
  return value;
}

/** The author's answer to a PERSONAL_DATA refusal, if they sent one; the service checks the choice. */
function consentOf(value: unknown): PersonalDataConsent | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw new AppError('BAD_USER_INPUT', 'personalData must be an object: { choice, reason? }.');
  const { choice, reason } = value as Record<string, unknown>;
  return { choice: text(choice) as PersonalDataConsent['choice'], reason: reason === null || reason === undefined ? null : text(reason) };
}

/** The session token from a Cookie header, if there is one; a malformed one is no token. */
function sessionCookie(header: string | undefined): string | null {
  for (const part of header?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return null;
    }
  }
  return null;
}
