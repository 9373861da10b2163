import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, ErrorState, ErrorSummary, Loading, Notice, PageHeading, TextArea, TextInput, formatDate } from '../../components/ui';
import { graphql } from '../../gql';
import type { GroupsTermsQuery, TermsInput } from '../../gql/graphql';
import type { ApiError } from '../../lib/api';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { DateInput, FieldErrorSummary, TermsStatusTag, TermsSummary, TextBlocks, VersionHistory, WarningText, type DateParts, type FieldError } from './parts';
import { SEATS } from '../directory/labels';
import { CheckboxGroup } from '../directory/parts';

const TERMS = graphql(`
  query GroupsTerms($id: ID!) {
    group(id: $id) {
      id
      name
      myRole
      viewerCan {
        edit
      }
      currentTerms {
        ...GroupsTermsFields
      }
      termsHistory {
        ...GroupsTermsFields
      }
    }
  }
`);

const CREATE_DRAFT = graphql(`
  mutation GroupsCreateTermsDraft($groupId: ID!) {
    createTermsDraft(groupId: $groupId) {
      id
      version
      status
    }
  }
`);

const UPDATE_DRAFT = graphql(`
  mutation GroupsUpdateTermsDraft($id: ID!, $input: TermsInput!) {
    updateTermsDraft(id: $id, input: $input) {
      id
      version
      status
    }
  }
`);

const PROPOSE = graphql(`
  mutation GroupsProposeTerms($id: ID!) {
    proposeTerms(id: $id) {
      id
      version
      status
    }
  }
`);

const APPROVE = graphql(`
  mutation GroupsApproveTerms($id: ID!) {
    approveTerms(id: $id) {
      id
      version
      status
    }
  }
`);

type Version = GroupsTermsQuery['group']['termsHistory'][number];

/** Where each field's errors link to. */
const IDS = { purpose: 'terms-purpose', membership: 'terms-membership', quorum: 'terms-quorum', cadence: 'terms-cadence', reviewDate: 'terms-review', body: 'terms-body' } as const;
type FieldName = keyof typeof IDS;
const LINK_TARGET: Record<string, string> = { ...IDS, reviewDate: 'terms-review-day' };
const ORDER: FieldName[] = ['purpose', 'membership', 'quorum', 'cadence', 'reviewDate', 'body'];

interface Values {
  purpose: string;
  membership: string;
  quorum: string;
  /** Seats a quorum needs present (the directory's seat words). */
  quorumSeats: string[];
  cadence: string;
  review: DateParts;
  body: string;
}

const toParts = (iso: string | null): DateParts => {
  const found = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return found ? { day: String(Number(found[3])), month: String(Number(found[2])), year: found[1] } : { day: '', month: '', year: '' };
};

/** Checks the form as the API would, in words people use; returns the input or the errors. */
function validate(values: Values, draft: Version): { input?: TermsInput; errors: Partial<Record<FieldName, string>> } {
  const errors: Partial<Record<FieldName, string>> = {};
  const purpose = values.purpose.trim();
  if (!purpose) errors.purpose = 'Enter the purpose of the group';
  else if (purpose.length > 5000) errors.purpose = 'The purpose must be 5,000 characters or fewer';
  if (values.membership.trim().length > 5000) errors.membership = 'Membership must be 5,000 characters or fewer';
  if (values.cadence.trim().length > 500) errors.cadence = 'How often it meets must be 500 characters or fewer';
  if (values.body.length > 50_000) errors.body = 'The full text must be 50,000 characters or fewer';

  let quorum: number | null = null;
  const quorumText = values.quorum.trim();
  if (!quorumText) {
    // The API keeps a quorum once set: it cannot be removed from a draft.
    if (draft.quorum !== null) errors.quorum = 'Enter the quorum, as a number of members';
  } else if (!/^\d+$/.test(quorumText)) errors.quorum = 'The quorum must be a whole number, like 5';
  else if (Number(quorumText) < 1 || Number(quorumText) > 500) errors.quorum = 'The quorum must be between 1 and 500';
  else quorum = Number(quorumText);

  let reviewDate: string | null = null;
  const { day, month, year } = { day: values.review.day.trim(), month: values.review.month.trim(), year: values.review.year.trim() };
  if (!day && !month && !year) {
    if (draft.reviewDate) errors.reviewDate = 'Enter a review date';
  } else if (!day || !month || !year) {
    errors.reviewDate = `The review date must include a ${[!day && 'day', !month && 'month', !year && 'year'].filter(Boolean).join(' and a ')}`;
  } else if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    errors.reviewDate = 'The review date must be a real date, like 31 3 2027';
  } else {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) errors.reviewDate = 'The review date must be a real date, like 31 3 2027';
    else reviewDate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }

  if (Object.keys(errors).length) return { errors };
  return { errors, input: { purpose, membership: values.membership.trim(), quorum, quorumSeats: values.quorumSeats, cadence: values.cadence.trim(), reviewDate, body: values.body } };
}

