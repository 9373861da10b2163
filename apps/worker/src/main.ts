import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, loadConfig, workerConfigSchema } from '@convene/config';
import { assertPostgresReachable } from '@convene/data-source';
import { PinoNestLogger, configureLogging } from '@convene/logging';
import { QueueRunner } from './queue-runner';
import { WorkerModule } from './worker.module';

/** No HTTP: an application context that runs queues until SIGTERM, then drains and exits. */
async function main(): Promise<void> {
  const config = loadConfig(workerConfigSchema);
  await assertPostgresReachable(config.DATABASE_URL);
  const log = configureLogging('worker', config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new PinoNestLogger() });
  const runner = app.get(QueueRunner);
  try {
    await runner.start();
  } catch (error: unknown) {
    log.fatal({ err: error instanceof Error ? error.message : String(error) }, 'worker cannot start');
    await app.close();
    process.exit(1);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'finishing current jobs, then stopping');
    await runner.stop();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  exitOnConfigError(error);
});
