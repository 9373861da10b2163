import { formatDate } from '../../components/ui';
import { useQuery } from '../../lib/hooks';
import { DIRECTORY_CHECK_MONTHS } from './upkeep-operations';

/** True when `lastCheckedAt` is missing or older than `months` before now. */
export function isStale(lastCheckedAt: string | null | undefined, months: number, now = new Date()): boolean {
  if (!lastCheckedAt) return true;
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - months);
  return new Date(lastCheckedAt) < limit;
}

/** A warning on an organisation's or service's page when nobody has checked it for the configured months. */
export function StaleWarning({ lastCheckedAt, what }: { lastCheckedAt: string | null | undefined; what: string }) {
  const { data } = useQuery(DIRECTORY_CHECK_MONTHS, {});
  if (!data || !isStale(lastCheckedAt, data.directoryCheckMonths)) return null;
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        {lastCheckedAt ? `This ${what} was last checked on ${formatDate(lastCheckedAt)} and may be out of date.` : `Nobody has checked this ${what} yet: it may be out of date.`} Its contact is asked once a year.
      </strong>
    </div>
  );
}
