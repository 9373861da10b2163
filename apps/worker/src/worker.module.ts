import { Module, type DynamicModule } from '@nestjs/common';
import type { Clock } from '@convene/clock';
import type { WorkerConfig } from '@convene/config';
import { CoreModule } from '@convene/core';
import { FoiRepliesModule } from '@convene/foi';
import { InboundModule, type InboundOptions } from '@convene/inbound';
import { NotificationsModule } from '@convene/notifications';
import { PackPdfModule } from '@convene/pack-pdf';
import { PapersModule, paperStorageOptionsOf } from '@convene/papers';
import { QueueRunner } from './queue-runner';

@Module({})
export class WorkerModule {
  /** `clock` is for tests that move time on; production reads the system clock. */
  static forRoot(config: WorkerConfig, extras: { clock?: Clock; dnsResolver?: InboundOptions['resolver'] } = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX, clock: extras.clock }),
        // Papers are read (never uploaded) here, into the pack PDFs this worker prints.
        PapersModule.forRoot({ ...paperStorageOptionsOf(config), maxBytes: 0, publicWebUrl: config.PUBLIC_WEB_URL }, { http: false }),
        PackPdfModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL, chromiumPath: config.CHROMIUM_PATH ?? null }, { http: false }),
        NotificationsModule.forRoot({ publicWebUrl: config.PUBLIC_WEB_URL, smtpUrl: config.SMTP_URL, mailFrom: config.MAIL_FROM, bounceDomain: config.INBOUND_DOMAIN, claimStaleSeconds: config.CLAIM_STALE_SECONDS, packPdfAttachMaxBytes: config.PACK_PDF_ATTACH_MAX_BYTES, directoryCheckMonths: config.DIRECTORY_CHECK_MONTHS,
          bankLinkCheck: { perRun: config.BANK_LINK_CHECK_PER_RUN, timeoutMs: config.BANK_LINK_CHECK_TIMEOUT_MS, hostGapMs: config.BANK_LINK_CHECK_HOST_GAP_MS, allowHosts: config.BANK_LINK_CHECK_ALLOW_HOSTS ?? [] } }),
        // Email replies: the inbound SMTP service listens here when INBOUND_SMTP_PORT is set (see docs/architecture.md).
        InboundModule.forRoot(
          { port: config.INBOUND_SMTP_PORT ?? null, host: config.INBOUND_SMTP_HOST, domain: config.INBOUND_DOMAIN ?? null, maxBytes: config.INBOUND_MAX_BYTES,
            verifyAuth: config.INBOUND_VERIFY_AUTH ?? config.NODE_ENV === 'production', resolver: extras.dnsResolver },
          { redisPrefix: config.REDIS_PREFIX, postsPerMinute: config.POSTS_PER_MINUTE },
        ),
        // Replies to FOI letters land in the request's correspondence log.
        FoiRepliesModule.forRoot({ maxBytes: config.INBOUND_MAX_BYTES, publicWebUrl: config.PUBLIC_WEB_URL, storage: paperStorageOptionsOf(config) }),
      ],
      providers: [{ provide: 'WORKER_CONFIG', useValue: config }, QueueRunner],
      exports: [QueueRunner],
    };
  }
}
