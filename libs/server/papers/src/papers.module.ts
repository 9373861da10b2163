import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditService } from '@convene/audit';
import type { DataSource } from 'typeorm';
import { PapersController } from './papers.controller';
import { PapersHousekeeping } from './papers-housekeeping';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { AgendaItemFilesResolver, MinutesFilesResolver, PapersResolver, PaperVersionsResolver } from './papers.resolver';
import { PapersService } from './papers.service';
import { PaperScanner } from './scan/paper-scanner';
import { createPaperStorage } from './storage/create-paper-storage';
import { PAPER_STORAGE } from './storage/paper-storage';
import { UploadAllowance } from './upload/upload-allowance';

export const PAPERS_RESOLVERS: Type[] = [AgendaItemFilesResolver, MinutesFilesResolver, PapersResolver, PaperVersionsResolver];

/**
 * Papers as files on agenda items and minutes: tickets, checks, scans, storage, downloads. Without `http` (the
 * worker, which reads papers into packs) it has no resolvers and no routes: the service and the
 * storage only.
 */
@Module({})
export class PapersModule {
  static forRoot(options: PaperOptions, { http = true }: { http?: boolean } = {}): DynamicModule {
    return {
      module: PapersModule,
      global: true,
      providers: [
        { provide: PAPER_OPTIONS, useValue: options },
        { provide: PAPER_STORAGE, useFactory: (db: DataSource) => createPaperStorage(db, options), inject: [getDataSourceToken()] },
        PaperScanner,
        PapersService,
        UploadAllowance,
        AuditService,
        // Rescans and sweeps run where uploads arrive: the API.
        ...(http ? [PapersHousekeeping, ...PAPERS_RESOLVERS] : []),
      ],
      controllers: http ? [PapersController] : [],
      exports: [PapersService, PAPER_STORAGE, PaperScanner, UploadAllowance],
    };
  }
}
