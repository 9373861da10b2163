import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const CREATE = `mutation($i: GroupInput!) { createGroup(input: $i) { id plannedUntil } }`;
const MEETINGS = `query($id: ID!, $from: DateTime, $until: DateTime) { group(id: $id) { plannedUntil meetings(from: $from, until: $until) { startsAt } } }`;
const DAY = 86400_000;
/** Meetings start on the minute. */
const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);

/** `months` calendar months after `date`, at the same time of day. */
const monthsAfter = (date: Date, months: number) => {
  const later = new Date(date);
  later.setMonth(later.getMonth() + months);
  return later;
};

describe('planning a cadence a year ahead', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let token: string;
  const as = (query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'planning');
    token = (await gql(api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
  });
  afterAll(() => api.close());

  it('plans at least twelve months of a monthly cadence, and says how far', async () => {
    const start = minute(Date.now() + 7 * DAY);
    const created = await as(CREATE, { i: { name: 'Health Practitioners', kind: 'WORKING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=MONTHLY', cadenceStart: start.toISOString() } });
    expect(created.errors).toBeUndefined();
    const plannedUntil = new Date(created.data!.createGroup.plannedUntil);
    expect(Math.abs(plannedUntil.getTime() - monthsAfter(start, 12).getTime())).toBeLessThan(DAY);
    const year = await as(MEETINGS, { id: created.data!.createGroup.id, from: new Date().toISOString(), until: new Date(Date.now() + 400 * DAY).toISOString() });
    const starts = year.data!.group.meetings.map((m: { startsAt: string }) => new Date(m.startsAt));
    expect(starts.length).toBeGreaterThanOrEqual(12);
    expect(starts.every((s: Date) => s <= plannedUntil)).toBe(true);
  });

  it('plans a cadence that starts more than a year away from its first meeting', async () => {
    const start = monthsAfter(minute(Date.now()), 14);
    const created = await as(CREATE, { i: { name: 'ESOL Pathway Steering Group', kind: 'STEERING_GROUP', visibility: 'PARTNERSHIP', cadence: 'FREQ=MONTHLY;INTERVAL=6', cadenceStart: start.toISOString() } });
    const id = created.data!.createGroup.id;
    expect(Math.abs(new Date(created.data!.createGroup.plannedUntil).getTime() - monthsAfter(start, 12).getTime())).toBeLessThan(DAY);
    const ahead = await as(MEETINGS, { id, from: new Date().toISOString(), until: new Date(Date.now() + 732 * DAY).toISOString() });
    const starts: string[] = ahead.data!.group.meetings.map((m: { startsAt: string }) => m.startsAt);
    expect(starts.length).toBe(2); // the first meeting and six months later; the third is past the window
    expect(new Date(starts[0]).getTime()).toBe(start.getTime());
  });

  it('has nothing planned without a cadence', async () => {
    const created = await as(CREATE, { i: { name: 'Cohesion Implementation Group', kind: 'WORKING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: new Date(Date.now() + DAY).toISOString() } });
    const id = created.data!.createGroup.id;
    expect(created.data!.createGroup.plannedUntil).not.toBeNull();
    const cleared = await as(`mutation($id: ID!) { updateGroup(id: $id, input: { cadence: null }) { plannedUntil } }`, { id });
    expect(cleared.data!.updateGroup.plannedUntil).toBeNull();
    const plain = await as(CREATE, { i: { name: 'City of Sanctuary Board', kind: 'BOARD', visibility: 'PUBLIC' } });
    expect(plain.data!.createGroup.plannedUntil).toBeNull();
  });
});
