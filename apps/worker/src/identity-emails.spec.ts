import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { TickHandler } from '@convene/notifications';
import { codeOf, gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { createRedis } from '@convene/redis';
import { assertNoEviction, indexHandlers } from './queue-runner';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

describe('invitation and password reset emails', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let workers: WorkerHarness[] = [];
  let p: SeededPartnership;
  let coordinatorToken: string;

  const env = () => ({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
  const tokenIn = (text: string, path: string) => decodeURIComponent(new RegExp(`${path}#token=([^\\s"<]+)`).exec(text)![1]);

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'emails');
    coordinatorToken = (await gql(api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    // Two workers on the same queues, as in production.
    workers = [await startWorker(env()), await startWorker(env())];
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await smtp.close();
    await api.close();
  });

  it('refuses to boot with a job that has no handler, or two', () => {
    const handlers = workers[0].app.get(TickHandler, { strict: false });
    expect(() => indexHandlers([handlers])).toThrow(/No handler for job/);
    expect(() => indexHandlers([handlers, handlers])).toThrow(/two handlers/);
  });

  it('emails an invitation once; its link creates the account and signs in', async () => {
    smtp.messages.length = 0;
    const res = await gql(api.url, `mutation { inviteByEmail(input: { email: "new.person@example.org" }) { id status kind } }`, {}, { token: coordinatorToken });
    expect(res.data!.inviteByEmail).toMatchObject({ status: 'PENDING', kind: 'EMAIL' });
    const invitationId = res.data!.inviteByEmail.id as string;

    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ value: [{ address: 'new.person@example.org' }] });
    expect(mail.subject).toBe('You are invited to join Partnership emails on Convene');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).toContain('/invitation#token=cvi_');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@localhost>$/);

    // Nudging the same work again (a duplicate job, a tick) sends nothing more.
    await workers[1].app.get(TickHandler, { strict: false }).handle({});
    await workers[0].app.get(JobQueue, { strict: false }).add(JOBS.invitationEmail, { invitationId });
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.messages).toHaveLength(1);

    const token = tokenIn(mail.text!, '/invitation');
    const [{ token_hash }] = await api.db.query(`SELECT token_hash FROM invitation WHERE id = $1`, [invitationId]);
    expect(token_hash).not.toContain(token);
    const accepted = await gql(api.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token me { email role } } }`, {
      input: { token, name: 'New Person', password: 'a long enough password' },
    });
    expect(accepted.data!.acceptInvitation.me).toEqual({ email: 'new.person@example.org', role: 'MEMBER' });
    const signedIn = await gql(api.url, SIGN_IN, { input: { email: 'new.person@example.org', password: 'a long enough password' } });
    expect(signedIn.data!.signIn.token).toMatch(/^cvs_/);
  });

  it('sends a password reset link that works once', async () => {
    smtp.messages.length = 0;
    await gql(api.url, `mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: p.member.email });
    await gql(api.url, `mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: 'nobody@nowhere.example' });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ value: [{ address: p.member.email }] });
    const token = tokenIn(mail.text!, '/reset-password');

    const reset = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
    expect((await gql(api.url, reset, { input: { token, password: 'brand new password 1' } })).data).toEqual({ resetPassword: true });
    const reused = await gql(api.url, reset, { input: { token, password: 'brand new password 2' } });
    expect(reused.raw).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect((await gql(api.url, SIGN_IN, { input: { email: p.member.email, password: 'brand new password 1' } })).data!.signIn.token).toMatch(/^cvs_/);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages).toHaveLength(1);
  });

  it('asks an address typed into a shareable link to confirm, once, and sends it nothing else before', async () => {
    smtp.messages.length = 0;
    const link = (await gql(api.url, `mutation { createInvitationLink(input: { maxUses: 5 }) { token } }`, {}, { token: coordinatorToken })).data!.createInvitationLink.token;
    const accept = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`;
    expect((await gql(api.url, accept, { i: { token: link, email: 'typed@example.org', name: 'Typed Person', password: 'a long enough password' } })).data).toEqual({ acceptInvitation: null });
    const [mail] = await smtp.waitFor(1);
    expect(mail.to).toMatchObject({ value: [{ address: 'typed@example.org' }] });
    expect(mail.subject).toBe('Confirm your email address to join Partnership emails');
    expect(mail.text).not.toContain('Typed Person');
    const token = tokenIn(mail.text!, '/confirm-email');
    expect(token).toMatch(/^cve_/);

    const confirm = `mutation($t: String!) { confirmEmail(token: $t) { me { email } } }`;
    expect((await gql(api.url, confirm, { t: token })).data).toEqual({ confirmEmail: { me: { email: 'typed@example.org' } } });
    expect(codeOf(await gql(api.url, confirm, { t: token }))).toBe('BAD_USER_INPUT');
    await workers[0].app.get(TickHandler, { strict: false }).handle({});
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages).toHaveLength(1);
  });

  it('keeps retrying through an SMTP outage and sends once the server is back', async () => {
    smtp.messages.length = 0;
    smtp.setFailing(true);
    await gql(api.url, `mutation { inviteByEmail(input: { email: "outage@example.org" }) { id } }`, {}, { token: coordinatorToken });
    await new Promise((r) => setTimeout(r, 1500));
    const [ledger] = await api.db.query(`SELECT status, attempts FROM delivery WHERE purpose_key LIKE 'invitation:%' AND status <> 'SENT'`);
    expect(ledger).toMatchObject({ status: 'FAILED' });
    smtp.setFailing(false);
    // The tick finds the unsent invitation and retries it (backoff would otherwise wait).
    await workers[0].app.get(TickHandler, { strict: false }).handle({});
    const queue = workers[0].app.get(JobQueue, { strict: false });
    const job = await queue.queue('mail').getJob(`invitation.${(await api.db.query(`SELECT id FROM invitation WHERE email = 'outage@example.org'`))[0].id}`);
    await job?.promote().catch(() => undefined);
    const mails = await smtp.waitFor(1, 20_000);
    expect(mails.map((m) => (m.to as { value: { address: string }[] }).value[0].address)).toEqual(['outage@example.org']);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages).toHaveLength(1);
  });
});

