import 'reflect-metadata';
import { apiConfigSchema, exitOnConfigError, loadConfig } from '@convene/config';
import { configureLogging } from '@convene/logging';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig(apiConfigSchema);
  const log = configureLogging('api', config.LOG_LEVEL);
  const app = await createApiApp(config);
  await app.listen(config.API_PORT);
  log.info({ port: config.API_PORT }, `API listening on http://localhost:${config.API_PORT}/graphql`);
}

main().catch((error: unknown) => {
  exitOnConfigError(error);
});
