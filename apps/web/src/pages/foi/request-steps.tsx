import { useState } from 'preact/hooks';
import { Button, ErrorSummary, Select, TextArea, TextInput } from '../../components/ui';
import type { FoiRequestQuery, FoiRequestStatus } from '../../gql/graphql';
import { useMutation } from '../../lib/hooks';
import { STATUSES, todayInLondon } from './labels';
import { ANSWER_FOI_CLARIFICATION, EXTEND_FOI_REQUEST, RECORD_FOI_PORTAL_SUBMISSION, REQUEST_FOI_CLARIFICATION, SET_FOI_REQUEST_STATUS, START_FOI_INTERNAL_REVIEW } from './operations';

type Request = NonNullable<FoiRequestQuery['foiRequest']>;

const SETTABLE: FoiRequestStatus[] = ['ANSWERED', 'PARTLY_ANSWERED', 'REFUSED', 'NOT_HELD', 'ICO_COMPLAINT', 'CLOSED', 'AWAITING'] as FoiRequestStatus[];

/** The coordinator's steps on a request, each its own small form: what can happen next from where it stands. */
export function RequestSteps({ r, onDone }: { r: Request; onDone(message: string): void }) {
  if (!r.sentAt && r.sentVia === 'PORTAL') return <PortalForm r={r} onDone={onDone} />;
  if (!r.sentAt) return <p class="govuk-body">The letter is on its way by email; the clock starts the day it is sent.</p>;
  return (
    <>
      {r.status === 'AWAITING' && <ClarificationForm r={r} asked onDone={onDone} />}
      {r.status === 'CLARIFICATION_REQUESTED' && <ClarificationForm r={r} asked={false} onDone={onDone} />}
      {r.status === 'AWAITING' && <ExtensionForm r={r} onDone={onDone} />}
      {r.status !== 'CLARIFICATION_REQUESTED' && <StatusForm r={r} onDone={onDone} />}
      {/* Offered once there is something to review: an answer, a refusal, or silence past the due date. */}
      {r.internalReviewDraft && !['INTERNAL_REVIEW', 'CLOSED', 'ICO_COMPLAINT'].includes(r.status) && (r.status !== 'AWAITING' || r.clock.kind === 'OVERDUE') && <ReviewForm r={r} onDone={onDone} />}
    </>
  );
}

function PortalForm({ r, onDone }: { r: Request; onDone(m: string): void }) {
  const record = useMutation(RECORD_FOI_PORTAL_SUBMISSION);
  const [on, setOn] = useState(todayInLondon());
  const [reference, setReference] = useState('');
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await record.run({ requestId: r.id, input: { submittedOn: on, reference: reference || null } })) onDone('Recorded as submitted through the portal; the clock has started.');
      }}
    >
      <h3 class="govuk-heading-s">Submitted through the portal</h3>
      <p class="govuk-body">
        Copy the letter into{' '}
        <a class="govuk-link" href={r.sentTo} rel="noopener noreferrer">
          the council’s FOI portal
        </a>
        , then record the day you submitted it.
      </p>
      <ErrorSummary error={record.error} fields={{ submittedOn: 'foi-portal-on' }} />
      <TextInput id="foi-portal-on" type="date" label="Submitted on" value={on} onInput={(e) => setOn(e.currentTarget.value)} error={record.error?.field === 'submittedOn' ? record.error.message : undefined} />
      <TextInput id="foi-portal-ref" label="Portal reference (optional)" value={reference} onInput={(e) => setReference(e.currentTarget.value)} />
      <Button disabled={record.pending}>Record as submitted</Button>
    </form>
  );
}

function ClarificationForm({ r, asked, onDone }: { r: Request; asked: boolean; onDone(m: string): void }) {
  const ask = useMutation(REQUEST_FOI_CLARIFICATION);
  const answer = useMutation(ANSWER_FOI_CLARIFICATION);
  const step = asked ? ask : answer;
  const [on, setOn] = useState(todayInLondon());
  const [note, setNote] = useState('');
  const id = asked ? 'foi-clar-ask' : 'foi-clar-answer';
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await step.run({ requestId: r.id, input: { on, note } })) onDone(asked ? 'Clarification recorded: the clock has stopped.' : 'Clarification given: the clock runs again.');
      }}
    >
      <h3 class="govuk-heading-s">{asked ? 'The authority asked for clarification' : 'We gave the clarification'}</h3>
      <ErrorSummary error={step.error} fields={{ on: `${id}-on` }} />
      <TextInput id={`${id}-on`} type="date" label={asked ? 'Asked on' : 'Given on'} value={on} onInput={(e) => setOn(e.currentTarget.value)} error={step.error?.field === 'on' ? step.error.message : undefined} />
      <TextArea id={`${id}-note`} label={asked ? 'What they asked' : 'What we said'} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <Button disabled={step.pending} class="govuk-button govuk-button--secondary">
        {asked ? 'Stop the clock' : 'Restart the clock'}
      </Button>
    </form>
  );
}

