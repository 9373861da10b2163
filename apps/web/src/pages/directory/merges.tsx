import { useState } from 'preact/hooks';
import { Empty, ErrorState, Loading, Notice, PageHeading, formatDateTime } from '../../components/ui';
import type { DirectoryMergeProposalsQuery } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { isCoordinator, useSession } from '../../lib/session';
import { KINDS } from './labels';
import { CoordinatorsOnly, DirectoryNav } from './parts';
import { DISMISS_MERGE, MERGE_ORGANISATIONS, MERGE_PROPOSALS, UNDO_MERGE } from './upkeep-operations';

type Proposal = DirectoryMergeProposalsQuery['directoryMergeProposals'][number];
type Candidate = Proposal['first'];

const REASONS: Record<string, string> = { SIMILAR_NAME: 'Similar names', SAME_CHARITY_NUMBER: 'Same charity number', SAME_WEBSITE: 'Same website' };

function CandidateCard({ c }: { c: Candidate }) {
  return (
    <div class="govuk-grid-column-one-half">
      <h3 class="govuk-heading-s">
        <a class="govuk-link" href={`/directory/organisations/${c.id}`}>
          {c.name}
        </a>
      </h3>
      <ul class="govuk-list govuk-body-s">
        <li>{KINDS[c.kind] ?? c.kind}</li>
        {c.charityNumber && <li>Charity {c.charityNumber}</li>}
        {c.website && <li>{c.website}</li>}
        <li>
          {c.services} services · {c.contacts} contacts · {c.people} people
        </li>
      </ul>
    </div>
  );
}

/**
 * Coordinators: pairs of organisations that look like one, to merge (choosing which name stays)
 * or dismiss; and the merges done, each with its undo.
 */
export function MergeReviewPage() {
  useTitle('Possible duplicates');
  const { me } = useSession();
  const coordinator = isCoordinator(me);
  const { data, error, loading, reload } = useQuery(MERGE_PROPOSALS, {}, { skip: !coordinator });
  const merge = useMutation(MERGE_ORGANISATIONS);
  const undo = useMutation(UNDO_MERGE);
  const dismiss = useMutation(DISMISS_MERGE);
  const [notice, setNotice] = useState<string>();
  if (!coordinator) return <CoordinatorsOnly />;
  const pending = merge.pending || undo.pending || dismiss.pending;
  const mergeInto = async (p: Proposal, survivor: Candidate, merged: Candidate) => {
    const done = await merge.run({ survivorId: survivor.id, mergedId: merged.id, reasons: p.reasons });
    if (done) {
      setNotice(`${done.mergeOrganisations.mergedName} merged into ${done.mergeOrganisations.survivorName ?? survivor.name}.`);
      await reload();
    }
  };
  const error_ = merge.error ?? undo.error ?? dismiss.error;
  return (
    <>
      <PageHeading caption="Directory">Possible duplicates</PageHeading>
      <DirectoryNav current="merges" coordinator />
      {notice && <Notice>{notice}</Notice>}
      {error_ && <ErrorState error={error_} />}
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} retry={reload} />}
      <p class="govuk-body">Merging moves everything of one organisation (services, locations, contacts, people, group seats) to the other and removes it. Every merge can be undone below.</p>
      {data && data.directoryMergeProposals.length === 0 && <Empty>No organisations look like duplicates.</Empty>}
      {data?.directoryMergeProposals.map((p) => (
        <section class="govuk-inset-text" key={`${p.first.id}:${p.second.id}`} aria-label={`${p.first.name} and ${p.second.name}`}>
          <p class="govuk-body-s">
            <strong>{p.reasons.map((r) => REASONS[r] ?? r).join(', ')}</strong> · names {Math.round(p.similarity * 100)}% alike
          </p>
          <div class="govuk-grid-row">
            <CandidateCard c={p.first} />
            <CandidateCard c={p.second} />
          </div>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button" disabled={pending} onClick={() => mergeInto(p, p.first, p.second)}>
              Keep {p.first.name}
              <span class="govuk-visually-hidden">, merging {p.second.name} into it</span>
            </button>
            <button type="button" class="govuk-button" disabled={pending} onClick={() => mergeInto(p, p.second, p.first)}>
              Keep {p.second.name}
              <span class="govuk-visually-hidden">, merging {p.first.name} into it</span>
            </button>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              disabled={pending}
              onClick={async () => {
                if (await dismiss.run({ firstId: p.first.id, secondId: p.second.id })) await reload();
              }}
            >
              Not the same<span class="govuk-visually-hidden">: {p.first.name} and {p.second.name}</span>
            </button>
          </div>
        </section>
      ))}
      <h2 class="govuk-heading-m">Merges done</h2>
      {data && data.organisationMerges.length === 0 && <Empty>No merges yet.</Empty>}
      {data && data.organisationMerges.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">Merges done, newest first</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Merged</th>
              <th scope="col" class="govuk-table__header">Into</th>
              <th scope="col" class="govuk-table__header">When</th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">Undo</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {data.organisationMerges.map((m) => (
              <tr class="govuk-table__row" key={m.id}>
                <td class="govuk-table__cell">{m.mergedName}</td>
                <td class="govuk-table__cell">{m.survivorName ?? 'An organisation since removed'}</td>
                <td class="govuk-table__cell">{formatDateTime(m.mergedAt)}</td>
                <td class="govuk-table__cell">
                  {m.undoneAt ? (
                    `Undone ${formatDateTime(m.undoneAt)}`
                  ) : (
                    <button
                      type="button"
                      class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      disabled={pending}
                      onClick={async () => {
                        if (await undo.run({ id: m.id })) {
                          setNotice(`${m.mergedName} is back as it was.`);
                          await reload();
                        }
                      }}
                    >
                      Undo<span class="govuk-visually-hidden"> the merge of {m.mergedName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
