import type { DataSource } from 'typeorm';

/** Fixed key so every process that migrates at boot queues behind the same lock. */
export const MIGRATION_LOCK_KEY = 7_401_250_001;

/**
 * Runs pending migrations while holding a session-level advisory lock, so several replicas
 * booting at once migrate exactly once and the rest wait. The lock holds one pooled connection
 * and the migrations need another, so the pool must allow at least two.
 */
export async function migrateWithLock(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
