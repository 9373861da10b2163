import { useState } from 'preact/hooks';
import { Button, Select, TextArea, TextInput, formatDateTime } from '../../components/ui';
import type { AssessmentKind, Direction, Rating } from '../../gql/graphql';
import { useMeeting } from './context';
import { STANDARD_THEMES, deadlineOf, errorFor, textOf, themeLabel, useAction, type Problem } from './forms';
import { Problems } from './parts';
import { MEETING_CONTRIBUTE_ENTRY } from './mutations';

const choose = (what: string) => ({ value: '', label: `Choose ${what}` });
const THEMES = [choose('a theme'), ...STANDARD_THEMES.map((t) => ({ value: t, label: themeLabel(t) })), { value: 'other', label: 'Other' }];
const KINDS = [choose('a kind'), { value: 'TREND', label: 'Trend' }, { value: 'RISK', label: 'Risk' }, { value: 'RECOMMENDATION', label: 'Recommendation' }];
export const RATINGS = [
  { value: 'RED', label: 'Red: serious concern' },
  { value: 'AMBER', label: 'Amber: some concern' },
  { value: 'GREEN', label: 'Green: going well' },
];
export const DIRECTIONS = [
  { value: 'IMPROVING', label: 'Improving' },
  { value: 'STABLE', label: 'Stable' },
  { value: 'WORSENING', label: 'Worsening' },
];
const FIELDS = { theme: 'entry-theme', other: 'entry-other', kind: 'entry-kind', rating: 'entry-rating', direction: 'entry-direction', summary: 'entry-summary', evidence: 'entry-evidence', source: 'entry-source' };

/** Members add a line to the assessment before the deadline; managers' lines are included at once. */
export function ContributeForm() {
  const { meeting, canContribute, canManage, done } = useMeeting();
  const contribute = useAction(MEETING_CONTRIBUTE_ENTRY);
  const [theme, setTheme] = useState('');
  if (!canContribute || meeting.status === 'CANCELLED') return null;
  const { at: deadline, open } = deadlineOf(meeting);
  if (!open && !canManage) {
    return <p class="govuk-body">Contributions to this assessment closed on {formatDateTime(deadline)}. Send anything new to the coordinator.</p>;
  }

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const chosen = theme === 'other' ? textOf(form, 'entry-other') : theme;
    const [kind, rating, direction, summary] = ['entry-kind', 'entry-rating', 'entry-direction', 'entry-summary'].map((n) => textOf(form, n));
    const problems: Problem[] = [];
    if (!theme) problems.push(['theme', 'Choose a theme']);
    if (theme === 'other' && (chosen.length < 2 || chosen.length > 60)) problems.push(['other', 'Enter the theme, from 2 to 60 characters']);
    if (!kind) problems.push(['kind', 'Choose whether this is a trend, a risk or a recommendation']);
    if (!rating) problems.push(['rating', 'Choose a rating']);
    if (!direction) problems.push(['direction', 'Choose the direction']);
    if (!summary) problems.push(['summary', 'Enter a summary']);
    else if (summary.length > 1000) problems.push(['summary', 'The summary must be 1,000 characters or fewer']);
    if (contribute.failAll(problems)) return;
    const input = { theme: chosen, kind: kind as AssessmentKind, rating: rating as Rating, direction: direction as Direction, summary, evidence: textOf(form, 'entry-evidence'), source: textOf(form, 'entry-source') };
    const created = await contribute.run({ meetingId: meeting.id, input });
    if (created) {
      form.reset();
      setTheme('');
      const included = created.contributeAssessmentEntry.status === 'INCLUDED';
      await done('assessment', included ? `Your entry on ${themeLabel(chosen.toLowerCase())} is in the assessment.` : `Thank you. Your entry on ${themeLabel(chosen.toLowerCase())} has been sent to the coordinator to review.`);
    }
  };

  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">Add to the assessment</span>
      </summary>
      <div class="govuk-details__text">
        {open && <p class="govuk-body">You can add entries until {formatDateTime(deadline)}.</p>}
        <form onSubmit={onSubmit} noValidate>
          <Problems problems={contribute.problems} fields={FIELDS} />
          <Select id="entry-theme" label="Theme" options={THEMES} value={theme} onChange={(e) => setTheme((e.currentTarget as HTMLSelectElement).value)} error={errorFor(contribute.problems, 'theme')} />
          {theme === 'other' && <TextInput id="entry-other" label="Other theme" hint="For example, digital inclusion." error={errorFor(contribute.problems, 'other')} />}
          <Select id="entry-kind" label="Kind" options={KINDS} error={errorFor(contribute.problems, 'kind')} />
          <Select id="entry-rating" label="Rating" options={[choose('a rating'), ...RATINGS]} error={errorFor(contribute.problems, 'rating')} />
          <Select id="entry-direction" label="Direction" hint="Since the last meeting." options={[choose('a direction'), ...DIRECTIONS]} error={errorFor(contribute.problems, 'direction')} />
          <TextArea id="entry-summary" label="Summary" hint="What you are seeing, in a sentence or two." rows={3} error={errorFor(contribute.problems, 'summary')} />
          <TextArea id="entry-evidence" label="Evidence (optional)" hint="For example, numbers of referrals or cases." rows={3} error={errorFor(contribute.problems, 'evidence')} />
          <TextInput id="entry-source" label="Source (optional)" hint="Where the evidence comes from." error={errorFor(contribute.problems, 'source')} />
          <Button disabled={contribute.pending}>Add the entry</Button>
        </form>
      </div>
    </details>
  );
}
