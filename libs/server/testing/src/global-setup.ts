import { Client } from 'pg';
import { TEMPLATE_DB_ENV, TEST_DATABASE_URL } from './env';

/** True while a process with this pid runs (another test run on the same machine). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
      // convene_test_tpl_<pid> and convene_test_<pid>_<random>: leave runs that are still going.
      const pid = Number(/^convene_test_(?:tpl_)?(\d+)(?:_[0-9a-f]{12})?$/.exec(datname)?.[1]);
      if (pid && pid !== process.pid && alive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
  process.env[TEMPLATE_DB_ENV] = name;
}
