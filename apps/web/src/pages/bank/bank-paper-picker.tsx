import { useState } from 'preact/hooks';
import { Button, TextInput } from '../../components/ui';
import { useMutation, useQuery } from '../../lib/hooks';
import { ErrorList, apiErrors } from '../admin/shared';
import { typeLabel } from './labels';
import { BANK_PICKER_SEARCH, CITE_RESOURCE, ITEM_BANK_PAPERS, REMOVE_CITATION } from './extras-operations';

/**
 * On an agenda item's edit screen: the knowledge bank resources taken as its papers, and a
 * search of the bank to pick another. Members see them with the item's other papers; each reader
 * only sees resources they may open.
 */
export function BankPaperPicker({ meetingId, itemId, itemTitle }: { meetingId: string; itemId: string; itemTitle: string }) {
  const papers = useQuery(ITEM_BANK_PAPERS, { meetingId });
  const [text, setText] = useState('');
  const [asked, setAsked] = useState<string>();
  const found = useQuery(BANK_PICKER_SEARCH, { text: asked ?? null }, { skip: asked === undefined });
  const cite = useMutation(CITE_RESOURCE);
  const remove = useMutation(REMOVE_CITATION);
  const [status, setStatus] = useState('');
  const current = papers.data?.meeting.agendaItems.find((i) => i.id === itemId)?.bankPapers ?? [];
  const id = `bank-picker-${itemId}`;

  const pick = async (resourceId: string, title: string) => {
    if (await cite.run({ input: { resourceId, agendaItemId: itemId, asPaper: true } })) {
      setStatus(`“${title}” is now a paper for ${itemTitle}.`);
      papers.reload();
    }
  };
  const drop = async (citationId: string, title: string) => {
    if (await remove.run({ id: citationId })) {
      setStatus(`“${title}” is no longer a paper for ${itemTitle}.`);
      papers.reload();
    }
  };

  return (
    <section class="app-bank-picker" aria-labelledby={`${id}-heading`}>
      <h3 class="govuk-heading-s" id={`${id}-heading`}>
        Papers from the knowledge bank
      </h3>
      <p class="govuk-body" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorList errors={apiErrors(cite.error ?? remove.error)} />
      {current.length ? (
        <ul class="govuk-list">
          {current.map((c) => (
            <li key={c.id}>
              <a class="govuk-link" href={c.resourceUrl}>
                {c.resourceTitle}
              </a>{' '}
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => drop(c.id, c.resourceTitle)}>
                Remove<span class="govuk-visually-hidden"> {c.resourceTitle}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="govuk-body app-secondary">No resources from the bank yet.</p>
      )}
      <form
        role="search"
        aria-label={`Find a bank resource for ${itemTitle}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(text.trim());
        }}
      >
        <div class="app-manage-search">
          <TextInput id={`${id}-search`} label="Search the knowledge bank" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <Button secondary>Search</Button>
        </div>
      </form>
      {found.data && (
        <ul class="govuk-list" aria-label="Resources found">
          {found.data.resources.items.length === 0 && <li>No resources match.</li>}
          {found.data.resources.items.map((r) => (
            <li key={r.id}>
              {r.title} <span class="app-secondary">({typeLabel(r.type)}, {r.year})</span>{' '}
              <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" disabled={current.some((c) => c.resourceTitle === r.title) || cite.pending} onClick={() => pick(r.id, r.title)}>
                Add as a paper<span class="govuk-visually-hidden">: {r.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
