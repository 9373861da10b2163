import Ajv from 'ajv';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import schema from '../../../libs/server/directory/src/open-referral/oruk-service.schema.json';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * The partner directory over GraphQL and the public Open Referral API: organisations with
 * identifiers, services with schedules, contacts seen field by field as each role and signed
 * out, the finder's filters, affiliations, seats on groups and suggested changes.
 */
describe('partner directory', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token = {} as Record<'admin' | 'coordinator' | 'member' | 'outsider', string>;
  let council: string;
  let location: string;
  const service = {} as Record<'esol' | 'advice' | 'internal' | 'housing', string>;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const as = (who: keyof typeof token | null) => (who ? { token: token[who] } : {});

  const ORG = `mutation($i: DirectoryOrganisationInput!) { addDirectoryOrganisation(input: $i) { id name kind identifiers { charityNumber companyNumber odsCode gssCode } areasServed lastCheckedAt } }`;
  const SERVICE = `mutation($i: DirectoryServiceInput!) { addDirectoryService(input: $i) { id name levels languages serviceAreas slots { weekday startsAt endsAt } } }`;
  const CONTACT = `mutation($i: DirectoryContactInput!) { saveDirectoryContact(input: $i) { id email phone lawfulBasis } }`;
  const FIND = `query($f: ServiceFinderFilter!, $p: String, $first: Int, $after: String) { findServices(filter: $f, partnership: $p, first: $first, after: $after) { nodes { id name organisationName } pageInfo { hasNextPage endCursor } } }`;

  const found = async (filter: Record<string, unknown>, who: keyof typeof token | null = null) => {
    const res = await gql(api.url, FIND, { f: filter, p: who ? null : 'directory' }, as(who));
    expect(res.errors).toBeUndefined();
    return (res.data!.findServices.nodes as { name: string }[]).map((n) => n.name).sort();
  };

  const esolInput = {
    name: 'ESOL Entry 1 and 2 with crèche',
    description: 'Free English classes for adults new to the UK.',
    serviceType: 'ESOL',
    levels: ['ENTRY_2', 'ENTRY_1'],
    languages: ['arabic', 'Tigrinya ', 'DARI'],
    accessMethods: ['DROP_IN'],
    minAge: 19,
    immigrationNotes: 'No recourse to public funds accepted.',
    schedule: 'FREQ=WEEKLY;BYDAY=TU,TH',
    scheduleStartsAt: '2027-01-05T10:00:00.000Z',
    durationMinutes: 120,
    serviceAreas: ['lambeth', 'Southwark'],
    childcare: true,
    spacesAvailable: 4,
    email: 'esol@brixton-college.example',
    phone: '020 7946 0001',
  };

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'directory');
    other = await seedPartnership(api.db, 'directory-other');
    token.admin = await signIn(p.admin.email, p.admin.password);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.outsider = await signIn(other.coordinator.email, other.coordinator.password);
    api.clock.set(new Date('2026-12-01T12:00:00Z'));
  });
  afterAll(() => api.close());

  it('lets coordinators add organisations with checked UK identifiers, and refuses members', async () => {
    const bad = await gql(api.url, ORG, { i: { name: 'Lambeth Council', kind: 'LOCAL_AUTHORITY', gssCode: 'X123' } }, as('coordinator'));
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gssCode' });
    const badCharity = await gql(api.url, ORG, { i: { name: 'Refugee Action', kind: 'CHARITY', charityNumber: '12' } }, as('coordinator'));
    expect(badCharity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'charityNumber' });
    const refused = await gql(api.url, ORG, { i: { name: 'Lambeth Council', kind: 'LOCAL_AUTHORITY' } }, as('member'));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const res = await gql(api.url, ORG, { i: { name: 'Lambeth Council', kind: 'LOCAL_AUTHORITY', gssCode: 'e09000022', areasServed: ['lambeth'], otherNames: ['London Borough of Lambeth'] } }, as('coordinator'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.addDirectoryOrganisation).toMatchObject({ kind: 'LOCAL_AUTHORITY', identifiers: { gssCode: 'E09000022', charityNumber: null }, areasServed: ['Lambeth'], lastCheckedAt: expect.stringMatching(/^2026-12-01T12:00/) });
    council = res.data!.addDirectoryOrganisation.id;
    const college = await gql(api.url, ORG, { i: { name: 'Brixton College', kind: 'COLLEGE', companyNumber: '4325234', charityNumber: '1089464' } }, as('coordinator'));
    expect(college.data!.addDirectoryOrganisation.identifiers).toEqual({ charityNumber: '1089464', companyNumber: '04325234', odsCode: null, gssCode: null });

    const search = await gql(api.url, `query { directorySearch(text: "borough of lambeth") { kind id title } }`, {}, as('member'));
    expect(search.data!.directorySearch).toEqual([{ kind: 'ORGANISATION', id: council, title: 'Lambeth Council' }]);
  });

  it('adds a location and services whose schedules become weekly slots', async () => {
    const badPostcode = await gql(api.url, `mutation($i: DirectoryLocationInput!) { saveDirectoryLocation(input: $i) { id } }`, { i: { organisationId: council, name: 'Brixton Library', postcode: 'SW9' } }, as('coordinator'));
    expect(badPostcode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postcode' });
    const loc = await gql(
      api.url,
      `mutation($i: DirectoryLocationInput!) { saveDirectoryLocation(input: $i) { id postcode stepFree hearingLoop } }`,
      { i: { organisationId: council, name: 'Brixton Library', address1: 'Brixton Oval', city: 'London', postcode: 'sw21jq', stepFree: true, hearingLoop: true } },
      as('coordinator'),
    );
    expect(loc.data!.saveDirectoryLocation).toMatchObject({ postcode: 'SW2 1JQ', stepFree: true, hearingLoop: true });
    location = loc.data!.saveDirectoryLocation.id;

    const badRule = await gql(api.url, SERVICE, { i: { ...esolInput, organisationId: council, schedule: 'every tuesday' } }, as('coordinator'));
    expect(badRule.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cadence' });
    const badLevel = await gql(api.url, SERVICE, { i: { ...esolInput, organisationId: council, serviceType: 'HOUSING' } }, as('coordinator'));
    expect(badLevel.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'levels' });

    const esol = await gql(api.url, SERVICE, { i: { ...esolInput, organisationId: council, locationId: location } }, as('coordinator'));
    expect(esol.errors).toBeUndefined();
    expect(esol.data!.addDirectoryService).toMatchObject({
      levels: ['ENTRY_1', 'ENTRY_2'],
      languages: ['Arabic', 'Tigrinya', 'Dari'],
      serviceAreas: ['Lambeth', 'Southwark'],
      slots: [
        { weekday: 'TUESDAY', startsAt: '10:00', endsAt: '12:00' },
        { weekday: 'THURSDAY', startsAt: '10:00', endsAt: '12:00' },
      ],
    });
    service.esol = esol.data!.addDirectoryService.id;
    const add = async (input: Record<string, unknown>) => {
      const res = await gql(api.url, SERVICE, { i: { organisationId: council, ...input } }, as('coordinator'));
      expect(res.errors).toBeUndefined();
      return res.data!.addDirectoryService.id as string;
    };
    service.advice = await add({ name: 'Advice drop-in', serviceType: 'ADVICE', languages: ['Arabic'], serviceAreas: ['Lambeth'], schedule: 'FREQ=WEEKLY;BYDAY=MO', scheduleStartsAt: '2027-01-04T14:00:00.000Z', durationMinutes: 180, spacesAvailable: 0 });
    service.housing = await add({ name: 'Housing support', serviceType: 'HOUSING', accessMethods: ['REFERRAL'], serviceAreas: ['Southwark'] });
    service.internal = await add({ name: 'Caseworker surgery', serviceType: 'ADVICE', visibility: 'PARTNERSHIP', serviceAreas: ['Lambeth'] });
    const memberAdd = await gql(api.url, SERVICE, { i: { organisationId: council, name: 'Sneaky', serviceType: 'OTHER' } }, as('member'));
    expect(memberAdd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsiderAdd = await gql(api.url, SERVICE, { i: { organisationId: council, name: 'Sneaky', serviceType: 'OTHER' } }, as('outsider'));
    expect(outsiderAdd.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows each contact field only to the roles its visibility allows, and the public only PUBLIC ones', async () => {
    const save = async (input: Record<string, unknown>) => {
      const res = await gql(api.url, CONTACT, { i: { lawfulBasis: 'LEGITIMATE_INTERESTS', ...input } }, as('coordinator'));
      expect(res.errors).toBeUndefined();
      return res.data!.saveDirectoryContact;
    };
    await save({ serviceId: service.esol, name: 'ESOL enquiries', role: 'Course team', email: 'esol-team@council.example', phone: '020 7946 0002', visibility: 'PUBLIC', emailVisibility: 'PUBLIC', phoneVisibility: 'PARTNERSHIP' });
    await save({ serviceId: service.esol, name: 'Amina Yusuf', role: 'ESOL coordinator', email: 'amina.yusuf@council.example', phone: '07700 900123', visibility: 'PARTNERSHIP', emailVisibility: 'PARTNERSHIP', phoneVisibility: 'COORDINATORS', lawfulBasis: 'PUBLIC_TASK' });
    // A field asked wider than its contact is kept at the contact's level.
    const narrowed = await save({ serviceId: service.esol, name: 'Safeguarding lead', role: 'Safeguarding', email: 'safeguarding@council.example', visibility: 'COORDINATORS', emailVisibility: 'PUBLIC', lawfulBasis: 'LEGAL_OBLIGATION' });
    expect(narrowed.lawfulBasis).toBe('LEGAL_OBLIGATION');
    expect((await api.db.query(`SELECT email_visibility FROM directory_contact WHERE id = $1`, [narrowed.id]))[0].email_visibility).toBe('COORDINATORS');
    const badEmail = await gql(api.url, CONTACT, { i: { serviceId: service.esol, name: 'X', email: 'not-an-email', visibility: 'PUBLIC', lawfulBasis: 'CONSENT' } }, as('coordinator'));
    expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const memberSave = await gql(api.url, CONTACT, { i: { serviceId: service.esol, name: 'X', visibility: 'PUBLIC', lawfulBasis: 'CONSENT' } }, as('member'));
    expect(memberSave.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const read = async (who: keyof typeof token | null) => {
      const res = await gql(api.url, `query($id: ID!, $p: String) { directoryService(id: $id, partnership: $p) { contacts { name email phone visibility emailVisibility phoneVisibility lawfulBasis } } }`, { id: service.esol, p: who && who !== 'outsider' ? null : 'directory' }, as(who));
      expect(res.errors).toBeUndefined();
      return res.data!.directoryService.contacts;
    };
    const coordinatorView = [
      { name: 'Amina Yusuf', email: 'amina.yusuf@council.example', phone: '07700 900123', visibility: 'PARTNERSHIP', emailVisibility: 'PARTNERSHIP', phoneVisibility: 'COORDINATORS', lawfulBasis: 'PUBLIC_TASK' },
      { name: 'ESOL enquiries', email: 'esol-team@council.example', phone: '020 7946 0002', visibility: 'PUBLIC', emailVisibility: 'PUBLIC', phoneVisibility: 'PARTNERSHIP', lawfulBasis: 'LEGITIMATE_INTERESTS' },
      { name: 'Safeguarding lead', email: 'safeguarding@council.example', phone: null, visibility: 'COORDINATORS', emailVisibility: 'COORDINATORS', phoneVisibility: 'COORDINATORS', lawfulBasis: 'LEGAL_OBLIGATION' },
    ];
    expect(await read('admin')).toEqual(coordinatorView);
    expect(await read('coordinator')).toEqual(coordinatorView);
    const hidden = { emailVisibility: null, phoneVisibility: null, lawfulBasis: null };
    expect(await read('member')).toEqual([
      { name: 'Amina Yusuf', email: 'amina.yusuf@council.example', phone: null, visibility: 'PARTNERSHIP', ...hidden },
      { name: 'ESOL enquiries', email: 'esol-team@council.example', phone: '020 7946 0002', visibility: 'PUBLIC', ...hidden },
    ]);
    const publicView = [{ name: 'ESOL enquiries', email: 'esol-team@council.example', phone: null, visibility: 'PUBLIC', ...hidden }];
    expect(await read(null)).toEqual(publicView);
    // Signed in to another partnership is the public's view.
    expect(await read('outsider')).toEqual(publicView);
  });

  it('finds services by type, area, language, level, day, time, childcare and spaces; signed out only PUBLIC ones', async () => {
    expect(await found({})).toEqual(['Advice drop-in', 'ESOL Entry 1 and 2 with crèche', 'Housing support']);
    expect(await found({}, 'member')).toEqual(['Advice drop-in', 'Caseworker surgery', 'ESOL Entry 1 and 2 with crèche', 'Housing support']);
    expect(await found({ serviceType: 'ESOL' })).toEqual(['ESOL Entry 1 and 2 with crèche']);
    expect(await found({ area: 'SOUTHWARK' })).toEqual(['ESOL Entry 1 and 2 with crèche', 'Housing support']);
    expect(await found({ language: 'arabic' })).toEqual(['Advice drop-in', 'ESOL Entry 1 and 2 with crèche']);
    expect(await found({ level: 'ENTRY_2' })).toEqual(['ESOL Entry 1 and 2 with crèche']);
    expect(await found({ level: 'LEVEL_1' })).toEqual([]);
    expect(await found({ weekday: 'THURSDAY' })).toEqual(['ESOL Entry 1 and 2 with crèche']);
    expect(await found({ weekday: 'MONDAY', startsFrom: '13:00' })).toEqual(['Advice drop-in']);
    expect(await found({ startsFrom: '09:00', endsBy: '12:00' })).toEqual(['ESOL Entry 1 and 2 with crèche']);
    expect(await found({ endsBy: '11:00' })).toEqual([]);
    expect(await found({ childcare: true })).toEqual(['ESOL Entry 1 and 2 with crèche']);
    expect(await found({ spacesAvailable: true })).toEqual(['ESOL Entry 1 and 2 with crèche']);
    expect(await found({ text: 'drop-in' })).toEqual(['Advice drop-in']);

    const first = await gql(api.url, FIND, { f: {}, p: 'directory', first: 2 });
    expect(first.data!.findServices.pageInfo.hasNextPage).toBe(true);
    const second = await gql(api.url, FIND, { f: {}, p: 'directory', first: 2, after: first.data!.findServices.pageInfo.endCursor });
    expect([...first.data!.findServices.nodes, ...second.data!.findServices.nodes].map((n: { name: string }) => n.name)).toEqual(['Advice drop-in', 'ESOL Entry 1 and 2 with crèche', 'Housing support']);
    expect(second.data!.findServices.pageInfo.hasNextPage).toBe(false);

    const noPartnership = await gql(api.url, FIND, { f: {} });
    expect(noPartnership.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnership' });
    const badTime = await gql(api.url, FIND, { f: { startsFrom: '9am' }, p: 'directory' });
    expect(badTime.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsFrom' });
    const internal = await gql(api.url, `query($id: ID!) { directoryService(id: $id, partnership: "directory") { id } }`, { id: service.internal });
    expect(internal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const signedOutOrg = await gql(api.url, `query($id: ID!) { directoryService(id: $id, partnership: "directory") { organisation { id } } }`, { id: service.esol });
    expect(signedOutOrg.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves the public Open Referral API: filtered, paginated, valid against the schema, public fields only', async () => {
    const get = (path: string) => fetch(`${api.url}/open-referral/directory${path}`);
    const list = await get('/services?per_page=2');
    expect(list.status).toBe(200);
    const body = (await list.json()) as any;
    expect(body).toMatchObject({ total_items: 3, total_pages: 2, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    const page2 = (await (await get('/services?per_page=2&page=2')).json()) as any;
    expect(page2.contents.map((s: any) => s.name)).toEqual(['Housing support']);

    const esol = (await (await get('/services?service_type=esol&language=Tigrinya&day=TU&starts_from=09:30&childcare=true')).json()) as any;
    expect(esol.contents.map((s: any) => s.id)).toEqual([service.esol]);
    const [exported] = esol.contents;
    expect(exported).toMatchObject({
      status: 'active',
      organization: { id: council, name: 'Lambeth Council' },
      eligibilitys: [{ minimum_age: 19, maximum_age: null, eligibility: 'No recourse to public funds accepted.' }],
      languages: [{ language: 'Arabic' }, { language: 'Tigrinya' }, { language: 'Dari' }],
      regular_schedules: [expect.objectContaining({ byday: 'TU', opens_at: '10:00', closes_at: '12:00' }), expect.objectContaining({ byday: 'TH' })],
      contacts: [{ id: expect.any(String), name: 'ESOL enquiries', title: 'Course team', phones: [] }],
      service_at_locations: [{ location: expect.objectContaining({ name: 'Brixton Library', physical_addresses: [expect.objectContaining({ postal_code: 'SW2 1JQ' })], accessibility_for_disabilities: [expect.objectContaining({ accessibility: 'Step-free access' }), expect.objectContaining({ accessibility: 'Hearing loop' })] }) }],
    });
    const one = await get(`/services/${service.esol}`);
    expect(one.status).toBe(200);
    const single = (await one.json()) as any;
    expect(single).toEqual(exported);

    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    for (const item of [...body.contents, ...page2.contents]) {
      expect(validate(item) ? [] : validate.errors).toEqual([]);
    }
    // The schema really refuses what must not leave: an extra field, a wrong status.
    expect(validate({ ...single, visibility: 'PARTNERSHIP' })).toBe(false);
    expect(validate({ ...single, status: 'ACTIVE' })).toBe(false);

    // Nothing partnership-only or coordinators-only, anywhere in the answers.
    const everything = JSON.stringify([body, page2, single]);
    for (const secret of ['Caseworker surgery', 'amina.yusuf@council.example', '07700 900123', 'Safeguarding lead', 'safeguarding@council.example', '020 7946 0002', 'LEGITIMATE_INTERESTS', 'PUBLIC_TASK', 'PARTNERSHIP', 'COORDINATORS']) {
      expect(everything).not.toContain(secret);
    }
    expect((await get(`/services/${service.internal}`)).status).toBe(404);
    expect((await get(`/services/not-an-id`)).status).toBe(404);
    expect((await fetch(`${api.url}/open-referral/nowhere/services`)).status).toBe(404);
    const bad = await get('/services?day=TUESDAY');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
    expect((await get('/services?per_page=101')).status).toBe(400);
    // A session makes no difference: the public API never reads one.
    const withSession = (await (await fetch(`${api.url}/open-referral/directory/services?per_page=100`, { headers: { authorization: `Bearer ${token.coordinator}` } })).json()) as any;
    expect(withSession.contents.map((s: any) => s.name)).not.toContain('Caseworker surgery');
  });

  it('keeps a person’s organisations as dated affiliations while `organisation` stays their current one', async () => {
    const person = p.member.personId;
    const history = async () => (await gql(api.url, `query($id: ID!) { person(id: $id) { organisation { id } affiliations { organisationId startsOn endsOn } } }`, { id: person }, as('member'))).data!.person;
    // The trigger opened one from the seed; backdate it so the move below leaves a span.
    await api.db.query(`UPDATE affiliation SET starts_on = '2024-04-01' WHERE person_id = $1`, [person]);
    const moved = await gql(api.url, `mutation($p: ID!, $o: ID) { setPersonOrganisation(personId: $p, organisationId: $o) { organisation { id } } }`, { p: person, o: council }, as('admin'));
    expect(moved.errors).toBeUndefined();
    const after = await history();
    expect(after.organisation).toEqual({ id: council });
    expect(after.affiliations).toEqual([
      { organisationId: council, startsOn: expect.any(String), endsOn: null },
      { organisationId: p.organisationId, startsOn: '2024-04-01', endsOn: after.affiliations[0].startsOn },
    ]);
    const PAST = `mutation($i: PastAffiliationInput!) { recordPastAffiliation(input: $i) { organisationName startsOn endsOn } }`;
    const overlap = await gql(api.url, PAST, { i: { personId: person, organisationId: council, startsOn: '2024-01-01', endsOn: '2024-06-01' } }, as('coordinator'));
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    const past = await gql(api.url, PAST, { i: { personId: person, organisationId: council, title: 'Volunteer', startsOn: '2022-01-01', endsOn: '2023-12-31' } }, as('coordinator'));
    expect(past.data!.recordPastAffiliation).toEqual({ organisationName: 'Lambeth Council', startsOn: '2022-01-01', endsOn: '2023-12-31' });
    expect((await gql(api.url, PAST, { i: { personId: person, organisationId: council, startsOn: '2021-01-01', endsOn: '2021-02-01' } }, as('member'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const people = await gql(api.url, `query($id: ID!) { organisation(id: $id) { people { personId endsOn } } }`, { id: council }, as('member'));
    expect(people.data!.organisation.people).toEqual([{ personId: person, endsOn: null }]);
  });

  it('seats a group member for an organisation with a deputy, shown on the group and the organisation', async () => {
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'ESOL Steering Group', 'esol', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'CHAIR')`, [group, p.member.personId, p.coordinator.personId]);
    const SEAT = `mutation($i: RepresentationInput!) { setRepresentation(input: $i) { id seat organisationName deputyName startsOn endsOn } }`;
    const refused = await gql(api.url, SEAT, { i: { groupId: group, personId: p.member.personId, organisationId: council, seat: 'STATUTORY' } }, as('member'));
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const notMember = await gql(api.url, SEAT, { i: { groupId: group, personId: p.admin.personId, organisationId: council, seat: 'STATUTORY' } }, as('coordinator'));
    expect(notMember.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const seated = await gql(api.url, SEAT, { i: { groupId: group, personId: p.member.personId, organisationId: council, seat: 'STATUTORY', deputyPersonId: p.coordinator.personId, startsOn: '2026-11-01' } }, as('coordinator'));
    expect(seated.data!.setRepresentation).toMatchObject({ seat: 'STATUTORY', organisationName: 'Lambeth Council', deputyName: 'COORDINATOR of directory', startsOn: '2026-11-01', endsOn: null });
    const groupPage = await gql(api.url, `query($id: ID!) { group(id: $id) { members { person { id } organisation { name } seat { seat deputyName } } } }`, { id: group }, as('member'));
    const member = groupPage.data!.group.members.find((m: any) => m.person.id === p.member.personId);
    expect(member).toEqual({ person: { id: p.member.personId }, organisation: { name: 'Lambeth Council' }, seat: { seat: 'STATUTORY', deputyName: 'COORDINATOR of directory' } });
    // A new seat from a later day ends the old one on the day the new one starts.
    await gql(api.url, SEAT, { i: { groupId: group, personId: p.member.personId, organisationId: council, seat: 'LOCAL_AUTHORITY', startsOn: '2026-12-01' } }, as('coordinator'));
    expect(await api.db.query(`SELECT seat, to_char(ends_on, 'YYYY-MM-DD') AS ends FROM representation ORDER BY starts_on`)).toEqual([
      { seat: 'STATUTORY', ends: '2026-12-01' },
      { seat: 'LOCAL_AUTHORITY', ends: null },
    ]);
    const seats = await gql(api.url, `query($id: ID!) { organisation(id: $id) { seats { groupName seat } } }`, { id: council }, as('member'));
    expect(seats.data!.organisation.seats).toEqual([{ groupName: 'ESOL Steering Group', seat: 'LOCAL_AUTHORITY' }]);
    // The pack and the minutes list attendance with the seat held on the day of each meeting.
    const meetingOn = async (day: string) =>
      (await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '2 hours') RETURNING id`, [group, `Meeting ${day}`, `${day}T10:00:00Z`]))[0].id as string;
    const representing = async (meeting: string) => {
      const res = await gql(api.url, `query($id: ID!) { meeting(id: $id) { attendance { person { id } representing { seat organisationName } } } }`, { id: meeting }, as('member'));
      expect(res.errors).toBeUndefined();
      return res.data!.meeting.attendance.find((a: any) => a.person.id === p.member.personId).representing;
    };
    expect(await representing(await meetingOn('2026-11-15'))).toEqual({ seat: 'STATUTORY', organisationName: 'Lambeth Council' });
    expect(await representing(await meetingOn('2026-12-10'))).toEqual({ seat: 'LOCAL_AUTHORITY', organisationName: 'Lambeth Council' });
    expect(await representing(await meetingOn('2026-10-01'))).toBeNull();
  });

  it('takes members’ suggested changes for coordinators to apply once', async () => {
    const made = await gql(api.url, `mutation($i: DirectorySuggestionInput!) { suggestDirectoryChange(input: $i) { id status subjectName suggestedByName } }`, { i: { serviceId: service.esol, body: 'The Thursday class now starts at 10:30.' } }, as('member'));
    expect(made.data!.suggestDirectoryChange).toMatchObject({ status: 'OPEN', subjectName: 'ESOL Entry 1 and 2 with crèche', suggestedByName: 'MEMBER of directory' });
    const id = made.data!.suggestDirectoryChange.id;
    expect((await gql(api.url, `query { directorySuggestions { id } }`, {}, as('member'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(api.url, `query { directorySuggestions { id body } }`, {}, as('coordinator'))).data!.directorySuggestions).toEqual([{ id, body: 'The Thursday class now starts at 10:30.' }]);
    const RESOLVE = `mutation($id: ID!) { resolveDirectorySuggestion(id: $id, status: APPLIED) { status resolvedAt } }`;
    expect((await gql(api.url, RESOLVE, { id }, as('member'))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(api.url, RESOLVE, { id }, as('coordinator'))).data!.resolveDirectorySuggestion.status).toBe('APPLIED');
    expect((await gql(api.url, RESOLVE, { id }, as('coordinator'))).errors?.[0].extensions?.code).toBe('CONFLICT');
    const outsider = await gql(api.url, `mutation($i: DirectorySuggestionInput!) { suggestDirectoryChange(input: $i) { id } }`, { i: { organisationId: council, body: 'x' } }, as('outsider'));
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('limits each client address to its public API allowance a minute, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i += 1) statuses.push((await fetch(`${api.url}/open-referral/directory/services?per_page=1`)).status);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(60);
    const limited = await fetch(`${api.url}/open-referral/directory/services`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as any).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});
