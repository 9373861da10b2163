import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn } from '@convene/graphql-kit';
import { CSV_MAX_CHARS } from './csv-rows';
import { CsvImportService } from './csv-import.service';

@InputType('DirectoryCsvInput', { description: 'Open Referral UK tabular files, each the text of one CSV with a header row; any may be left out.' })
export class DirectoryCsvInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(CSV_MAX_CHARS) organizations?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(CSV_MAX_CHARS) locations?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(CSV_MAX_CHARS) services?: string | null;
}

@ObjectType('DirectoryCsvRowError', { description: 'One problem in one row: the file, the line it starts on (the header is line 1), the column.' })
export class RowErrorModel {
  @Field() file!: string;
  @Field(() => Int) line!: number;
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType('DirectoryCsvImport')
export class ImportOutcomeModel {
  @Field(() => Int) organisations!: number;
  @Field(() => Int) locations!: number;
  @Field(() => Int) services!: number;
  @Field(() => [RowErrorModel]) errors!: RowErrorModel[];
  @Field({ description: 'True only when every row was written; with any error, none is.' }) imported!: boolean;
}

@ObjectType('DirectoryCsvFiles')
export class CsvFilesModel {
  @Field() organizations!: string;
  @Field() locations!: string;
  @Field() services!: string;
}

@SignedIn()
@Resolver()
export class CsvImportResolver {
  constructor(private readonly csv: CsvImportService) {}

  @Mutation(() => ImportOutcomeModel, { description: 'Coordinators and admins: checks the files and reports each row’s errors; writes nothing.' })
  previewDirectoryImport(@Args('input') input: DirectoryCsvInput, @CurrentActor() actor: Actor): Promise<ImportOutcomeModel> {
    return this.csv.preview(actor, input);
  }

  @Mutation(() => ImportOutcomeModel, { description: 'Coordinators and admins: writes every row in one transaction, or, with any error, nothing.' })
  importDirectoryCsv(@Args('input') input: DirectoryCsvInput, @CurrentActor() actor: Actor): Promise<ImportOutcomeModel> {
    return this.csv.import(actor, input);
  }

  @Query(() => CsvFilesModel, { description: 'Coordinators and admins: the directory as Open Referral UK tabular CSV files.' })
  directoryCsvExport(@CurrentActor() actor: Actor): Promise<CsvFilesModel> {
    return this.csv.export(actor);
  }
}