describe('worker start-up checks', () => {
  it('refuses Redis that may evict keys, and says why', async () => {
    const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const original = ((await redis.config('GET', 'maxmemory-policy')) as string[])[1];
    try {
      await expect(assertNoEviction(redis)).resolves.toBeUndefined();
      await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await expect(assertNoEviction(redis)).rejects.toThrow(/maxmemory-policy is "allkeys-lru".*noeviction/);
    } finally {
      await redis.config('SET', 'maxmemory-policy', original);
      redis.disconnect();
    }
  });
});

describe('the tick', () => {
  it('keeps the next twelve months of each group’s meetings materialised', async () => {
    const api = await startApi();
    const smtp = await startSmtpSink();
    const worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
    try {
      const p = await seedPartnership(api.db, 'tick');
      // A group whose cadence started long ago, with no meetings yet.
      const [{ id }] = await api.db.query(
        `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, cadence_rrule, cadence_start) VALUES ($1, 'ESOL pathway', 'esol', 'STEERING_GROUP', 'PARTNERSHIP', 'FREQ=MONTHLY;INTERVAL=6', now() - interval '3 years' + interval '1 day') RETURNING id`,
        [p.partnershipId],
      );
      await worker.app.get(TickHandler, { strict: false }).handle({});
      await worker.app.get(TickHandler, { strict: false }).handle({});
      const meetings: { starts_at: Date }[] = await api.db.query(`SELECT starts_at FROM meeting WHERE group_id = $1 ORDER BY starts_at`, [id]);
      // Six-monthly: the two meetings of the coming year, once each.
      expect(meetings).toHaveLength(2);
      expect(meetings.every((m) => new Date(m.starts_at).getTime() > Date.now())).toBe(true);
      const [{ plannedUntil }] = await api.db.query(`SELECT planned_until AS "plannedUntil" FROM "group" WHERE id = $1`, [id]);
      expect(new Date(plannedUntil).getTime()).toBeGreaterThan(new Date(meetings[1].starts_at).getTime());
    } finally {
      await worker.close();
      await smtp.close();
      await api.close();
    }
  });
});
