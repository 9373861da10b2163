import { useState } from 'preact/hooks';
import { Button, Empty, ErrorState, ErrorSummary, Loading, PageHeading, Select, Tag, TextArea, TextInput, formatDate } from '../../components/ui';
import { useMutation, useQuery, useTitle } from '../../lib/hooks';
import { navigate } from '../../lib/router';
import { isCoordinator, useSession } from '../../lib/session';
import { CAMPAIGN_STATUSES } from './labels';
import { CREATE_FOI_CAMPAIGN, FOI_CAMPAIGNS, FOI_CAMPAIGN_FORM_CHOICES } from './operations';

const FIELDS: Record<string, string> = { title: 'foi-title', purpose: 'foi-purpose', groupId: 'foi-group' };

/** FOI campaigns: coordinators see all and start new ones; group members see their groups' sent ones. */
export function FoiCampaignsPage() {
  useTitle('FOI campaigns');
  const { me } = useSession();
  const { data, error, loading, reload } = useQuery(FOI_CAMPAIGNS);
  const coordinator = isCoordinator(me);
  const campaigns = data?.foiCampaigns;
  return (
    <>
      <PageHeading caption="Freedom of Information">FOI campaigns</PageHeading>
      <p class="govuk-body">One request for information sent to many authorities at once, each with its 20-working-day clock, and the answers collated.</p>
      {coordinator && (
        <p class="govuk-body">
          <a class="govuk-link" href="/foi/recipient-lists">
            Recipient lists
          </a>{' '}
          ·{' '}
          <a class="govuk-link" href="/foi/bank-holidays">
            Bank holidays and sending address
          </a>
        </p>
      )}
      {loading && !campaigns && <Loading what="Loading the campaigns" />}
      {error && !campaigns && <ErrorState error={error} retry={reload} />}
      {campaigns && campaigns.length === 0 && <Empty>{coordinator ? 'No campaigns yet. Start one below.' : 'No campaigns have been sent for your groups yet.'}</Empty>}
      {campaigns && campaigns.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Campaigns</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Campaign
              </th>
              <th scope="col" class="govuk-table__header">
                Status
              </th>
              <th scope="col" class="govuk-table__header">
                Requests
              </th>
              <th scope="col" class="govuk-table__header">
                Overdue
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {campaigns.map((c) => (
              <tr class="govuk-table__row" key={c.id}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/foi/campaigns/${c.id}`}>
                    {c.title}
                  </a>
                  <br />
                  <span class="govuk-hint">{c.group ? c.group.name : 'Partnership-wide'}</span>
                </td>
                <td class="govuk-table__cell">
                  <Tag colour={c.status === 'DRAFT' ? 'grey' : c.status === 'SENT' ? 'blue' : undefined}>{CAMPAIGN_STATUSES[c.status]}</Tag>
                  {c.sentAt && <span class="govuk-hint"> {formatDate(c.sentAt)}</span>}
                </td>
                <td class="govuk-table__cell">
                  {c.counts.requests} ({c.counts.open} awaiting)
                </td>
                <td class="govuk-table__cell">{c.counts.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {coordinator && <NewCampaignForm />}
    </>
  );
}

function NewCampaignForm() {
  const choices = useQuery(FOI_CAMPAIGN_FORM_CHOICES);
  const create = useMutation(CREATE_FOI_CAMPAIGN);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [groupId, setGroupId] = useState('');
  const field = create.error?.field;
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await create.run({ input: { title, purpose, groupId: groupId || null, publicationPolicy: 'ON_SIGN_OFF' as never } });
        if (done) navigate(`/foi/campaigns/${done.createFoiCampaign.id}`);
      }}
    >
      <h2 class="govuk-heading-m">Start a campaign</h2>
      <ErrorSummary error={create.error} fields={FIELDS} />
      <TextInput id={FIELDS.title} label="Title" hint="For example: EU-national children in care without settled status" value={title} onInput={(e) => setTitle(e.currentTarget.value)} error={field === 'title' ? create.error?.message : undefined} />
      <TextArea id={FIELDS.purpose} label="Purpose" hint="Why the partnership is asking; shown to the group, not sent." value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />
      <Select
        id={FIELDS.groupId}
        label="Group"
        hint="Its members see the campaign once it is sent. Partnership-wide: coordinators only."
        value={groupId}
        onChange={(e) => setGroupId(e.currentTarget.value)}
        options={[{ value: '', label: 'Partnership-wide' }, ...(choices.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        error={field === 'groupId' ? create.error?.message : undefined}
      />
      <Button disabled={create.pending}>Start the campaign</Button>
    </form>
  );
}
