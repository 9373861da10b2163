import { Empty, ErrorState, Loading, PageHeading, formatDate, words } from '../../../components/ui';
import { useQuery, useTitle } from '../../../lib/hooks';
import { isCoordinator, useSession } from '../../../lib/session';
import { AnswersChart } from './answers-chart';
import { FOI_MATRIX } from './operations';

/** A campaign's authorities × questions, with totals that say what they include, the overdue list, a chart and the exports. */
export function FoiMatrixPage({ campaignId }: { campaignId: string }) {
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(FOI_MATRIX, { campaignId });
  const m = data?.foiMatrix;
  useTitle(m ? `Answers: ${m.title}` : 'Answers');
  if (loading && !m) return <Loading what="Loading the answers" />;
  if (error && !m) return <ErrorState error={error} retry={reload} />;
  if (!m) return null;
  return (
    <>
      <PageHeading caption={m.title}>Answers from every authority</PageHeading>
      <p class="govuk-body">
        <a class="govuk-link" href={`/foi/campaigns/${m.campaignId}`}>
          Back to the campaign
        </a>
        {isCoordinator(me) && (
          <>
            {' · '}
            <a class="govuk-link" href={`/foi/campaigns/${m.campaignId}/publish`}>
              Publish the answers
            </a>
          </>
        )}
      </p>
      <p class="govuk-body-l">
        {m.replied} of {m.requests} authorities have replied ({m.responseRate}%).
      </p>
      <p class="govuk-body">
        Download the answers:{' '}
        <a class="govuk-link" href={m.xlsxUrl} download>
          Excel (XLSX)
        </a>
        {', '}
        <a class="govuk-link" href={m.csvUrl} download>
          CSV
        </a>
        .
      </p>

      <h2 class="govuk-heading-m">Totals</h2>
      <div class="app-foi-scroll">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s">Exact figures and estimates are totalled apart. “Fewer than five” answers are withheld figures: counted, never added in.</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Question
              </th>
              <th scope="col" class="govuk-table__header">
                Exact figures
              </th>
              <th scope="col" class="govuk-table__header">
                With estimates
              </th>
              <th scope="col" class="govuk-table__header">
                What the totals include
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {m.questions.map((q) => (
              <tr class="govuk-table__row" key={q.id}>
                <th scope="row" class="govuk-table__header">
                  {q.number}. {q.text}
                </th>
                <td class="govuk-table__cell">{q.totals.exactTotalText ?? '–'}</td>
                <td class="govuk-table__cell">{q.totals.withEstimatesTotalText ?? '–'}</td>
                <td class="govuk-table__cell">{q.totals.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="govuk-heading-m">Overdue</h2>
      {m.overdue.length === 0 ? (
        <Empty>No authority is overdue.</Empty>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {m.overdue.map((r) => (
            <li key={r.requestId}>
              <a class="govuk-link" href={`/foi/requests/${r.requestId}`}>
                {r.authority}
              </a>
              : {r.overdueFor === 'INTERNAL_REVIEW' ? 'internal review ' : ''}
              {r.daysOverdue} {r.daysOverdue === 1 ? 'working day' : 'working days'} overdue (due {formatDate((r.overdueFor === 'INTERNAL_REVIEW' ? r.internalReviewDueOn : r.dueOn)!)})
            </li>
          ))}
        </ul>
      )}

      <h2 class="govuk-heading-m">By authority</h2>
      {m.rows.length === 0 ? (
        <Empty>No requests yet: the matrix fills in once the campaign is sent.</Empty>
      ) : (
        <div class="app-foi-scroll" tabIndex={0} role="region" aria-label="Answers by authority">
          <table class="govuk-table app-foi-matrix">
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Authority
                </th>
                {m.questions.map((q) => (
                  <th scope="col" class="govuk-table__header" key={q.id}>
                    <abbr title={q.text}>{q.number}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {m.rows.map((r) => (
                <tr class="govuk-table__row" key={r.requestId}>
                  <th scope="row" class="govuk-table__header">
                    <a class="govuk-link" href={`/foi/requests/${r.requestId}`}>
                      {r.authority}
                    </a>
                    <span class="govuk-body-s app-foi-status"> {words(r.status)}</span>
                    {isCoordinator(me) && (
                      <a class="govuk-link govuk-body-s" href={`/foi/requests/${r.requestId}/answers`}>
                        Record answers<span class="govuk-visually-hidden"> from {r.authority}</span>
                      </a>
                    )}
                  </th>
                  {r.cells.map((c) => (
                    <td class="govuk-table__cell" key={c.questionId}>
                      {c.display}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AnswersChart matrix={m} />
    </>
  );
}
