import { createAdapter } from '@socket.io/redis-adapter';
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type Redis from 'ioredis';
import type { Actor } from '@convene/access';
import { HANDSHAKE_ERRORS, rooms, type ClientToServerEvents, type ServerToClientEvents } from '@convene/contracts';
import type { SessionService } from '@convene/identity';
import { moduleLogger } from '@convene/logging';
import { socketKey } from '@convene/realtime';

export type ForumSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { actor: Actor }>;
export type ForumServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { actor: Actor }>;

export interface SocketServerOptions {
  allowedOrigins: string[];
  redis: Redis;
  redisPrefix: string;
  sessions: SessionService;
}

const MAX_PAYLOAD_BYTES = 64 * 1024;

/**
 * socket.io with the Redis adapter, so several forum instances share rooms. The handshake
 * authenticates with the same session token as the API and checks the Origin header.
 */
export function createSocketServer(http: HttpServer, options: SocketServerOptions): { io: ForumServer; close(): Promise<void> } {
  const log = moduleLogger('sockets');
  const pub = options.redis.duplicate();
  const sub = options.redis.duplicate();
  const io: ForumServer = new Server(http, {
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    cors: { origin: options.allowedOrigins, credentials: true },
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      // Browsers always send Origin; non-browser clients (no Origin) authenticate by token alone.
      callback(null, !origin || options.allowedOrigins.includes(origin));
    },
    adapter: createAdapter(pub, sub, { key: socketKey(options.redisPrefix) }),
  });

  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth?.token;
    options.sessions.resolve(typeof token === 'string' ? token : null).then(
      (actor) => {
        if (!actor) return next(new Error(HANDSHAKE_ERRORS.unauthenticated));
        socket.data.actor = actor;
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, 'handshake failed');
        next(new Error(HANDSHAKE_ERRORS.unauthenticated));
      },
    );
  });

  io.on('connection', (socket) => {
    const { actor } = socket.data;
    void socket.join([rooms.account(actor.accountId), rooms.session(actor.sessionId)]);
    socket.emit('ready', { personId: actor.personId, partnershipId: actor.partnershipId });
    socket.on('ping', (ack) => {
      if (typeof ack === 'function') ack({ ok: true, at: new Date().toISOString() });
    });
  });
  return {
    io,
    // Disconnects clients without closing the HTTP server, which Nest closes itself.
    async close() {
      io.disconnectSockets(true);
      io.engine.close();
      pub.disconnect();
      sub.disconnect();
    },
  };
}
