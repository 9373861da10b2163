import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger as SqlLogger } from 'typeorm';
import type { Clock } from '@convene/clock';
import type { ApiConfig } from '@convene/config';
import { CoreModule, HealthController } from '@convene/core';
import { DirectoryModule, DirectoryUpkeepModule } from '@convene/directory';
import { FoiAnswersModule, FoiModule } from '@convene/foi';
import { AccessGuard, GraphQLPassThroughFilter } from '@convene/graphql-kit';
import { ForumsModule } from '@convene/forums';
import { GroupsModule } from '@convene/groups';
import { BouncesModule, InboundModule } from '@convene/inbound';
import { IdentityModule, SessionService } from '@convene/identity';
import { PackPdfModule } from '@convene/pack-pdf';
import { paperOptionsOf, paperStorageOptionsOf, PapersModule } from '@convene/papers';
import { KnowledgeBankModule } from '@convene/knowledge-bank';
import { PreferencesModule } from '@convene/preferences';
import { TasksModule } from '@convene/tasks';
import { graphqlOptions } from './graphql-options';

/** What tests hand the API in-process: an SQL observer, a clock they move. Never set in production. */
export interface ApiExtras {
  sqlLogger?: SqlLogger;
  clock?: Clock;
}

/** The API host: GraphQL over HTTP, `/health`, and nothing else of its own. */
@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig, extras: ApiExtras = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX, sqlLogger: extras.sqlLogger, clock: extras.clock }),
        IdentityModule.forRoot({
          publicWebUrl: config.PUBLIC_WEB_URL,
          redisPrefix: config.REDIS_PREFIX,
          sessionTtlHours: config.SESSION_TTL_HOURS,
          invitationTtlDays: config.INVITATION_TTL_DAYS,
          passwordResetTtlMinutes: config.PASSWORD_RESET_TTL_MINUTES,
          throttlePerAccount: config.THROTTLE_PER_ACCOUNT,
          throttlePerIp: config.THROTTLE_PER_IP,
          throttleAccountCeiling: config.THROTTLE_ACCOUNT_CEILING,
        }),
        GroupsModule.forRoot(),
        ForumsModule.forRoot({ redisPrefix: config.REDIS_PREFIX, postsPerMinute: config.POSTS_PER_MINUTE }),
        PreferencesModule.forRoot(),
        PapersModule.forRoot(paperOptionsOf(config)),
        // Routes and fields only: the worker prints the PDFs.
        PackPdfModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL }),
        KnowledgeBankModule.forRoot({ maxBytes: config.PAPER_MAX_BYTES, publicWebUrl: config.PUBLIC_WEB_URL, storage: paperStorageOptionsOf(config) }),
        TasksModule.forRoot(),
        DirectoryModule.forRoot({ redisPrefix: config.REDIS_PREFIX }),
        DirectoryUpkeepModule.forRoot({ checkMonths: config.DIRECTORY_CHECK_MONTHS }),
        // A person's email health on their page; bounces themselves arrive at the worker.
        BouncesModule.forRoot({ graphql: true }),
        // Email replies' comments for coordinators and a person's own replies; replies themselves arrive at the worker.
        InboundModule.forApi(),
        FoiModule.forRoot({ maxBytes: config.PAPER_MAX_BYTES, publicWebUrl: config.PUBLIC_WEB_URL, storage: paperStorageOptionsOf(config) }),
        FoiAnswersModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [SessionService],
          useFactory: (sessions: SessionService) => graphqlOptions(config, sessions),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphQLPassThroughFilter },
      ],
    };
  }
}
