import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { pdfBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Files on minutes (read as the minutes are read), and the named readers of a restricted paper. */
describe('papers on minutes, and named readers', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  let minutesId: string;
  let meetingId: string;
  let observerPerson: string;
  const token: Record<'coordinator' | 'member' | 'observer' | 'outsider', string> = {} as never;
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const ticket = (as: string, confidentiality = 'GROUP') =>
    gql(api.url, `mutation($m: ID!, $c: PaperConfidentiality!) { createMinutesPaperUpload(minutesId: $m, title: "Attendance sheet", confidentiality: $c) { uploadUrl } }`, { m: minutesId, c: confidentiality }, { token: as });
  const filesAs = async (as: string) => (await gql(api.url, `query($id: ID!) { meeting(id: $id) { minutes { files { id title scanStatus supplement readers { id } readerChoices { id } } } } }`, { id: meetingId }, { token: as })).data?.meeting.minutes?.files ?? null;
  const download = (id: string, as: string) => fetch(`${api.url}/papers/${id}`, { headers: { authorization: `Bearer ${as}` } });

  async function upload(confidentiality = 'GROUP') {
    const t = await ticket(token.coordinator, confidentiality);
    expect(t.errors).toBeUndefined();
    const res = await fetch(`${api.url}${t.data!.createMinutesPaperUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(await pdfBytes(1)), headers: { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'attendance.pdf' } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { paper: { id: string } }).paper.id;
  }

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'minutes-papers');
    other = await seedPartnership(api.db, 'minutes-papers-other');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'observer@minutes.test', 'Olu Observer', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    [{ id: observerPerson }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Steering group', 'sg', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'OBSERVER')`, [group, p.member.personId, observerPerson]);
    [{ id: meetingId }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() - interval '2 days', now() - interval '2 days' + interval '2 hours') RETURNING id`, [group]);
    [{ id: minutesId }] = await api.db.query(`INSERT INTO minutes (meeting_id) VALUES ($1) RETURNING id`, [meetingId]);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.observer = await signIn('observer@minutes.test', p.member.password);
    token.outsider = await signIn(other.member.email, other.member.password);
  });
  afterAll(() => api.close());

  it('lets only the minutes’ managers attach files, and answers the rest alike', async () => {
    for (const as of [token.member, token.observer, token.outsider]) expect((await ticket(as)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unknown = await gql(api.url, `mutation { createMinutesPaperUpload(minutesId: "00000000-0000-4000-8000-000000000000", title: "x", confidentiality: GROUP) { uploadUrl } }`, {}, { token: token.coordinator });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a draft’s files to its managers, then shows them to members once circulated', async () => {
    const id = await upload();
    expect(await filesAs(token.coordinator)).toEqual([expect.objectContaining({ id, title: 'Attendance sheet', scanStatus: 'CLEAN', supplement: false })]);
    expect((await download(id, token.member)).status).toBe(404);
    await api.db.query(`UPDATE minutes SET status = 'CIRCULATED', circulated_at = now() WHERE id = $1`, [minutesId]);
    expect(await filesAs(token.member)).toEqual([expect.objectContaining({ id, readers: [], readerChoices: [] })]);
    expect((await download(id, token.member)).status).toBe(200);
    expect((await download(id, token.outsider)).status).toBe(404);
  });

  it('names the readers of a restricted file from those who can read the minutes, and shows them to managers only', async () => {
    const id = await upload('RESTRICTED');
    expect((await download(id, token.member)).status).toBe(404);
    const [mine] = (await filesAs(token.coordinator)).filter((f: { id: string }) => f.id === id);
    expect(mine.readerChoices.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([p.member.personId, observerPerson, p.coordinator.personId]));
    const outsiderRefused = await gql(api.url, `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: id, r: [other.member.personId] }, { token: token.coordinator });
    expect(outsiderRefused.errors?.[0]).toMatchObject({ message: 'Each named reader must be someone who can read these minutes.', extensions: { code: 'BAD_USER_INPUT', field: 'readerIds' } });
    const set = await gql(api.url, `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id readers { id name } } }`, { p: id, r: [observerPerson] }, { token: token.coordinator });
    expect(set.data!.setPaperConfidentiality.readers).toEqual([{ id: observerPerson, name: 'Olu Observer' }]);
    expect((await download(id, token.observer)).status).toBe(200);
    expect((await download(id, token.member)).status).toBe(404);
    const seenByObserver = (await filesAs(token.observer)).find((f: { id: string }) => f.id === id);
    expect(seenByObserver).toMatchObject({ readers: [], readerChoices: [] });
    expect((await filesAs(token.member)).map((f: { id: string }) => f.id)).not.toContain(id);
  });

  it('removes a minutes file with its bytes, and its files go with the minutes', async () => {
    const id = await upload();
    const [{ sha256 }] = await api.db.query(`SELECT sha256 FROM paper_version WHERE paper_id = $1`, [id]);
    expect((await gql(api.url, `mutation($id: ID!) { deletePaper(paperId: $id) }`, { id }, { token: token.member })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await api.db.query(`DELETE FROM minutes WHERE id = $1`, [minutesId]);
    expect(await api.db.query(`SELECT 1 FROM paper WHERE minutes_id = $1`, [minutesId])).toEqual([]);
    expect(await api.db.query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [sha256])).toEqual([]);
    await expect(api.db.query(`INSERT INTO paper (title, confidentiality) VALUES ('Orphan', 'GROUP')`)).rejects.toThrow(/paper_one_owner/);
  });
});
