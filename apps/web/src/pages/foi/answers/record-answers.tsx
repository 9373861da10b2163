import { useEffect, useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, Notice, Select, TextArea, TextInput } from '../../../components/ui';
import type { FoiAnswerQualifier } from '../../../gql/graphql';
import { useMutation, useQuery } from '../../../lib/hooks';
import { QUALIFIERS, VALUE_HINTS, VALUED } from './labels';
import { FOI_ANSWER_SHEET, RECORD_FOI_ANSWERS } from './operations';

interface Draft {
  qualifier: FoiAnswerQualifier | '';
  value: string;
  note: string;
  source: string;
}

const QUALIFIER_OPTIONS = [{ value: '', label: 'No answer yet' }, ...Object.entries(QUALIFIERS).map(([value, label]) => ({ value, label }))];

/**
 * "Record the reply": one block per question (qualifier, value, note, where in the reply), for
 * the request page. Readers who may not record see the answers as a list.
 */
export function RecordAnswers({ requestId }: { requestId: string }) {
  const { data, error, loading, reload } = useQuery(FOI_ANSWER_SHEET, { requestId });
  const save = useMutation(RECORD_FOI_ANSWERS);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [sent, setSent] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const sheet = data?.foiAnswerSheet;
  useEffect(() => {
    if (!sheet) return;
    setDrafts(Object.fromEntries(sheet.questions.map((q) => [q.id, { qualifier: q.answer?.qualifier ?? '', value: q.answer?.value ?? '', note: q.answer?.note ?? '', source: q.answer?.source ?? '' }])));
  }, [sheet]);
  if (loading && !sheet) return <Loading what="Loading the answers" />;
  if (error && !sheet) return <ErrorState error={error} retry={reload} />;
  if (!sheet) return null;

  if (!sheet.canRecord) {
    return (
      <section aria-labelledby="answers-heading">
        <h2 class="govuk-heading-m" id="answers-heading">
          Answers
        </h2>
        <dl class="govuk-summary-list">
          {sheet.questions.map((q) => (
            <div class="govuk-summary-list__row" key={q.id}>
              <dt class="govuk-summary-list__key">
                {q.number}. {q.text}
              </dt>
              <dd class="govuk-summary-list__value">{q.answer?.display ?? 'No answer yet'}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  // The error names `answers.<i>.<field>`; `sent` maps i back to the question, so the summary links to its box.
  const failed = save.error?.field?.match(/^answers\.(\d+)\.(\w+)$/);
  const failedId = failed ? `answer-${sent[+failed[1]]}-${failed[2] === 'questionId' ? 'qualifier' : failed[2]}` : undefined;
  const errorFor = (id: string) => (failedId === id ? save.error?.message : undefined);
  const set = (id: string, change: Partial<Draft>) => {
    setSaved(false);
    setDrafts((d) => ({ ...d, [id]: { ...d[id], ...change } }));
  };

  return (
    <section aria-labelledby="answers-heading" class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id="answers-heading">
        Record the reply’s answers
      </h2>
      {saved && <Notice>Answers saved.</Notice>}
      <ErrorSummary error={save.error} fields={save.error?.field && failedId ? { [save.error.field]: failedId } : {}} />
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const chosen = sheet.questions.filter((q) => drafts[q.id]?.qualifier);
          setSent(chosen.map((q) => q.id));
          const done = await save.run({
            input: {
              requestId,
              // "No answer yet" on a question that had one takes it away.
              clearQuestionIds: sheet.questions.filter((q) => q.answer && !drafts[q.id]?.qualifier).map((q) => q.id),
              answers: chosen.map((q) => {
                const d = drafts[q.id];
                return { questionId: q.id, qualifier: d.qualifier as FoiAnswerQualifier, value: VALUED.has(d.qualifier as FoiAnswerQualifier) ? d.value : null, note: d.note, source: d.source };
              }),
            },
          });
          if (done) {
            setSaved(true);
            await reload();
          }
        }}
      >
        {sheet.questions.map((q) => {
          const d = drafts[q.id] ?? { qualifier: '', value: '', note: '', source: '' };
          const valued = VALUED.has(d.qualifier as FoiAnswerQualifier);
          return (
            <fieldset class="govuk-fieldset app-foi-answer" key={q.id} aria-describedby={q.definition ? `answer-${q.id}-definition` : undefined}>
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                {q.number}. {q.text}
              </legend>
              {q.definition && (
                <p class="govuk-hint" id={`answer-${q.id}-definition`}>
                  {q.definition}
                </p>
              )}
              <Select id={`answer-${q.id}-qualifier`} label="How they answered" options={QUALIFIER_OPTIONS} value={d.qualifier} error={errorFor(`answer-${q.id}-qualifier`)} onChange={(e) => set(q.id, { qualifier: (e.currentTarget as HTMLSelectElement).value as FoiAnswerQualifier })} />
              {valued && (
                <TextInput id={`answer-${q.id}-value`} label="Value" hint={VALUE_HINTS[q.unit]} value={d.value} error={errorFor(`answer-${q.id}-value`)} class="govuk-input--width-20" onInput={(e) => set(q.id, { value: (e.currentTarget as HTMLInputElement).value })} />
              )}
              <TextInput id={`answer-${q.id}-source`} label="Where in the reply (optional)" hint="For example page 2, paragraph 3" value={d.source} error={errorFor(`answer-${q.id}-source`)} class="govuk-input--width-20" onInput={(e) => set(q.id, { source: (e.currentTarget as HTMLInputElement).value })} />
              <TextArea id={`answer-${q.id}-note`} label="Note (optional)" rows={2} value={d.note} error={errorFor(`answer-${q.id}-note`)} onInput={(e) => set(q.id, { note: (e.currentTarget as HTMLTextAreaElement).value })} />
            </fieldset>
          );
        })}
        <Button disabled={save.pending}>Save answers</Button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={`/foi/campaigns/${sheet.campaignId}/matrix`}>
          See all authorities’ answers
        </a>
      </p>
    </section>
  );
}
