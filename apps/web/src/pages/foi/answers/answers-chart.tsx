import { useState } from 'preact/hooks';
import { Select } from '../../../components/ui';
import type { FoiMatrixQuery } from '../../../gql/graphql';

type Matrix = FoiMatrixQuery['foiMatrix'];

const CHARTED = new Set(['COUNT', 'MONEY_GBP', 'PERCENTAGE']);
const BAR = 22;
const GAP = 10;
const LABEL_WIDTH = 230;
const PLOT_WIDTH = 380;
const VALUE_WIDTH = 170;

const formatOf = (unit: string) => (n: number) =>
  unit === 'MONEY_GBP' ? `£${(n / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : unit === 'PERCENTAGE' ? `${n.toLocaleString('en-GB')}%` : n.toLocaleString('en-GB');

/**
 * A bar per authority for one numeric question. An SVG with a title and a description for
 * screen readers, words on every bar (so colour and pattern are never the only signal:
 * estimates are hatched and say "estimate"), and the same figures as a table below it.
 */
export function AnswersChart({ matrix }: { matrix: Matrix }) {
  const charted = matrix.questions.filter((q) => CHARTED.has(q.unit));
  const [chosen, setChosen] = useState(charted[0]?.id ?? '');
  const question = charted.find((q) => q.id === chosen) ?? charted[0];
  if (!question) return null;
  const index = matrix.questions.findIndex((q) => q.id === question.id);
  const format = formatOf(question.unit);
  const bars = matrix.rows.map((r) => ({ authority: r.authority, cell: r.cells[index] }));
  const max = Math.max(1, ...bars.map((b) => (b.cell.qualifier === 'EXACT' || b.cell.qualifier === 'ESTIMATE' ? (b.cell.amount ?? 0) : 0)));
  const height = bars.length * (BAR + GAP) + GAP;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const titleId = `chart-${question.id}-title`;
  const descId = `chart-${question.id}-desc`;
  return (
    <section aria-labelledby="chart-heading" class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id="chart-heading">
        Chart
      </h2>
      {charted.length > 1 && <Select id="chart-question" label="Question to chart" value={question.id} options={charted.map((q) => ({ value: q.id, label: `${q.number}. ${q.text}` }))} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)} />}
      <div class="app-foi-chart">
        <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
          <title id={titleId}>
            Question {question.number}: {question.text}, by authority
          </title>
          <desc id={descId}>{question.totals.summary}</desc>
          <defs>
            <pattern id="app-foi-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" />
              <rect width="3" height="6" fill="#1d70b8" />
            </pattern>
          </defs>
          {bars.map((b, i) => {
            const y = GAP + i * (BAR + GAP);
            const valued = b.cell.qualifier === 'EXACT' || b.cell.qualifier === 'ESTIMATE';
            const w = valued ? Math.max(2, ((b.cell.amount ?? 0) / max) * PLOT_WIDTH) : 0;
            const words = valued ? `${format(b.cell.amount ?? 0)}${b.cell.qualifier === 'ESTIMATE' ? ' (estimate)' : ''}` : b.cell.display;
            return (
              <g key={b.authority} aria-hidden="true">
                <text x={LABEL_WIDTH - 8} y={y + BAR / 2} text-anchor="end" dominant-baseline="middle" font-size="14" fill="#0b0c0c">
                  {b.authority}
                </text>
                {valued && <rect x={LABEL_WIDTH} y={y} width={w} height={BAR} fill={b.cell.qualifier === 'ESTIMATE' ? 'url(#app-foi-hatch)' : '#1d70b8'} stroke="#1d70b8" />}
                <text x={LABEL_WIDTH + w + 6} y={y + BAR / 2} dominant-baseline="middle" font-size="14" fill="#0b0c0c">
                  {words}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p class="govuk-body-s">Solid bars are exact figures; hatched bars are estimates. Authorities without a figure are listed with what they said.</p>
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">The chart as a table</span>
        </summary>
        <div class="govuk-details__text">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">
              Question {question.number}, by authority
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Authority
                </th>
                <th scope="col" class="govuk-table__header">
                  Answer
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {bars.map((b) => (
                <tr class="govuk-table__row" key={b.authority}>
                  <th scope="row" class="govuk-table__header">
                    {b.authority}
                  </th>
                  <td class="govuk-table__cell">{b.cell.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
