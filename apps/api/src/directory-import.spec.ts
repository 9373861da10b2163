import { parse } from 'csv-parse/sync';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Directory CSV in the Open Referral UK tabular shape: preview with line numbers, all or nothing, and back out. */
describe('directory CSV import and export', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token = {} as Record<'coordinator' | 'member', string>;
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const OUTCOME = `organisations locations services imported errors { file line field message }`;
  const PREVIEW = `mutation($i: DirectoryCsvInput!) { previewDirectoryImport(input: $i) { ${OUTCOME} } }`;
  const IMPORT = `mutation($i: DirectoryCsvInput!) { importDirectoryCsv(input: $i) { ${OUTCOME} } }`;
  const counts = async () => (await api.db.query(`SELECT (SELECT count(*)::int FROM organisation WHERE partnership_id = $1) AS o, (SELECT count(*)::int FROM directory_service WHERE partnership_id = $1) AS s, (SELECT count(*)::int FROM directory_location WHERE partnership_id = $1) AS l`, [p.partnershipId]))[0];

  const organizations = `id,name,alternate_name,description,url,email,charity_number,kind
o1,Sandwell Asylum Support,SASSO;Sandwell Support,"Drop-ins and casework,
since 2003",https://sasso.example.org,info@sasso.example.org,1103456,charity
o2,Wolverhampton ESOL Network,,,,,,community group
`;
  const locations = `id,organization_id,name,address_1,city,postal_code
l1,o1,West Bromwich hub,1 High Street,West Bromwich,b70 7pg
`;
  const services = `id,organization_id,location_id,name,description,url,email,status,service_type,languages
s1,o1,l1,Asylum advice drop-in,,,,active,advice,Arabic;kurdish sorani
s2,o2,,Conversation club,,,,,ESOL,
`;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'csv');
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
  });
  afterAll(() => api?.close());

  it('refuses a malformed row with its line number, and imports nothing while any row is wrong', async () => {
    const before = await counts();
    // Line 4 of the file (the quoted description spans lines 2 and 3): a charity number that is no such thing.
    const bad = organizations.replace(`o2,Wolverhampton ESOL Network,,,,,,community group`, `o2,Wolverhampton ESOL Network,,,not a web address,,12AB,community group`);
    const preview = await gql(api.url, PREVIEW, { i: { organizations: bad, locations, services } }, { token: token.coordinator });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewDirectoryImport.errors).toEqual([
      { file: 'organizations', line: 4, field: 'url', message: 'The website must be a web address starting with http:// or https://.' },
      { file: 'organizations', line: 4, field: 'charity_number', message: expect.stringContaining('The charity number must be') },
    ]);
    const refused = await gql(api.url, IMPORT, { i: { organizations: bad, locations, services } }, { token: token.coordinator });
    expect(refused.data!.importDirectoryCsv).toMatchObject({ imported: false, organisations: 2, services: 2 });
    expect(await counts()).toEqual(before);

    const dangling = await gql(api.url, PREVIEW, { i: { services: `id,organization_id,name,service_type\ns9,nowhere,Food parcels,FOOD\ns10,o1,Food,SOUP\n` } }, { token: token.coordinator });
    expect(dangling.data!.previewDirectoryImport.errors).toEqual([
      { file: 'services', line: 2, field: 'organization_id', message: 'No organisation has the id nowhere, in the file or the directory.' },
      { file: 'services', line: 3, field: 'service_type', message: expect.stringContaining('The service type must be one of') },
      { file: 'services', line: 3, field: 'organization_id', message: 'No organisation has the id o1, in the file or the directory.' },
    ]);
    const broken = await gql(api.url, PREVIEW, { i: { locations: `id,organization_id,name\nl1,"o1,Hub\n` } }, { token: token.coordinator });
    expect(broken.data!.previewDirectoryImport.errors[0]).toMatchObject({ file: 'locations', field: 'locations', message: expect.stringContaining('not valid CSV') });
  });

  it('members cannot preview or import', async () => {
    const res = await gql(api.url, IMPORT, { i: { organizations } }, { token: token.member });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('imports all three files in one go, tied by their ids, and exports them back in the same columns', async () => {
    const before = await counts();
    const res = await gql(api.url, IMPORT, { i: { organizations, locations, services } }, { token: token.coordinator });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importDirectoryCsv).toEqual({ organisations: 2, locations: 1, services: 2, imported: true, errors: [] });
    expect(await counts()).toEqual({ o: before.o + 2, s: before.s + 2, l: before.l + 1 });
    const [advice] = await api.db.query(
      `SELECT s.languages, s.service_type AS type, l.postcode, o.other_names AS "otherNames", o.description FROM directory_service s JOIN directory_location l ON l.id = s.location_id JOIN organisation o ON o.id = s.organisation_id WHERE s.name = 'Asylum advice drop-in'`,
    );
    expect(advice).toEqual({ languages: ['Arabic', 'Kurdish Sorani'], type: 'ADVICE', postcode: 'B70 7PG', otherNames: ['SASSO', 'Sandwell Support'], description: 'Drop-ins and casework,\nsince 2003' });

    // The same file again: names already in the directory are refused, row by row.
    const again = await gql(api.url, IMPORT, { i: { organizations } }, { token: token.coordinator });
    expect(again.data!.importDirectoryCsv.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([[2, 'name'], [4, 'name']]);

    const exported = await gql(api.url, `{ directoryCsvExport { organizations locations services } }`, {}, { token: token.coordinator });
    expect(exported.errors).toBeUndefined();
    const orgs = parse(exported.data!.directoryCsvExport.organizations, { columns: true }) as Record<string, string>[];
    expect(Object.keys(orgs[0])).toEqual(['id', 'name', 'alternate_name', 'description', 'url', 'email', 'charity_number', 'kind']);
    expect(orgs.find((o) => o.name === 'Sandwell Asylum Support')).toMatchObject({ alternate_name: 'SASSO;Sandwell Support', charity_number: '1103456', kind: 'CHARITY' });
    const svc = parse(exported.data!.directoryCsvExport.services, { columns: true }) as Record<string, string>[];
    expect(svc.find((s) => s.name === 'Asylum advice drop-in')).toMatchObject({ service_type: 'ADVICE', languages: 'Arabic;Kurdish Sorani' });
  });
});
