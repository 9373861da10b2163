import { useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, Notice, PageHeading, TextArea, TextInput, formatDate } from '../../components/ui';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { FOI_HOLIDAY_YEARS, REMOVE_FOI_HOLIDAY_YEAR, SET_FOI_FROM_ADDRESS, SET_FOI_HOLIDAY_YEAR } from './operations';

/** The bank holidays FOI clocks skip (bundled years, and years coordinators add), and the letters' sending address. */
export function FoiBankHolidaysPage() {
  useTitle('FOI bank holidays');
  const { data, error, loading, reload } = useQuery(FOI_HOLIDAY_YEARS);
  const [notice, setNotice] = useState<string>();
  const remove = useMutation(REMOVE_FOI_HOLIDAY_YEAR);
  if (loading && !data) return <Loading what="Loading the bank holidays" />;
  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (!data) return null;
  const years = data.foiHolidayYears;
  const done = async (message: string) => {
    setNotice(message);
    await reload();
  };
  return (
    <>
      <p class="govuk-body">
        <a class="govuk-link" href="/foi">
          FOI campaigns
        </a>
      </p>
      <PageHeading caption="Freedom of Information">Bank holidays and sending address</PageHeading>
      {notice && <Notice>{notice}</Notice>}
      <FromAddress current={data.foiSettings.fromAddress} onDone={done} />
      <h2 class="govuk-heading-m">Bank holidays (England and Wales)</h2>
      <p class="govuk-body">
        The 20 working days skip weekends and these days. Years up to {Math.max(...years.filter((y) => y.source === 'BUNDLED').map((y) => y.year))} come with Convene; add later years when GOV.UK publishes them. A due date
        that needs a missing year is refused, naming the year.
      </p>
      <ErrorSummary error={remove.error} />
      {years
        .slice()
        .reverse()
        .map((y) => (
          <details class="govuk-details" key={y.year}>
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">
                {y.year} ({y.source === 'ADDED' ? 'added by your partnership' : 'bundled'}, {y.holidays.length} days)
              </span>
            </summary>
            <div class="govuk-details__text">
              <ul class="govuk-list">
                {y.holidays.map((h) => (
                  <li key={h.day}>
                    {formatDate(h.day)}: {h.name}
                  </li>
                ))}
              </ul>
              {y.source === 'ADDED' && (
                <button type="button" class="govuk-button govuk-button--warning" disabled={remove.pending} onClick={async () => (await remove.run({ year: y.year })) && done(`${y.year}'s added bank holidays removed.`)}>
                  Remove {y.year}
                </button>
              )}
            </div>
          </details>
        ))}
      <AddYear next={Math.max(...years.map((y) => y.year)) + 1} onDone={done} />
    </>
  );
}

function FromAddress({ current, onDone }: { current: string | null; onDone(m: string): void }) {
  const save = useMutation(SET_FOI_FROM_ADDRESS);
  const [address, setAddress] = useState(current ?? '');
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run({ address: address.trim() || null })) onDone('Sending address saved.');
      }}
    >
      <h2 class="govuk-heading-m">Sending address</h2>
      <ErrorSummary error={save.error} fields={{ address: 'foi-from' }} />
      <TextInput id="foi-from" type="email" label="The partnership’s FOI address" hint="Letters come from it and replies go to it. Left empty, letters come from Convene’s address." value={address} onInput={(e) => setAddress(e.currentTarget.value)} error={save.error?.field === 'address' ? save.error.message : undefined} />
      <Button disabled={save.pending} class="govuk-button govuk-button--secondary">
        Save the address
      </Button>
    </form>
  );
}

/** One line per day: "2029-01-01 New Year's Day". */
function AddYear({ next, onDone }: { next: number; onDone(m: string): void }) {
  const save = useMutation(SET_FOI_HOLIDAY_YEAR);
  const [year, setYear] = useState(String(next));
  const [lines, setLines] = useState('');
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const holidays = lines
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => ({ day: l.slice(0, 10), name: l.slice(10).trim() }));
        if (await save.run({ input: { year: Number(year), holidays } })) onDone(`Bank holidays for ${year} saved.`);
      }}
    >
      <h2 class="govuk-heading-m">Add or replace a year</h2>
      <ErrorSummary error={save.error} fields={{ year: 'foi-year', holidays: 'foi-year-days' }} />
      <TextInput id="foi-year" type="number" inputMode="numeric" class="govuk-input--width-4" label="Year" value={year} onInput={(e) => setYear(e.currentTarget.value)} error={save.error?.field === 'year' ? save.error.message : undefined} />
      <TextArea
        id="foi-year-days"
        label="Bank holidays"
        hint="One per line: the date as YYYY-MM-DD, then its name. For example: 2029-01-01 New Year’s Day. Substitute days are listed as the day off."
        rows={10}
        value={lines}
        onInput={(e) => setLines(e.currentTarget.value)}
        error={save.error?.field?.startsWith('holidays') ? save.error.message : undefined}
      />
      <Button disabled={save.pending}>Save the year</Button>
    </form>
  );
}
