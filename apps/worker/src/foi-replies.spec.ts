import nodemailer from 'nodemailer';
import { InboundSmtpService } from '@convene/inbound';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { signIn, until } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DOMAIN = 'reply.convene.test';

/** An authority answers an FOI letter by email: its reply, with the attachment, lands in the request's log once. */
describe('replies to FOI letters', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let token: string;
  let requestId: string;

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'foi-replies');
    token = await signIn(api.url, p.coordinator);
    worker = await startWorker(
      { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: DOMAIN },
      { clock: api.clock },
    );
    const [{ id: council }] = await api.db.query(`INSERT INTO organisation (partnership_id, name, kind, foi_email) VALUES ($1, 'Tamworth Borough Council', 'LOCAL_AUTHORITY', 'foi@tamworth.example') RETURNING id`, [p.partnershipId]);
    const call = async (query: string, variables: Record<string, unknown>) => (await gql(api.url, query, variables, { token })).data!;
    const list = await call(`mutation($input: FoiRecipientListInput!) { createFoiRecipientList(input: $input) }`, { input: { name: 'Tamworth', organisationIds: [council] } });
    const { createFoiCampaign } = await call(`mutation($input: FoiCampaignInput!) { createFoiCampaign(input: $input) { id } }`, { input: { title: 'Children in care' } });
    await call(`mutation($id: ID!, $input: FoiQuestionsInput!) { setFoiQuestions(campaignId: $id, input: $input) { id } }`, { id: createFoiCampaign.id, input: { questions: [{ number: '1', text: 'How many?', unit: 'COUNT' }] } });
    await call(`mutation($id: ID!, $list: ID!) { chooseFoiRecipients(campaignId: $id, listId: $list) { id } }`, { id: createFoiCampaign.id, list: list.createFoiRecipientList });
    await call(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email } }`, { id: createFoiCampaign.id });
    [{ id: requestId }] = await api.db.query(`SELECT id FROM foi_request WHERE campaign_id = $1`, [createFoiCampaign.id]);
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('puts a reply address on the letter, and logs the reply with its attachment once', async () => {
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await until(() => smtp.messages.some((m) => m.subject?.startsWith('Freedom of Information request:')), 'the letter');
    const letter = smtp.messages.find((m) => m.subject?.startsWith('Freedom of Information request:'))!;
    const replyTo = letter.replyTo!.value[0].address!;
    expect(replyTo).toMatch(new RegExp(`^reply\\+[0-9a-f]{40}@${DOMAIN.replace(/\./g, '\\.')}$`));

    const port = worker.app.get(InboundSmtpService, { strict: false }).port!;
    const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    const reply = {
      from: 'foi@tamworth.example',
      to: replyTo,
      subject: `RE: ${letter.subject}`,
      text: 'Please find our response attached.\n\nTamworth Borough Council Information Governance',
      messageId: '<tamworth-reply-1@tamworth.example>',
      attachments: [{ filename: 'response.csv', content: 'question,answer\n1,7\n', contentType: 'text/csv' }],
    };
    await client.sendMail(reply);
    await client.sendMail(reply); // the relay retries
    await until(async () => (await api.db.query(`SELECT 1 FROM foi_correspondence WHERE request_id = $1 AND direction = 'IN'`, [requestId])).length > 0, 'the reply in the log');
    await new Promise((r) => setTimeout(r, 1000));
    const { foiRequest } = (await gql(api.url, `query($id: ID!) { foiRequest(id: $id) { correspondence { direction kind fromAddress subject body attachments { filename url } } } }`, { id: requestId }, { token })).data!;
    const replies = foiRequest.correspondence.filter((c: { direction: string }) => c.direction === 'IN');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ kind: 'REPLY', fromAddress: 'foi@tamworth.example', attachments: [{ filename: 'response.csv' }] });
    expect(replies[0].body).toContain('Please find our response attached.');
    const file = await fetch(`${api.url}${replies[0].attachments[0].url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await file.text()).toBe('question,answer\n1,7\n');
    client.close();
  }, 60_000);
});
