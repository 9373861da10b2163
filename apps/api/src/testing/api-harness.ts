import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { DataSource, Logger as SqlLogger } from 'typeorm';
import { TestClock } from '@convene/clock';
import { apiConfigSchema, loadConfig, type ApiConfig } from '@convene/config';
import { createTestDatabase, openDataSource, testRedis, type TestDatabase } from '@convene/testing';
import { createApiApp } from '../bootstrap';

export interface ApiHarness {
  url: string;
  app: INestApplication;
  db: DataSource;
  database: TestDatabase;
  config: ApiConfig;
  /** The API's clock: `clock.set(at)` moves every time rule to `at`. */
  clock: TestClock;
  close(): Promise<void>;
}

/** Boots the real API on a random port against a fresh database and its own Redis prefix. */
export async function startApi(overrides: Record<string, string> = {}, extras: { sqlLogger?: SqlLogger; clock?: TestClock } = {}): Promise<ApiHarness> {
  const database = await createTestDatabase();
  const redis = testRedis();
  const config = loadConfig(apiConfigSchema, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: redis.prefix,
    API_PORT: '0',
    ...overrides,
  });
  const clock = extras.clock ?? new TestClock();
  const app = await createApiApp(config, { ...extras, clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const db = await openDataSource(database.url);
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db,
    database,
    config,
    clock,
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