function ExtensionForm({ r, onDone }: { r: Request; onDone(m: string): void }) {
  const extend = useMutation(EXTEND_FOI_REQUEST);
  const [days, setDays] = useState('20');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(todayInLondon());
  const err = (f: string) => (extend.error?.field === f ? extend.error.message : undefined);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await extend.run({ requestId: r.id, input: { workingDays: Number(days), reason, on } })) onDone('Extension recorded: the due date has moved.');
      }}
    >
      <h3 class="govuk-heading-s">Public-interest extension</h3>
      <ErrorSummary error={extend.error} fields={{ workingDays: 'foi-ext-days', reason: 'foi-ext-reason', on: 'foi-ext-on' }} />
      <TextInput id="foi-ext-days" type="number" inputMode="numeric" min={1} max={20} class="govuk-input--width-3" label="Extra working days" hint="Up to 20, as the ICO’s guidance allows." value={days} onInput={(e) => setDays(e.currentTarget.value)} error={err('workingDays')} />
      <TextInput id="foi-ext-reason" label="Reason given" value={reason} onInput={(e) => setReason(e.currentTarget.value)} error={err('reason')} />
      <TextInput id="foi-ext-on" type="date" label="Told on" value={on} onInput={(e) => setOn(e.currentTarget.value)} error={err('on')} />
      <Button disabled={extend.pending} class="govuk-button govuk-button--secondary">
        Record the extension
      </Button>
    </form>
  );
}

function StatusForm({ r, onDone }: { r: Request; onDone(m: string): void }) {
  const set = useMutation(SET_FOI_REQUEST_STATUS);
  const [status, setStatus] = useState<FoiRequestStatus>((r.status === 'AWAITING' ? 'ANSWERED' : r.status) as FoiRequestStatus);
  const [on, setOn] = useState(todayInLondon());
  const [section, setSection] = useState(r.refusalSection ?? '');
  const [ico, setIco] = useState(r.icoReference ?? '');
  const err = (f: string) => (set.error?.field === f ? set.error.message : undefined);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await set.run({ requestId: r.id, input: { status, on, refusalSection: status === 'REFUSED' ? section : null, icoReference: status === 'ICO_COMPLAINT' ? ico : null } })) onDone(`Status: ${STATUSES[status]}.`);
      }}
    >
      <h3 class="govuk-heading-s">Change the status</h3>
      <ErrorSummary error={set.error} fields={{ refusalSection: 'foi-status-section', icoReference: 'foi-status-ico', on: 'foi-status-on' }} />
      <Select id="foi-status" label="Status" value={status} onChange={(e) => setStatus(e.currentTarget.value as FoiRequestStatus)} options={SETTABLE.map((s) => ({ value: s, label: STATUSES[s] }))} />
      {status === 'REFUSED' && <TextInput id="foi-status-section" label="Section of the Act cited" hint="For example s.12 (cost limit) or s.40(2) (personal information)." value={section} onInput={(e) => setSection(e.currentTarget.value)} error={err('refusalSection')} />}
      {status === 'ICO_COMPLAINT' && <TextInput id="foi-status-ico" label="ICO case reference" value={ico} onInput={(e) => setIco(e.currentTarget.value)} error={err('icoReference')} />}
      <TextInput id="foi-status-on" type="date" label="On" value={on} onInput={(e) => setOn(e.currentTarget.value)} error={err('on')} />
      <Button disabled={set.pending} class="govuk-button govuk-button--secondary">
        Save the status
      </Button>
    </form>
  );
}

function ReviewForm({ r, onDone }: { r: Request; onDone(m: string): void }) {
  const start = useMutation(START_FOI_INTERNAL_REVIEW);
  const [letter, setLetter] = useState(r.internalReviewDraft ?? '');
  const [on, setOn] = useState(todayInLondon());
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await start.run({ requestId: r.id, input: { requestedOn: on, letter } })) onDone('Internal review asked for: it has its own 20 working days.');
      }}
    >
      <h3 class="govuk-heading-s">Ask for an internal review</h3>
      <p class="govuk-body">Drafted from the template for this request. Send it to the authority, then record it here.</p>
      <ErrorSummary error={start.error} fields={{ letter: 'foi-review-letter', requestedOn: 'foi-review-on' }} />
      <TextArea id="foi-review-letter" label="Letter" rows={12} value={letter} onInput={(e) => setLetter(e.currentTarget.value)} error={start.error?.field === 'letter' ? start.error.message : undefined} />
      <TextInput id="foi-review-on" type="date" label="Asked on" value={on} onInput={(e) => setOn(e.currentTarget.value)} error={start.error?.field === 'requestedOn' ? start.error.message : undefined} />
      <Button disabled={start.pending} class="govuk-button govuk-button--secondary">
        Record the internal review
      </Button>
    </form>
  );
}
