import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createPaperStorage, PAPER_STORAGE } from '@convene/papers';
import { BANK_OPTIONS, type BankOptions } from './bank.options';
import { AgendaItemBankPapersResolver, ResourceCitationsResolver } from './citations/citations.resolver';
import { CitationsService } from './citations/citations.service';
import { ResourceExtrasService } from './citations/resource-extras.service';
import { BankExportController } from './export/bank-export.controller';
import { BankExportService } from './export/bank-export.service';
import { BankFilesService } from './files/bank-files.service';
import { ResourceImportResolver } from './import/resource-import.resolver';
import { ResourceImportService } from './import/resource-import.service';
import { BankController } from './pages/bank.controller';
import { ResourcesResolver } from './resources/resources.resolver';
import { ResourcesService } from './resources/resources.service';
import { SavedSearchesResolver } from './saved-searches/saved-searches.resolver';
import { SavedSearchesService } from './saved-searches/saved-searches.service';
import { BankSearchService } from './search/bank-search.service';

export const KNOWLEDGE_BANK_RESOLVERS: Type[] = [ResourcesResolver, ResourceImportResolver, SavedSearchesResolver, ResourceCitationsResolver, AgendaItemBankPapersResolver];

/** The knowledge bank: resources, their search and facets, files, and the public finder pages. */
@Module({})
export class KnowledgeBankModule {
  static forRoot(options: BankOptions): DynamicModule {
    return {
      module: KnowledgeBankModule,
      providers: [
        { provide: BANK_OPTIONS, useValue: options },
        // The papers' storage: the same stored_file index and store, so the same bytes are kept once.
        { provide: PAPER_STORAGE, useFactory: (db: DataSource) => createPaperStorage(db, options.storage ?? { storage: 'postgres' }), inject: [getDataSourceToken()] },
        ResourcesService,
        BankSearchService,
        BankFilesService,
        ResourceImportService,
        BankExportService,
        SavedSearchesService,
        CitationsService,
        ResourceExtrasService,
        ...KNOWLEDGE_BANK_RESOLVERS,
      ],
      controllers: [BankExportController, BankController],
      exports: [ResourcesService, BankSearchService, CitationsService],
    };
  }
}
