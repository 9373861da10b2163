import { DateTime } from 'luxon';
import { FoiRequestsService } from '@convene/foi';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const LONDON = 'Europe/London';
const at = (iso: string) => DateTime.fromISO(iso, { zone: LONDON }).toJSDate();

const REQUEST = `query($id: ID!) { foiRequest(id: $id) {
  status dueOn receivedOn refusalSection internalReviewDueOn icoReference extensionWorkingDays
  clock { kind workingDays text } clarifications { requestedOn answeredOn }
  correspondence { direction kind subject body attachments { filename contentType url } }
  internalReviewDraft viewerCan { manage } } }`;

/**
 * A request's life over GraphQL, against the real API and database: sent through a portal, a
 * clarification stopping the clock, an extension, a refusal citing its section, an internal
 * review with its own deadline, an ICO complaint; a year without bank holidays refused by name;
 * replies logged once per Message-ID with their attachments; due dates in the calendar feed.
 */
describe('FOI requests', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let token: string;
  let requestId: string;
  let emailRequestId: string;

  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(api.url, query, variables, { token });
    expect(res.data).toBeNull();
    return res.errors![0];
  };
  const request = async () => (await call(REQUEST, { id: requestId })).foiRequest;
  const step = (mutation: string, input: string, variables: Record<string, unknown>) => call(`mutation($id: ID!, $input: ${input}!) { ${mutation}(requestId: $id, input: $input) { status dueOn } }`, { id: requestId, ...variables });

  async function campaignTo(title: string, organisationIds: string[]): Promise<string> {
    const list = await call(`mutation($input: FoiRecipientListInput!) { createFoiRecipientList(input: $input) }`, { input: { name: `${title} list`, organisationIds } });
    const { createFoiCampaign } = await call(`mutation($input: FoiCampaignInput!) { createFoiCampaign(input: $input) { id } }`, { input: { title } });
    await call(`mutation($id: ID!, $input: FoiQuestionsInput!) { setFoiQuestions(campaignId: $id, input: $input) { id } }`, { id: createFoiCampaign.id, input: { questions: [{ number: '1', text: 'How many?', unit: 'COUNT' }] } });
    await call(`mutation($id: ID!, $list: ID!) { chooseFoiRecipients(campaignId: $id, listId: $list) { id } }`, { id: createFoiCampaign.id, list: list.createFoiRecipientList });
    return createFoiCampaign.id;
  }

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'foi-requests');
    api.clock.set(at('2026-03-02T10:00:00'));
    token = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    const orgs: { id: string; name: string }[] = await api.db.query(
      `INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, 'Rugby Borough Council', 'LOCAL_AUTHORITY'), ($1, 'Coventry City Council', 'LOCAL_AUTHORITY'), ($1, 'Tamworth Borough Council', 'LOCAL_AUTHORITY') RETURNING id, name`,
      [p.partnershipId],
    );
    const id = (name: string) => orgs.find((o) => o.name.startsWith(name))!.id;
    const address = (organisationId: string, input: Record<string, unknown>) => gql(api.url, `mutation($o: ID!, $i: FoiAddressInput!) { setOrganisationFoiAddress(organisationId: $o, input: $i) { foiEmail foiPortalUrl } }`, { o: organisationId, i: input }, { token });
    expect((await address(id('Rugby'), { foiPortalUrl: 'javascript:alert(1)' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'foiPortalUrl' });
    expect((await address(id('Rugby'), { foiPortalUrl: 'https://rugby.example/foi' })).data?.setOrganisationFoiAddress).toEqual({ foiEmail: null, foiPortalUrl: 'https://rugby.example/foi' });
    expect((await address(id('Coventry'), { foiEmail: 'FOI@Coventry.example' })).data?.setOrganisationFoiAddress.foiEmail).toBe('foi@coventry.example');

    // Tamworth has no FOI address: sending names it and sends nothing.
    const withTamworth = await campaignTo('Missing address', [id('Rugby'), id('Tamworth')]);
    const missing = await refused(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email } }`, { id: withTamworth });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipients' });
    expect(missing.message).toContain('Tamworth Borough Council');

    const campaignId = await campaignTo('Children in care', [id('Rugby'), id('Coventry')]);
    const sent = await call(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email portal } }`, { id: campaignId });
    expect(sent.sendFoiCampaign).toEqual({ email: 1, portal: 1 });
    const { foiCampaign } = await call(`query($id: ID!) { foiCampaign(id: $id) { requests { id sentVia sentTo clock { text } } } }`, { id: campaignId });
    requestId = foiCampaign.requests.find((r: { sentVia: string }) => r.sentVia === 'PORTAL').id;
    emailRequestId = foiCampaign.requests.find((r: { sentVia: string }) => r.sentVia === 'EMAIL').id;
    expect(foiCampaign.requests.map((r: { clock: { text: string } }) => r.clock.text)).toEqual(['Not sent yet', 'Not sent yet']);
  });
  afterAll(() => api?.close());

  it('runs the clock from a portal submission, stops it for a clarification, and adds an extension', async () => {
    await call(`mutation($id: ID!, $input: FoiPortalSubmissionInput!) { recordFoiPortalSubmission(requestId: $id, input: $input) { status } }`, { id: requestId, input: { submittedOn: '2026-03-02', reference: 'RBC-1234' } });
    expect(await request()).toMatchObject({ receivedOn: '2026-03-02', dueOn: '2026-03-30', clock: { kind: 'LEFT', workingDays: 20, text: '20 working days left' } });

    api.clock.set(at('2026-03-09T11:00:00'));
    await step('requestFoiClarification', 'FoiClarificationInput', { input: { on: '2026-03-09', note: 'Which age range do you mean?' } });
    expect(await request()).toMatchObject({ status: 'CLARIFICATION_REQUESTED', dueOn: null, clock: { kind: 'PAUSED' }, clarifications: [{ requestedOn: '2026-03-09', answeredOn: null }] });

    api.clock.set(at('2026-03-13T16:00:00'));
    const answer = await gql(api.url, `mutation($id: ID!, $input: FoiClarificationInput!) { answerFoiClarification(requestId: $id, input: $input) { status } }`, { id: requestId, input: { on: '2026-03-08', note: 'Under 18.' } }, { token });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    await step('answerFoiClarification', 'FoiClarificationInput', { input: { on: '2026-03-13', note: 'Children under 18.' } });
    // The five working days from asking to answering are disregarded: 30 March becomes 8 April (Easter skipped).
    expect(await request()).toMatchObject({ status: 'AWAITING', dueOn: '2026-04-08', clock: { text: '16 working days left' } });

    const future = await gql(api.url, `mutation($id: ID!, $input: FoiExtensionInput!) { extendFoiRequest(requestId: $id, input: $input) { status } }`, { id: requestId, input: { workingDays: 5, reason: 'Public interest test', on: '2026-03-20' } }, { token });
    expect(future.errors?.[0]).toMatchObject({ message: 'The date cannot be in the future.', extensions: { code: 'BAD_USER_INPUT', field: 'on' } });
    const tooLong = await gql(api.url, `mutation($id: ID!, $input: FoiExtensionInput!) { extendFoiRequest(requestId: $id, input: $input) { status } }`, { id: requestId, input: { workingDays: 25, reason: 'x', on: '2026-03-13' } }, { token });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await step('extendFoiRequest', 'FoiExtensionInput', { input: { workingDays: 5, reason: 'Public interest test under s.10(3)', on: '2026-03-13' } });
    expect(await request()).toMatchObject({ dueOn: '2026-04-15', extensionWorkingDays: 5 });
  });

  it('records a refusal with its section, an internal review with its own deadline, and an ICO complaint with its reference', async () => {
    api.clock.set(at('2026-04-16T09:00:00'));
    expect((await request()).clock).toEqual({ kind: 'OVERDUE', workingDays: 1, text: '1 working day overdue' });
    const noSection = await gql(api.url, `mutation($id: ID!, $input: FoiStatusInput!) { setFoiRequestStatus(requestId: $id, input: $input) { status } }`, { id: requestId, input: { status: 'REFUSED', on: '2026-04-16' } }, { token });
    expect(noSection.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refusalSection' });
    await step('setFoiRequestStatus', 'FoiStatusInput', { input: { status: 'REFUSED', on: '2026-04-16', refusalSection: 's.12' } });
    const refusedNow = await request();
    expect(refusedNow).toMatchObject({ status: 'REFUSED', refusalSection: 's.12' });
    expect(refusedNow.internalReviewDraft).toContain('refused under s.12');
    expect(refusedNow.internalReviewDraft).toContain('Freedom of Information Act 2000');

    await step('startFoiInternalReview', 'FoiInternalReviewInput', { input: { requestedOn: '2026-04-16', letter: refusedNow.internalReviewDraft } });
    expect(await request()).toMatchObject({ status: 'INTERNAL_REVIEW', internalReviewDueOn: '2026-05-15', clock: { kind: 'LEFT', workingDays: 20 } });

    api.clock.set(at('2026-05-20T09:00:00'));
    const noReference = await gql(api.url, `mutation($id: ID!, $input: FoiStatusInput!) { setFoiRequestStatus(requestId: $id, input: $input) { status } }`, { id: requestId, input: { status: 'ICO_COMPLAINT', on: '2026-05-20' } }, { token });
    expect(noReference.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'icoReference' });
    await step('setFoiRequestStatus', 'FoiStatusInput', { input: { status: 'ICO_COMPLAINT', on: '2026-05-20', icoReference: 'IC-123456-A1B2' } });
    const after = await request();
    expect(after).toMatchObject({ status: 'ICO_COMPLAINT', icoReference: 'IC-123456-A1B2' });
    expect(after.correspondence.map((c: { direction: string; kind: string }) => `${c.direction} ${c.kind}`)).toEqual(['OUT LETTER', 'IN CLARIFICATION', 'OUT CLARIFICATION', 'IN MESSAGE', 'OUT INTERNAL_REVIEW', 'OUT ICO']);
    // Every change is audited.
    const actions = (await api.db.query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY created_at, action`, [requestId])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['foi.portal-submitted', 'foi.clarification-requested', 'foi.clarification-answered', 'foi.extended', 'foi.status-changed', 'foi.internal-review-requested']));
  });

  it('refuses to send when the due date would need a year without bank holidays, naming it; adding the year fixes it', async () => {
    api.clock.set(at('2028-12-20T10:00:00'));
    const [{ id: org }] = await api.db.query(`INSERT INTO organisation (partnership_id, name, kind, foi_portal_url) VALUES ($1, 'Redditch Borough Council', 'LOCAL_AUTHORITY', 'https://redditch.example/foi') RETURNING id`, [p.partnershipId]);
    const campaignId = await campaignTo('Into 2029', [org]);
    const error = await refused(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { email } }`, { id: campaignId });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', year: 2029 });
    expect(error.message).toContain('The bank holidays for 2029 are missing');

    const badYear = await gql(api.url, `mutation($i: FoiHolidayYearInput!) { setFoiHolidayYear(input: $i) { year } }`, { i: { year: 2029, holidays: [{ day: '2030-01-01', name: 'Wrong year' }] } }, { token });
    expect(badYear.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'holidays.0.day' });
    const holidays = [
      ['2029-01-01', "New Year's Day"], ['2029-03-30', 'Good Friday'], ['2029-04-02', 'Easter Monday'], ['2029-05-07', 'Early May bank holiday'],
      ['2029-05-28', 'Spring bank holiday'], ['2029-08-27', 'Summer bank holiday'], ['2029-12-25', 'Christmas Day'], ['2029-12-26', 'Boxing Day'],
    ].map(([day, name]) => ({ day, name }));
    await call(`mutation($i: FoiHolidayYearInput!) { setFoiHolidayYear(input: $i) { year source } }`, { i: { year: 2029, holidays } });
    const years = (await call(`{ foiHolidayYears { year source } }`)).foiHolidayYears;
    expect(years.at(-1)).toEqual({ year: 2029, source: 'ADDED' });
    expect(years.find((y: { year: number }) => y.year === 2026)).toEqual({ year: 2026, source: 'BUNDLED' });
    expect((await call(`mutation($id: ID!) { sendFoiCampaign(campaignId: $id) { portal } }`, { id: campaignId })).sendFoiCampaign).toEqual({ portal: 1 });
  });

  it('logs a reply handed over by the inbound mail reader once per Message-ID, with its attachments', async () => {
    const service = api.app.get(FoiRequestsService);
    const reply = {
      direction: 'IN' as const,
      from: 'foi@coventry.example',
      subject: 'RE: Freedom of Information request: Children in care',
      text: 'Please find our response attached.',
      receivedAt: at('2026-03-20T14:00:00'),
      messageId: '<reply-1@coventry.example>',
      files: [
        { filename: 'response.csv', bytes: Buffer.from('question,answer\n1,12\n') },
        { filename: 'setup.exe', bytes: Buffer.from('MZ not really') },
      ],
    };
    const first = await service.recordCorrespondence(emailRequestId, reply);
    expect(first).toMatchObject({ created: true, refused: [{ filename: 'setup.exe' }] });
    const again = await service.recordCorrespondence(emailRequestId, reply);
    expect(again).toEqual({ correspondenceId: first.correspondenceId, created: false, refused: [{ filename: 'setup.exe', reason: expect.any(String) }] });

    const { foiRequest } = await call(REQUEST, { id: emailRequestId });
    expect(foiRequest.correspondence).toHaveLength(1);
    const [entry] = foiRequest.correspondence;
    expect(entry).toMatchObject({ direction: 'IN', kind: 'REPLY', attachments: [{ filename: 'response.csv', contentType: 'text/csv; charset=utf-8' }] });
    expect(entry.body).toContain('Attachments not kept: setup.exe');
    const download = await fetch(`${api.url}${entry.attachments[0].url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('question,answer\n1,12\n');
    expect((await fetch(`${api.url}${entry.attachments[0].url}`)).status).toBe(404);
  });

  it('keeps an attachment PUT against a single-use ticket and serves it to the request’s readers only', async () => {
    const { foiRequest } = await call(`query($id: ID!) { foiRequest(id: $id) { correspondence { id } } }`, { id: emailRequestId });
    const correspondenceId = foiRequest.correspondence[0].id;
    const ticket = (await call(`mutation($c: ID!) { createFoiAttachmentUpload(correspondenceId: $c) { token maxBytes } }`, { c: correspondenceId })).createFoiAttachmentUpload;
    const put = (t: string, filename: string, body: string) =>
      fetch(`${api.url}/foi-files/uploads/${t}`, { method: 'PUT', body, headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(filename) } });
    const kept = await put(ticket.token, 'dates.csv', 'step,day\nextended,2026-04-20\n');
    expect(kept.status).toBe(201);
    const { attachment } = await kept.json();
    expect(attachment).toMatchObject({ filename: 'dates.csv', url: `/foi-files/${attachment.id}` });
    const again = await put(ticket.token, 'dates.csv', 'again');
    expect(again.status).toBe(404);
    expect((await again.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const refused = await put((await call(`mutation($c: ID!) { createFoiAttachmentUpload(correspondenceId: $c) { token } }`, { c: correspondenceId })).createFoiAttachmentUpload.token, 'setup.exe', 'MZ');
    expect(refused.status).toBe(415);
    expect((await refused.json()).errors[0].extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'file' });

    const download = await fetch(`${api.url}${attachment.url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="dates.csv"/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await download.text()).toBe('step,day\nextended,2026-04-20\n');
    expect((await fetch(`${api.url}${attachment.url}`)).status).toBe(404);

    // Two PUTs racing on one ticket: one is kept, the other answers that the ticket is spent.
    const raced = (await call(`mutation($c: ID!) { createFoiAttachmentUpload(correspondenceId: $c) { token } }`, { c: correspondenceId })).createFoiAttachmentUpload.token;
    const statuses = (await Promise.all([1, 2].map((n) => put(raced, `race-${n}.csv`, `n\n${n}\n`)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect([404, 409]).toContain(statuses.find((s) => s !== 201));
    const files = await api.db.query(`SELECT filename FROM foi_correspondence_file WHERE correspondence_id = $1 AND filename LIKE 'race-%'`, [correspondenceId]);
    expect(files).toHaveLength(1);
  });

  it('puts open due dates in the person’s calendar feed', async () => {
    const feedUrl = (await call(`mutation { createCalendarFeed }`)).createCalendarFeed as string;
    const path = new URL(feedUrl).pathname;
    const ics = await (await fetch(`${api.url}${path}`)).text();
    // The Redditch request, submitted through the portal on 20 December 2028.
    await call(`mutation($id: ID!, $input: FoiPortalSubmissionInput!) { recordFoiPortalSubmission(requestId: $id, input: $input) { status } }`, {
      id: (await api.db.query(`SELECT r.id FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE o.name = 'Redditch Borough Council'`))[0].id,
      input: { submittedOn: '2028-12-20' },
    });
    const after = await (await fetch(`${api.url}${path}`)).text();
    expect(ics).not.toContain('Redditch');
    expect(after).toContain('FOI answer due: Redditch Borough Council (Into 2029)');
    expect(after).toContain('DTSTART;VALUE=DATE:20290122');
  });
});
