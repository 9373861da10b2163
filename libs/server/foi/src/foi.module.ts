import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createPaperStorage, PAPER_STORAGE } from '@convene/papers';
import { FoiAddressResolver } from './addresses/foi-address.resolver';
import { FoiAddressService } from './addresses/foi-address.service';
import { HolidayCalendarService } from './calendar/holiday-calendar.service';
import { HolidaysResolver } from './calendar/holidays.resolver';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { CampaignService } from './campaigns/campaign.service';
import { CorrespondenceResolver } from './correspondence/correspondence.resolver';
import { CorrespondenceService } from './correspondence/correspondence.service';
import { FoiFilesController } from './correspondence/foi-files.controller';
import { FOI_OPTIONS, type FoiOptions } from './foi.options';
import { RecipientListResolver, RecipientListVersionResolver } from './recipients/recipient-list.resolver';
import { RecipientListService } from './recipients/recipient-list.service';
import { RequestResolver } from './requests/request.resolver';
import { RequestService } from './requests/request.service';
import { SendService } from './sending/send.service';

export const FOI_RESOLVERS: Type[] = [CampaignResolver, RequestResolver, CorrespondenceResolver, RecipientListResolver, RecipientListVersionResolver, HolidaysResolver, FoiAddressResolver];

export const FOI_SERVICES: Type[] = [CampaignService, RequestService, CorrespondenceService, RecipientListService, HolidayCalendarService, SendService, FoiAddressService];

/**
 * FOI campaigns: drafting, recipient lists, sending, each request's clock and status steps, the
 * correspondence log and its attachments, the bank-holiday years. The answers, matrix, exports
 * and publishing are FoiAnswersModule's. The worker's letters and reminders live with the other
 * handlers (libs/server/notifications) and use this lib's plain functions.
 */
@Module({})
export class FoiModule {
  static forRoot(options: FoiOptions): DynamicModule {
    return {
      module: FoiModule,
      providers: [
        { provide: FOI_OPTIONS, useValue: options },
        // The papers' storage: the same stored_file index and store, so the same bytes are kept once.
        { provide: PAPER_STORAGE, useFactory: (db: DataSource) => createPaperStorage(db, options.storage ?? { storage: 'postgres' }), inject: [getDataSourceToken()] },
        ...FOI_SERVICES,
        ...FOI_RESOLVERS,
      ],
      controllers: [FoiFilesController],
      exports: FOI_SERVICES,
    };
  }
}