interface DraftFormProps {
  draft: Version;
  groupName: string;
  pending: boolean;
  apiError?: ApiError;
  /** Every attempt to submit, valid or not (the page clears its last success message). */
  onAttempt(): void;
  onSave(input: TermsInput, propose: boolean): void;
}

function DraftForm({ draft, groupName, pending, apiError, onAttempt, onSave }: DraftFormProps) {
  const [values, setValues] = useState<Values>(() => ({
    purpose: draft.purpose,
    membership: draft.membership,
    quorum: draft.quorum === null ? '' : String(draft.quorum),
    quorumSeats: draft.quorumSeats,
    cadence: draft.cadence,
    review: toParts(draft.reviewDate),
    body: draft.body,
  }));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const intent = useRef<'save' | 'propose'>('save');
  const hasErrors = Object.keys(errors).length > 0 || !!apiError;
  useTitle(`${hasErrors ? 'Error: ' : ''}Terms of reference: ${groupName}`);

  const set = (key: keyof Values) => (event: Event) => setValues((v) => ({ ...v, [key]: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }));
  const message = (field: FieldName) => errors[field] ?? (apiError?.field === field ? apiError.message : undefined);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    onAttempt();
    const checked = validate(values, draft);
    setErrors(checked.errors);
    setAttempt((n) => n + 1);
    if (checked.input) onSave(checked.input, intent.current === 'propose');
  };
  const fieldErrors: FieldError[] = ORDER.filter((f) => errors[f]).map((f) => ({ href: LINK_TARGET[f], message: errors[f]! }));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FieldErrorSummary errors={fieldErrors} attempt={attempt} />
      {fieldErrors.length === 0 && <ErrorSummary error={apiError} fields={LINK_TARGET} />}
      <TextArea id={IDS.purpose} label="Purpose" hint="What the group is for, in a sentence or two." rows={4} value={values.purpose} onInput={set('purpose')} error={message('purpose')} />
      <TextArea
        id={IDS.membership}
        label="Membership"
        hint="Who sits on the group, for example which organisations are represented and who chairs it."
        rows={4}
        value={values.membership}
        onInput={set('membership')}
        error={message('membership')}
      />
      <TextInput
        id={IDS.quorum}
        label="Quorum (optional)"
        hint="How many members must be present for the group to make decisions."
        class="govuk-input--width-3"
        inputMode="numeric"
        spellcheck={false}
        autoComplete="off"
        value={values.quorum}
        onInput={set('quorum')}
        error={message('quorum')}
      />
      <CheckboxGroup id="terms-quorum-seats" legend="Seats a quorum needs (optional)" labels={SEATS} value={values.quorumSeats} onChange={(quorumSeats) => setValues((v) => ({ ...v, quorumSeats }))} />
      <TextInput id={IDS.cadence} label="How often it meets (optional)" hint="In words, for example: every six weeks." value={values.cadence} onInput={set('cadence')} error={message('cadence')} />
      <DateInput
        id={IDS.reviewDate}
        legend="Review date (optional)"
        hint="When the group should next review these terms. For example, 31 3 2027."
        value={values.review}
        onInput={(review) => setValues((v) => ({ ...v, review }))}
        error={message('reviewDate')}
      />
      <TextArea
        id={IDS.body}
        label="Full text (optional)"
        hint="Anything else, such as how decisions are made. Leave a blank line between paragraphs. Start a line with a dash (-) to make a list."
        rows={10}
        value={values.body}
        onInput={set('body')}
        error={message('body')}
      />
      <div class="govuk-button-group">
        <Button disabled={pending} onClick={() => (intent.current = 'save')}>
          Save draft
        </Button>
        <Button secondary disabled={pending} onClick={() => (intent.current = 'propose')}>
          Save and propose for approval
        </Button>
      </div>
    </form>
  );
}

