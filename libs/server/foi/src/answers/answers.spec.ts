import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { AccessService, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { TestClock } from '@convene/clock';
import { PartnershipRole } from '@convene/contracts';
import { AppError } from '@convene/errors';
import { seedPartnership, useTestDataSource, type SeededPartnership } from '@convene/testing';
import { answersCsv, answersXlsx } from '../export/answer-formats';
import { MatrixService } from '../matrix/matrix.service';
import { PublishingService } from '../publishing/publishing.service';
import { AnswersService } from './answers.service';
import { AnswerQualifier as Q } from './qualifiers';

const failure = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error: unknown) {
    return error instanceof AppError ? { code: error.code, field: error.details?.field } : error;
  }
  return null;
};

/** Answers, the matrix, the export and publishing against real PostgreSQL, as each role. */
describe('FOI answers, matrix, export and publishing', () => {
  const db = useTestDataSource();
  let p: SeededPartnership;
  let answers: AnswersService;
  let matrices: MatrixService;
  let publishing: PublishingService;
  const clock = new TestClock();
  const actorOf = (person: { accountId: string; personId: string }, role: PartnershipRole): Actor => ({ accountId: person.accountId, personId: person.personId, partnershipId: p.partnershipId, role, sessionId: 'test' });
  let coordinator: Actor;
  let admin: Actor;
  let member: Actor;
  let outsider: Actor;
  let campaignId: string;
  let draftId: string;
  let q: Record<'count' | 'money' | 'yes', string>;
  let requests: string[];

  beforeAll(async () => {
    p = await seedPartnership(db(), 'foi-answers');
    clock.set(new Date('2026-03-20T10:00:00Z'));
    const access = new AccessService(db());
    const audit = new AuditService(db());
    answers = new AnswersService(db(), access, audit);
    matrices = new MatrixService(db(), access, clock);
    publishing = new PublishingService(db(), access, audit, matrices, clock);
    coordinator = actorOf(p.coordinator, PartnershipRole.COORDINATOR);
    admin = actorOf(p.admin, PartnershipRole.ADMIN);
    member = actorOf(p.member, PartnershipRole.MEMBER);
    // A second member, outside the campaign's group.
    const [{ id: accountId }] = await db().query(`INSERT INTO account (email, name, password_hash) VALUES ('outsider@foi-answers.test', 'Outsider', 'x') RETURNING id`);
    const [{ id: personId }] = await db().query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    outsider = actorOf({ accountId, personId }, PartnershipRole.MEMBER);
    const [{ id: groupId }] = await db().query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Children in care group', 'children', 'WORKING_GROUP', 'PUBLIC') RETURNING id`, [p.partnershipId]);
    await db().query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, p.member.personId]);
    const campaign = async (status: string) =>
      (
        await db().query(
          `INSERT INTO foi_campaign (partnership_id, group_id, title, purpose, letter_template, status, sent_at) VALUES ($1, $2, $3, 'To count children in care without settled status.', 'Dear FOI officer', $4, $5) RETURNING id`,
          [p.partnershipId, groupId, `EU-national children in care (${status})`, status, status === 'DRAFT' ? null : new Date('2026-02-02T09:00:00Z')],
        )
      )[0].id as string;
    campaignId = await campaign('SENT');
    draftId = await campaign('DRAFT');
    const question = async (number: string, position: number, unit: string) =>
      (await db().query(`INSERT INTO foi_question (campaign_id, number, position, text, unit) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [campaignId, number, position, `Question ${number}`, unit]))[0].id as string;
    q = { count: await question('1a', 0, 'COUNT'), money: await question('1b', 1, 'MONEY_GBP'), yes: await question('2', 2, 'YES_NO') };
    requests = [];
    for (const [name, dueOn] of [['Birmingham City Council', '2026-03-02'], ['Coventry City Council', '2026-03-30'], ['Sandwell Council', '2026-03-17']]) {
      const [{ id: orgId }] = await db().query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, $2, 'LOCAL_AUTHORITY') RETURNING id`, [p.partnershipId, name]);
      const [{ id }] = await db().query(
        `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text, sent_at, received_on, due_on)
         VALUES ($1, $2, $3, 'foi@council.example', 'EMAIL', 'Freedom of Information request', $4, now(), '2026-02-02', $5) RETURNING id`,
        [p.partnershipId, campaignId, orgId, `Dear FOI officer,\nUnder the Freedom of Information Act 2000…\nReply to ${p.coordinator.email}.\n\nYours faithfully,\nCOORDINATOR of foi-answers\n`, dueOn],
      );
      requests.push(id);
    }
  });

  it('records a reply’s answers, refuses a value that does not fit its unit, and keeps one answer per question', async () => {
    expect(await failure(answers.record(coordinator, requests[0], [{ questionId: q.count, qualifier: Q.EXACT, value: 'twelve' }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'answers.0.value' });
    expect(await failure(answers.record(coordinator, requests[0], [{ questionId: q.count, qualifier: Q.FEWER_THAN_FIVE, value: '3' }]))).toEqual({ code: 'BAD_USER_INPUT', field: 'answers.0.value' });
    await answers.record(coordinator, requests[0], [
      { questionId: q.count, qualifier: Q.EXACT, value: '10', note: 'Call Amira on 0121 303 1234', source: 'page 1' },
      { questionId: q.money, qualifier: Q.ESTIMATE, value: '£1,250.50' },
    ]);
    // Corrected: still one row for (request, question).
    const saved = await answers.record(coordinator, requests[0], [{ questionId: q.count, qualifier: Q.EXACT, value: '12', source: 'page 2, table 1' }]);
    expect(saved.questions.map((x) => [x.number, x.answer?.qualifier, x.answer?.value, x.answer?.display])).toEqual([
      ['1a', 'EXACT', '12', '12'],
      ['1b', 'ESTIMATE', '1250.50', '£1,250.50 (estimate)'],
      ['2', undefined, undefined, undefined],
    ]);
    expect(saved).toMatchObject({ authority: 'Birmingham City Council', canRecord: true });
    await expect(answers.sheet(member, requests[0])).resolves.toMatchObject({ canRecord: false });
    expect(await failure(answers.sheet(outsider, requests[0]))).toEqual({ code: 'NOT_FOUND', field: undefined });
    await answers.record(coordinator, requests[1], [
      { questionId: q.count, qualifier: Q.FEWER_THAN_FIVE },
      { questionId: q.money, qualifier: Q.EXACT, value: '300' },
      { questionId: q.yes, qualifier: Q.EXACT, value: 'yes', note: '=HYPERLINK("http://evil.example","click")' },
    ]);
    // Recorded by mistake, then taken away; a question answered in the same save cannot also be cleared.
    await answers.record(coordinator, requests[0], [{ questionId: q.yes, qualifier: Q.NOT_KNOWN }]);
    expect(await failure(answers.record(coordinator, requests[0], [{ questionId: q.yes, qualifier: Q.NOT_KNOWN }], [q.yes]))).toEqual({ code: 'BAD_USER_INPUT', field: 'clearQuestionIds.0' });
    expect((await answers.record(coordinator, requests[0], [], [q.yes])).questions[2].answer).toBeNull();
    const rows = await db().query(`SELECT count(*)::int AS n FROM foi_answer WHERE request_id = $1`, [requests[0]]);
    expect(rows[0].n).toBe(2);
    await expect(db().query(`INSERT INTO foi_answer (partnership_id, request_id, question_id, qualifier, value) VALUES ($1, $2, $3, 'EXACT', '1')`, [p.partnershipId, requests[0], q.count])).rejects.toThrow(/foi_answer_once/);
    const audits = await db().query(`SELECT detail FROM audit_event WHERE action = 'foi.answers-recorded' AND subject_id = $1 ORDER BY created_at`, [requests[0]]);
    expect(audits.map((a: { detail: { cleared: string[] } }) => a.detail.cleared)).toEqual([[], [], [], ['2']]);
  });

  it('recording is for coordinators: members and outsiders are told the request is not found', async () => {
    expect(await failure(answers.record(member, requests[2], [{ questionId: q.count, qualifier: Q.NOT_HELD }]))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect(await failure(answers.record(outsider, requests[2], [{ questionId: q.count, qualifier: Q.NOT_HELD }]))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect((await answers.record(admin, requests[2], [{ questionId: q.count, qualifier: Q.NOT_HELD }])).questions[0].answer).toMatchObject({ qualifier: 'NOT_HELD', value: null });
  });

  it('the matrix: totals say what they include, the response rate, the overdue list; read by coordinators and the group’s members only', async () => {
    const m = await matrices.matrix(member, campaignId);
    expect(m.rows.map((r) => r.authority)).toEqual(['Birmingham City Council', 'Coventry City Council', 'Sandwell Council']);
    expect([m.requests, m.replied, m.responseRate]).toEqual([3, 3, 100]);
    const [count, money, yes] = m.questions;
    expect(count.totals).toMatchObject({ exactTotal: 12, withEstimatesTotal: 12, fewerThanFive: 1, notHeld: 1 });
    expect(count.totals.summary).toMatch(/1 authority said fewer than five and withheld the figure: not included in any total/);
    expect(money.totals).toMatchObject({ exactTotal: 30000, withEstimatesTotal: 155050, exactTotalText: '£300.00', withEstimatesTotalText: '£1,550.50' });
    expect(yes.totals).toMatchObject({ yes: 1, no: 0, unanswered: 2 });
    // Birmingham was due on 2 March and Sandwell on 17 March; it is 20 March. Coventry is not yet due.
    // Overdue counts working days, as the request page does: 18 calendar days are 14 working days.
    expect(m.overdue.map((r) => [r.authority, r.daysOverdue])).toEqual([
      ['Birmingham City Council', 14],
      ['Sandwell Council', 3],
    ]);
    // Coventry asks for an internal review whose deadline passed yesterday: overdue for that.
    await db().query(`UPDATE foi_request SET status = 'INTERNAL_REVIEW', internal_review_requested_on = '2026-02-20', internal_review_due_on = '2026-03-19' WHERE id = $1`, [requests[1]]);
    expect((await matrices.matrix(member, campaignId)).overdue.map((r) => [r.authority, r.daysOverdue, r.overdueFor])).toEqual([
      ['Birmingham City Council', 14, 'ANSWER'],
      ['Sandwell Council', 3, 'ANSWER'],
      ['Coventry City Council', 1, 'INTERNAL_REVIEW'],
    ]);
    await db().query(`UPDATE foi_request SET status = 'AWAITING', internal_review_requested_on = NULL, internal_review_due_on = NULL WHERE id = $1`, [requests[1]]);
    expect(await failure(matrices.matrix(outsider, campaignId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect(await failure(matrices.matrix(member, draftId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    await expect(matrices.matrix(coordinator, draftId)).resolves.toMatchObject({ requests: 0 });
  });

  it('exports a CSV and an XLSX that real readers open, with formula-like cells neutralised', async () => {
    const m = await matrices.matrix(coordinator, campaignId);
    const csv = parse(answersCsv(m), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(9);
    expect(csv.find((r) => r.authority === 'Birmingham City Council' && r.question === '1b')).toMatchObject({ qualifier: 'Estimate', value: '1250.50', number: '1250.5' });
    const injected = csv.find((r) => r.authority === 'Coventry City Council' && r.question === '2')!;
    expect(injected.note).toBe(`'=HYPERLINK("http://evil.example","click")`);

    const wb = new Workbook();
    await wb.xlsx.load((await answersXlsx(m)) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Answers', 'Totals']);
    const matrix = wb.getWorksheet('Matrix')!;
    expect(matrix.getRow(1).getCell(4).value).toBe('1a. Question 1a');
    expect(matrix.getRow(2).getCell(1).value).toBe('Birmingham City Council');
    expect(matrix.getRow(2).getCell(4).value).toBe(12);
    const notes = wb.getWorksheet('Answers')!.getColumn(8).values as unknown[];
    expect(notes).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(notes.some((v) => typeof v === 'string' && v.startsWith('='))).toBe(false);
    const totals = wb.getWorksheet('Totals')!;
    expect(totals.getRow(3).getCell(4).value).toBe(300);
    expect(String(totals.getRow(2).getCell(13).value)).toMatch(/fewer than five/);
  });

  it('a draft is never published; a signed-off dataset is public without personal data, until withdrawn', async () => {
    expect(await failure(publishing.signOff(coordinator, draftId))).toEqual({ code: 'BAD_USER_INPUT', field: 'campaignId' });
    expect(await failure(publishing.signOff(member, campaignId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    // A dataset row for a draft (which sign-off refuses to write) still never reaches the public page.
    await db().query(`INSERT INTO foi_dataset (partnership_id, campaign_id, version, content, signed_off_at) VALUES ($1, $2, 1, '{"title":"Draft"}', now())`, [p.partnershipId, draftId]);
    expect(await failure(publishing.published('foi-answers', draftId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect((await publishing.publishedList('foi-answers'))!.datasets).toEqual([]);

    expect(await failure(publishing.published('foi-answers', campaignId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    const signed = await publishing.signOff(coordinator, campaignId);
    expect(signed.datasets.map((d) => [d.version, d.withdrawnAt])).toEqual([[1, null]]);
    const page = await publishing.published('foi-answers', campaignId);
    const text = JSON.stringify(page);
    expect(text).not.toContain(p.coordinator.email);
    expect(text).not.toContain('COORDINATOR of foi-answers');
    expect(text).not.toContain('0121 303 1234');
    expect(page.authorities[0].letterText).toMatch(/Freedom of Information Act 2000/);
    expect(page.authorities[0].answers[0]).toMatchObject({ number: '1a', display: '12', source: 'page 2, table 1' });
    expect((await publishing.publishedList('foi-answers'))!.datasets.map((d) => d.campaignId)).toEqual([campaignId]);
    expect((await publishing.publishedList('foi-answers', 'children'))!.datasets).toHaveLength(1);

    // Answers recorded after the sign-off are not public until the next one.
    await answers.record(coordinator, requests[2], [{ questionId: q.yes, qualifier: Q.EXACT, value: 'no' }]);
    expect((await publishing.published('foi-answers', campaignId)).authorities[2].answers[2].display).toBe('No answer yet');
    await publishing.signOff(coordinator, campaignId);
    expect((await publishing.published('foi-answers', campaignId)).authorities[2].answers[2].display).toBe('No');

    const withdrawn = await publishing.withdraw(coordinator, campaignId);
    expect(withdrawn.datasets.every((d) => d.withdrawnAt !== null)).toBe(true);
    expect(await failure(publishing.published('foi-answers', campaignId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect(await failure(publishing.withdraw(coordinator, campaignId))).toEqual({ code: 'BAD_USER_INPUT', field: 'campaignId' });
    const audits = await db().query(`SELECT action, detail FROM audit_event WHERE subject_id = $1 ORDER BY created_at`, [campaignId]);
    expect(audits.map((a: { action: string; detail: unknown }) => [a.action, a.detail])).toEqual([
      ['foi.dataset-signed-off', { version: 1 }],
      ['foi.dataset-signed-off', { version: 2 }],
      ['foi.dataset-withdrawn', { version: 2 }],
    ]);
  });
});
