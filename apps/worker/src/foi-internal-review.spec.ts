import { DateTime } from 'luxon';
import nodemailer from 'nodemailer';
import { InboundSmtpService } from '@convene/inbound';
import { FoiInternalReviewHandler, TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const LONDON = 'Europe/London';
const DOMAIN = 'reply.convene.test';
const REVIEW = 'Dear Coventry City Council FOI team,\n\nPlease carry out an internal review of our request: the figures for question 1 were withheld under s.40(2), and we asked only for totals.\n\nYours faithfully,\nWest Midlands SMP';
const CORRESPONDENCE = `query($id: ID!) { foiRequest(id: $id) { status correspondence { id direction kind subject body toAddress emailStatus emailedAt } } }`;

/**
 * Asking an authority for an internal review emails it, as the letter was emailed: one message
 * to its FOI address with the review's text, through the ledger, none again on a retry, with a
 * reply address that brings the answer back into the request's log. A portal request's review
 * is only logged (it is submitted through the portal by hand).
 */
describe('FOI internal reviews by email', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let token: string;
  let emailRequest: string;
  let portalRequest: string;
  const reviews = () => smtp.messages.filter((m) => m.subject?.startsWith('Request for an internal review:'));
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(api.url, query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const tick = () => worker.app.get(TickHandler, { strict: false }).handle({ at: api.clock.now().toISOString() });

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'foi-review');
    api.clock.set(DateTime.fromISO('2026-12-07T10:00:00', { zone: LONDON }).toJSDate());
    token = await signIn(api.url, p.coordinator);
    worker = await startWorker(
      { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: DOMAIN },
      { clock: api.clock },
    );
    await api.db.query(`UPDATE partnership SET foi_email = 'foi@wmsmp.example' WHERE id = $1`, [p.partnershipId]);
    const orgs: { id: string }[] = await api.db.query(
      `INSERT INTO organisation (partnership_id, name, kind, foi_email, foi_portal_url) VALUES ($1, 'Coventry City Council', 'LOCAL_AUTHORITY', 'foi@coventry.example', NULL), ($1, 'Rugby Borough Council', 'LOCAL_AUTHORITY', NULL, 'https://rugby.example/foi') RETURNING id`,
      [p.partnershipId],
    );
    const list = await call(`mutation($input: FoiRecipientListInput!) { createFoiRecipientList(input: $input) }`, { input: { name: 'Coventry and Rugby', organisationIds: orgs.map((o) => o.id) } });
    const { createFoiCampaign } = await call(`mutation($input: FoiCampaignInput!) { createFoiCampaign(input: $input) { id } }`, { input: { title: 'Children in care' } });
    await call(`mutation($id: ID!, $input: FoiQuestionsInput!) { setFoiQuestions(campaignId: $id, input: $input) { id } }`, { id: createFoiCampaign.id, input: { questions: [{ number: '1', text: 'How many?', unit: 'COUNT' }] } });
    await call(`mutation($id: ID!, $list: ID!) { chooseFoiRecipients(campaignId: $id, listId: $list) { id } }`, { id: createFoiCampaign.id, list: list.createFoiRecipientList });
    await call(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email } }`, { id: createFoiCampaign.id });
    const requests: { id: string; sentVia: string }[] = await api.db.query(`SELECT id, sent_via AS "sentVia" FROM foi_request WHERE campaign_id = $1`, [createFoiCampaign.id]);
    emailRequest = requests.find((r) => r.sentVia === 'EMAIL')!.id;
    portalRequest = requests.find((r) => r.sentVia === 'PORTAL')!.id;
    await tick();
    await until(() => smtp.messages.some((m) => m.subject?.startsWith('Freedom of Information request:')), 'the letter');
    await call(`mutation($id: ID!, $input: FoiPortalSubmissionInput!) { recordFoiPortalSubmission(requestId: $id, input: $input) { status } }`, { id: portalRequest, input: { submittedOn: '2026-12-07' } });
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('emails the review once to the authority’s FOI address, and not again when the job runs again', async () => {
    api.clock.set(DateTime.fromISO('2027-01-12T09:00:00', { zone: LONDON }).toJSDate());
    const started = await call(`mutation($id: ID!, $input: FoiInternalReviewInput!) { startFoiInternalReview(requestId: $id, input: $input) { status internalReviewDueOn } }`, {
      id: emailRequest,
      input: { requestedOn: '2027-01-12', letter: REVIEW },
    });
    expect(started.startFoiInternalReview).toEqual({ status: 'INTERNAL_REVIEW', internalReviewDueOn: '2027-02-09' });
    // The API's nudge alone sends it.
    await until(() => reviews().length > 0, 'the review email');

    const [{ id: entryId }] = await api.db.query(`SELECT id FROM foi_correspondence WHERE request_id = $1 AND kind = 'INTERNAL_REVIEW'`, [emailRequest]);
    // Retries: the job itself, the tick asking again, and a run after a crash that left the entry PENDING.
    await worker.app.get(FoiInternalReviewHandler, { strict: false }).handle({ correspondenceId: entryId });
    await tick();
    await api.db.query(`UPDATE foi_correspondence SET email_status = 'PENDING', emailed_at = NULL WHERE id = $1`, [entryId]);
    await worker.app.get(FoiInternalReviewHandler, { strict: false }).handle({ correspondenceId: entryId });
    await tick();
    await sleep(1000);

    expect(reviews()).toHaveLength(1);
    const [mail] = reviews();
    expect(recipientOf(mail)).toBe('foi@coventry.example');
    expect(mail.subject).toBe('Request for an internal review: Freedom of Information request: Children in care');
    expect(mail.from?.value[0].address).toBe('foi@wmsmp.example');
    expect(mail.text).toContain('the figures for question 1 were withheld under s.40(2)');
    expect(mail.replyTo!.value[0].address).toMatch(new RegExp(`^reply\\+[0-9a-f]{40}@${DOMAIN.replace(/\./g, '\\.')}$`));
    expect(await api.db.query(`SELECT status, recipient_key AS "to" FROM delivery WHERE purpose_key = $1`, [`foi-internal-review:${entryId}`])).toEqual([{ status: 'SENT', to: emailRequest }]);

    // The log says it went, and when.
    const { foiRequest } = await call(CORRESPONDENCE, { id: emailRequest });
    const entry = foiRequest.correspondence.find((c: { kind: string }) => c.kind === 'INTERNAL_REVIEW');
    expect(entry).toMatchObject({ direction: 'OUT', body: REVIEW, toAddress: 'foi@coventry.example', emailStatus: 'SENT' });
    expect(entry.emailedAt).not.toBeNull();
  }, 60_000);

  it('brings the authority’s answer to the review back into the request’s log', async () => {
    const replyTo = reviews()[0].replyTo!.value[0].address!;
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: worker.app.get(InboundSmtpService, { strict: false }).port!, secure: false, ignoreTLS: true });
    await client.sendMail({ from: 'foi@coventry.example', to: replyTo, subject: `RE: ${reviews()[0].subject}`, text: 'Our internal review upholds the original decision.', messageId: '<coventry-review-1@coventry.example>' });
    client.close();
    await until(async () => (await api.db.query(`SELECT 1 FROM foi_correspondence WHERE request_id = $1 AND direction = 'IN'`, [emailRequest])).length > 0, 'the answer in the log');
    const { foiRequest } = await call(CORRESPONDENCE, { id: emailRequest });
    const answers = foiRequest.correspondence.filter((c: { direction: string }) => c.direction === 'IN');
    expect(answers).toHaveLength(1);
    expect(answers[0].body).toContain('Our internal review upholds the original decision.');
  }, 30_000);

  it('logs a portal request’s review without emailing anyone', async () => {
    const before = smtp.messages.length;
    await call(`mutation($id: ID!, $input: FoiInternalReviewInput!) { startFoiInternalReview(requestId: $id, input: $input) { status } }`, { id: portalRequest, input: { requestedOn: '2027-01-12', letter: 'Please review.' } });
    await tick();
    await sleep(1000);
    expect(smtp.messages.length).toBe(before);
    const { foiRequest } = await call(CORRESPONDENCE, { id: portalRequest });
    expect(foiRequest.correspondence.find((c: { kind: string }) => c.kind === 'INTERNAL_REVIEW')).toMatchObject({ emailStatus: null, emailedAt: null });
  }, 30_000);
});
