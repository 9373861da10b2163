import { useState } from 'preact/hooks';
import { ErrorState, Loading, Notice, PageHeading, Tag, formatDate } from '../../components/ui';
import { useQuery, useTitle } from '../../lib/hooks';
import { RecordAnswers } from './answers/record-answers';
import { Correspondence } from './correspondence';
import { STATUSES, STATUS_COLOURS } from './labels';
import { FOI_REQUEST } from './operations';
import { RequestSteps } from './request-steps';

const Row = ({ label, children }: { label: string; children: preact.ComponentChildren }) => (
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">{label}</dt>
    <dd class="govuk-summary-list__value">{children}</dd>
  </div>
);

/** One authority's request: its clock, where it stands, the steps, the answers and the correspondence. */
export function FoiRequestPage({ requestId }: { requestId: string }) {
  const { data, error, loading, reload } = useQuery(FOI_REQUEST, { id: requestId });
  const [notice, setNotice] = useState<string>();
  const r = data?.foiRequest;
  useTitle(r ? `${r.organisation?.name ?? 'Request'}: FOI request` : 'FOI request');
  if (loading && !r) return <Loading what="Loading the request" />;
  if (error && !r) return <ErrorState error={error} retry={reload} />;
  if (!r) return null;
  const manage = r.viewerCan.manage;
  return (
    <>
      <p class="govuk-body">
        <a class="govuk-link" href={`/foi/campaigns/${r.campaignId}`}>
          {r.campaign?.title ?? 'The campaign'}
        </a>
      </p>
      <PageHeading caption="FOI request">{r.organisation?.name ?? 'Authority'}</PageHeading>
      {notice && <Notice>{notice}</Notice>}
      <p class={`app-foi-clock app-foi-clock--${r.clock.kind.toLowerCase()}`} role="status">
        <Tag colour={STATUS_COLOURS[r.status]}>{STATUSES[r.status]}</Tag> <strong>{r.clock.text}</strong>
      </p>
      <dl class="govuk-summary-list">
        <Row label="Sent to">{r.sentVia === 'PORTAL' ? `Council portal: ${r.sentTo}` : r.sentTo}</Row>
        <Row label="Sent">{r.sentAt ? formatDate(r.sentAt) : 'Not yet'}</Row>
        {r.portalReference && <Row label="Portal reference">{r.portalReference}</Row>}
        <Row label="Received (day 0)">{r.receivedOn ? formatDate(r.receivedOn) : '—'}</Row>
        <Row label="Due">{r.dueOn ? formatDate(r.dueOn) : r.status === 'CLARIFICATION_REQUESTED' ? 'Clock stopped' : '—'}</Row>
        {r.extensionWorkingDays && (
          <Row label="Extension">
            {r.extensionWorkingDays} working days: {r.extensionReason}
          </Row>
        )}
        {r.clarifications.map((c) => (
          <Row label="Clarification" key={c.id}>
            Asked {formatDate(c.requestedOn)}; {c.answeredOn ? `answered ${formatDate(c.answeredOn)}` : 'not answered yet'}
          </Row>
        ))}
        {r.refusalSection && <Row label="Refused under">{r.refusalSection}</Row>}
        {r.internalReviewRequestedOn && (
          <Row label="Internal review">
            Asked {formatDate(r.internalReviewRequestedOn)}
            {r.internalReviewDueOn ? `; due ${formatDate(r.internalReviewDueOn)}` : ''}
          </Row>
        )}
        {r.icoReference && (
          <Row label="ICO complaint">
            {r.icoReference}
            {r.icoComplainedOn ? `, ${formatDate(r.icoComplainedOn)}` : ''}
          </Row>
        )}
      </dl>
      {manage && (
        <section aria-labelledby="foi-steps-heading">
          <h2 class="govuk-heading-m" id="foi-steps-heading">
            What happened
          </h2>
          <RequestSteps
            r={r}
            onDone={async (message) => {
              setNotice(message);
              await reload();
            }}
          />
        </section>
      )}
      {/* Recording the reply with its answers, question by question. */}
      {r.sentAt && (
        <div data-slot="foi-record-answers">
          <RecordAnswers requestId={r.id} />
        </div>
      )}
      <Correspondence requestId={r.id} entries={r.correspondence} manage={manage} onChanged={() => void reload()} />
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">The letter as sent</span>
        </summary>
        <div class="govuk-details__text">
          <p class="govuk-body">
            <strong>{r.letterSubject}</strong>
          </p>
          <p class="govuk-body app-pre-line">{r.letterText}</p>
        </div>
      </details>
    </>
  );
}
