import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { SnakeNamingStrategy } from '@convene/database';
import { ENTITIES } from './entities';
import { PreparedClient } from './prepared-client';
import { MIGRATIONS } from './migrations';

export interface DataSourceSettings {
  url: string;
  /** Observes every SQL statement; used by tests that count queries per request. */
  logger?: Logger;
  poolSize?: number;
}

export function dataSourceOptions({ url, logger, poolSize = 10 }: DataSourceSettings): DataSourceOptions {
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
    extra: { max: poolSize, application_name: 'convene', Client: PreparedClient },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
