import { Client } from 'pg';
import { createRedis } from '@convene/redis';
import { baseSchema, loadConfig } from '@convene/config';

/** Container healthcheck: exits 0 when PostgreSQL and Redis both answer. */
async function main(): Promise<void> {
  const config = loadConfig(baseSchema);
  const db = new Client({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 2000 });
  const redis = createRedis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  try {
    await db.connect();
    await db.query('SELECT 1');
    await redis.ping();
  } finally {
    await db.end().catch(() => undefined);
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  () => process.exit(1),
);
