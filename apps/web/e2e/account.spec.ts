import { createHash } from 'node:crypto';
import { seedPartnership, type SeededPartnership } from '@convene/testing';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

describe('web: signing in and out', () => {
  let stack: Stack;
  let p: SeededPartnership;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-account');
  });
  afterAll(() => stack?.close());

  it('refuses a wrong password with an error linked to the field, then signs in, shows home, and signs out', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in\?next=%2F$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter your email address' }).click();
    expect(await isFocused(page.getByLabel('Email address'))).toBe(true);

    await page.getByLabel('Email address').fill(p.member.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/email address or password/i);
    expect(await seriousViolations(page)).toEqual([]);

    await signIn(page, p.member);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Home', 'Groups', 'Actions', 'Forums', 'Directory', 'Knowledge bank', 'FOI']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });

  it('works at 360 px wide', async () => {
    const context = await newContext(stack, { width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password from the emailed link, once', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'I have forgotten my password' }).click();
    await page.getByLabel('Email address').fill(p.coordinator.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The worker would email this link; the token is stored only as its hash.
    const token = `cvr_${'B'.repeat(43)}`;
    await stack.api.db.query(`INSERT INTO password_reset (account_id, token_hash, expires_at, sent_at) VALUES ($1, $2, now() + interval '1 hour', now())`, [
      p.coordinator.accountId,
      createHash('sha256').update(token).digest('hex'),
    ]);
    await page.goto(`/reset-password#token=${token}`);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('alert').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('New password').fill('a much longer new password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByText('Your password has been changed. Sign in with the new one.').waitFor();
    await signIn(page, { ...p.coordinator, password: 'a much longer new password' });
    await page.goto(`/reset-password#token=${token}`);
    await page.getByLabel('New password').fill('yet another long password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/link/i);
    await context.close();
  });

  it('works at 200% zoom: a 1280 px window is 640 CSS pixels wide', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.url, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, p.member);
    for (const path of ['/', '/groups', '/actions', '/forums', '/preferences']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect([path, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)]).toEqual([path, 0]);
    }
    await context.close();
  });
});
