import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { SnakeNamingStrategy } from '@convene/database';
import { errorSummary, moduleLogger, throttledLog } from '@convene/logging';
import { ENTITIES } from './entities';
import { PreparedClient } from './prepared-client';
import { MIGRATIONS } from './migrations';

export interface DataSourceSettings {
  url: string;
  /** Observes every SQL statement; used by tests that count queries per request. */
  logger?: Logger;
  poolSize?: number;
  /** How long a request waits for a connection (a new one, or a free one from the pool). */
  connectTimeoutMs?: number;
}

/** Long enough for a busy pool, short enough that an outage answers 503 instead of hanging. */
export const CONNECT_TIMEOUT_MS = 3_000;

const note = throttledLog(moduleLogger('postgres'));

export function dataSourceOptions({ url, logger, poolSize = 10, connectTimeoutMs = CONNECT_TIMEOUT_MS }: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through migrations.
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger,
    logging: logger ? ['query'] : false,
    // Broken connections leave the pool and new ones are made on demand, so it recovers by itself.
    extra: { max: poolSize, application_name: 'convene', Client: PreparedClient, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true },
    // An idle connection that drops raises this; TypeORM's default prints it as plain text.
    poolErrorHandler: (error: unknown) => note('warn', 'pool', { err: errorSummary(error) }, 'PostgreSQL connection lost'),
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
