import { seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

/**
 * The partner directory from an empty partnership: a coordinator adds an organisation, a place
 * and an ESOL class; a visitor who is not signed in finds the class in the service finder.
 */
// The first journey is long (an organisation, two places, a service, then the finder signed out).
jest.setTimeout(90_000);

describe('web: the partner directory', () => {
  let stack: Stack;
  let p: SeededPartnership;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-directory');
  });
  afterAll(() => stack?.close());

  it('lets a coordinator add an organisation and a service that a signed-out visitor then finds', async () => {
    const page = await (await newContext(stack)).newPage();
    await signIn(page, p.coordinator);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner directory' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Add an organisation' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Lambeth Adult Learning');
    await page.getByLabel('Kind of organisation').selectOption('LOCAL_AUTHORITY');
    await page.getByLabel('Local authority GSS code (optional)').fill('E0900002');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    // A malformed code is refused in plain words, linked to its field.
    await page.getByRole('alert').getByRole('link', { name: /GSS code must be a letter/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Local authority GSS code (optional)').fill('e09000022');
    await page.getByLabel('Areas served (optional)').fill('Lambeth');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lambeth Adult Learning' }).waitFor();
    expect(await page.textContent('main')).toContain('E09000022');

    await page.getByText('Add a location').click();
    await page.getByLabel('Name of the place').fill('Brixton Library');
    await page.getByLabel('Address line 1').fill('Brixton Oval');
    await page.getByLabel('Town or city').fill('London');
    await page.getByLabel('Postcode').fill('sw2 1jq');
    await page.getByLabel('Step-free access').check();
    await page.getByRole('button', { name: 'Add location' }).click();
    await page.getByText('SW2 1JQ').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // A second place, corrected, then removed: the first stays for the service.
    await page.getByText('Add a location').click();
    await page.getByLabel('Name of the place').fill('Stockwell Centre');
    await page.getByLabel('Postcode').fill('SW9 9SL');
    await page.getByRole('button', { name: 'Add location' }).click();
    await page.getByText('Stockwell Centre has been added.').waitFor();
    await page.getByRole('button', { name: 'Change Stockwell Centre' }).click();
    await page.getByLabel('Name of the place').fill('Stockwell Community Centre');
    await page.getByLabel('Hearing loop').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Stockwell Community Centre has been changed.').waitFor();
    expect(await page.textContent('main')).toContain('Stockwell Community Centre: SW9 9SL (hearing loop)');
    await page.getByRole('button', { name: 'Remove Stockwell Community Centre' }).click();
    await page.getByText('Stockwell Community Centre has been removed').waitFor();
    await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('SW9 9SL'));
    expect(await page.textContent('main')).not.toContain('SW9 9SL');

    await page.getByRole('link', { name: 'Add a service' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a service' }).waitFor();
    await page.getByLabel('Name of the service').fill('ESOL Entry 1 mornings');
    await page.getByLabel('Entry 1').check();
    await page.getByLabel('Drop in').check();
    await page.getByLabel('Tuesday').check();
    await page.getByLabel('Date of the first session').fill('2027-01-05');
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('Where (optional)').selectOption({ label: 'Brixton Library' });
    await page.getByLabel('Languages (optional)').fill('arabic, tigrinya');
    await page.getByLabel('Areas served (optional)').fill('Lambeth');
    await page.getByLabel('Childcare offered').check();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'directory-service-form');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByRole('heading', { level: 1, name: 'ESOL Entry 1 mornings' }).waitFor();
    const servicePage = await page.textContent('main');
    expect(servicePage).toContain('Tuesday 10:00–12:00');
    expect(servicePage).toContain('Arabic, Tigrinya');
    expect(servicePage).toMatch(/Last checked\s*\d+ \w+ 20\d\d by COORDINATOR of web-directory/);

    // Signed out: the public finder, filtered to ESOL on Tuesdays with childcare.
    const visitor = await (await newContext(stack, { width: 390, height: 844 })).newPage();
    await visitor.goto('/find-services/web-directory');
    await visitor.getByRole('heading', { level: 1, name: 'Find services' }).waitFor();
    await visitor.getByLabel('Type of service').selectOption('ESOL');
    await visitor.getByLabel('Day').selectOption('TUESDAY');
    await visitor.getByLabel('With childcare').check();
    await visitor.getByRole('button', { name: 'Find services' }).click();
    await visitor.getByRole('link', { name: 'ESOL Entry 1 mornings' }).waitFor();
    expect(await visitor.getByRole('status').textContent()).toContain('Showing 1 service');
    expect(await seriousViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'directory-finder');
    await visitor.getByLabel('Day').selectOption('WEDNESDAY');
    await visitor.getByRole('button', { name: 'Find services' }).click();
    await visitor.getByText('No services match').waitFor();
    await visitor.getByLabel('Day').selectOption('TUESDAY');
    await visitor.getByRole('button', { name: 'Find services' }).click();
    await visitor.getByRole('link', { name: 'ESOL Entry 1 mornings' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'ESOL Entry 1 mornings' }).waitFor();
    const seen = await visitor.textContent('main');
    expect(seen).toContain('Brixton Library');
    expect(seen).toContain('Step-free access');
    expect(seen).not.toContain('Edit this service');
    expect(seen).not.toContain('by COORDINATOR');
    // The same service through the public Open Referral API, on the web origin.
    const api = await fetch(`${stack.url}/open-referral/web-directory/services?service_type=ESOL&day=TU`);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { contents: { name: string }[] }).contents.map((c) => c.name)).toEqual(['ESOL Entry 1 mornings']);
    expect(await seriousViolations(visitor)).toEqual([]);
  });

  it('seats a group member for their organisation and shows it on the group, the organisation and the person', async () => {
    const db = stack.api.db;
    const [{ id: group }] = await db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'ESOL Steering Group', 'esol', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await db.query(`INSERT INTO group_member (group_id, person_id, role, organisation_id) VALUES ($1, $2, 'MEMBER', $3), ($1, $4, 'CHAIR', $3)`, [group, p.member.personId, p.organisationId, p.admin.personId]);
    const page = await (await newContext(stack)).newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/groups/${group}/members`);
    await page.getByRole('button', { name: 'Change MEMBER of web-directory’s role' }).click();
    await page.getByLabel('Sector seat').selectOption('VOLUNTARY_SECTOR');
    await page.getByLabel('Deputy (optional)').selectOption({ label: 'ADMIN of web-directory' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save seat' }).click();
    await page.getByText('MEMBER of web-directory sits for Charity web-directory in the voluntary sector seat.').waitFor();
    await page.goto(`/groups/${group}`);
    await page.getByText('Voluntary sector seat, deputy ADMIN of web-directory').waitFor();
    await page.goto(`/directory/organisations/${p.organisationId}`);
    await page.getByRole('link', { name: 'ESOL Steering Group' }).waitFor();
    expect(await page.textContent('main')).toContain('MEMBER of web-directory, Voluntary sector seat (deputy ADMIN of web-directory)');
    expect(await seriousViolations(page)).toEqual([]);
    // A contact, its phone for coordinators only, then changed.
    await page.getByText('Add a contact').click();
    await page.getByLabel('Name', { exact: true }).fill('Amina Yusuf');
    await page.getByLabel('Role', { exact: true }).fill('Caseworker');
    await page.getByLabel('Email', { exact: true }).fill('Amina.Yusuf@charity.example');
    await page.getByLabel('Phone', { exact: true }).fill('07700 900123');
    await page.getByLabel('Who can see the phone number').selectOption('COORDINATORS');
    await page.getByLabel('Lawful basis for holding these details (UK GDPR)').selectOption('CONSENT');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('cell', { name: 'amina.yusuf@charity.example' }).waitFor();
    await page.getByRole('button', { name: 'Change Amina Yusuf' }).click();
    await page.getByLabel('Role', { exact: true }).fill('Senior caseworker');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('Senior caseworker').waitFor();
    expect(await page.locator('table').textContent()).toContain('phone: Coordinators only');
    await screenshot(page, 'directory-organisation');
    await page.goto(`/people/${p.member.personId}`);
    await page.getByRole('heading', { name: 'Organisations over time' }).waitFor();
    expect(await page.locator('#person-affiliations').textContent()).toContain('Charity web-directory');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
