import { createHash } from 'node:crypto';
import { seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, startStack, type Stack } from './stack';

/** The screens the API renders itself: a PUBLIC group's page, and the links in every email. */
describe('web: public pages and email links', () => {
  let stack: Stack;
  let p: SeededPartnership;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-public');
  });
  afterAll(() => stack?.close());

  it('shows a public group’s published minutes and terms of reference, accessibly', async () => {
    const db = stack.api.db;
    const [{ id: groupId }] = await db.query(
      `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, description) VALUES ($1, 'City of Sanctuary board', 'sanctuary', 'BOARD', 'PUBLIC', 'Making the city a place of welcome.') RETURNING id`,
      [p.partnershipId],
    );
    await db.query(
      `INSERT INTO terms_of_reference (group_id, version, status, purpose, membership, quorum, cadence, approved_at) VALUES ($1, 1, 'APPROVED', 'To lead the city''s work as a City of Sanctuary.', 'Partners and people with lived experience.', 4, 'Quarterly', now())`,
      [groupId],
    );
    const [{ id: meetingId }] = await db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Board meeting', now() - interval '30 days', now() - interval '30 days' + interval '2 hours') RETURNING id`, [groupId]);
    await db.query(
      `INSERT INTO minutes (meeting_id, status, content, published_at, approved_at) VALUES ($1, 'PUBLISHED', $2, now(), now())`,
      [meetingId, JSON.stringify({ items: [{ agendaItemId: null, title: 'Welcome', notes: 'Twelve partners attended.', redacted: false }, { agendaItemId: null, title: 'A private matter', notes: 'Not for the public.', redacted: true }], decisions: ['Apply for the sanctuary award'], attendanceNote: null })],
    );
    const page = await (await newContext(stack)).newPage();
    const response = await page.goto('/public/web-public/sanctuary');
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('City of Sanctuary board');
    const text = await page.textContent('main');
    expect(text).toContain('Twelve partners attended.');
    expect(text).toContain('Apply for the sanctuary award');
    expect(text).not.toContain('Not for the public.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'public-group');
    expect((await page.goto('/public/web-public/no-such-group'))?.status()).toBe(404);
  });

  it('lets anyone holding an email’s link unsubscribe and choose their emails, accessibly', async () => {
    const token = `cvu_${'A'.repeat(43)}`;
    await stack.api.db.query(
      `INSERT INTO delivery (purpose_key, recipient_key, status, message_id, unsubscribe_token_hash, sent_at) VALUES ('forum-digest:' || $1 || ':2026-11-23', $1, 'SENT', '<x@localhost>', $2, now())`,
      [p.member.personId, createHash('sha256').update(token).digest('hex')],
    );
    const page = await (await newContext(stack, { width: 360, height: 740 })).newPage();
    await page.goto(`/email/unsubscribe/${token}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await page.getByText('You will not get the forum digest').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Choose which emails you get' }).click();
    expect(await page.getByLabel('How often').inputValue()).toBe('OFF');
    await page.getByLabel('How often').selectOption('WEEKLY');
    await page.getByLabel('At (UK time)').selectOption('17');
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.getByText('Your choices are saved').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'email-preferences');
    const [saved] = await stack.api.db.query(`SELECT forum_digest, digest_hour FROM notification_preference WHERE person_id = $1`, [p.member.personId]);
    expect(saved).toEqual({ forum_digest: 'WEEKLY', digest_hour: 17 });
  });
});
