import { Client } from 'pg';
import { TEMPLATE_DB_ENV, TEST_DATABASE_URL } from './env';

/**
 * Names this run's template database and clears leftovers of killed runs. The first test file
 * to need a database migrates the template (see databases.ts); the rest clone it.
 */
export default async function globalSetup(): Promise<void> {
  const name = `convene_test_tpl_${process.pid}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    const stale = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'convene_test_%'`);
    for (const { datname } of stale.rows) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
  process.env[TEMPLATE_DB_ENV] = name;
  // The browser tests load the web client as users get it: built once for the whole run.
  await (require('../../../../apps/web/build.js') as { build(): Promise<void> }).build();
}
