import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { PapersHousekeeping } from '@convene/papers';
import { EICAR, findClamd, freePort, TestClamd } from '../../../libs/server/papers/src/testing/clamd';
import { pdfBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { TestS3Server } from '../../../libs/server/papers/src/testing/s3-server';
import { startApi, type ApiHarness } from './testing/api-harness';

/** One group, one meeting, one item the seeded coordinator manages and the seeded member reads. */
async function world(api: ApiHarness, slug: string) {
  const p = await seedPartnership(api.db, slug);
  const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
  await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, p.member.personId]);
  const [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '30 days', now() + interval '30 days 2 hours') RETURNING id`, [group]);
  const [{ id: item }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Winter shelter') RETURNING id`, [meeting]);
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const coordinator = await signIn(p.coordinator.email, p.coordinator.password);
  const member = await signIn(p.member.email, p.member.password);
  const upload = async (bytes: Buffer, filename: string) => {
    const t = await gql(api.url, `mutation($i: ID!) { createPaperUpload(agendaItemId: $i, title: "Shelter costs", confidentiality: GROUP) { uploadUrl } }`, { i: item }, { token: coordinator });
    const res = await fetch(`${api.url}${t.data!.createPaperUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { authorization: `Bearer ${coordinator}`, 'x-filename': filename } });
    return { status: res.status, body: (await res.json()) as any };
  };
  const download = (paperId: string) => fetch(`${api.url}/papers/${paperId}`, { headers: { authorization: `Bearer ${member}` } });
  return { p, meeting, item, coordinator, member, upload, download };
}

const clamd = findClamd();
if ('missing' in clamd) console.warn(`Skipping the API's virus-scanning tests: ${clamd.missing}`);
const withClamd = 'path' in clamd ? describe : describe.skip;

withClamd('papers scanned by a real clamd (CLAMD_URL)', () => {
  let api: ApiHarness;
  let daemon: TestClamd;
  let w: Awaited<ReturnType<typeof world>>;
  const counts = async () => (await api.db.query(`SELECT (SELECT count(*) FROM stored_file)::int AS files, (SELECT count(*) FROM paper)::int AS papers`))[0];
  const audited = async (action: string) => (await api.db.query(`SELECT detail FROM audit_event WHERE action = $1 ORDER BY created_at`, [action])).map((r: { detail: unknown }) => r.detail);

  beforeAll(async () => {
    daemon = new TestClamd((clamd as { path: string }).path, await freePort());
    await daemon.start();
    api = await startApi({ CLAMD_URL: daemon.url, CLAMD_TIMEOUT_SECONDS: '5' });
    w = await world(api, 'scans');
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await daemon?.remove();
  });

  it('refuses the EICAR file with a clear message, keeps nothing, and audits it', async () => {
    const before = await counts();
    const { status, body } = await w.upload(EICAR, 'figures.csv');
    expect(status).toBe(422);
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/^The virus scanner found Convene-Test-EICAR\.UNOFFICIAL in this file, so it was not kept\./), extensions: { code: 'INFECTED', field: 'file' } });
    expect(await counts()).toEqual(before);
    expect(await audited('paper.infected')).toEqual([expect.objectContaining({ signature: 'Convene-Test-EICAR.UNOFFICIAL', size: EICAR.length })]);
  });

  it('serves a clean file at once, as scanned', async () => {
    const { status, body } = await w.upload(await pdfBytes(2), 'costs.pdf');
    expect(status).toBe(201);
    expect(body.paper.scanStatus).toBe('CLEAN');
    expect((await w.download(body.paper.id)).status).toBe(200);
    expect((await api.db.query(`SELECT scanned_at IS NOT NULL AS scanned FROM paper_version WHERE paper_id = $1`, [body.paper.id]))[0].scanned).toBe(true);
  });

  it('keeps a file quarantined while clamd is away, then releases it once clamd says it is clean', async () => {
    await daemon.stop();
    const bytes = await pdfBytes(1);
    const { status, body } = await w.upload(bytes, 'late.pdf');
    expect(status).toBe(202);
    expect(body.paper.scanStatus).toBe('PENDING');
    const held = await w.download(body.paper.id);
    expect(held.status).toBe(409);
    expect((await held.json()).errors[0].message).toBe('This paper is still being checked for viruses; try again in a few minutes.');
    const listed = await gql(api.url, `query($id: ID!) { meeting(id: $id) { agendaItems { files { id scanStatus } } } }`, { id: w.meeting }, { token: w.member });
    expect(listed.data!.meeting.agendaItems[0].files).toContainEqual({ id: body.paper.id, scanStatus: 'PENDING' });
    await daemon.start();
    await api.app.get(PapersHousekeeping).run();
    const served = await w.download(body.paper.id);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  }, 60_000);

  it('removes a quarantined file that turns out infected, with its bytes, and audits it', async () => {
    await daemon.stop();
    const { status, body } = await w.upload(EICAR, 'later.csv');
    expect(status).toBe(202);
    await daemon.start();
    await api.app.get(PapersHousekeeping).run();
    expect(await api.db.query(`SELECT 1 FROM paper WHERE id = $1`, [body.paper.id])).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM stored_file WHERE bytes = $1`, [EICAR])).toEqual([]);
    expect((await w.download(body.paper.id)).status).toBe(404);
    expect(await audited('paper.infected')).toContainEqual(expect.objectContaining({ signature: 'Convene-Test-EICAR.UNOFFICIAL', version: 1 }));
  }, 60_000);
});

describe('papers in an S3-compatible bucket (PAPER_STORAGE=s3, against s3rver)', () => {
  const s3 = new TestS3Server();
  let api: ApiHarness;
  let listing: S3Client;
  let w: Awaited<ReturnType<typeof world>>;
  const keys = async () => ((await listing.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map((o) => o.Key);

  beforeAll(async () => {
    await s3.start();
    const o = s3.options;
    api = await startApi({ PAPER_STORAGE: 's3', S3_ENDPOINT: o.endpoint, S3_BUCKET: o.bucket, S3_REGION: o.region, S3_ACCESS_KEY_ID: o.accessKeyId, S3_SECRET_ACCESS_KEY: o.secretAccessKey, S3_FORCE_PATH_STYLE: 'true' });
    listing = new S3Client({ endpoint: o.endpoint, region: o.region, forcePathStyle: true, credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey } });
    w = await world(api, 's3-papers');
  });
  afterAll(async () => {
    listing?.destroy();
    await api?.close();
    await s3.remove();
  });

  it('uploads into the bucket, serves from it, and deletes the object with the paper', async () => {
    const bytes = await pdfBytes(2);
    const { status, body } = await w.upload(bytes, 'bucket.pdf');
    expect(status).toBe(201);
    const [{ sha256, inRow }] = await api.db.query(`SELECT s.sha256, s.bytes IS NOT NULL AS "inRow" FROM paper_version v JOIN stored_file s ON s.sha256 = v.sha256 WHERE v.paper_id = $1`, [body.paper.id]);
    expect(inRow).toBe(false);
    expect(await keys()).toContain(`papers/${sha256}`);
    const res = await w.download(body.paper.id);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const removed = await gql(api.url, `mutation($id: ID!) { deletePaper(paperId: $id) }`, { id: body.paper.id }, { token: w.coordinator });
    expect(removed.data!.deletePaper).toBe(true);
    expect(await keys()).not.toContain(`papers/${sha256}`);
    expect(await api.db.query(`SELECT 1 FROM stored_file_orphan WHERE sha256 = $1`, [sha256])).toEqual([]);
  });
});
