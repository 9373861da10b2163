import { formatDateTime } from '../components/ui';
import { graphql } from '../gql';
import type { HomeTasksQuery } from '../gql/graphql';
import { useQuery } from '../lib/hooks';

export const HOME_TASKS = graphql(`
  query HomeTasks {
    myTasks {
      kind
      title
      context
      path
      dueAt
      overdue
      subjectId
    }
  }
`);

type Task = HomeTasksQuery['myTasks'][number];

/** The status column of the GOV.UK task list: when it is due, red once it is late. */
function Status({ task }: { task: Task }) {
  if (task.kind === 'UNREAD_MENTIONS') return <strong class="govuk-tag govuk-tag--blue">Unread</strong>;
  if (task.overdue) return <strong class="govuk-tag govuk-tag--red">Overdue</strong>;
  return task.dueAt ? <span>Due {formatDateTime(task.dueAt)}</span> : <strong class="govuk-tag govuk-tag--grey">To do</strong>;
}

/** What is waiting for me, derived by the server (`myTasks`), as a GOV.UK task list. */
export function TaskList() {
  const { data, error } = useQuery(HOME_TASKS, {});
  if (error || !data) return null;
  return (
    <section aria-labelledby="tasks-heading">
      <h2 class="govuk-heading-m" id="tasks-heading">
        Waiting for you
      </h2>
      {data.myTasks.length === 0 ? (
        <p class="govuk-body">Nothing is waiting for you.</p>
      ) : (
        <ul class="govuk-task-list">
          {data.myTasks.map((task, i) => (
            <li key={`${task.kind}-${task.subjectId}`} class="govuk-task-list__item govuk-task-list__item--with-link">
              <div class="govuk-task-list__name-and-hint">
                <a class="govuk-link govuk-task-list__link" href={task.path} aria-describedby={`task-${i}-status`}>
                  {task.title}
                </a>
                <div class="govuk-task-list__hint">{task.context}</div>
              </div>
              <div class="govuk-task-list__status" id={`task-${i}-status`}>
                <Status task={task} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
