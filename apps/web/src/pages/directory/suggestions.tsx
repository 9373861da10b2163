import { Empty, ErrorState, Loading, PageHeading, formatDateTime } from '../../components/ui';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { RESOLVE_SUGGESTION, SUGGESTIONS } from './operations';
import { CoordinatorsOnly, DirectoryNav } from './parts';

/** Coordinators: members' suggested changes, to make (through the edit forms) and mark applied, or dismiss. */
export function SuggestionsPage() {
  useTitle('Suggested changes');
  const { me } = useSession();
  const coordinator = isCoordinator(me);
  const { data, error, loading, reload } = useQuery(SUGGESTIONS, {}, { skip: !coordinator });
  const resolve = useMutation(RESOLVE_SUGGESTION);
  if (!coordinator) return <CoordinatorsOnly />;
  const act = async (id: string, status: 'APPLIED' | 'DISMISSED') => {
    if (await resolve.run({ id, status })) await reload();
  };
  return (
    <>
      <PageHeading caption="Directory">Suggested changes</PageHeading>
      <DirectoryNav current="suggestions" coordinator />
      {resolve.error && <ErrorState error={resolve.error} />}
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={reload} />}
      {data && data.directorySuggestions.length === 0 && <Empty>No suggestions are waiting.</Empty>}
      {data?.directorySuggestions.map((s) => (
        <div class="govuk-inset-text" key={s.id}>
          <h2 class="govuk-heading-s">
            <a class="govuk-link" href={s.organisationId ? `/directory/organisations/${s.organisationId}` : `/directory/services/${s.serviceId}`}>
              {s.subjectName}
            </a>
          </h2>
          <p class="govuk-body app-pre-line">{s.body}</p>
          <p class="govuk-body-s">
            From {s.suggestedByName ?? 'someone who has left'}, {formatDateTime(s.createdAt)}
          </p>
          <div class="govuk-button-group">
            <a class="govuk-button govuk-button--secondary" href={s.organisationId ? `/directory/organisations/${s.organisationId}/edit` : `/directory/services/${s.serviceId}/edit`} draggable={false}>
              Make the change<span class="govuk-visually-hidden"> to {s.subjectName}</span>
            </a>
            <button type="button" class="govuk-button" disabled={resolve.pending} onClick={() => act(s.id, 'APPLIED')}>
              Mark applied<span class="govuk-visually-hidden"> for {s.subjectName}</span>
            </button>
            <button type="button" class="govuk-button govuk-button--warning" disabled={resolve.pending} onClick={() => act(s.id, 'DISMISSED')}>
              Dismiss<span class="govuk-visually-hidden"> the suggestion for {s.subjectName}</span>
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
