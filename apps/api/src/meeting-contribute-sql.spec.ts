import { PartnershipRole } from '@convene/contracts';
import { seedPartnership, useTestDataSource } from '@convene/testing';
import { AccessService, isCoordinator, meetingContributableSql, Permission, type Actor } from '@convene/access';

/** The rule as SQL (for a write that carries its own check) against the policy layer's own check, for every kind of person. */
describe('meetingContributableSql', () => {
  const db = useTestDataSource();

  it('answers exactly as meeting.contribute does, for each role in the group and outside it', async () => {
    const p = await seedPartnership(db(), 'contribute-sql');
    const other = await seedPartnership(db(), 'contribute-sql-other');
    const person = async (name: string, partnershipId = p.partnershipId) => {
      const [{ id: accountId }] = await db().query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $1, 'x') RETURNING id`, [`${name}@people.contribute-sql.test`]);
      return (await db().query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [partnershipId, accountId]))[0].id as string;
    };
    const [{ id: groupId }] = await db().query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Health Subgroup', 'health', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    const [{ id: openGroupId }] = await db().query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Open Forum Group', 'open', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    const meeting = async (group: string) =>
      (await db().query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Quarterly', now() + interval '3 days', now() + interval '3 days 2 hours') RETURNING id`, [group]))[0].id as string;
    const meetings = [await meeting(groupId), await meeting(openGroupId)];
    const roles: Record<string, string> = { CHAIR: await person('chair'), SECRETARY: await person('secretary'), MEMBER: await person('member'), OBSERVER: await person('observer') };
    for (const [role, id] of Object.entries(roles)) await db().query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, $3)`, [groupId, id, role]);
    const outsider = await person('not-in-group');
    const elsewhere = await person('elsewhere', other.partnershipId);

    const actor = (personId: string, role: PartnershipRole, partnershipId = p.partnershipId): Actor => ({ accountId: personId, personId, partnershipId, role, sessionId: 's' });
    const actors: Record<string, Actor> = {
      ...Object.fromEntries(Object.entries(roles).map(([role, id]) => [role, actor(id, PartnershipRole.MEMBER)])),
      outsider: actor(outsider, PartnershipRole.MEMBER),
      coordinator: actor(p.coordinator.personId, PartnershipRole.COORDINATOR),
      elsewhere: actor(elsewhere, PartnershipRole.COORDINATOR, other.partnershipId),
    };
    const access = new AccessService(db());
    const answers: Record<string, boolean[]> = {};
    for (const [who, a] of Object.entries(actors)) {
      const allowed = await access.requireAccess({ actor: a, permission: Permission.meetingContribute, ids: meetings });
      for (const m of meetings) {
        const [{ ok }] = await db().query(`SELECT ${meetingContributableSql({ meeting: '$1', partnership: '$2', person: '$3', coordinator: '$4' })} AS ok`, [m, a.partnershipId, a.personId, isCoordinator(a)]);
        expect({ who, meeting: meetings.indexOf(m), sql: ok }).toEqual({ who, meeting: meetings.indexOf(m), sql: allowed.has(m) });
        (answers[who] ??= []).push(ok);
      }
    }
    // The rule itself, so a change to both at once is still seen: the private group's meeting, then the open group's.
    expect(answers).toEqual({
      CHAIR: [true, false],
      SECRETARY: [true, false],
      MEMBER: [true, false],
      OBSERVER: [false, false],
      outsider: [false, false],
      coordinator: [true, true],
      elsewhere: [false, false],
    });
  });
});
