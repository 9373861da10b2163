import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PapersController } from './papers.controller';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { AgendaItemFilesResolver, PapersResolver } from './papers.resolver';
import { PapersService } from './papers.service';
import { PAPER_STORAGE } from './storage/paper-storage';
import { PostgresPaperStorage } from './storage/postgres-paper-storage';

export const PAPERS_RESOLVERS: Type[] = [AgendaItemFilesResolver, PapersResolver];

/** Papers as files on agenda items: tickets, checks, storage, downloads. */
@Module({})
export class PapersModule {
  static forRoot(options: PaperOptions): DynamicModule {
    return {
      module: PapersModule,
      providers: [
        { provide: PAPER_OPTIONS, useValue: options },
        // Only PostgreSQL for now; the config refuses any other PAPER_STORAGE at boot.
        { provide: PAPER_STORAGE, useFactory: (db: DataSource) => new PostgresPaperStorage(db), inject: [getDataSourceToken()] },
        PapersService,
        ...PAPERS_RESOLVERS,
      ],
      controllers: [PapersController],
      exports: [PapersService],
    };
  }
}
