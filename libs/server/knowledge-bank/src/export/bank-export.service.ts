import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { BankReader } from '@convene/access';
import { BANK_OPTIONS, type BankOptions } from '../bank.options';
import type { ResourceSearchInput } from '../resources/resource.models';
import { pageUrlOf, RESOURCE_COLUMNS, RESOURCE_FROM, type ResourceRow } from '../resources/resources.service';
import { checkQuery } from '../search/bank-search.service';
import { searchStatement } from '../search/search.sql';
import { toBibtex, toCsv, toRis, type ExportedResource } from './formats';

/** The most resources one export holds; the finder says so when a search has more. */
export const EXPORT_MAX = 2000;

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', write: toCsv },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  bib: { contentType: 'application/x-bibtex; charset=utf-8', write: toBibtex },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * The current search as a file. It runs the finder's own statement (search.sql.ts) with the
 * reader's visibility, only with a larger page, so an export never holds what the list would not.
 */
@Injectable()
export class BankExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(BANK_OPTIONS) private readonly options: BankOptions,
  ) {}

  async export(reader: BankReader, input: ResourceSearchInput, format: ExportFormat): Promise<{ body: string; contentType: string; count: number }> {
    const q = { ...checkQuery({ ...input, page: 1, pageSize: 1 }), page: 1, pageSize: EXPORT_MAX };
    const { sql, params } = searchStatement(reader, q);
    const [{ ids }]: { ids: string[] }[] = await this.db.query(sql, params);
    const rows: ResourceRow[] = ids.length ? await this.db.query(`SELECT ${RESOURCE_COLUMNS} FROM ${RESOURCE_FROM} WHERE r.id = ANY($1::uuid[])`, [ids]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const origin = new URL(this.options.publicWebUrl).origin;
    const resources: ExportedResource[] = ids.filter((id) => byId.has(id)).map((id) => ({ ...byId.get(id)!, pageUrl: `${origin}${pageUrlOf(byId.get(id)!)}` }));
    const { contentType, write } = EXPORT_FORMATS[format];
    return { body: write(resources), contentType, count: resources.length };
  }
}
