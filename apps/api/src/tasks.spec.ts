import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const TASKS = `{ myTasks { kind title context path overdue count meetingId subjectId dueAt } }`;

/**
 * Tasks are derived from the partnership's state at the clock's instant: each kind appears for the
 * person who must act, and goes once it is done or once they may no longer act.
 */
describe('myTasks', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const tokens: Record<string, string> = {};
  let groupId: string;
  let next: string;
  let past: string;
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: tokens[who] });
  const kinds = async (who: string) => ((await as(who, TASKS)).data!.myTasks as { kind: string }[]).map((t) => t.kind).sort();

  beforeAll(async () => {
    api = await startApi();
    api.clock.set(new Date('2026-03-02T09:00:00Z'));
    p = await seedPartnership(api.db, 'tasks');
    const other = await seedPartnership(api.db, 'tasks-other');
    for (const [who, person] of [['admin', p.admin], ['coordinator', p.coordinator], ['member', p.member], ['outsider', other.member]] as const) {
      tokens[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    [{ id: groupId }] = await api.db.query(
      `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, agenda_pack_days, submission_deadline_days) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PRIVATE', 7, 10) RETURNING id`,
      [p.partnershipId],
    );
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [groupId, p.admin.personId, p.member.personId]);
    const meeting = async (title: string, startsAt: string) =>
      (await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '2 hours') RETURNING id`, [groupId, title, startsAt]))[0].id as string;
    past = await meeting('January meeting', '2026-01-20T10:00:00Z');
    next = await meeting('March meeting', '2026-03-10T10:00:00Z');
    // A proposal for the next meeting, circulated minutes of the last, an action due soon for the member.
    await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title, status, proposed_by_person_id) VALUES ($1, 1, 'Hotel accommodation', 'PROPOSED', $2)`, [next, p.member.personId]);
    await api.db.query(`INSERT INTO minutes (meeting_id, status, circulated_at) VALUES ($1, 'CIRCULATED', '2026-01-25T10:00:00Z')`, [past]);
    await api.db.query(`INSERT INTO action_item (group_id, meeting_id, title, owner_person_id, due_date) VALUES ($1, $2, 'Write to the council', $3, '2026-03-05'), ($1, $2, 'Chase the NHS trust', $3, '2026-02-20')`, [groupId, past, p.member.personId]);
  });
  afterAll(() => api.close());

  it('gives each person what waits for them, in plain words with a link, overdue first', async () => {
    expect(await kinds('member')).toEqual(['ACTION_DUE', 'ACTION_OVERDUE', 'MEETING_TO_REPLY', 'MINUTES_TO_COMMENT']);
    const member = (await as('member', TASKS)).data!.myTasks;
    expect(member[0]).toMatchObject({ kind: 'ACTION_OVERDUE', title: 'Action overdue: Chase the NHS trust', overdue: true, path: expect.stringMatching(/^\/actions#/) });
    expect(member.find((t: { kind: string }) => t.kind === 'MEETING_TO_REPLY')).toMatchObject({ title: 'Say whether you can attend March meeting', context: 'Destitution Steering Group', path: `/meetings/${next}#reply-heading` });
    // The chair decides proposals, publishes the agenda (its pack is due on 3 March) and takes the minutes to approval.
    expect(await kinds('admin')).toEqual(['AGENDA_TO_PUBLISH', 'MEETING_TO_REPLY', 'MINUTES_TO_APPROVE', 'PROPOSALS_TO_DECIDE']);
    const chair = (await as('admin', TASKS)).data!.myTasks;
    expect(chair.find((t: { kind: string }) => t.kind === 'PROPOSALS_TO_DECIDE')).toMatchObject({ title: 'Decide 1 proposed item for March meeting', count: 1, meetingId: next });
    // Coordinators manage every group without being in it; they are not asked to reply.
    expect(await kinds('coordinator')).toEqual(['AGENDA_TO_PUBLISH', 'MINUTES_TO_APPROVE', 'PROPOSALS_TO_DECIDE']);
    expect(await kinds('outsider')).toEqual([]);
  });

  it('drops what is done, and follows the clock', async () => {
    await api.db.query(`UPDATE agenda_item SET status = 'ACCEPTED' WHERE meeting_id = $1`, [next]);
    await api.db.query(`INSERT INTO attendance (meeting_id, person_id, status) VALUES ($1, $2, 'APOLOGIES')`, [next, p.member.personId]);
    await api.db.query(`INSERT INTO minutes_comment (minutes_id, person_id, body) SELECT id, $2, 'Fine by me' FROM minutes WHERE meeting_id = $1`, [past, p.member.personId]);
    expect(await kinds('member')).toEqual(['ACTION_DUE', 'ACTION_OVERDUE']);
    expect(await kinds('admin')).toEqual(['AGENDA_TO_PUBLISH', 'MEETING_TO_REPLY', 'MINUTES_TO_APPROVE']);
    // Once the meeting is over there is nothing left to publish or reply to.
    api.clock.set(new Date('2026-03-10T13:00:00Z'));
    expect(await kinds('admin')).toEqual(['MINUTES_TO_APPROVE']);
    api.clock.set(new Date('2026-03-02T09:00:00Z'));
  });

  it('shows unread mentions until the thread is read, and nothing once the person leaves the group', async () => {
    const [{ id: forumId }] = await api.db.query(`INSERT INTO forum (partnership_id, group_id, name) VALUES ($1, $2, 'Destitution forum') RETURNING id`, [p.partnershipId, groupId]);
    const [{ id: threadId }] = await api.db.query(`INSERT INTO thread (forum_id, title) VALUES ($1, 'Winter shelter') RETURNING id`, [forumId]);
    const [{ id: postId, seq }] = await api.db.query(
      `INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html) VALUES ($1, $2, $3, 'c1', 'hi', '<p>hi</p>') RETURNING id, created_seq AS seq`,
      [threadId, forumId, p.admin.personId],
    );
    await api.db.query(`INSERT INTO post_mention (post_id, person_id) VALUES ($1, $2)`, [postId, p.member.personId]);
    const mention = (await as('member', TASKS)).data!.myTasks.find((t: { kind: string }) => t.kind === 'UNREAD_MENTIONS');
    expect(mention).toMatchObject({ title: '1 unread mention in "Winter shelter"', context: 'Destitution forum', path: `/forums/${forumId}/threads/${threadId}` });
    await api.db.query(`INSERT INTO thread_read (thread_id, person_id, last_read_seq) VALUES ($1, $2, $3)`, [threadId, p.member.personId, seq]);
    expect(await kinds('member')).not.toContain('UNREAD_MENTIONS');

    // Removed from the private group: their actions there are no longer theirs to update here.
    await api.db.query(`DELETE FROM group_member WHERE group_id = $1 AND person_id = $2`, [groupId, p.member.personId]);
    expect(await kinds('member')).toEqual([]);
  });

});
