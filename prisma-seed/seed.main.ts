import 'reflect-metadata';
import { z } from 'zod';
import { baseSchema, exitOnConfigError, loadConfig } from '@convene/config';
import { createDataSource } from '@convene/data-source';
import { seedDemo } from './seed';

/** `npm run seed`: loads the demo partnership (safe to run any number of times). */
async function main(): Promise<void> {
  const config = loadConfig(z.object({ DATABASE_URL: baseSchema.shape.DATABASE_URL }));
  const db = await createDataSource({ url: config.DATABASE_URL, poolSize: 2 }).initialize();
  try {
    const { created } = await seedDemo(db);
    process.stdout.write(created ? `Demo partnership loaded (${created} new rows).\n` : 'Demo partnership already loaded.\n');
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  exitOnConfigError(error);
});
