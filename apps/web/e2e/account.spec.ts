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
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Home', 'Groups', 'Actions', 'Forums']);
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
});
