import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DeliveryLedger } from '@convene/delivery';
import { MeetingsService } from '@convene/groups';
import { REPLY_ADDRESS_OPTIONS, ReplyAddresses } from '@convene/inbound';
import { Mailer } from '@convene/mail';
import { HANDLER_CLASSES } from './handlers';
import { JOB_HANDLERS, type JobHandler } from './job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';

/** Decides what is due and sends it: the worker's domain. */
@Module({})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(private readonly mailer: Mailer) {}

  static forRoot(options: NotificationOptions): DynamicModule {
    return {
      module: NotificationsModule,
      providers: [
        { provide: NOTIFICATION_OPTIONS, useValue: options },
        { provide: Mailer, useFactory: () => new Mailer(options.smtpUrl, options.mailFrom, options.bounceDomain) },
        {
          provide: DeliveryLedger,
          useFactory: (db: DataSource) => new DeliveryLedger(db, new URL(options.publicWebUrl).hostname || 'convene.localhost', (options.claimStaleSeconds ?? 300) * 1000),
          inject: [getDataSourceToken()],
        },
        // The tick materialises meetings from cadences; nothing else of the groups feature runs here.
        MeetingsService,
        // Reply addresses share INBOUND_DOMAIN with the bounce addresses.
        { provide: REPLY_ADDRESS_OPTIONS, useValue: { domain: options.bounceDomain ?? null } },
        ReplyAddresses,
        ...HANDLER_CLASSES,
        { provide: JOB_HANDLERS, useFactory: (...handlers: JobHandler[]) => handlers, inject: HANDLER_CLASSES },
      ],
      exports: [JOB_HANDLERS, Mailer, DeliveryLedger],
    };
  }

  onApplicationShutdown(): void {
    this.mailer.close();
  }
}
