import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { DataSource, Logger as SqlLogger } from 'typeorm';
import { apiConfigSchema, loadConfig, type ApiConfig } from '@convene/config';
import { createTestDatabase, openDataSource, testRedis, type TestDatabase } from '@convene/testing';
import { createApiApp } from '../bootstrap';

export interface ApiHarness {
  url: string;
  app: INestApplication;
  db: DataSource;
  database: TestDatabase;
  config: ApiConfig;
  close(): Promise<void>;
}

/** Boots the real API on a random port against a fresh database and its own Redis prefix. */
export async function startApi(overrides: Record<string, string> = {}, extras: { sqlLogger?: SqlLogger } = {}): Promise<ApiHarness> {
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
  const app = await createApiApp(config, extras);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const db = await openDataSource(database.url);
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db,
    database,
    config,
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