/** The terms of reference through their lifecycle: draft, propose, approve. For the group's managers. */
export function TermsPage({ groupId }: { groupId: string }) {
  const { data, error, loading, reload } = useQuery(TERMS, { id: groupId });
  const create = useMutation(CREATE_DRAFT);
  const update = useMutation(UPDATE_DRAFT);
  const propose = useMutation(PROPOSE);
  const approve = useMutation(APPROVE);
  const [last, setLast] = useState<'create' | 'update' | 'propose' | 'approve'>();
  const [notice, setNotice] = useState<{ text: string; n: number }>();
  const noticeRef = useRef<HTMLDivElement>(null);
  useTitle(data ? `Terms of reference: ${data.group.name}` : 'Terms of reference');
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (loading && !data) return <Loading what="Loading the terms of reference" />;
  if (error || !data) {
    const notFound = error?.code === 'NOT_FOUND' || error?.code === 'BAD_USER_INPUT';
    return (
      <>
        <PageHeading>{notFound ? 'Group not found' : 'Sorry, the terms of reference cannot be shown'}</PageHeading>
        {notFound ? <p class="govuk-body">The group may have been removed, or you may not be a member of it.</p> : error && <ErrorState error={error} retry={reload} />}
        <p class="govuk-body">
          <a class="govuk-link" href="/groups">
            See all your groups
          </a>
        </p>
      </>
    );
  }

  const group = data.group;
  const back = (
    <a class="govuk-back-link" href={`/groups/${group.id}`}>
      Back to {group.name}
    </a>
  );
  if (!group.viewerCan.edit)
    return (
      <>
        {back}
        <PageHeading caption={group.name}>Terms of reference</PageHeading>
        <p class="govuk-body">Only the group’s chair, its secretary or a coordinator can change the terms of reference.</p>
        <p class="govuk-body">
          <a class="govuk-link" href={`/groups/${group.id}#terms`}>
            Read the current terms of reference
          </a>
        </p>
      </>
    );

  const current = group.currentTerms;
  const working = group.termsHistory.find((t) => t.status === 'DRAFT' || t.status === 'PROPOSED');
  const done = async (text: string) => {
    await reload();
    setNotice((n) => ({ text, n: (n?.n ?? 0) + 1 }));
  };
  const start = async (event: Event) => {
    event.preventDefault();
    setLast('create');
    setNotice(undefined);
    const result = await create.run({ groupId: group.id });
    if (result) await done(`Draft version ${result.createTermsDraft.version} started. Make your changes, then save.`);
  };
  const save = async (input: TermsInput, andPropose: boolean) => {
    if (!working) return;
    setLast('update');
    setNotice(undefined);
    if (!(await update.run({ id: working.id, input }))) return;
    if (!andPropose) return done(`Draft version ${working.version} saved.`);
    setLast('propose');
    if (await propose.run({ id: working.id })) await done(`Version ${working.version} is proposed. It can now be approved.`);
    else await reload();
  };
  const approveIt = async (event: Event) => {
    event.preventDefault();
    if (!working) return;
    setLast('approve');
    setNotice(undefined);
    if (await approve.run({ id: working.id })) await done(`Version ${working.version} is approved. It is now the group’s terms of reference.`);
  };
  const pending = create.pending || update.pending || propose.pending || approve.pending;

  return (
    <>
      {back}
      <div class="app-groups-notice" ref={noticeRef} tabIndex={-1}>
        {notice && <Notice key={notice.n}>{notice.text}</Notice>}
      </div>
      <PageHeading caption={group.name}>Terms of reference</PageHeading>

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {!working && (
            <>
              <h2 class="govuk-heading-m">{current ? `Current version: version ${current.version}` : 'No terms of reference yet'}</h2>
              {current ? (
                <>
                  {current.approvedAt && <p class="govuk-body">Approved on {formatDate(current.approvedAt)}{current.approvedBy ? ` by ${current.approvedBy.name}` : ''}.</p>}
                  {current.reviewDue && current.reviewDate && <WarningText>These terms of reference were due for review on {formatDate(current.reviewDate)}.</WarningText>}
                  <TermsSummary terms={current} />
                  {current.body && (
                    <>
                      <h3 class="govuk-heading-s">Full text</h3>
                      <div class="app-groups-text">
                        <TextBlocks text={current.body} />
                      </div>
                    </>
                  )}
                  <p class="govuk-body">To change them, start a new draft. It begins as a copy of version {current.version}. Nothing changes for the group until the new version is approved.</p>
                </>
              ) : (
                <p class="govuk-body">Start a first draft. Nothing is shared with the group until the draft is approved.</p>
              )}
              <ErrorSummary error={last === 'create' ? create.error : undefined} />
              <form onSubmit={start}>
                <Button disabled={pending}>Start a new draft</Button>
              </form>
            </>
          )}

          {working?.status === 'DRAFT' && (
            <>
              <h2 class="govuk-heading-m">
                Draft version {working.version} <TermsStatusTag status="DRAFT" />
              </h2>
              <p class="govuk-body">Only the group’s chair, secretary and coordinators can see this draft. When it is ready, propose it for approval.</p>
              <DraftForm
                key={working.id}
                draft={working}
                groupName={group.name}
                pending={pending}
                apiError={last === 'update' ? update.error : last === 'propose' ? propose.error : undefined}
                onAttempt={() => setNotice(undefined)}
                onSave={save}
              />
            </>
          )}

          {working?.status === 'PROPOSED' && (
            <>
              <h2 class="govuk-heading-m">
                Proposed version {working.version} <TermsStatusTag status="PROPOSED" />
              </h2>
              <p class="govuk-body">{current ? `Check it before approving. “Changed” marks what is different from version ${current.version}, the current version.` : 'Check it before approving.'}</p>
              <TermsSummary terms={working} changedFrom={current ?? null} />
              <ErrorSummary error={last === 'approve' ? approve.error : undefined} />
              <form onSubmit={approveIt}>
                <WarningText>
                  Approve only when the group has agreed the change. Version {working.version} will become the current terms of reference
                  {current ? ` and version ${current.version} will be kept in the history as superseded` : ''}.
                </WarningText>
                <Button disabled={pending}>Approve version {working.version}</Button>
              </form>
            </>
          )}

          <h2 class="govuk-heading-m">Version history</h2>
          <VersionHistory versions={group.termsHistory} id="terms-history" />
          <p class="govuk-body">
            <a class="govuk-link" href={`/groups/${group.id}`}>
              Back to {group.name}
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
