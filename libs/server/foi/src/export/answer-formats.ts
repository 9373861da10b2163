import { stringify } from 'csv-stringify/sync';
import { Workbook, type Worksheet } from 'exceljs';
import { neutralise } from '@convene/knowledge-bank';
import { UNIT_LABELS } from '../campaigns/units';
import { QUALIFIER_LABELS } from '../answers/qualifiers';
import type { MatrixModel } from '../matrix/matrix.models';

/** Money is kept in pence; spreadsheets get pounds, as numbers, so they can be added up again. */
const numberOf = (unit: string, amount: number | null) => (amount === null ? null : unit === 'MONEY_GBP' ? amount / 100 : amount);

/** One row per authority and question: the shape people filter and pivot. */
function answerRows(m: MatrixModel): (string | number | null)[][] {
  return m.rows.flatMap((r) =>
    m.questions.map((q, i) => {
      const c = r.cells[i];
      return [r.authority, q.number, q.text, UNIT_LABELS[q.unit], c.qualifier ? QUALIFIER_LABELS[c.qualifier] : 'No answer yet', c.value, numberOf(q.unit, c.amount), c.note, c.source, r.status, r.dueOn];
    }),
  );
}

const ANSWER_HEADINGS = ['authority', 'question', 'question text', 'unit', 'qualifier', 'value', 'number', 'note', 'where in the reply', 'request status', 'due on'];

const text = (cell: string | number | null) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : neutralise(cell));

export function answersCsv(m: MatrixModel): string {
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${stringify([ANSWER_HEADINGS, ...answerRows(m).map((row) => row.map(text))], { record_delimiter: 'windows', quoted_match: /[\s\S]/ })}`;
}

/** Text cells are neutralised even in XLSX, where they are already not formulas: a sheet saved on as CSV stays safe. */
const cellOf = (cell: string | number | null) => (cell === null ? null : typeof cell === 'number' ? cell : neutralise(cell));

function sheet(wb: Workbook, name: string, headings: string[], rows: (string | number | null)[][]): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(headings.map(neutralise)).font = { bold: true };
  for (const row of rows) ws.addRow(row.map(cellOf));
  ws.columns.forEach((column) => (column.width = 18));
  return ws;
}

/** Three sheets: the matrix as the page shows it, every answer as a row, and the totals with what they include. */
export async function answersXlsx(m: MatrixModel): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'Convene';
  wb.title = m.title;
  sheet(
    wb,
    'Matrix',
    ['authority', 'status', 'due on', ...m.questions.map((q) => `${q.number}. ${q.text}`)],
    m.rows.map((r) => [r.authority, r.status, r.dueOn, ...r.cells.map((c, i) => (c.qualifier === 'EXACT' && c.amount !== null ? numberOf(m.questions[i].unit, c.amount) : c.display))]),
  );
  sheet(wb, 'Answers', ANSWER_HEADINGS, answerRows(m));
  sheet(
    wb,
    'Totals',
    ['question', 'question text', 'unit', 'exact total', 'with estimates', 'exact', 'estimates', 'fewer than five (withheld, not summed)', 'not held', 'not known', 'refused', 'no answer yet', 'what the totals include'],
    m.questions.map((q) => [
      q.number,
      q.text,
      UNIT_LABELS[q.unit],
      numberOf(q.unit, q.totals.exactTotal),
      numberOf(q.unit, q.totals.withEstimatesTotal),
      q.totals.exact,
      q.totals.estimates,
      q.totals.fewerThanFive,
      q.totals.notHeld,
      q.totals.notKnown,
      q.totals.refused,
      q.totals.unanswered,
      q.totals.summary,
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
