import { Module, type DynamicModule } from '@nestjs/common';
import type { ForumConfig } from '@convene/config';
import { CoreModule, HealthController } from '@convene/core';
import { ForumsModule } from '@convene/forums';
import { IdentityModule } from '@convene/identity';
import { SocketLifecycle } from './socket-lifecycle';

/** The forum host: `/health` over HTTP and the socket.io server (see socket-server.ts). */
@Module({})
export class ForumModule {
  static forRoot(config: ForumConfig): DynamicModule {
    return {
      module: ForumModule,
      imports: [
        CoreModule.forRoot({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX }),
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
