import { useState } from 'preact/hooks';
import { Button, Empty, ErrorState, ErrorSummary, Loading, Notice, PageHeading, Select, Tag, TextArea, TextInput, formatDate } from '../../components/ui';
import type { FoiCampaignQuery } from '../../gql/graphql';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { CAMPAIGN_STATUSES, STATUSES, STATUS_COLOURS, UNITS } from './labels';
import { CHOOSE_FOI_RECIPIENTS, CLOSE_FOI_CAMPAIGN, DELETE_FOI_CAMPAIGN, FOI_CAMPAIGN, FOI_CAMPAIGN_FORM_CHOICES, SEND_FOI_CAMPAIGN, UPDATE_FOI_CAMPAIGN } from './operations';
import { QuestionsEditor } from './questions-editor';

type Campaign = NonNullable<FoiCampaignQuery['foiCampaign']>;

/** A campaign: while a draft, its details, questions, recipients and letter, then send; once sent, each authority's request with its clock. */
export function FoiCampaignPage({ campaignId }: { campaignId: string }) {
  const { data, error, loading, reload } = useQuery(FOI_CAMPAIGN, { id: campaignId });
  const [notice, setNotice] = useState<string>();
  const c = data?.foiCampaign;
  useTitle(c?.title ?? 'FOI campaign');
  if (loading && !c) return <Loading what="Loading the campaign" />;
  if (error && !c) return <ErrorState error={error} retry={reload} />;
  if (!c) return null;
  const draft = c.status === 'DRAFT';
  const manage = c.viewerCan.manage;
  return (
    <>
      <p class="govuk-body">
        <a class="govuk-link" href="/foi">
          All FOI campaigns
        </a>
      </p>
      <PageHeading caption={`FOI campaign · ${CAMPAIGN_STATUSES[c.status]}${c.group ? ` · ${c.group.name}` : ' · Partnership-wide'}`}>{c.title}</PageHeading>
      {notice && <Notice>{notice}</Notice>}
      {c.purpose && <p class="govuk-body app-pre-line">{c.purpose}</p>}
      {!draft && (
        // Where the answers are collated: the matrix with its chart and exports, and publishing.
        <div class="govuk-button-group" data-slot="foi-answers-links">
          <a class="govuk-button" href={`/foi/campaigns/${c.id}/matrix`} draggable={false}>
            Answers matrix
          </a>
          {manage && (
            <a class="govuk-button govuk-button--secondary" href={`/foi/campaigns/${c.id}/publish`} draggable={false}>
              Publish the answers
            </a>
          )}
        </div>
      )}
      {draft && manage ? <DraftCampaign c={c} reload={reload} onNotice={setNotice} /> : <SentCampaign c={c} reload={reload} onNotice={setNotice} />}
    </>
  );
}

