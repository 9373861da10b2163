import { Module, type DynamicModule } from '@nestjs/common';
import { AuditService } from '@convene/audit';
import { FOI_REPLIES, type FoiReplies } from '@convene/inbound';
import { FOI_OPTIONS, type FoiOptions } from '../foi.options';
import { CorrespondenceService } from './correspondence.service';

/**
 * The worker's side of FOI correspondence: where the inbound mail reader hands a reply to an FOI
 * letter (FOI_REPLIES). Global, so the reader finds it without knowing this lib. Needs the
 * papers' storage and scanner (PapersModule, global in the worker).
 */
@Module({})
export class FoiRepliesModule {
  static forRoot(options: FoiOptions): DynamicModule {
    return {
      module: FoiRepliesModule,
      global: true,
      providers: [
        { provide: FOI_OPTIONS, useValue: options },
        AuditService,
        CorrespondenceService,
        { provide: FOI_REPLIES, useFactory: (log: CorrespondenceService): FoiReplies => ({ recordCorrespondence: (input) => log.recordReply(input) }), inject: [CorrespondenceService] },
      ],
      exports: [FOI_REPLIES, CorrespondenceService],
    };
  }
}
