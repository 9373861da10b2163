import 'reflect-metadata';
import { exitOnConfigError, forumConfigSchema, loadConfig } from '@convene/config';
import { assertPostgresReachable } from '@convene/data-source';
import { logger } from '@convene/logging';
import { createForumApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(forumConfigSchema);
  await assertPostgresReachable(config.DATABASE_URL);
  const { app } = await createForumApp(config);
  await app.listen(config.FORUM_PORT);
  logger.info({ port: config.FORUM_PORT }, `Forum service listening on http://localhost:${config.FORUM_PORT}`);
}

main().catch((error: unknown) => {
  exitOnConfigError(error);
});
