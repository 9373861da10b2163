import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;

describe('web: what is waiting for me', () => {
  let stack: Stack;
  let p: SeededPartnership;
  const tokens: Record<string, string> = {};
  let meetingId: string;

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-tasks');
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    const groupId = (await as('coordinator', `mutation { createGroup(input: { name: "Health Practitioners Group", kind: WORKING_GROUP, visibility: PRIVATE, submissionDeadlineDays: 2 }) { id } }`)).createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    meetingId = (
      await as('coordinator', `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Maternity access", startsAt: $s, location: "Online") { id } }`, {
        g: groupId,
        s: new Date(Date.now() + 12 * DAY).toISOString(),
      })
    ).scheduleOneOffMeeting.id;
    await as('member', `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Doula referrals from the hospital" }) { id } }`, { m: meetingId });
  });
  afterAll(() => stack?.close());

  it('lists the member’s and the coordinator’s tasks with links, and a task goes once it is done', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    const tasks = page.getByRole('region', { name: 'Waiting for you' });
    await tasks.getByRole('link', { name: 'Say whether you can attend Maternity access' }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}#reply-heading$`));
    await context.close();

    const coordinator = await newContext(stack);
    const cpage = await coordinator.newPage();
    await signIn(cpage, p.coordinator);
    const list = cpage.getByRole('region', { name: 'Waiting for you' });
    await list.getByRole('link', { name: 'Decide 1 proposed item for Maternity access' }).waitFor();
    await list.getByRole('link', { name: 'Publish the agenda for Maternity access' }).waitFor();
    expect(await seriousViolations(cpage)).toEqual([]);
    await screenshot(cpage, 'home-tasks');

    const item = (await as('coordinator', `query($m: ID!) { meeting(id: $m) { agendaItems { id status } } }`, { m: meetingId })).meeting.agendaItems.find((i: { status: string }) => i.status === 'PROPOSED');
    await as('coordinator', `mutation($i: ID!) { acceptAgendaItem(id: $i) { id } }`, { i: item.id });
    await cpage.reload();
    await list.getByRole('link', { name: 'Publish the agenda for Maternity access' }).waitFor();
    expect(await list.getByRole('link', { name: 'Decide 1 proposed item for Maternity access' }).count()).toBe(0);
    await coordinator.close();
  });
});
