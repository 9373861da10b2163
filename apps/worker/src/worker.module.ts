import { Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@convene/clock';
import type { WorkerConfig } from '@convene/config';
import { CoreModule } from '@convene/core';
import { NotificationsModule } from '@convene/notifications';
import { PackPdfModule } from '@convene/pack-pdf';
import { PapersModule, paperStorageOptionsOf } from '@convene/papers';
import { QueueRunner } from './queue-runner';

@Module({})
export class WorkerModule {
  /** `clock` is for tests that move time on; production reads the system clock. */
  static forRoot(config: WorkerConfig, extras: { clock?: Clock } = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX, clock: extras.clock }),
        // Papers are read (never uploaded) here, into the pack PDFs this worker prints.
        PapersModule.forRoot({ ...paperStorageOptionsOf(config), maxBytes: 0, publicWebUrl: config.PUBLIC_WEB_URL }, { http: false }),
        PackPdfModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL, chromiumPath: config.CHROMIUM_PATH ?? null }, { http: false }),
        NotificationsModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL, smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM, claimStaleSeconds: config.CLAIM_STALE_SECONDS, packPdfAttachMaxBytes: config.PACK_PDF_ATTACH_MAX_BYTES, directoryCheckMonths: config.DIRECTORY_CHECK_MONTHS,
          bankLinkCheck: { perRun: config.BANK_LINK_CHECK_PER_RUN, timeoutMs: config.BANK_LINK_CHECK_TIMEOUT_MS, hostGapMs: config.BANK_LINK_CHECK_HOST_GAP_MS, allowHosts: config.BANK_LINK_CHECK_ALLOW_HOSTS ?? [] } }),
      ],
      providers: [{ provide: 'WORKER_CONFIG', useValue: config }, QueueRunner],
      exports: [QueueRunner],
    };
  }
}
