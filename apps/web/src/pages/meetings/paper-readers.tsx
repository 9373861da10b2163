import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Loading } from '../../components/ui';
import { graphql } from '../../gql';
import type { PaperConfidentiality } from '../../gql/graphql';
import { useQuery } from '../../lib/hooks';
import { useMeeting } from './context';
import { errorFor, useAction } from './forms';
import { CONFIDENTIALITY, type PaperFile } from './paper-files';

/** Who may be named: people who can read the item (or minutes), asked for only when the screen opens. */
export const PAPER_READER_CHOICES = graphql(`
  query PaperReaderChoices($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      agendaItems {
        id
        files {
          id
          readerChoices {
            id
            name
          }
        }
      }
      minutes {
        id
        files {
          id
          readerChoices {
            id
            name
          }
        }
      }
    }
  }
`);

export const PAPER_SET_CONFIDENTIALITY = graphql(`
  mutation PaperSetConfidentiality($paperId: ID!, $confidentiality: PaperConfidentiality!, $readerIds: [ID!]) {
    setPaperConfidentiality(paperId: $paperId, confidentiality: $confidentiality, readerIds: $readerIds) {
      id
      confidentiality
    }
  }
`);

const LEVELS: { value: PaperConfidentiality; hint: string }[] = [
  { value: 'GROUP' as PaperConfidentiality, hint: 'The group’s members, and those who manage the meeting.' },
  { value: 'PARTNERSHIP' as PaperConfidentiality, hint: 'Everyone in the partnership who can see the meeting.' },
  { value: 'PUBLIC' as PaperConfidentiality, hint: 'May also appear on the public page once the minutes are published.' },
  { value: 'RESTRICTED' as PaperConfidentiality, hint: 'Only the people you name below, and those who manage the meeting (for exempt items).' },
];

/** The form inside the disclosure: rendered only once it is opened, so the choices load then. */
function ReadersForm({ file, close }: { file: PaperFile; close(): void }) {
  const { meeting, done } = useMeeting();
  const [level, setLevel] = useState<PaperConfidentiality>(file.confidentiality);
  const [chosen, setChosen] = useState<Set<string>>(new Set((file.readers ?? []).map((r) => r.id)));
  const choices = useQuery(PAPER_READER_CHOICES, { meetingId: meeting.id });
  const save = useAction(PAPER_SET_CONFIDENTIALITY);
  const prefix = `readers-${file.id}`;
  const all = [...(choices.data?.meeting.agendaItems.flatMap((i) => i.files) ?? []), ...(choices.data?.meeting.minutes?.files ?? [])];
  const people = all.find((f) => f.id === file.id)?.readerChoices ?? [];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const restricted = level === 'RESTRICTED';
    if (restricted && chosen.size === 0) return save.fail('readerIds', 'Choose at least one person who may read this file');
    if (await save.run({ paperId: file.id, confidentiality: level, readerIds: restricted ? [...chosen] : [] })) {
      close();
      await done(meeting.minutes?.files.some((f) => f.id === file.id) ? 'minutes' : 'agenda', restricted ? `Only ${chosen.size === 1 ? 'the person' : `the ${chosen.size} people`} you named, and those who manage the meeting, can now open “${file.title}”.` : `“${file.title}” can now be read by: ${CONFIDENTIALITY[level].toLowerCase()}.`);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary error={save.error} fields={{ readerIds: `${prefix}-people`, confidentiality: `${prefix}-level-GROUP` }} />
      <div class="govuk-form-group">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who may read “{file.title}”</legend>
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {LEVELS.map((l) => (
              <div class="govuk-radios__item" key={l.value}>
                <input class="govuk-radios__input" id={`${prefix}-level-${l.value}`} name={`${prefix}-level`} type="radio" value={l.value} checked={level === l.value} onChange={() => setLevel(l.value)} aria-describedby={`${prefix}-level-${l.value}-hint`} />
                <label class="govuk-label govuk-radios__label" for={`${prefix}-level-${l.value}`}>
                  {CONFIDENTIALITY[l.value]}
                </label>
                <div class="govuk-hint govuk-radios__hint" id={`${prefix}-level-${l.value}-hint`}>
                  {l.hint}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {level === 'RESTRICTED' && (
        <div class={`govuk-form-group${errorFor(save.error, 'readerIds') ? ' govuk-form-group--error' : ''}`}>
          <fieldset class="govuk-fieldset" aria-describedby={`${prefix}-people-hint`}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Named readers</legend>
            <div class="govuk-hint" id={`${prefix}-people-hint`}>
              People who can see this meeting. Those who manage the meeting can always open the file.
            </div>
            {errorFor(save.error, 'readerIds') && (
              <p class="govuk-error-message" id={`${prefix}-people-error`}>
                <span class="govuk-visually-hidden">Error:</span> {errorFor(save.error, 'readerIds')}
              </p>
            )}
            {choices.loading ? (
              <Loading what="Loading the people who can see this meeting" />
            ) : (
              <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes" id={`${prefix}-people`}>
                {people.map((person) => (
                  <div class="govuk-checkboxes__item" key={person.id}>
                    <input
                      class="govuk-checkboxes__input"
                      id={`${prefix}-person-${person.id}`}
                      type="checkbox"
                      checked={chosen.has(person.id)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if ((e.currentTarget as HTMLInputElement).checked) next.add(person.id);
                        else next.delete(person.id);
                        setChosen(next);
                      }}
                    />
                    <label class="govuk-label govuk-checkboxes__label" for={`${prefix}-person-${person.id}`}>
                      {person.name}
                    </label>
                  </div>
                ))}
              </div>
            )}
          </fieldset>
        </div>
      )}
      <Button secondary disabled={save.pending}>
        Save who may read it
      </Button>
    </form>
  );
}

/** Managers see who may read a file (the named readers of a restricted one) and change it. */
export function PaperReaders({ file }: { file: PaperFile }) {
  const [open, setOpen] = useState(false);
  const named = file.readers ?? [];
  return (
    <details class="govuk-details govuk-!-margin-bottom-2" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">
          Who may read<span class="govuk-visually-hidden">: {file.title}</span>
        </span>
      </summary>
      <div class="govuk-details__text">
        {file.confidentiality === 'RESTRICTED' && (
          <p class="govuk-body">{named.length ? `Named readers: ${named.map((r) => r.name).join(', ')}.` : 'No one is named yet: only those who manage the meeting can open it.'}</p>
        )}
        {open && <ReadersForm file={file} close={() => setOpen(false)} />}
      </div>
    </details>
  );
}
