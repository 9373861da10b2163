import { parse } from 'csv-parse/sync';
import { OrganisationKind } from '@convene/identity';
import { AppError } from '@convene/errors';
import { checkEmail, checkIdentifier, checkWebsite } from '../identifiers';
import { ServiceStatus, ServiceType } from '../taxonomy';

/** Each CSV may hold this many characters (the GraphQL body limit is 256 kB in all) and rows; larger files are refused whole. */
export const CSV_MAX_CHARS = 250_000;
export const CSV_MAX_ROWS = 5000;

export type CsvFile = 'organizations' | 'locations' | 'services';

export interface RowError {
  file: CsvFile;
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  field: string;
  message: string;
}

export interface OrganisationRow { line: number; ref: string; name: string; otherNames: string[]; description: string; website: string | null; email: string | null; charityNumber: string | null; kind: string }
export interface LocationRow { line: number; ref: string; organisationRef: string; name: string; address1: string; city: string; postcode: string | null }
export interface ServiceRow { line: number; ref: string; organisationRef: string; locationRef: string | null; name: string; description: string; url: string | null; email: string | null; status: string; serviceType: string; languages: string[] }

/** Open Referral UK's tabular column names (HSDS), with the directory's few additions. */
export const COLUMNS: Record<CsvFile, string[]> = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'url', 'email', 'charity_number', 'kind'],
  locations: ['id', 'organization_id', 'name', 'address_1', 'city', 'postal_code'],
  services: ['id', 'organization_id', 'location_id', 'name', 'description', 'url', 'email', 'status', 'service_type', 'languages'],
};
const REQUIRED: Record<CsvFile, string[]> = { organizations: ['id', 'name'], locations: ['id', 'organization_id', 'name'], services: ['id', 'organization_id', 'name', 'service_type'] };

/** Parses one file into records with their line numbers, or a file-level error (line 1). */
export function readCsv(file: CsvFile, text: string | null | undefined, errors: RowError[]): { line: number; cells: Record<string, string> }[] {
  if (!text || !text.trim()) return [];
  if (text.length > CSV_MAX_CHARS) {
    errors.push({ file, line: 1, field: file, message: `The file is longer than ${CSV_MAX_CHARS} characters.` });
    return [];
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    errors.push({ file, line, field: file, message: `The file is not valid CSV at line ${line}: ${(error as Error).message.split('\n')[0]}` });
    return [];
  }
  if (records.length > CSV_MAX_ROWS) {
    errors.push({ file, line: 1, field: file, message: `The file has more than ${CSV_MAX_ROWS} rows.` });
    return [];
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = REQUIRED[file].filter((c) => !header.includes(c));
  if (records.length && missing.length) {
    errors.push({ file, line: 1, field: missing[0], message: `The header needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.` });
    return [];
  }
  // `info.lines` is the line a record ends on; a quoted field may run over several lines.
  return records.map(({ record, info }) => ({ line: info.lines - (Object.values(record).join('').match(/\n/g)?.length ?? 0), cells: record }));
}

/** Runs a check from identifiers.ts and turns its BAD_USER_INPUT into a row error. */
function checked<T>(errors: RowError[], file: CsvFile, line: number, field: string, check: () => T): T | null {
  try {
    return check();
  } catch (error) {
    if (error instanceof AppError) {
      errors.push({ file, line, field, message: error.message });
      return null;
    }
    throw error;
  }
}

function text(errors: RowError[], file: CsvFile, line: number, field: string, value: string | undefined, { required = false, max = 200 } = {}): string {
  const v = (value ?? '').trim();
  if (required && !v) errors.push({ file, line, field, message: `Give the ${field.replace(/_/g, ' ')}.` });
  else if (v.length > max) errors.push({ file, line, field, message: `The ${field.replace(/_/g, ' ')} must be ${max} characters or fewer.` });
  else if (/[\u0000-\u0008\u000b-\u001f]/.test(v)) errors.push({ file, line, field, message: `The ${field.replace(/_/g, ' ')} holds control characters.` });
  return v;
}

const upper = (v: string | undefined) => (v ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_');
const list = (v: string | undefined) => [...new Set((v ?? '').split(/[;|]/).map((x) => x.trim()).filter(Boolean))];

export function organisationRows(records: { line: number; cells: Record<string, string> }[], errors: RowError[]): OrganisationRow[] {
  const f: CsvFile = 'organizations';
  return records.map(({ line, cells }) => {
    const kind = upper(cells.kind) || OrganisationKind.OTHER;
    if (!Object.values(OrganisationKind).includes(kind as OrganisationKind)) errors.push({ file: f, line, field: 'kind', message: `The kind must be one of ${Object.values(OrganisationKind).join(', ')}.` });
    return {
      line,
      ref: text(errors, f, line, 'id', cells.id, { required: true, max: 100 }),
      name: text(errors, f, line, 'name', cells.name, { required: true }),
      otherNames: list(cells.alternate_name).slice(0, 30),
      description: text(errors, f, line, 'description', cells.description, { max: 4000 }),
      website: checked(errors, f, line, 'url', () => checkWebsite('url', cells.url)),
      email: checked(errors, f, line, 'email', () => checkEmail('email', cells.email)),
      charityNumber: checked(errors, f, line, 'charity_number', () => checkIdentifier('charityNumber', cells.charity_number)),
      kind,
    };
  });
}

export function locationRows(records: { line: number; cells: Record<string, string> }[], errors: RowError[]): LocationRow[] {
  const f: CsvFile = 'locations';
  return records.map(({ line, cells }) => ({
    line,
    ref: text(errors, f, line, 'id', cells.id, { required: true, max: 100 }),
    organisationRef: text(errors, f, line, 'organization_id', cells.organization_id, { required: true, max: 100 }),
    name: text(errors, f, line, 'name', cells.name, { required: true }),
    address1: text(errors, f, line, 'address_1', cells.address_1),
    city: text(errors, f, line, 'city', cells.city, { max: 100 }),
    postcode: checked(errors, f, line, 'postal_code', () => checkIdentifier('postcode', cells.postal_code)),
  }));
}

export function serviceRows(records: { line: number; cells: Record<string, string> }[], errors: RowError[]): ServiceRow[] {
  const f: CsvFile = 'services';
  return records.map(({ line, cells }) => {
    const serviceType = upper(cells.service_type);
    if (cells.service_type?.trim() && !Object.values(ServiceType).includes(serviceType as ServiceType)) errors.push({ file: f, line, field: 'service_type', message: `The service type must be one of ${Object.values(ServiceType).join(', ')}.` });
    const status = upper(cells.status) || ServiceStatus.ACTIVE;
    if (!Object.values(ServiceStatus).includes(status as ServiceStatus)) errors.push({ file: f, line, field: 'status', message: `The status must be one of ${Object.values(ServiceStatus).join(', ')}.` });
    return {
      line,
      ref: text(errors, f, line, 'id', cells.id, { required: true, max: 100 }),
      organisationRef: text(errors, f, line, 'organization_id', cells.organization_id, { required: true, max: 100 }),
      locationRef: (cells.location_id ?? '').trim() || null,
      name: text(errors, f, line, 'name', cells.name, { required: true }),
      description: text(errors, f, line, 'description', cells.description, { max: 4000 }),
      url: checked(errors, f, line, 'url', () => checkWebsite('url', cells.url)),
      email: checked(errors, f, line, 'email', () => checkEmail('email', cells.email)),
      status,
      serviceType,
      languages: list(cells.languages).slice(0, 30),
    };
  });
}
