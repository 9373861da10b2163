import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Quorum by seats: "at least one statutory partner", from the approved terms of reference. */
describe('quorum seats from the terms of reference', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let groupId: string;
  let meetingId: string;
  const people: string[] = [];
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(api.url, query, variables, { token: coordinator });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const quorum = async () => (await ok(`query($id: ID!) { meeting(id: $id) { quorum { required present met } seatQuorum { met seats { seat required expected present met } } } }`, { id: meetingId })).meeting;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'quorum-seats');
    coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    [{ id: groupId }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Steering Group', 'steering', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    for (const name of ['council', 'nhs', 'charity', 'deputy']) {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, 'x') RETURNING id`, [`${name}@quorum.test`, name]);
      const [{ id }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role, organisation_id) VALUES ($1, $2, 'MEMBER', $3) RETURNING id`, [p.partnershipId, accountId, p.organisationId]);
      await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, id]);
      people.push(id);
    }
    const [council, nhs, charity, deputy] = people;
    const seat = (person: string, seat: string, from: string, to: string | null, deputyId: string | null = null) =>
      api.db.query(`INSERT INTO representation (partnership_id, group_id, person_id, organisation_id, seat, deputy_person_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [p.partnershipId, groupId, person, p.organisationId, seat, deputyId, from, to]);
    await seat(council, 'STATUTORY', '2026-01-01', null, deputy);
    await seat(nhs, 'STATUTORY', '2026-01-01', '2026-02-28');
    await seat(charity, 'VOLUNTARY_SECTOR', '2026-01-01', null);
    [{ id: meetingId }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'March', '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z') RETURNING id`, [groupId]);
  });
  afterAll(() => api?.close());

  it('the terms of reference carry the seats; bad seats are refused naming the field', async () => {
    const bad = await gql(api.url, `mutation($g: ID!) { createTermsDraft(groupId: $g, input: { quorumSeats: ["PARLIAMENT"] }) { id } }`, { g: groupId }, { token: coordinator });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quorumSeats' });
    expect(await quorum()).toMatchObject({ seatQuorum: null });
    const { createTermsDraft } = await ok(`mutation($g: ID!) { createTermsDraft(groupId: $g, input: { quorum: 2, quorumSeats: ["STATUTORY", "VOLUNTARY_SECTOR"] }) { id quorumSeats } }`, { g: groupId });
    expect(createTermsDraft.quorumSeats).toEqual(['STATUTORY', 'VOLUNTARY_SECTOR']);
    await ok(`mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: createTermsDraft.id });
    await ok(`mutation($id: ID!) { approveTerms(id: $id) { id } }`, { id: createTermsDraft.id });
    // A later draft starts from the approved seats.
    const next = await ok(`mutation($g: ID!) { createTermsDraft(groupId: $g) { quorumSeats } }`, { g: groupId });
    expect(next.createTermsDraft.quorumSeats).toEqual(['STATUTORY', 'VOLUNTARY_SECTOR']);
  });

  it('counts seats held on the day from those who attended; a seat that ended does not count; a deputy counts for the seat', async () => {
    const [council, nhs, charity, deputy] = people;
    const attend = (person: string, status: string) => api.db.query(`INSERT INTO attendance (meeting_id, person_id, status) VALUES ($1, $2, $3) ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status`, [meetingId, person, status]);
    // Enough members for the head count, but the only statutory partner present had left the seat in February.
    await attend(nhs, 'ATTENDED');
    await attend(charity, 'ATTENDED');
    let q = await quorum();
    expect(q.quorum).toMatchObject({ required: 2, present: 2, met: true });
    expect(q.seatQuorum).toEqual({
      met: false,
      seats: [
        { seat: 'STATUTORY', required: 1, expected: 0, present: 0, met: false },
        { seat: 'VOLUNTARY_SECTOR', required: 1, expected: 1, present: 1, met: true },
      ],
    });
    await attend(council, 'ACCEPTED');
    q = await quorum();
    expect(q.seatQuorum.seats[0]).toEqual({ seat: 'STATUTORY', required: 1, expected: 1, present: 0, met: false });
    // The council's deputy comes instead.
    await attend(deputy, 'ATTENDED');
    q = await quorum();
    expect(q.seatQuorum).toMatchObject({ met: true, seats: [{ seat: 'STATUTORY', present: 1, met: true }, { seat: 'VOLUNTARY_SECTOR', met: true }] });
    // Holder and deputy both there: one seat, counted once.
    await attend(council, 'ATTENDED');
    expect((await quorum()).seatQuorum.seats[0].present).toBe(1);
  });
});