function DraftCampaign({ c, reload, onNotice }: { c: Campaign; reload(): Promise<void>; onNotice(text: string): void }) {
  const send = useMutation(SEND_FOI_CAMPAIGN);
  const remove = useMutation(DELETE_FOI_CAMPAIGN);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <DetailsForm c={c} onSaved={async () => (onNotice('Campaign details saved.'), reload())} />
      <QuestionsEditor campaignId={c.id} initial={c.questions.map((q) => ({ number: q.number, text: q.text, unit: q.unit, definition: q.definition }))} onSaved={() => void reload()} />
      <RecipientsChooser c={c} onSaved={async () => (onNotice('Recipients chosen.'), reload())} />
      <h2 class="govuk-heading-m">The letter</h2>
      <p class="govuk-body">As the first authority on the list will receive it. Each authority gets its own, citing the Freedom of Information Act 2000.</p>
      <pre class="app-foi-letter" tabIndex={0} aria-label="Letter preview">
        {c.letterPreview}
      </pre>
      <h2 class="govuk-heading-m">Send</h2>
      <ErrorSummary error={send.error} />
      {!confirming ? (
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" onClick={() => setConfirming(true)}>
            Send to {c.recipients?.organisations.length ?? 0} authorities
          </button>
          <button
            type="button"
            class="govuk-button govuk-button--warning"
            disabled={remove.pending}
            onClick={async () => {
              if (await remove.run({ id: c.id })) navigate('/foi');
            }}
          >
            Delete the draft
          </button>
        </div>
      ) : (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            Sending creates one request per authority. Letters to FOI email addresses go at once; portal requests wait for you to submit them. The letter and questions cannot change afterwards.
          </strong>
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button"
              disabled={send.pending}
              onClick={async () => {
                const done = await send.run({ campaignId: c.id });
                setConfirming(false);
                if (done) {
                  onNotice(`Sent: ${done.sendFoiCampaign.email} by email, ${done.sendFoiCampaign.portal} to submit through a portal.`);
                  await reload();
                }
              }}
            >
              Yes, send the requests
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
              Not yet
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function DetailsForm({ c, onSaved }: { c: Campaign; onSaved(): void }) {
  const choices = useQuery(FOI_CAMPAIGN_FORM_CHOICES);
  const update = useMutation(UPDATE_FOI_CAMPAIGN);
  const [title, setTitle] = useState(c.title);
  const [purpose, setPurpose] = useState(c.purpose);
  const [groupId, setGroupId] = useState(c.groupId ?? '');
  const [letter, setLetter] = useState(c.letterTemplate);
  const [policy, setPolicy] = useState<string>(c.publicationPolicy);
  const fields = { title: 'foi-edit-title', groupId: 'foi-edit-group', letterTemplate: 'foi-edit-letter' };
  const err = (f: string) => (update.error?.field === f ? update.error.message : undefined);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await update.run({ id: c.id, input: { title, purpose, groupId: groupId || null, letterTemplate: letter, publicationPolicy: policy as never } })) onSaved();
      }}
    >
      <h2 class="govuk-heading-m">Details</h2>
      <ErrorSummary error={update.error} fields={fields} />
      <TextInput id={fields.title} label="Title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} error={err('title')} />
      <TextArea id="foi-edit-purpose" label="Purpose" value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />
      <Select id={fields.groupId} label="Group" value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} options={[{ value: '', label: 'Partnership-wide' }, ...(choices.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]} error={err('groupId')} />
      <Select
        id="foi-edit-policy"
        label="Publication policy"
        value={policy}
        onChange={(e) => setPolicy(e.currentTarget.value)}
        options={[
          { value: 'ON_SIGN_OFF', label: 'Publish on the public page once a coordinator signs off the answers' },
          { value: 'NONE', label: 'Never publish' },
        ]}
      />
      <TextArea
        id={fields.letterTemplate}
        label="Letter"
        hint="Placeholders: {{authority}}, {{partnership}}, {{questions}}, {{title}}, {{date}}. The Act is always cited."
        rows={14}
        value={letter}
        onInput={(e) => setLetter(e.currentTarget.value)}
        error={err('letterTemplate')}
      />
      <Button disabled={update.pending} class="govuk-button govuk-button--secondary">
        Save the details
      </Button>
    </form>
  );
}

