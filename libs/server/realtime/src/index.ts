import { Emitter } from '@socket.io/redis-emitter';
import type Redis from 'ioredis';
import { rooms, type ServerToClientEvents } from '@convene/contracts';

/** The Redis key the forum service's socket.io adapter uses; the emitter must match it. */
export const socketKey = (redisPrefix: string) => `${redisPrefix}:socket.io`;

/**
 * How processes other than the forum service speak to sockets: through Redis, to every forum
 * instance at once. Only the forum service holds sockets.
 */
export class RealtimePublisher {
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(redis: Redis, redisPrefix: string) {
    this.emitter = new Emitter<ServerToClientEvents>(redis, { key: socketKey(redisPrefix) });
  }

  /** Tells the sessions' sockets why, then closes them on every instance. */
  endSessions(sessionIds: string[], reason: string): void {
    if (!sessionIds.length) return;
    const targets = sessionIds.map((id) => rooms.session(id));
    this.emitter.to(targets).emit('session:ended', { reason });
    this.emitter.in(targets).disconnectSockets(true);
  }
}
