import { Empty, Rag, Tag, words } from '../../components/ui';
import { ContributeForm } from './assessment-form';
import { AssessmentReview } from './assessment-review';
import { AreaNotice, useMeeting, type Entry } from './context';
import { themeLabel } from './forms';
import { Scroll } from './parts';

const STATUS: Record<string, { label: string; colour: string }> = {
  SUBMITTED: { label: 'Waiting for review', colour: 'blue' },
  INCLUDED: { label: 'Included', colour: 'green' },
  EXCLUDED: { label: 'Left out', colour: 'grey' },
};

const HEADINGS = ['Kind', 'Rating', 'Direction', 'Summary', 'Evidence', 'Source'];

function EntryRow({ entry, showStatus }: { entry: Entry; showStatus: boolean }) {
  return (
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">
        {themeLabel(entry.theme)}
        {entry.carriedForward && <span class="app-block govuk-body-s app-secondary">Carried forward</span>}
      </th>
      <td class="govuk-table__cell">{words(entry.kind)}</td>
      <td class="govuk-table__cell">
        <Rag rating={entry.rating} />
      </td>
      <td class="govuk-table__cell">{words(entry.direction)}</td>
      <td class="govuk-table__cell app-wide-cell">{entry.summary}</td>
      <td class="govuk-table__cell app-wide-cell">{entry.evidence}</td>
      <td class="govuk-table__cell">{entry.source}</td>
      {showStatus && (
        <td class="govuk-table__cell">
          <Tag colour={STATUS[entry.status].colour}>{STATUS[entry.status].label}</Tag>
        </td>
      )}
    </tr>
  );
}

/** The sector activity assessment: what partners see across housing, health, ESOL and more. */
export function AssessmentSection() {
  const { meeting, canManage } = useMeeting();
  const entries = meeting.assessment;
  const showStatus = entries.some((e) => e.status !== 'INCLUDED');
  return (
    <section aria-labelledby="assessment-heading">
      <h2 class="govuk-heading-l" id="assessment-heading">
        Sector activity assessment
      </h2>
      <AreaNotice area="assessment" />
      {entries.length === 0 ? (
        <Empty>Nothing has been added to the assessment for this meeting yet.</Empty>
      ) : (
        <Scroll label="Sector activity assessment">
          <table class="govuk-table app-assessment">
            <caption class="govuk-table__caption govuk-table__caption--s">
              {entries.length === 1 ? 'One entry' : `${entries.length} entries`}, most serious first
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Theme
                </th>
                {HEADINGS.map((h) => (
                  <th scope="col" class="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
                {showStatus && (
                  <th scope="col" class="govuk-table__header">
                    Status
                  </th>
                )}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {entries.map((entry) => (
                <EntryRow entry={entry} showStatus={showStatus} key={entry.id} />
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      {canManage && <AssessmentReview />}
      <ContributeForm />
    </section>
  );
}
