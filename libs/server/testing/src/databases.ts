import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@convene/data-source';
import { migrateWithLock } from '@convene/database';
import { TEMPLATE_DB_ENV, TEST_DATABASE_URL, TEST_REDIS_URL, withDatabase } from './env';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_DB_ENV];
  if (!template) throw new Error('The jest global setup did not run');
  // The run's pid (from the template's name) goes in the name, so another run can tell it is alive.
  const name = `convene_test_${template.replace('convene_test_tpl_', '')}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await ensureTemplate(admin, template);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(TEST_DATABASE_URL, name),
    name,
    async drop() {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await client.end();
    },
  };
}

const TEMPLATE_LOCK = 7_401_250_002;

/** The first caller of the run migrates the template; the others wait on the lock, then clone. */
async function ensureTemplate(admin: Client, template: string): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount) return;
    await admin.query(`CREATE DATABASE "${template}"`);
    const dataSource = await createDataSource({ url: withDatabase(TEST_DATABASE_URL, template), poolSize: 2 }).initialize();
    try {
      await migrateWithLock(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

export async function openDataSource(url: string): Promise<DataSource> {
  return createDataSource({ url, poolSize: 3 }).initialize();
}

/**
 * A fresh database for the calling test file: created before its tests, dropped after them.
 * Call at the top of a `describe`; the returned function gives the open DataSource.
 */
export function useTestDataSource(): () => DataSource {
  let database: TestDatabase | undefined;
  let db: DataSource | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database.url);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });
  return () => {
    if (!db) throw new Error('The test database is not open yet: use it inside a test or hook.');
    return db;
  };
}

/** A Redis key prefix of its own per test file, so queues and throttles never collide. */
export function testRedis(): { url: string; prefix: string } {
  return { url: TEST_REDIS_URL, prefix: `convene-test-${randomBytes(4).toString('hex')}` };
}