function RecipientsChooser({ c, onSaved }: { c: Campaign; onSaved(): void }) {
  const choices = useQuery(FOI_CAMPAIGN_FORM_CHOICES);
  const choose = useMutation(CHOOSE_FOI_RECIPIENTS);
  const lists = choices.data?.foiRecipientLists ?? [];
  const [listId, setListId] = useState(c.recipients?.listId ?? '');
  const orgs = c.recipients?.organisations ?? [];
  return (
    <section aria-labelledby="foi-recipients-heading">
      <h2 class="govuk-heading-m" id="foi-recipients-heading">
        Recipients
      </h2>
      {c.recipients ? (
        <p class="govuk-body">
          {c.recipients.listName}, version {c.recipients.version}: {orgs.length} {orgs.length === 1 ? 'authority' : 'authorities'}.
        </p>
      ) : (
        <Empty>No recipients chosen yet.</Empty>
      )}
      {orgs.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {orgs.map((o) => (
            <li key={o.id}>
              {o.name}: {o.foiEmail ?? (o.foiPortalUrl ? `portal (${o.foiPortalUrl})` : <strong>no FOI address — add one on its directory page</strong>)}
            </li>
          ))}
        </ul>
      )}
      {lists.length === 0 ? (
        <p class="govuk-body">
          <a class="govuk-link" href="/foi/recipient-lists">
            Make a recipient list
          </a>{' '}
          from the directory first.
        </p>
      ) : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (listId && (await choose.run({ campaignId: c.id, listId }))) onSaved();
          }}
        >
          <ErrorSummary error={choose.error} />
          <Select id="foi-list" label="Recipient list" hint="Its current version is used; later edits make a new version." value={listId} onChange={(e) => setListId(e.currentTarget.value)} options={[{ value: '', label: 'Choose a list' }, ...lists.map((l) => ({ value: l.id, label: `${l.name} (version ${l.currentVersion})` }))]} />
          <Button disabled={choose.pending || !listId} class="govuk-button govuk-button--secondary">
            Use this list
          </Button>
        </form>
      )}
    </section>
  );
}

function SentCampaign({ c, reload, onNotice }: { c: Campaign; reload(): Promise<void>; onNotice(text: string): void }) {
  const close = useMutation(CLOSE_FOI_CAMPAIGN);
  return (
    <>
      <dl class="govuk-summary-list">
        {c.sentAt && (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Sent</dt>
            <dd class="govuk-summary-list__value">{formatDate(c.sentAt)}</dd>
          </div>
        )}
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Requests</dt>
          <dd class="govuk-summary-list__value">
            {c.counts.requests}: {c.counts.open} awaiting, {c.counts.overdue} overdue{c.counts.unsent ? `, ${c.counts.unsent} not sent yet` : ''}
          </dd>
        </div>
      </dl>
      <h2 class="govuk-heading-m">Questions</h2>
      <ol class="govuk-list">
        {c.questions.map((q) => (
          <li key={q.id}>
            <strong>{q.number}.</strong> {q.text} <span class="govuk-hint">({UNITS[q.unit]}{q.definition ? `; ${q.definition}` : ''})</span>
          </li>
        ))}
      </ol>
      {c.requests.length === 0 ? (
        <Empty>Not sent yet.</Empty>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Requests</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Authority
              </th>
              <th scope="col" class="govuk-table__header">
                Status
              </th>
              <th scope="col" class="govuk-table__header">
                Due
              </th>
              <th scope="col" class="govuk-table__header">
                Clock
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {c.requests.map((r) => (
              <tr class="govuk-table__row" key={r.id}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/foi/requests/${r.id}`}>
                    {r.organisation?.name ?? 'Authority'}
                  </a>
                  <br />
                  <span class="govuk-hint">{r.sentVia === 'PORTAL' ? 'Through its portal' : r.sentTo}</span>
                </td>
                <td class="govuk-table__cell">
                  <Tag colour={STATUS_COLOURS[r.status]}>{STATUSES[r.status]}</Tag>
                  {r.refusalSection && <span class="govuk-hint"> {r.refusalSection}</span>}
                </td>
                <td class="govuk-table__cell">{r.dueOn ? formatDate(r.dueOn) : '—'}</td>
                <td class="govuk-table__cell">{r.clock.kind === 'OVERDUE' ? <strong>{r.clock.text}</strong> : r.clock.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.viewerCan.manage && c.status === 'SENT' && (
        <>
          <ErrorSummary error={close.error} />
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            disabled={close.pending}
            onClick={async () => {
              if (await close.run({ campaignId: c.id })) {
                onNotice('Campaign closed: no more reminders.');
                await reload();
              }
            }}
          >
            Close the campaign
          </button>
        </>
      )}
    </>
  );
}
