import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;

describe('minutes record when they were circulated and published by the API’s clock', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let token: string;
  const as = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'minutes-clock');
    token = (await gql(api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
  });
  afterAll(() => api.close());

  it('stamps circulatedAt and publishedAt with the clock’s time, which decides whether their emails are news', async () => {
    const groupId = (await as(`mutation { createGroup(input: { name: "Health Practitioners", kind: WORKING_GROUP, visibility: PRIVATE }) { id } }`)).createGroup.id;
    const startsAt = new Date(Date.now() + 30 * DAY);
    const meetingId = (await as(`mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Steering group", startsAt: $s, location: "Library") { id } }`, { g: groupId, s: startsAt.toISOString() })).scheduleOneOffMeeting.id;
    const minutesId = (await as(`mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: meetingId })).startMinutes.id;
    const later = new Date(startsAt.getTime() + 2 * 3600_000);
    api.clock.set(later);
    try {
      const close = (iso: string) => Math.abs(new Date(iso).getTime() - later.getTime()) < 60_000;
      const circulated = (await as(`mutation($id: ID!) { circulateMinutes(minutesId: $id) { circulatedAt } }`, { id: minutesId })).circulateMinutes;
      expect([circulated.circulatedAt, close(circulated.circulatedAt)]).toEqual([circulated.circulatedAt, true]);
      await as(`mutation($id: ID!, $d: DateTime!) { approveMinutes(minutesId: $id, decidedAt: $d) { id } }`, { id: minutesId, d: new Date(later.getTime() - 60_000).toISOString() });
      const published = (await as(`mutation($id: ID!) { publishMinutes(minutesId: $id) { publishedAt } }`, { id: minutesId })).publishMinutes;
      expect([published.publishedAt, close(published.publishedAt)]).toEqual([published.publishedAt, true]);
    } finally {
      api.clock.reset();
    }
  });
});
