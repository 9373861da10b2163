import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { CheckController } from './checks/check.controller';
import { CheckFieldsResolver } from './checks/check-fields.resolver';
import { CheckService } from './checks/check.service';
import { CsvImportResolver } from './import/csv-import.resolver';
import { CsvImportService } from './import/csv-import.service';
import { MergeResolver } from './merges/merge.resolver';
import { MergeService } from './merges/merge.service';
import { SeatQuorumResolver } from './quorum/seat-quorum.resolver';
import { SubjectAccessResolver } from './subject-access/subject-access.resolver';
import { SubjectAccessService } from './subject-access/subject-access.service';
import { UPKEEP_OPTIONS, type UpkeepOptions } from './upkeep.options';

export const UPKEEP_RESOLVERS: Type[] = [CheckFieldsResolver, MergeResolver, CsvImportResolver, SubjectAccessResolver, SeatQuorumResolver];
export const UPKEEP_PROVIDERS: Type[] = [CheckService, MergeService, CsvImportService, SubjectAccessService, ...UPKEEP_RESOLVERS];

/**
 * Keeping the directory true, beside DirectoryModule: the yearly check's page and staleness,
 * merges of duplicates (and their undo), CSV import and export, subject access and erasure.
 */
@Module({})
export class DirectoryUpkeepModule {
  static forRoot(options: UpkeepOptions): DynamicModule {
    return {
      module: DirectoryUpkeepModule,
      providers: [{ provide: UPKEEP_OPTIONS, useValue: options }, ...UPKEEP_PROVIDERS],
      controllers: [CheckController],
    };
  }
}
