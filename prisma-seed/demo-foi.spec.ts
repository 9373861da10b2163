import { useTestDataSource } from '@convene/testing';
import { FOI_AUTHORITIES } from './demo-foi';
import { seedDemo } from './seed';

describe('demo FOI campaign', () => {
  const dataSource = useTestDataSource();

  it('sent one request to each West Midlands authority, with clocks in every state, and keeps a draft for coordinators', async () => {
    const db = dataSource();
    await seedDemo(db);
    const requests: { name: string; status: string; via: string; dueOn: string | null; receivedOn: string; letter: string }[] = await db.query(
      `SELECT o.name, r.status, r.sent_via AS via, r.due_on::text AS "dueOn", r.received_on::text AS "receivedOn", r.letter_text AS letter
         FROM foi_request r JOIN organisation o ON o.id = r.organisation_id JOIN foi_campaign c ON c.id = r.campaign_id
        WHERE c.title = 'EU-national children in care without settled status' ORDER BY o.name`,
    );
    expect(requests.map((r) => r.name).sort()).toEqual(FOI_AUTHORITIES.map((a) => a.name).sort());
    expect(requests.every((r) => r.letter.includes('Freedom of Information Act 2000') && r.letter.includes(`Dear ${r.name} FOI team`))).toBe(true);
    expect(requests.filter((r) => r.via === 'PORTAL').map((r) => r.name)).toEqual(['Rugby Borough Council']);
    const statuses = requests.map((r) => r.status);
    expect(statuses.filter((s) => s === 'ANSWERED' || s === 'PARTLY_ANSWERED')).toHaveLength(8);
    expect(statuses).toEqual(expect.arrayContaining(['CLARIFICATION_REQUESTED', 'AWAITING', 'PARTLY_ANSWERED']));
    // The clarification's clock is stopped; every other request has a due date after it was received.
    expect(requests.filter((r) => r.dueOn === null).map((r) => r.status)).toEqual(['CLARIFICATION_REQUESTED']);
    expect(requests.filter((r) => r.dueOn).every((r) => r.dueOn! > r.receivedOn)).toBe(true);
    expect(await db.query(`SELECT status FROM foi_campaign ORDER BY status`)).toEqual([{ status: 'DRAFT' }, { status: 'SENT' }]);
    const [{ answers }] = await db.query(`SELECT count(*)::int AS answers FROM foi_answer`);
    expect(answers).toBeGreaterThan(0);
  });
});
