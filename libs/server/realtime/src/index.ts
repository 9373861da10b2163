import { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';
import { safePublish } from '@convene/redis';
import { rooms, type ForumPostPayload, type ForumThreadPayload, type ServerToClientEvents, type ThreadReadPayload, type PostDecidedPayload, type PostHeldPayload } from '@convene/contracts';

/** The Redis key the forum service's socket.io adapter uses; the emitter must match it. */
export const socketKey = (redisPrefix: string) => `${redisPrefix}:socket.io`;

/**
 * How processes other than the forum service speak to sockets: through Redis, to every forum
 * instance at once. Only the forum service holds sockets. Announcements are best effort; the
 * database is the record, and clients catch up from it.
 */
export class RealtimePublisher {
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(redis: Redis, redisPrefix: string) {
    // The emitter only publishes; while Redis is away an announcement is dropped and logged.
    const publisher = { publish: safePublish(redis, 'realtime') } as unknown as Redis;
    this.emitter = new Emitter<ServerToClientEvents>(publisher, { key: socketKey(redisPrefix) });
  }

  /** Tells the sessions' sockets why, then closes them on every instance. */
  endSessions(sessionIds: string[], reason: string): void {
    if (!sessionIds.length) return;
    const targets = sessionIds.map((id) => rooms.session(id));
    this.emitter.to(targets).emit('session:ended', { reason });
    this.emitter.in(targets).disconnectSockets(true);
  }

  postCreated(post: ForumPostPayload): void {
    this.emitter.to(rooms.forum(post.forumId)).emit('post:created', post);
  }

  postUpdated(post: ForumPostPayload): void {
    this.emitter.to(rooms.forum(post.forumId)).emit('post:updated', post);
  }

  threadUpdated(thread: ForumThreadPayload): void {
    this.emitter.to(rooms.forum(thread.forumId)).emit('thread:updated', thread);
  }

  /** The person's own sockets, on every device, hear where they have read a thread to. */
  threadRead(personId: string, state: ThreadReadPayload): void {
    this.emitter.to(rooms.person(personId)).emit('thread:read-state', state);
  }

  /** A held post reaches only these people (the forum's moderators and its author), never the forum's room. */
  postHeld(personIds: string[], held: PostHeldPayload): void {
    if (personIds.length) this.emitter.to(personIds.map((id) => rooms.person(id))).emit('post:held', held);
  }

  postDecided(personIds: string[], decided: PostDecidedPayload): void {
    if (personIds.length) this.emitter.to(personIds.map((id) => rooms.person(id))).emit('post:decided', decided);
  }

  /** The person's sockets join the forum's room on every instance. */
  addedToForum(personIds: string[], forumId: string): void {
    if (!personIds.length) return;
    const targets = personIds.map((id) => rooms.person(id));
    this.emitter.in(targets).socketsJoin(rooms.forum(forumId));
    this.emitter.to(targets).emit('forum:added', { forumId });
  }

  /** Eviction: the person's sockets leave the forum's room on every instance, at once. */
  removedFromForum(personIds: string[], forumId: string): void {
    if (!personIds.length) return;
    const targets = personIds.map((id) => rooms.person(id));
    this.emitter.in(targets).socketsLeave(rooms.forum(forumId));
    this.emitter.to(targets).emit('forum:removed', { forumId });
  }
}
