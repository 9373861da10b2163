import { parse } from 'csv-parse/sync';
import { AppError } from '@convene/errors';
import { ResourceType, ResourceVisibility, TYPE_LABELS } from '../bank.enums';
import { checkResource, type CheckedResource } from '../resources/resource-input';

/** The columns an import reads; any order, matched by name, case and spaces ignored. */
export const IMPORT_COLUMNS = ['title', 'organisations', 'year', 'type', 'summary', 'link', 'themes'] as const;
/** Title and type are needed to make a resource; the rest may be blank. */
const REQUIRED_COLUMNS = ['title', 'year', 'type'];
export const IMPORT_MAX_ROWS = 500;
/** Characters of CSV text (the GraphQL body limit is 256 kB). */
export const IMPORT_MAX_CHARS = 200_000;

export interface ImportProblem {
  field: string;
  message: string;
}

export interface ImportRow {
  /** The line in the file where the row starts (the header is line 1). */
  line: number;
  title: string;
  problems: ImportProblem[];
  /** Organisation names not in the partnership's list, kept as outside authors. */
  outsideAuthors: string[];
  checked: CheckedResource | null;
}

export interface ImportPlan {
  /** Problems with the file as a whole (no rows are checked when there is one). */
  fileProblems: string[];
  rows: ImportRow[];
}

export interface ImportTarget {
  visibility: ResourceVisibility;
  groupId: string | null;
  /** The partnership's organisations, by folded name. */
  organisations: Map<string, { id: string; name: string }>;
  thisYear: number;
}

export const foldName = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const TYPES_BY_WORD = new Map<string, ResourceType>(
  Object.values(ResourceType).flatMap((t) => [
    [t.toLowerCase(), t],
    [TYPE_LABELS[t].toLowerCase(), t],
    [t.toLowerCase().replace(/_/g, ' '), t],
  ]),
);

/** "a; b ;c" → ["a", "b", "c"]; semicolons because commas already separate the columns. */
const list = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** Where checkResource's field names point, in the words of the file's columns. */
const COLUMN_OF: Record<string, string> = { title: 'title', summary: 'summary', type: 'type', year: 'year', themes: 'themes', externalUrl: 'link', organisationIds: 'organisations', outsideAuthors: 'organisations' };

/**
 * Reads the CSV text and checks every row as a resource, without writing anything. Each row
 * gets every problem found in it, in plain words, with the column at fault.
 */
export function planImport(csv: string, target: ImportTarget): ImportPlan {
  if (csv.length > IMPORT_MAX_CHARS) return { fileProblems: [`The file is too large: at most ${IMPORT_MAX_CHARS.toLocaleString('en-GB')} characters (about ${IMPORT_MAX_ROWS} rows).`], rows: [] };
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { info: true, raw: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (error: unknown) {
    const line = (error as { lines?: number }).lines;
    return { fileProblems: [`The file could not be read as CSV${line ? ` (near line ${line})` : ''}: check the quotes around values that hold commas.`], rows: [] };
  }
  const [header, ...body] = records;
  if (!header) return { fileProblems: ['The file is empty: it needs a header line and at least one row.'], rows: [] };
  const names = header.record.map((h) => h.toLowerCase().replace(/\s+/g, ''));
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) return { fileProblems: [`The header line must name the columns ${IMPORT_COLUMNS.join(', ')}; missing: ${missing.join(', ')}.`], rows: [] };
  if (!body.length) return { fileProblems: ['The file has a header but no rows.'], rows: [] };
  if (body.length > IMPORT_MAX_ROWS) return { fileProblems: [`The file has ${body.length} rows; import at most ${IMPORT_MAX_ROWS} at a time.`], rows: [] };

  const titles = new Map<string, number>();
  const rows = body.map(({ record, raw, info }) => {
    // info.lines is the line the record ends on (a quoted value may span lines); its raw text,
    // less the blank lines skipped before it, says how many lines it took.
    const line = info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const cell = (name: string) => {
      const at = names.indexOf(name);
      return at === -1 ? '' : (record[at] ?? '');
    };
    const row: ImportRow = { line, title: cell('title'), problems: [], outsideAuthors: [], checked: null };
    if (record.length > names.length) row.problems.push({ field: 'row', message: `This row has ${record.length} values but the header names ${names.length} columns: check the quotes around values that hold commas.` });
    const type = TYPES_BY_WORD.get(cell('type').toLowerCase());
    if (!type) row.problems.push({ field: 'type', message: `The type must be one of: ${Object.values(TYPE_LABELS).join(', ')}.` });
    const yearText = cell('year');
    if (!/^\d{4}$/.test(yearText)) row.problems.push({ field: 'year', message: 'The year must be four digits, like 2023.' });
    const organisationIds: string[] = [];
    for (const name of list(cell('organisations'))) {
      const found = target.organisations.get(foldName(name));
      if (found) organisationIds.push(found.id);
      else row.outsideAuthors.push(name);
    }
    if (!row.problems.length) {
      try {
        row.checked = checkResource(
          {
            title: cell('title'),
            summary: cell('summary'),
            type: type!,
            year: Number(yearText),
            themes: list(cell('themes')),
            externalUrl: cell('link') || null,
            organisationIds,
            outsideAuthors: row.outsideAuthors,
            visibility: target.visibility,
            groupId: target.groupId,
          },
          target.thisYear,
        );
      } catch (error: unknown) {
        if (!(error instanceof AppError)) throw error;
        const field = String(error.details?.field ?? 'row').split('.')[0];
        row.problems.push({ field: COLUMN_OF[field] ?? field, message: error.message });
      }
    }
    if (row.checked) {
      // The same title and year twice in one file is almost always a pasted row.
      const key = `${foldName(row.checked.title)}|${row.checked.year}`;
      const first = titles.get(key);
      if (first !== undefined) row.problems.push({ field: 'title', message: `The same title and year are on line ${first}.` });
      else titles.set(key, line);
    }
    if (row.problems.length) row.checked = null;
    return row;
  });
  return { fileProblems: [], rows };
}
