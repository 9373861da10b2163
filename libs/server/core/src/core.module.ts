import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { Logger } from 'typeorm';
import { AccessModule } from '@convene/access';
import { Clock, SystemClock } from '@convene/clock';
import { dataSourceOptions } from '@convene/data-source';
import { JobQueue } from '@convene/jobs';
import { RealtimePublisher } from '@convene/realtime';
import { REDIS, WriteLimits, createRedis } from '@convene/redis';

export interface CoreOptions {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  poolSize?: number;
  /** Observes SQL (tests count statements per request). */
  sqlLogger?: Logger;
  /** Tests pass a clock they can move; every process otherwise reads the system clock. */
  clock?: Clock;
}

/** Closes the shared Redis client and the queues when the application closes. */
class ConnectionsCloser implements OnApplicationShutdown {
  constructor(
    private readonly redis: Redis,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close().catch(() => undefined);
    this.redis.disconnect();
  }
}

/** What every process shares: PostgreSQL, Redis, the job queues and the policy layer. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions({ url: options.databaseUrl, poolSize: options.poolSize, logger: options.sqlLogger })),
        AccessModule,
      ],
      providers: [
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: REDIS, useFactory: () => createRedis(options.redisUrl) },
        { provide: JobQueue, useFactory: (redis: Redis) => new JobQueue(redis, options.redisPrefix), inject: [REDIS] },
        { provide: RealtimePublisher, useFactory: (redis: Redis) => new RealtimePublisher(redis, options.redisPrefix), inject: [REDIS] },
        { provide: WriteLimits, useFactory: (redis: Redis) => new WriteLimits(redis, options.redisPrefix), inject: [REDIS] },
        { provide: ConnectionsCloser, useFactory: (redis: Redis, jobs: JobQueue) => new ConnectionsCloser(redis, jobs), inject: [REDIS, JobQueue] },
      ],
      exports: [Clock, REDIS, JobQueue, RealtimePublisher, WriteLimits, AccessModule],
    };
  }
}
