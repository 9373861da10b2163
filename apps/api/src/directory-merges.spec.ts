import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * Duplicate organisations: proposed by name, charity number and web domain; merged by a
 * coordinator with every reference moved to the survivor; undone with every reference back.
 */
describe('directory merges', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token = {} as Record<'coordinator' | 'member' | 'outsider', string>;
  let survivor: string;
  let merged: string;
  let unrelated: string;
  let child: string;
  let groupId: string;
  let personId: string;
  let resourceId: string;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const PROPOSALS = `{ directoryMergeProposals { first { id name services contacts people } second { id name } reasons similarity } }`;
  const MERGE = `mutation($s: ID!, $m: ID!) { mergeOrganisations(survivorId: $s, mergedId: $m, reasons: [SAME_CHARITY_NUMBER]) { id survivorId survivorName mergedId mergedName undoneAt moved } }`;
  const UNDO = `mutation($id: ID!) { undoOrganisationMerge(id: $id) { id undoneAt } }`;

  /** Every row in the database that names `orgId` in a column pointing at organisations. */
  async function referencesTo(orgId: string): Promise<Record<string, number>> {
    const cols: { table: string; column: string }[] = await api.db.query(
      `SELECT t.relname AS table, a.attname AS column FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'organisation'::regclass`,
    );
    const out: Record<string, number> = {};
    for (const { table, column } of cols) {
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`, [orgId]);
      if (n) out[`${table}.${column}`] = n;
    }
    return out;
  }

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'merges');
    other = await seedPartnership(api.db, 'merges-other');
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.outsider = await signIn(other.coordinator.email, other.coordinator.password);
    const org = async (name: string, extra: Record<string, string | null> = {}) =>
      (await api.db.query(`INSERT INTO organisation (partnership_id, name, kind, charity_number, website, description) VALUES ($1, $2, 'CHARITY', $3, $4, $5) RETURNING id`, [p.partnershipId, name, extra.charity ?? null, extra.website ?? null, extra.description ?? '']))[0].id as string;
    survivor = await org('Coventry Refugee and Migrant Centre', { charity: '1118284', website: 'https://crmc.example.org' });
    merged = await org('Coventry Refugee & Migrant Centre Ltd', { charity: '1118284', website: 'https://www.crmc.example.org/about', description: 'Advice and support since 2002.' });
    unrelated = await org('Walsall Community Innovation Group', { website: 'https://www.facebook.com/walsallcig' });
    await org('Tamworth Food Bank', { website: 'https://facebook.com/tamworthfood' });
    child = await org('CRMC Youth Project');
    await api.db.query(`UPDATE organisation SET parent_id = $2 WHERE id = $1`, [child, merged]);
    // The survivor hangs under the duplicate: the merge must not make it its own parent.
    await api.db.query(`UPDATE organisation SET parent_id = $2 WHERE id = $1`, [survivor, merged]);

    // A person who moved from the survivor to the duplicate: two affiliations, history kept.
    personId = p.member.personId;
    await api.db.query(`ALTER TABLE person DISABLE TRIGGER person_affiliation`);
    await api.db.query(`UPDATE person SET organisation_id = $2 WHERE id = $1`, [personId, merged]);
    await api.db.query(`ALTER TABLE person ENABLE TRIGGER person_affiliation`);
    await api.db.query(`DELETE FROM affiliation WHERE person_id = $1`, [personId]);
    await api.db.query(
      `INSERT INTO affiliation (partnership_id, person_id, organisation_id, title, starts_on, ends_on) VALUES ($1, $2, $3, 'Volunteer', '2024-01-01', '2025-06-30'), ($1, $2, $4, 'Caseworker', '2025-07-01', NULL)`,
      [p.partnershipId, personId, p.organisationId, merged],
    );

    [{ id: groupId }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role, organisation_id) VALUES ($1, $2, 'MEMBER', $3)`, [groupId, personId, merged]);
    await api.db.query(`INSERT INTO representation (partnership_id, group_id, person_id, organisation_id, seat, starts_on) VALUES ($1, $2, $3, $4, 'VOLUNTARY_SECTOR', '2025-07-01')`, [p.partnershipId, groupId, personId, merged]);
    const [{ id: meetingId }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Autumn meeting', '2026-10-01T10:00:00Z', '2026-10-01T12:00:00Z') RETURNING id`, [groupId]);
    await api.db.query(`INSERT INTO action_item (group_id, meeting_id, title, owner_person_id) VALUES ($1, $2, 'Share the hardship fund criteria', $3)`, [groupId, meetingId, personId]);

    const [{ id: locationId }] = await api.db.query(`INSERT INTO directory_location (partnership_id, organisation_id, name, postcode) VALUES ($1, $2, 'Harnall Lane', 'CV1 5AE') RETURNING id`, [p.partnershipId, merged]);
    await api.db.query(`INSERT INTO directory_service (partnership_id, organisation_id, location_id, name, service_type) VALUES ($1, $2, $3, 'Immigration advice clinic', 'IMMIGRATION_ADVICE')`, [p.partnershipId, merged, locationId]);
    await api.db.query(
      `INSERT INTO directory_contact (partnership_id, organisation_id, name, email, visibility, email_visibility, phone_visibility, lawful_basis) VALUES ($1, $2, 'Front desk', 'desk@crmc.example.org', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC_TASK')`,
      [p.partnershipId, merged],
    );
    await api.db.query(`INSERT INTO directory_check (partnership_id, organisation_id, period) VALUES ($1, $2, '2026'), ($1, $3, '2026')`, [p.partnershipId, merged, survivor]);
    // Both are authors of one report (a collision: the survivor keeps its row, the duplicate's is kept aside) and the duplicate of another.
    [{ id: resourceId }] = await api.db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility) VALUES ($1, 'Destitution in Coventry', '', 'REPORT', 2025, 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO resource_organisation (resource_id, organisation_id, position) VALUES ($1, $2, 0), ($1, $3, 1)`, [resourceId, survivor, merged]);
  });
  afterAll(() => api?.close());

  it('proposes the pair sharing a charity number and web domain, and not two groups on one social site', async () => {
    const res = await gql(api.url, PROPOSALS, {}, { token: token.coordinator });
    expect(res.errors).toBeUndefined();
    const pairs = res.data!.directoryMergeProposals as { first: { id: string }; second: { id: string }; reasons: string[] }[];
    const ours = pairs.find((x) => [x.first.id, x.second.id].sort().join() === [survivor, merged].sort().join());
    expect(ours?.reasons).toEqual(['SAME_CHARITY_NUMBER', 'SAME_WEBSITE', 'SIMILAR_NAME']);
    expect(pairs.some((x) => [x.first.id, x.second.id].includes(unrelated))).toBe(false);
    const member = await gql(api.url, PROPOSALS, {}, { token: token.member });
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another partnership's coordinator sees only their own partnership's pairs.
    const outsider = await gql(api.url, PROPOSALS, {}, { token: token.outsider });
    expect(outsider.data!.directoryMergeProposals).toEqual([]);
  });

  it('refuses members and other partnerships, alike', async () => {
    const member = await gql(api.url, MERGE, { s: survivor, m: merged }, { token: token.member });
    expect(member.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const outsider = await gql(api.url, MERGE, { s: survivor, m: merged }, { token: token.outsider });
    expect(outsider.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(await api.db.query(`SELECT id FROM organisation WHERE id = $1`, [merged])).toHaveLength(1);
  });

  let mergeId: string;
  let before: Record<string, number>;
  let affiliationsBefore: unknown[];
  let actionsBefore: unknown[];

  it('a merge points every reference at the survivor, keeps the affiliation history, and is audited', async () => {
    before = await referencesTo(merged);
    expect(Object.keys(before).sort()).toEqual(
      expect.arrayContaining(['affiliation.organisation_id', 'directory_contact.organisation_id', 'directory_location.organisation_id', 'directory_service.organisation_id', 'group_member.organisation_id', 'organisation.parent_id', 'person.organisation_id', 'representation.organisation_id']),
    );
    affiliationsBefore = await api.db.query(`SELECT id, starts_on, ends_on, title FROM affiliation WHERE person_id = $1 ORDER BY starts_on`, [personId]);
    actionsBefore = await api.db.query(`SELECT * FROM action_item WHERE group_id = $1`, [groupId]);

    const res = await gql(api.url, MERGE, { s: survivor, m: merged }, { token: token.coordinator });
    expect(res.errors).toBeUndefined();
    mergeId = res.data!.mergeOrganisations.id;
    expect(res.data!.mergeOrganisations).toMatchObject({ survivorId: survivor, survivorName: 'Coventry Refugee and Migrant Centre', mergedName: 'Coventry Refugee & Migrant Centre Ltd', undoneAt: null });

    expect(await api.db.query(`SELECT id FROM organisation WHERE id = $1`, [merged])).toEqual([]);
    expect(await referencesTo(merged)).toEqual({});
    const [org] = await api.db.query(`SELECT other_names AS "otherNames", description, parent_id AS "parentId" FROM organisation WHERE id = $1`, [survivor]);
    expect(org).toEqual({ otherNames: ['Coventry Refugee & Migrant Centre Ltd'], description: 'Advice and support since 2002.', parentId: null });
    expect((await api.db.query(`SELECT parent_id AS p FROM organisation WHERE id = $1`, [child]))[0].p).toBe(survivor);
    expect((await api.db.query(`SELECT organisation_id AS o FROM person WHERE id = $1`, [personId]))[0].o).toBe(survivor);
    expect((await api.db.query(`SELECT organisation_id AS o FROM representation WHERE person_id = $1`, [personId]))[0].o).toBe(survivor);
    expect((await api.db.query(`SELECT organisation_id AS o FROM group_member WHERE person_id = $1 AND group_id = $2`, [personId, groupId]))[0].o).toBe(survivor);
    // The history is the same spans, now naming the survivor; no span was opened or closed by the merge.
    const after = await api.db.query(`SELECT id, starts_on, ends_on, title, organisation_id AS o FROM affiliation WHERE person_id = $1 ORDER BY starts_on`, [personId]);
    expect(after.map(({ o: _o, ...rest }: { o: string }) => rest)).toEqual(affiliationsBefore);
    expect(after.map((a: { o: string }) => a.o)).toEqual([p.organisationId, survivor]);
    expect(await api.db.query(`SELECT * FROM action_item WHERE group_id = $1`, [groupId])).toEqual(actionsBefore);
    expect(await api.db.query(`SELECT organisation_id AS o FROM resource_organisation WHERE resource_id = $1`, [resourceId])).toEqual([{ o: survivor }]);
    expect(await api.db.query(`SELECT action, detail->>'mergedId' AS merged FROM audit_event WHERE action = 'directory.organisations-merged' AND subject_id = $1`, [survivor])).toEqual([{ action: 'directory.organisations-merged', merged }]);
    // Merged away while the merge stands: once, by constraint.
    await expect(api.db.query(`INSERT INTO directory_merge (partnership_id, survivor_id, merged_id, merged_name, merged_row) VALUES ($1, $2, $3, 'x', '{}')`, [p.partnershipId, survivor, merged])).rejects.toThrow(/directory_merge_standing_idx/);
  });

  it('undo puts the organisation and every reference back where they were', async () => {
    const member = await gql(api.url, UNDO, { id: mergeId }, { token: token.member });
    expect(member.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const res = await gql(api.url, UNDO, { id: mergeId }, { token: token.coordinator });
    expect(res.errors).toBeUndefined();
    expect(res.data!.undoOrganisationMerge.undoneAt).not.toBeNull();

    expect(await referencesTo(merged)).toEqual(before);
    const [org] = await api.db.query(`SELECT name, charity_number AS c, description FROM organisation WHERE id = $1`, [merged]);
    expect(org).toEqual({ name: 'Coventry Refugee & Migrant Centre Ltd', c: '1118284', description: 'Advice and support since 2002.' });
    const [kept] = await api.db.query(`SELECT other_names AS "otherNames", description, parent_id AS "parentId" FROM organisation WHERE id = $1`, [survivor]);
    expect(kept).toEqual({ otherNames: [], description: '', parentId: merged });
    const after = await api.db.query(`SELECT id, starts_on, ends_on, title FROM affiliation WHERE person_id = $1 ORDER BY starts_on`, [personId]);
    expect(after).toEqual(affiliationsBefore);
    expect((await api.db.query(`SELECT organisation_id AS o FROM representation WHERE person_id = $1`, [personId]))[0].o).toBe(merged);
    expect((await api.db.query(`SELECT organisation_id AS o FROM resource_organisation WHERE resource_id = $1 ORDER BY position`, [resourceId])).map((r: { o: string }) => r.o)).toEqual([survivor, merged]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM directory_check WHERE organisation_id = $1`, [merged])).toEqual([{ n: 1 }]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'directory.merge-undone' AND subject_id = $1`, [merged])).toEqual([{ n: 1 }]);

    const again = await gql(api.url, UNDO, { id: mergeId }, { token: token.coordinator });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('a dismissed pair is not proposed again; bad ids are refused naming the argument', async () => {
    const dismissed = await gql(api.url, `mutation($a: ID!, $b: ID!) { dismissMergeProposal(firstId: $a, secondId: $b) }`, { a: merged, b: survivor }, { token: token.coordinator });
    expect(dismissed.errors).toBeUndefined();
    const res = await gql(api.url, PROPOSALS, {}, { token: token.coordinator });
    const pairs = res.data!.directoryMergeProposals as { first: { id: string }; second: { id: string } }[];
    expect(pairs.some((x) => [x.first.id, x.second.id].sort().join() === [survivor, merged].sort().join())).toBe(false);
    const bad = await gql(api.url, MERGE, { s: 'not-an-id', m: merged }, { token: token.coordinator });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const same = await gql(api.url, MERGE, { s: merged, m: merged }, { token: token.coordinator });
    expect(same.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
