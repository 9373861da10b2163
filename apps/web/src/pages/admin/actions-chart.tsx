import { Empty, ErrorState, Loading } from '../../components/ui';
import { graphql } from '../../gql';
import { STATUSES, STATUS_LABELS, useAll } from './shared';

const SUMMARY = graphql(`
  query ActionsSummary($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID) {
    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId) {
      nodes {
        id
        status
        meeting {
          id
          group {
            id
            name
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/**
 * Every action matching the group and owner filters (not status or overdue: the chart is about
 * status), counted in the browser. The API has no totals yet, so this reads up to 1,000 actions.
 */
export function useActionSummary(groupId: string | null, ownerPersonId: string | null) {
  return useAll(SUMMARY, { groupId, ownerPersonId }, (d) => d.actionLog);
}

type Summary = ReturnType<typeof useActionSummary>;
type Status = (typeof STATUSES)[number];

interface GroupCounts {
  id: string;
  name: string;
  counts: Record<Status, number>;
  total: number;
}

const BAR_CLASS: Record<Status, string> = { OPEN: 'app-bar--open', IN_PROGRESS: 'app-bar--in-progress', DONE: 'app-bar--done', DROPPED: 'app-bar--dropped' };

function tally(nodes: Summary['nodes']): GroupCounts[] {
  const groups = new Map<string, GroupCounts>();
  for (const action of nodes) {
    const { id, name } = action.meeting.group;
    const entry = groups.get(id) ?? { id, name, counts: { OPEN: 0, IN_PROGRESS: 0, DONE: 0, DROPPED: 0 }, total: 0 };
    entry.counts[action.status as Status] += 1;
    entry.total += 1;
    groups.set(id, entry);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

const describe = (g: GroupCounts) => `${STATUSES.map((s) => `${g.counts[s]} ${STATUS_LABELS[s].toLowerCase()}`).join(', ')}; ${g.total} in total`;

/**
 * Action status per group as horizontal stacked bars. The bars are a picture only: each has its
 * numbers written beside it, and the same numbers are in a table.
 */
export function ActionsChart({ summary, byOwner, ignoresFilters }: { summary: Summary; byOwner: boolean; ignoresFilters: boolean }) {
  const groups = tally(summary.nodes);
  const longest = Math.max(1, ...groups.map((g) => g.total));
  return (
    <section aria-labelledby="chart-heading" class="app-admin-chart">
      <h2 class="govuk-heading-m" id="chart-heading">
        Actions by group
      </h2>
      {summary.loading && groups.length === 0 && <Loading what="Counting actions" />}
      {summary.error && <ErrorState error={summary.error} retry={summary.reload} />}
      {!summary.loading && !summary.error && groups.length === 0 && <Empty>There are no actions to count yet.</Empty>}
      {groups.length > 0 && (
        <>
          <p class="govuk-body">
            How far each group has got with its actions{byOwner ? ', counting only the owner you chose' : ''}.{ignoresFilters ? ' The chart counts every status, so the status and overdue filters do not change it.' : ''}
            {!summary.complete && ' Only the latest 1,000 actions are counted.'}
          </p>
          <ul class="app-admin-legend" aria-hidden="true">
            {STATUSES.map((s) => (
              <li key={s}>
                <span class={`app-bar app-admin-legend__swatch ${BAR_CLASS[s]}`} />
                {STATUS_LABELS[s]}
              </li>
            ))}
          </ul>
          <ul class="govuk-list app-admin-bars">
            {groups.map((g) => (
              <li key={g.id} class="app-admin-bars__item">
                <span class="app-admin-bars__label">{g.name}</span>
                <span class="app-admin-bars__track" aria-hidden="true">
                  {STATUSES.filter((s) => g.counts[s] > 0).map((s) => (
                    <span key={s} class={`app-bar ${BAR_CLASS[s]}`} style={{ width: `${(g.counts[s] / longest) * 100}%` }} />
                  ))}
                </span>
                <span class="app-admin-bars__numbers">{describe(g)}</span>
              </li>
            ))}
          </ul>
          <details class="govuk-details">
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">Show the numbers as a table</span>
            </summary>
            <div class="govuk-details__text">
              <div class="app-scroll app-admin-scroll">
                <table class="govuk-table app-admin-table">
                  <caption class="govuk-table__caption govuk-table__caption--s">Actions in each group, by status</caption>
                  <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                      <th scope="col" class="govuk-table__header">
                        Group
                      </th>
                      {STATUSES.map((s) => (
                        <th scope="col" class="govuk-table__header govuk-table__header--numeric" key={s}>
                          {STATUS_LABELS[s]}
                        </th>
                      ))}
                      <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                        Total
                      </th>
                    </tr>
                  </thead>
                  <tbody class="govuk-table__body">
                    {groups.map((g) => (
                      <tr class="govuk-table__row" key={g.id}>
                        <th scope="row" class="govuk-table__header">
                          {g.name}
                        </th>
                        {STATUSES.map((s) => (
                          <td class="govuk-table__cell govuk-table__cell--numeric" key={s}>
                            {g.counts[s]}
                          </td>
                        ))}
                        <td class="govuk-table__cell govuk-table__cell--numeric">{g.total}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
