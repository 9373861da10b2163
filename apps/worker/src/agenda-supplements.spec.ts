import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { TickHandler } from '@convene/notifications';
import { pdfBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addGroup, addMeeting, addMembers, perRecipient, publishAgenda, signIn, sleep, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DAY = 86_400_000;

/** Papers added after the agenda went out: one note per paper, to those who had the pack and may read it. */
describe('agenda supplements', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let meetingId: string;
  let itemId: string;
  let crowd: Member[];
  const notes = () => smtp.messages.filter((m) => m.subject?.startsWith('Supplement to the agenda:'));
  const as = (query: string, variables: Record<string, unknown>) => gql(api.url, query, variables, { token: coordinator });

  async function upload(title: string, confidentiality: string) {
    const t = await as(`mutation($i: ID!, $t: String!, $c: PaperConfidentiality!) { createPaperUpload(agendaItemId: $i, title: $t, confidentiality: $c) { uploadUrl } }`, { i: itemId, t: title, c: confidentiality });
    const res = await fetch(`${api.url}${t.data!.createPaperUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(await pdfBytes(1, title)), headers: { authorization: `Bearer ${coordinator}`, 'x-filename': `${title}.pdf` } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { paper: { id: string; supplement: boolean } }).paper;
  }

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'supplements');
    coordinator = await signIn(api.url, p.coordinator);
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
    const groupId = await addGroup(api.db, p.partnershipId, 'Destitution Steering Group');
    crowd = await addMembers(api.db, p.partnershipId, groupId, 3, 'supplements');
    await api.db.query(`UPDATE account SET email_confirmed_at = now() WHERE email_confirmed_at IS NULL`);
    // A month away: the pack itself is not due yet, so the tick below sends no one a pack, and who
    // had it is exactly what the test writes into the ledger.
    meetingId = await addMeeting(api.db, groupId, new Date(Date.now() + 30 * DAY));
    [{ id: itemId }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title, status) VALUES ($1, 1, 'Winter shelter', 'ACCEPTED') RETURNING id`, [meetingId]);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  it('does not mark a paper added before the agenda is published', async () => {
    expect((await upload('Early briefing', 'GROUP')).supplement).toBe(false);
  });

  it('notes a supplement once to each member who had the pack, and to no one else', async () => {
    await publishAgenda(api.db, meetingId, 1);
    // Two of the three members had the pack; the third joined the list after it went.
    for (const member of crowd.slice(0, 2)) {
      await api.db.query(`INSERT INTO delivery (purpose_key, recipient_key, status, message_id, sent_at) VALUES ($1, $2, 'SENT', $3, now())`, [`agenda-pack:${meetingId}`, member.personId, `<pack-${member.personId}@test>`]);
    }
    const paper = await upload('Shelter costs', 'GROUP');
    expect(paper.supplement).toBe(true);
    await until(() => notes().length >= 2, 'two supplement notes');
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await sleep(500);
    expect(perRecipient(notes(), 'Supplement to the agenda:')).toEqual(new Map([[crowd[0].email, 1], [crowd[1].email, 1]]));
    expect(notes()[0].text).toContain('Paper: Shelter costs\nAgenda item: Winter shelter');
    expect((await api.db.query(`SELECT supplement_noted_at IS NOT NULL AS noted FROM paper WHERE id = $1`, [paper.id]))[0].noted).toBe(true);
  });

  it('notes a restricted supplement only to its named readers, once they are named', async () => {
    const before = notes().length;
    const paper = await upload('Exempt: named case', 'RESTRICTED');
    await sleep(1000);
    // No one is named yet: only managers may read it, and none of them had the pack.
    expect(notes().length).toBe(before);
    const set = await as(`mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: paper.id, r: [crowd[1].personId, crowd[2].personId] });
    expect(set.errors).toBeUndefined();
    await until(() => notes().length >= before + 1, 'the restricted supplement note');
    await sleep(500);
    // crowd[2] may read it but never had the pack; crowd[0] had the pack but may not read it.
    expect(notes().slice(before).map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0].address)).toEqual([crowd[1].email]);
  });
});
