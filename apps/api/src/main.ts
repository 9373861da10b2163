import 'reflect-metadata';
import { apiConfigSchema, exitOnConfigError, loadConfig } from '@convene/config';
import { assertPostgresReachable } from '@convene/data-source';
import { logger } from '@convene/logging';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(apiConfigSchema);
  await assertPostgresReachable(config.DATABASE_URL);
  const app = await createApiApp(config);
  await app.listen(config.API_PORT);
  logger.info({ port: config.API_PORT }, `API listening on http://localhost:${config.API_PORT}/graphql`);
}

main().catch((error: unknown) => {
  exitOnConfigError(error);
});
