import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditService } from '@convene/audit';
import type { DataSource } from 'typeorm';
import { PapersController } from './papers.controller';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { AgendaItemFilesResolver, PapersResolver } from './papers.resolver';
import { PapersService } from './papers.service';
import { PAPER_STORAGE } from './storage/paper-storage';
import { PostgresPaperStorage } from './storage/postgres-paper-storage';

export const PAPERS_RESOLVERS: Type[] = [AgendaItemFilesResolver, PapersResolver];

/**
 * Papers as files on agenda items: tickets, checks, storage, downloads. Without `http` (the
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
        // Only PostgreSQL for now; the config refuses any other PAPER_STORAGE at boot.
        { provide: PAPER_STORAGE, useFactory: (db: DataSource) => new PostgresPaperStorage(db), inject: [getDataSourceToken()] },
        PapersService,
        AuditService,
        ...(http ? PAPERS_RESOLVERS : []),
      ],
      controllers: http ? [PapersController] : [],
      exports: [PapersService],
    };
  }
}
