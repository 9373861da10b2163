import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Subject access and erasure for a directory contact, and subject access for a person. */
describe('directory subject access and erasure', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token = {} as Record<'coordinator' | 'member', string>;
  let contactId: string;
  let twinId: string;
  let minutesId: string;
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const EXPORT = `query($id: ID!) { contactSubjectAccess(contactId: $id) }`;
  const ERASE = `mutation($id: ID!, $mode: ErasureMode!) { eraseDirectoryContact(contactId: $id, mode: $mode) }`;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'sar');
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    const contact = async (name: string, service: boolean) => {
      const [{ id: serviceId }] = service ? await api.db.query(`INSERT INTO directory_service (partnership_id, organisation_id, name, service_type) VALUES ($1, $2, 'Night shelter', 'HOUSING') RETURNING id`, [p.partnershipId, p.organisationId]) : [{ id: null }];
      return (
        await api.db.query(
          `INSERT INTO directory_contact (partnership_id, organisation_id, service_id, person_id, name, role, email, phone, visibility, email_visibility, phone_visibility, lawful_basis)
           VALUES ($1, $2, $3, $4, $5, 'Manager', 'mona@sar.example.org', '0121 496 0000', 'PARTNERSHIP', 'PARTNERSHIP', 'COORDINATORS', 'CONSENT') RETURNING id`,
          [p.partnershipId, serviceId ? null : p.organisationId, serviceId, p.member.personId, name],
        )
      )[0].id as string;
    };
    contactId = await contact('Mona Member', false);
    twinId = await contact('Mona M.', true);
    const [{ id: groupId }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Health Group', 'health', 'WORKING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    const [{ id: meetingId }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'March', '2026-03-01T10:00:00Z', '2026-03-01T12:00:00Z') RETURNING id`, [groupId]);
    await api.db.query(`INSERT INTO action_item (group_id, meeting_id, title, owner_person_id) VALUES ($1, $2, 'Write to the trust', $3)`, [groupId, meetingId, p.member.personId]);
    [{ id: minutesId }] = await api.db.query(`INSERT INTO minutes (meeting_id) VALUES ($1) RETURNING id`, [meetingId]);
    await api.db.query(`INSERT INTO audit_event (partnership_id, actor_person_id, action, subject_type, subject_id) VALUES ($1, $2, 'directory.contact-added', 'directory_contact', $3)`, [p.partnershipId, p.coordinator.personId, contactId]);
  });
  afterAll(() => api?.close());

  it('exports everything held about the contact, its twins by email and the linked person, without credentials; coordinators only', async () => {
    const res = await gql(api.url, EXPORT, { id: contactId }, { token: token.coordinator });
    expect(res.errors).toBeUndefined();
    const out = JSON.parse(res.data!.contactSubjectAccess);
    expect(out.subject).toEqual({ kind: 'contact', id: contactId });
    expect(out.contacts.map((c: { id: string }) => c.id).sort()).toEqual([contactId, twinId].sort());
    expect(out.contacts[0]).toMatchObject({ email: 'mona@sar.example.org', phone: '0121 496 0000', lawful_basis: 'CONSENT' });
    expect(out.auditEvents).toEqual([expect.objectContaining({ action: 'directory.contact-added', subjectId: contactId })]);
    const [person] = out.people;
    expect(person.person).toMatchObject({ id: p.member.personId, email: p.member.email });
    expect(person.records['action_item.owner_person_id']).toEqual([expect.objectContaining({ title: 'Write to the trust' })]);
    expect(person.records['directory_contact.person_id']).toHaveLength(2);
    expect(res.data!.contactSubjectAccess).not.toMatch(/password_hash|token_hash/);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'directory.subject-access' AND subject_id = $1`, [contactId])).toEqual([{ n: 1 }]);

    const denied = await gql(api.url, EXPORT, { id: contactId }, { token: token.member });
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const person2 = await gql(api.url, `query($id: ID!) { personSubjectAccess(personId: $id) }`, { id: p.member.personId }, { token: token.member });
    expect(person2.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await gql(api.url, `query($id: ID!) { personSubjectAccess(personId: $id) }`, { id: p.member.personId }, { token: token.coordinator });
    expect(JSON.parse(own.data!.personSubjectAccess).records['affiliation.person_id']).toBeDefined();
  });

  it('pseudonymises every row with the email, keeping actions, minutes and the audit log', async () => {
    const actionsBefore = await api.db.query(`SELECT * FROM action_item WHERE owner_person_id = $1`, [p.member.personId]);
    const res = await gql(api.url, ERASE, { id: contactId, mode: 'PSEUDONYMISE' }, { token: token.coordinator });
    expect(res.errors).toBeUndefined();
    expect(res.data!.eraseDirectoryContact).toBe(2);
    expect(await api.db.query(`SELECT name, role, email, phone, person_id AS "personId" FROM directory_contact WHERE id = ANY($1::uuid[])`, [[contactId, twinId]])).toEqual([
      { name: 'Former contact', role: '', email: null, phone: null, personId: null },
      { name: 'Former contact', role: '', email: null, phone: null, personId: null },
    ]);
    expect(await api.db.query(`SELECT * FROM action_item WHERE owner_person_id = $1`, [p.member.personId])).toEqual(actionsBefore);
    expect(await api.db.query(`SELECT id FROM minutes WHERE id = $1`, [minutesId])).toHaveLength(1);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1`, [contactId])).toEqual([{ n: 3 }]);
    const audit = await api.db.query(`SELECT detail FROM audit_event WHERE action = 'directory.contact-pseudonymised'`);
    expect(JSON.stringify(audit)).not.toContain('mona');
  });

  it('erases the rows; the audit log keeps its ids only', async () => {
    const denied = await gql(api.url, ERASE, { id: twinId, mode: 'ERASE' }, { token: token.member });
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const res = await gql(api.url, ERASE, { id: twinId, mode: 'ERASE' }, { token: token.coordinator });
    expect(res.data!.eraseDirectoryContact).toBe(1);
    expect(await api.db.query(`SELECT id FROM directory_contact WHERE id = $1`, [twinId])).toEqual([]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'directory.contact-erased' AND subject_id = $1`, [twinId])).toEqual([{ n: 1 }]);
    const bad = await gql(api.url, ERASE, { id: twinId, mode: 'SHRED' }, { token: token.coordinator });
    expect(bad.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
