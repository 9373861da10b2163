import { confirmationTokenFor, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

describe('web: joining by a shareable link, and changing the password', () => {
  let stack: Stack;
  let p: SeededPartnership;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-confirm');
  });
  afterAll(() => stack?.close());

  it('asks the person to check their email, then the emailed link confirms, joins and signs in', async () => {
    const admin = (await gql(stack.api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.admin.email, password: p.admin.password } })).data!.signIn.token;
    const link = (await gql(stack.api.url, `mutation { createInvitationLink(input: { maxUses: 3 }) { url } }`, {}, { token: admin })).data!.createInvitationLink.url as string;

    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto(link.slice(link.indexOf('/invitation')));
    await page.getByRole('heading', { name: 'Join Partnership web-confirm' }).waitFor();
    await page.getByLabel('Email address').fill('joiner@web-confirm.test');
    await page.getByLabel('Your name').fill('Joan Joiner');
    await page.getByLabel('Choose a password').fill('1234567890');
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await page.getByRole('alert').getByRole('link', { name: /too common/ }).click();
    expect(await isFocused(page.getByLabel('Choose a password'))).toBe(true);

    await page.getByLabel('Choose a password').fill('lantern orchard velvet');
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('joiner@web-confirm.test');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'invitation-check-email');

    await page.goto(`/confirm-email#token=${await confirmationTokenFor(stack.api.db, 'joiner@web-confirm.test')}`);
    await page.getByRole('heading', { name: 'Confirm your email address' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirm and join' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Joan Joiner' }).waitFor();
    await context.close();
  });

  it('refuses a used confirmation link with a plain message', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto(`/confirm-email#token=cve_${'Q'.repeat(43)}`);
    await page.getByRole('button', { name: 'Confirm and join' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not valid/);
    await context.close();
  });

  it('changing the password names the field of a common one, and signs out other devices', async () => {
    const other = await newContext(stack);
    const elsewhere = await other.newPage();
    await signIn(elsewhere, p.member);

    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto('/account');
    await page.getByLabel('Current password').fill(p.member.password);
    await page.getByLabel('New password', { exact: true }).fill('qwertyuiop');
    await page.getByLabel('New password again').fill('qwertyuiop');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').getByRole('link', { name: /too common/ }).click();
    expect(await isFocused(page.getByLabel('New password', { exact: true }))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Current password').fill(p.member.password);
    await page.getByLabel('New password', { exact: true }).fill('granite willow harbour');
    await page.getByLabel('New password again').fill('granite willow harbour');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText(/Your password has been changed/).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Hello, / }).waitFor();
    await elsewhere.goto('/');
    await elsewhere.waitForURL(/\/sign-in/);
    await other.close();
    await context.close();
  });
});
