import { Button, ErrorState, ErrorSummary, Loading, Notice, PageHeading, Tag, formatDateTime } from '../../../components/ui';
import { useMutation, useQuery, useTitle } from '../../../lib/hooks';
import { useState } from 'preact/hooks';
import { FOI_PUBLISHING, SIGN_OFF_FOI_DATASET, WITHDRAW_FOI_DATASET } from './operations';

/** Coordinators: sign off the answers as they are now, so they appear on the public page; or take them down. */
export function FoiPublishPage({ campaignId }: { campaignId: string }) {
  useTitle('Publish the answers');
  const { data, error, loading, reload } = useQuery(FOI_PUBLISHING, { campaignId });
  const signOff = useMutation(SIGN_OFF_FOI_DATASET);
  const withdraw = useMutation(WITHDRAW_FOI_DATASET);
  const [done, setDone] = useState<string | null>(null);
  const p = data?.foiPublishing;
  if (loading && !p) return <Loading what="Loading" />;
  if (error && !p) return <ErrorState error={error} retry={reload} />;
  if (!p) return null;
  const current = p.datasets.find((d) => !d.withdrawnAt);
  return (
    <>
      <PageHeading>Publish the answers</PageHeading>
      <p class="govuk-body">
        <a class="govuk-link" href={`/foi/campaigns/${campaignId}/matrix`}>
          Back to the answers
        </a>
      </p>
      {done && <Notice>{done}</Notice>}
      <ErrorSummary error={signOff.error ?? withdraw.error} />
      <p class="govuk-body">
        Signing off publishes the letters and every authority’s answers as they are now on the public page. Names, email addresses and telephone numbers are taken out. Answers recorded later appear only when you sign off again.
      </p>
      {current ? (
        <p class="govuk-body">
          <Tag colour="green">Published</Tag> Version {current.version}, signed off {formatDateTime(current.signedOffAt)}
          {current.signedOffByName && ` by ${current.signedOffByName}`}.{' '}
          <a class="govuk-link" href={current.publicUrl}>
            See the public page
          </a>
        </p>
      ) : (
        <p class="govuk-body">
          <Tag colour="grey">Not published</Tag>
        </p>
      )}
      {p.publishable ? (
        <div class="govuk-button-group">
          <Button
            type="button"
            disabled={signOff.pending}
            onClick={async () => {
              if (await signOff.run({ campaignId })) {
                setDone('Signed off and published.');
                await reload();
              }
            }}
          >
            {current ? 'Sign off again with the latest answers' : 'Sign off and publish'}
          </Button>
          {current && (
            <Button
              type="button"
              warning
              disabled={withdraw.pending}
              onClick={async () => {
                if (await withdraw.run({ campaignId })) {
                  setDone('Taken off the public page.');
                  await reload();
                }
              }}
            >
              Take off the public page
            </Button>
          )}
        </div>
      ) : (
        <p class="govuk-inset-text">{p.notPublishableReason}</p>
      )}
      {p.datasets.length > 0 && (
        <>
          <h2 class="govuk-heading-m">Versions</h2>
          <ul class="govuk-list">
            {p.datasets.map((d) => (
              <li key={d.id}>
                Version {d.version}: signed off {formatDateTime(d.signedOffAt)}
                {d.signedOffByName && ` by ${d.signedOffByName}`}
                {d.withdrawnAt ? `, taken down ${formatDateTime(d.withdrawnAt)}` : ' (current)'}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
