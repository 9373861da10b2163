import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Notice, Select, TextInput } from '../../components/ui';
import type { FoiUnit } from '../../gql/graphql';
import { useMutation } from '../../lib/hooks';
import { UNITS } from './labels';
import { SET_FOI_QUESTIONS } from './operations';

interface Question {
  number: string;
  text: string;
  unit: FoiUnit;
  definition: string;
}

const UNIT_OPTIONS = Object.entries(UNITS).map(([value, label]) => ({ value, label }));

/** The numbered questions of a draft: number, text, unit, definition; saved whole, in order. */
export function QuestionsEditor({ campaignId, initial, onSaved }: { campaignId: string; initial: Question[]; onSaved(): void }) {
  const save = useMutation(SET_FOI_QUESTIONS);
  const [rows, setRows] = useState<Question[]>(initial.length ? initial : [{ number: '1', text: '', unit: 'COUNT' as FoiUnit, definition: '' }]);
  const [saved, setSaved] = useState(false);
  const set = (i: number, patch: Partial<Question>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const fields = Object.fromEntries(rows.flatMap((_, i) => [[`questions.${i}.number`, `foi-q-${i}-number`], [`questions.${i}.text`, `foi-q-${i}-text`]]));
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (await save.run({ campaignId, input: { questions: rows.map((r) => ({ number: r.number.trim(), text: r.text, unit: r.unit, definition: r.definition })) } })) {
          setSaved(true);
          onSaved();
        }
      }}
    >
      <h2 class="govuk-heading-m">Questions</h2>
      {saved && <Notice>Questions saved.</Notice>}
      <ErrorSummary error={save.error} fields={fields} />
      {rows.map((r, i) => (
        <fieldset class="govuk-fieldset app-foi-question" key={i}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Question {r.number || i + 1}</legend>
          <TextInput id={`foi-q-${i}-number`} label="Number" hint="1, 1a, 2 …" class="govuk-input--width-4" value={r.number} onInput={(e) => set(i, { number: e.currentTarget.value })} />
          <TextInput id={`foi-q-${i}-text`} label="Question" value={r.text} onInput={(e) => set(i, { text: e.currentTarget.value })} />
          <Select id={`foi-q-${i}-unit`} label="Answer as" value={r.unit} onChange={(e) => set(i, { unit: e.currentTarget.value as FoiUnit })} options={UNIT_OPTIONS} />
          <TextInput id={`foi-q-${i}-definition`} label="Definition" hint="What counts, and when: for example “looked-after children at 31 March 2026”." value={r.definition} onInput={(e) => set(i, { definition: e.currentTarget.value })} />
          <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove question {r.number || i + 1}
          </button>
        </fieldset>
      ))}
      <div class="govuk-button-group">
        <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setRows([...rows, { number: String(rows.length + 1), text: '', unit: 'COUNT' as FoiUnit, definition: '' }])}>
          Add a question
        </button>
        <Button disabled={save.pending}>Save the questions</Button>
      </div>
    </form>
  );
}
