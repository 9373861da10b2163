import { Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@convene/clock';
import type { ForumConfig } from '@convene/config';
import { CoreModule, HealthController } from '@convene/core';
import { ForumsModule } from '@convene/forums';
import { IdentityModule } from '@convene/identity';
import { SocketLifecycle } from './socket-lifecycle';

/** The forum host: `/health` over HTTP and the socket.io server (see socket-server.ts). */
@Module({})
export class ForumModule {
  /** `clock`: tests share the API's, so a thread's closing time is the same on both doors. */
  static forRoot(config: ForumConfig, clock?: Clock): DynamicModule {
    return {
      module: ForumModule,
      imports: [
        CoreModule.forRoot({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX, clock }),
        // Sessions only: the forum service authenticates sockets with the API's tokens.
        IdentityModule.forRoot(
          {
            publicWebUrl: config.PUBLIC_WEB_URL,
            redisPrefix: config.REDIS_PREFIX,
            sessionTtlHours: 24 * 14,
            invitationTtlDays: 14,
            passwordResetTtlMinutes: 60,
            throttlePerAccount: 10,
            throttlePerIp: 50,
            throttleAccountCeiling: 100,
          },
          { graphql: false },
        ),
        ForumsModule.forRoot({ redisPrefix: config.REDIS_PREFIX, postsPerMinute: config.POSTS_PER_MINUTE }, { graphql: false }),
      ],
      controllers: [HealthController],
      providers: [SocketLifecycle],
    };
  }
}
