import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { EICAR, findClamd, freePort, TestClamd } from '../../../libs/server/papers/src/testing/clamd';
import { pdfBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { startApi, type ApiHarness } from './testing/api-harness';

const clamd = findClamd();
if ('missing' in clamd) console.warn(`Skipping the knowledge bank's virus-scanning tests: ${clamd.missing}`);
const withClamd = 'path' in clamd ? describe : describe.skip;

/** Knowledge bank files pass the papers' scan step: a PUBLIC resource must never serve a virus to anyone signed out. */
withClamd('knowledge bank files scanned by a real clamd (CLAMD_URL)', () => {
  let api: ApiHarness;
  let daemon: TestClamd;
  let p: SeededPartnership;
  let coordinator: string;
  let resourceId: string;

  const state = async () => (await api.db.query(`SELECT (SELECT count(*) FROM stored_file)::int AS files, (SELECT file_sha256 FROM resource WHERE id = $1) AS file, (SELECT version FROM resource WHERE id = $1) AS version`, [resourceId]))[0];
  async function put(bytes: Buffer, filename: string) {
    const t = await gql(api.url, `mutation($r: ID!) { createResourceUpload(resourceId: $r) { uploadUrl } }`, { r: resourceId }, { token: coordinator });
    expect(t.errors).toBeUndefined();
    const res = await fetch(`${api.url}${t.data!.createResourceUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { authorization: `Bearer ${coordinator}`, 'x-filename': filename, 'content-type': 'application/octet-stream' } });
    return { status: res.status, body: (await res.json()) as any };
  }

  beforeAll(async () => {
    daemon = new TestClamd((clamd as { path: string }).path, await freePort());
    await daemon.start();
    api = await startApi({ CLAMD_URL: daemon.url, CLAMD_TIMEOUT_SECONDS: '5' });
    p = await seedPartnership(api.db, 'bank-scans');
    coordinator = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    const created = await gql(api.url, `mutation($i: ResourceInput!) { createResource(input: $i) { id } }`, { i: { title: 'Destitution figures', summary: 'Counts by area.', type: 'REPORT', year: 2025, visibility: 'PUBLIC' } }, { token: coordinator });
    expect(created.errors).toBeUndefined();
    resourceId = created.data!.createResource.id;
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await daemon?.remove();
  });

  it('refuses the EICAR file with 422 INFECTED, keeps nothing, and audits it', async () => {
    const before = await state();
    const { status, body } = await put(EICAR, 'figures.csv');
    expect({ status, code: body.errors?.[0]?.extensions?.code, field: body.errors?.[0]?.extensions?.field }).toEqual({ status: 422, code: 'INFECTED', field: 'file' });
    expect(body.errors[0].message).toMatch(/^The virus scanner found Convene-Test-EICAR\.UNOFFICIAL in this file, so it was not kept\./);
    expect(await state()).toEqual(before);
    const audited = await api.db.query(`SELECT subject_id AS "subjectId", detail FROM audit_event WHERE action = 'resource.infected'`);
    expect(audited).toEqual([{ subjectId: resourceId, detail: { signature: 'Convene-Test-EICAR.UNOFFICIAL', size: EICAR.length } }]);
  });

  it('keeps nothing while the scanner does not answer (503), and takes the file once it does', async () => {
    await daemon.stop();
    const bytes = await pdfBytes(1, 'Destitution figures');
    const before = await state();
    const away = await put(bytes, 'figures.pdf');
    expect({ status: away.status, code: away.body.errors?.[0]?.extensions?.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(await state()).toEqual(before);
    await daemon.start();
    const back = await put(bytes, 'figures.pdf');
    expect(back.status).toBe(201);
    const served = await fetch(`${api.url}/bank/bank-scans/${resourceId}/download`);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  }, 60_000);
});
