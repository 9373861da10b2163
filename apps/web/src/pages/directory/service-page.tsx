import { Empty, ErrorState, Loading, PageHeading, Tag, formatDate } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { useLocation } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { ACCESS, LEVELS, SERVICE_TYPES, VISIBILITY, slotText } from './labels';
import { SERVICE } from './operations';
import { SummaryRow } from './parts';
import { SuggestForm } from './suggest-form';
import { StaleWarning } from './stale-warning';

/** One service; signed out it shows what is public (the finder links here with the partnership). */
export function ServicePage({ id }: { id: string }) {
  const { me } = useSession();
  const partnership = useLocation().searchParams.get('partnership');
  const { data, error, loading, reload } = useQuery(SERVICE, { id, partnership: me ? null : partnership, signedIn: !!me });
  const s = data?.directoryService;
  useTitle(s?.name ?? 'Service');
  if (loading && !s) return <Loading what="Loading the service" />;
  if (error && !s) return <ErrorState error={error} retry={reload} />;
  if (!s) return null;
  const coordinator = isCoordinator(me);
  return (
    <>
      <PageHeading caption={s.organisationName}>{s.name}</PageHeading>
      {s.status !== 'ACTIVE' && <Tag colour="red">{s.status === 'TEMPORARILY_CLOSED' ? 'Temporarily closed' : 'Not running'}</Tag>}
      <StaleWarning lastCheckedAt={s.lastCheckedAt} what="service" />
      {s.description && <p class="govuk-body app-pre-line">{s.description}</p>}
      {coordinator && (
        <p class="govuk-body">
          <a class="govuk-link" href={`/directory/services/${s.id}/edit`}>
            Edit this service
          </a>
          {' · '}
          <a class="govuk-link" href={`/directory/organisations/${s.organisationId}`}>
            {s.organisationName}
          </a>
        </p>
      )}
      <dl class="govuk-summary-list">
        <SummaryRow label="Type">
          {SERVICE_TYPES[s.serviceType]}
          {s.levels.length > 0 && `: ${s.levels.map((l) => LEVELS[l]).join(', ')}`}
        </SummaryRow>
        <SummaryRow label="When">{s.slots.length ? s.slots.map(slotText).join('; ') : 'Ask the service'}</SummaryRow>
        <SummaryRow label="How to get help">{s.accessMethods.length ? s.accessMethods.map((m) => ACCESS[m]).join(', ') : 'Ask the service'}</SummaryRow>
        <SummaryRow label="Who it is for">
          {[s.eligibility, s.minAge !== null || s.maxAge !== null ? `Ages ${s.minAge ?? 0} to ${s.maxAge ?? 'any'}` : '', s.immigrationNotes].filter(Boolean).join('. ') || 'Anyone'}
        </SummaryRow>
        <SummaryRow label="Languages">{s.languages.join(', ') || 'English'}</SummaryRow>
        <SummaryRow label="Cost">{s.free ? 'Free' : s.cost || 'There is a charge'}</SummaryRow>
        <SummaryRow label="Childcare">{s.childcare ? 'Yes' : 'No'}</SummaryRow>
        <SummaryRow label="Places free">{s.spacesAvailable === null ? 'Not counted' : s.spacesAvailable}</SummaryRow>
        <SummaryRow label="Areas">{s.serviceAreas.join(', ') || 'Anywhere'}</SummaryRow>
        {s.location && (
          <SummaryRow label="Where">
            {[s.location.name, s.location.address1, s.location.address2, s.location.city, s.location.postcode].filter(Boolean).join(', ')}
            {(s.location.stepFree || s.location.hearingLoop || s.location.accessibleToilet) && (
              <>
                <br />
                {[s.location.stepFree && 'Step-free access', s.location.hearingLoop && 'Hearing loop', s.location.accessibleToilet && 'Accessible toilet'].filter(Boolean).join(', ')}
              </>
            )}
          </SummaryRow>
        )}
        {(s.email || s.phone || s.url) && (
          <SummaryRow label="Contact">
            {[s.phone, s.email].filter(Boolean).join(' · ')}
            {s.url && (
              <>
                {' '}
                <a class="govuk-link" href={s.url} rel="noopener noreferrer">
                  Website
                </a>
              </>
            )}
          </SummaryRow>
        )}
        {coordinator && <SummaryRow label="Who can see it">{VISIBILITY[s.visibility]}</SummaryRow>}
        {s.lastCheckedAt && (
          <SummaryRow label="Last checked">
            {formatDate(s.lastCheckedAt)}
            {s.lastCheckedBy && ` by ${s.lastCheckedBy.name}`}
          </SummaryRow>
        )}
      </dl>
      <h2 class="govuk-heading-m">People to contact</h2>
      {s.contacts.length === 0 ? (
        <Empty>No named contacts.</Empty>
      ) : (
        <ul class="govuk-list">
          {s.contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {c.role && `, ${c.role}`}
              {c.email && ` · ${c.email}`}
              {c.phone && ` · ${c.phone}`}
            </li>
          ))}
        </ul>
      )}
      {me && <SuggestForm serviceId={s.id} />}
    </>
  );
}
