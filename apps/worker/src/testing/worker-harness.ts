import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Clock } from '@convene/clock';
import { loadConfig, workerConfigSchema } from '@convene/config';
import type { InboundOptions } from '@convene/inbound';
import { QueueRunner } from '../queue-runner';
import { WorkerModule } from '../worker.module';

export interface WorkerHarness {
  app: INestApplicationContext;
  runner: QueueRunner;
  close(): Promise<void>;
}

/**
 * A real worker process-in-a-context on the given database, Redis prefix and SMTP server.
 * `dnsResolver` answers the inbound service's SPF, DKIM and DMARC lookups (with INBOUND_VERIFY_AUTH).
 */
export async function startWorker(
  env: { DATABASE_URL: string; REDIS_URL: string; REDIS_PREFIX: string; SMTP_URL: string } & Record<string, string>,
  { tick = false, clock, dnsResolver }: { tick?: boolean; clock?: Clock; dnsResolver?: InboundOptions['resolver'] } = {},
): Promise<WorkerHarness> {
  const config = loadConfig(workerConfigSchema, { NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_WEB_URL: 'http://localhost:4200', ...env });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { clock, dnsResolver }), { logger: false });
  const runner = app.get(QueueRunner);
  await runner.start({ tick });
  return {
    app,
    runner,
    async close() {
      await runner.stop();
      await app.close();
    },
  };
}
