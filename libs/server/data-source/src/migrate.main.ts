import 'reflect-metadata';
import { z } from 'zod';
import { baseSchema, exitOnConfigError, loadConfig } from '@convene/config';
import { migrateWithLock } from '@convene/database';
import { createDataSource } from './data-source';
import { assertPostgresReachable } from './reachable';

/** `npm run migrate`: applies pending migrations under the advisory lock, then exits. */
async function main(): Promise<void> {
  const config = loadConfig(z.object({ DATABASE_URL: baseSchema.shape.DATABASE_URL }));
  await assertPostgresReachable(config.DATABASE_URL);
  const dataSource = await createDataSource({ url: config.DATABASE_URL, poolSize: 2 }).initialize();
  try {
    const applied = await migrateWithLock(dataSource);
    process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database is up to date.\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  exitOnConfigError(error);
});
