import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { AccessModule } from '@convene/access';
import { dataSourceOptions } from '@convene/data-source';
import { JobQueue } from '@convene/jobs';
import { REDIS, createRedis } from '@convene/redis';
import type { Logger } from 'typeorm';

export interface CoreOptions {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  poolSize?: number;
  /** Observes SQL (tests count statements per request). */
  sqlLogger?: Logger;
}

/** What every process shares: PostgreSQL, Redis, the job queues and the policy layer. */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly jobs: JobQueue,
  ) {}

  static forRoot(options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions({ url: options.databaseUrl, poolSize: options.poolSize, logger: options.sqlLogger })),
        AccessModule,
      ],
      providers: [
        { provide: REDIS, useFactory: () => createRedis(options.redisUrl) },
        { provide: JobQueue, useFactory: (redis: Redis) => new JobQueue(redis, options.redisPrefix), inject: [REDIS] },
      ],
      exports: [REDIS, JobQueue, AccessModule],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.jobs.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
