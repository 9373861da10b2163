import { AccessService, bankReaderOf, Permission, type Actor, type BankReader } from '@convene/access';
import { AuditService } from '@convene/audit';
import { TestClock } from '@convene/clock';
import { PartnershipRole } from '@convene/contracts';
import { PaperScanner, PostgresPaperStorage, sha256Of, UploadAllowance } from '@convene/papers';
import { createRedis, WriteLimits, type Redis } from '@convene/redis';
import { seedPartnership, testRedis, useTestDataSource, type SeededPartnership } from '@convene/testing';
import { PDFDocument } from 'pdf-lib';
import { PolicyArea, ResourceSort, ResourceType, ResourceVisibility } from '../bank.enums';
import { BankFilesService } from '../files/bank-files.service';
import type { ResourceInput, ResourceSearchInput } from '../resources/resource.models';
import { ResourcesService } from '../resources/resources.service';
import { BankSearchService } from './bank-search.service';

/** The bank's search against real PostgreSQL: text, facets, counts, typos, accents, and who sees what. */
describe('knowledge bank search', () => {
  const db = useTestDataSource();
  let access: AccessService;
  let resources: ResourcesService;
  let search: BankSearchService;
  let files: BankFilesService;
  let redis: Redis;
  let p: SeededPartnership;
  let other: SeededPartnership;
  let groupId: string;
  let groupMember: string;
  let contributor: string;
  let orgB: string;
  const ids: Record<string, string> = {};

  const actor = (personId: string, role: PartnershipRole, partnershipId = p.partnershipId): Actor => ({ accountId: personId, personId, partnershipId, role, sessionId: 's' });
  const as = {
    coordinator: () => actor(p.coordinator.personId, PartnershipRole.COORDINATOR),
    member: () => actor(p.member.personId, PartnershipRole.MEMBER),
    groupMember: () => actor(groupMember, PartnershipRole.MEMBER),
    contributor: () => actor(contributor, PartnershipRole.MEMBER),
    outsider: () => actor(other.member.personId, PartnershipRole.MEMBER, other.partnershipId),
  };
  const readers = (): Record<string, BankReader> => ({
    public: bankReaderOf(null, p.partnershipId),
    member: bankReaderOf(as.member()),
    groupMember: bankReaderOf(as.groupMember()),
    coordinator: bankReaderOf(as.coordinator()),
    // Signed in elsewhere: reads this partnership's bank as the public does.
    outsider: bankReaderOf(as.outsider(), p.partnershipId),
  });
  const find = (reader: BankReader, input: ResourceSearchInput = {}) => search.search(reader, { pageSize: 100, ...input });
  const titles = async (reader: BankReader, input: ResourceSearchInput = {}) => (await find(reader, input)).items.map((r) => r.title).sort();

  const base = (over: Partial<ResourceInput>): ResourceInput => ({ title: 'x', summary: 'A resource.', type: ResourceType.REPORT, year: 2020, visibility: ResourceVisibility.PUBLIC, ...over });

  beforeAll(async () => {
    access = new AccessService(db());
    const clock = new TestClock();
    clock.set(new Date('2025-06-01T10:00:00Z'));
    resources = new ResourcesService(db(), access, new AuditService(db()), clock);
    search = new BankSearchService(db());
    const paperOptions = { storage: 'postgres' as const, maxBytes: 5_000_000, publicWebUrl: 'http://web.test' };
    const { url, prefix } = testRedis();
    redis = createRedis(url);
    const allowance = new UploadAllowance(new WriteLimits(redis, prefix), paperOptions);
    files = new BankFilesService(db(), access, new AuditService(db()), clock, new PostgresPaperStorage(db()), { maxBytes: 5_000_000, publicWebUrl: 'http://web.test' }, new PaperScanner(paperOptions), allowance);
    p = await seedPartnership(db(), 'bank');
    other = await seedPartnership(db(), 'bank-other');
    const person = async (name: string) => {
      const [{ id: accountId }] = await db().query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $1, 'x') RETURNING id`, [`${name}@bank.test`]);
      return (await db().query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id as string;
    };
    groupMember = await person('group-member');
    contributor = await person('contributor');
    [{ id: groupId }] = await db().query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await db().query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'OBSERVER')`, [groupId, groupMember]);
    [{ id: orgB }] = await db().query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, 'Migration Observatory', 'UNIVERSITY') RETURNING id`, [p.partnershipId]);
    const orgA = p.organisationId;
    const add = async (key: string, input: Partial<ResourceInput>) => (ids[key] = (await resources.create(as.coordinator(), base(input))).id);
    await add('housing', { title: 'Integration and housing: a review', summary: 'How councils house people granted refugee status, and what helps them settle.', year: 2021, themes: ['housing', 'cohesion'], policyAreas: [PolicyArea.HOUSING], organisationIds: [orgA] });
    await add('guia', { title: 'Guía de integración para recién llegados', summary: 'Una guía práctica sobre servicios locales.', type: ResourceType.GUIDANCE, year: 2022, publishedOn: '2022-03-01', language: 'es', themes: ['esol'] });
    await add('esol', { title: 'ESOL provision toolkit', summary: 'Running English classes with crèche places and outreach.', type: ResourceType.TOOLKIT, year: 2019, visibility: ResourceVisibility.PARTNERSHIP, themes: ['esol', 'education'], policyAreas: [PolicyArea.ADULT_EDUCATION], organisationIds: [orgB] });
    await add('group', { title: 'Destitution briefing for the steering group', summary: 'Night shelter sanctuary capacity over the winter.', type: ResourceType.BRIEFING, year: 2023, visibility: ResourceVisibility.GROUP, groupId, themes: ['destitution'], policyAreas: [PolicyArea.ADVICE_GUIDANCE] });
    await add('jobs', { title: 'Employment outcomes of refugees', summary: 'Apprenticeships and job starts by year of arrival.', type: ResourceType.DATASET, year: 2020, themes: ['employment'], policyAreas: [PolicyArea.EMPLOYMENT], organisationIds: [orgA, orgB] });
    await add('hate', { title: 'Hate crime reporting infographic', summary: 'Where and how to report hate crime, on one page.', type: ResourceType.INFOGRAPHIC, year: 2023, themes: ['hate crime', 'cohesion'], policyAreas: [PolicyArea.COMMUNITY_COHESION] });
  });

  afterAll(() => redis.disconnect());

  it('lists and counts only what each reader may open, signed out included', async () => {
    const r = readers();
    const expected: Record<string, string[]> = {
      public: ['guia', 'hate', 'housing', 'jobs'],
      outsider: ['guia', 'hate', 'housing', 'jobs'],
      member: ['esol', 'guia', 'hate', 'housing', 'jobs'],
      groupMember: ['esol', 'group', 'guia', 'hate', 'housing', 'jobs'],
      coordinator: ['esol', 'group', 'guia', 'hate', 'housing', 'jobs'],
    };
    for (const [who, reader] of Object.entries(r)) {
      const result = await find(reader);
      expect({ who, ids: result.items.map((i) => i.id).sort() }).toEqual({ who, ids: expected[who].map((k) => ids[k]).sort() });
      expect(result.total).toBe(expected[who].length);
      const briefing = result.facets.types.find((t) => t.value === 'BRIEFING')!.count;
      expect({ who, briefing }).toEqual({ who, briefing: expected[who].includes('group') ? 1 : 0 });
      expect(result.facets.types.reduce((n, t) => n + t.count, 0)).toBe(result.total);
      expect(result.facets.themes.find((t) => t.value === 'destitution')!.count).toBe(expected[who].includes('group') ? 1 : 0);
    }
    // A word only the group-only resource holds finds nothing for the public and the partnership.
    expect((await find(r.public, { text: 'shelter' })).total).toBe(0);
    expect((await find(r.member, { text: 'shelter' })).total).toBe(0);
    expect((await find(r.groupMember, { text: 'shelter' })).total).toBe(1);
  });

  it('decides visibility in SQL exactly as the policy layer decides each resource', async () => {
    const all: string[] = (await db().query(`SELECT id FROM resource`)).map((x: { id: string }) => x.id);
    for (const who of ['member', 'groupMember', 'coordinator', 'contributor', 'outsider'] as const) {
      const a = as[who]();
      const allowed = await access.requireAccess({ actor: a, permission: Permission.resourceRead, ids: all });
      const listed = (await find(bankReaderOf(a))).items.map((i) => i.id);
      expect({ who, ids: [...listed].sort() }).toEqual({ who, ids: [...allowed].sort() });
    }
    const publicIds = (await find(bankReaderOf(null, p.partnershipId))).items.map((i) => i.id);
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM resource WHERE id = ANY($1::uuid[]) AND visibility <> 'PUBLIC'`, [publicIds]);
    expect(n).toBe(0);
  });

  it('combines text and facets: OR within a facet, AND across facets, year ranges', async () => {
    const pub = readers().public;
    expect(await titles(pub, { text: 'integration', types: [ResourceType.REPORT] })).toEqual(['Integration and housing: a review']);
    expect(await titles(pub, { types: [ResourceType.REPORT, ResourceType.DATASET] })).toEqual(['Employment outcomes of refugees', 'Integration and housing: a review']);
    expect(await titles(pub, { types: [ResourceType.REPORT, ResourceType.DATASET], themes: ['employment'] })).toEqual(['Employment outcomes of refugees']);
    expect(await titles(pub, { themes: ['housing', 'hate crime'], policyAreas: [PolicyArea.COMMUNITY_COHESION] })).toEqual(['Hate crime reporting infographic']);
    expect(await titles(pub, { organisationIds: [orgB] })).toEqual(['Employment outcomes of refugees']);
    // The facet follows the join table, whoever changes it (an organisation merge, say).
    await db().query(`UPDATE resource_organisation SET organisation_id = $1 WHERE resource_id = $2 AND organisation_id = $3`, [orgB, ids.housing, p.organisationId]);
    expect(await titles(pub, { organisationIds: [orgB] })).toEqual(['Employment outcomes of refugees', 'Integration and housing: a review']);
    await db().query(`UPDATE resource_organisation SET organisation_id = $1 WHERE resource_id = $2 AND organisation_id = $3`, [p.organisationId, ids.housing, orgB]);
    expect(await titles(pub, { organisationIds: [orgB] })).toEqual(['Employment outcomes of refugees']);
    expect(await titles(pub, { languages: ['es'] })).toEqual(['Guía de integración para recién llegados']);
    const ranged = await find(pub, { yearFrom: 2021, yearTo: 2022 });
    expect(ranged.items.map((i) => i.year).sort()).toEqual([2021, 2022]);
    // The strip by year ignores the range itself, so it still shows 2020 and 2023.
    expect(ranged.facets.years.map((y) => [y.value, y.count])).toEqual([
      ['2023', 1],
      ['2022', 1],
      ['2021', 1],
      ['2020', 1],
    ]);
    expect(await titles(pub, { yearFrom: 2023 })).toEqual(['Hate crime reporting infographic']);
  });

  it('gives each facet value the count the list would have with that value chosen', async () => {
    const coordinator = readers().coordinator;
    const starts: ResourceSearchInput[] = [{}, { themes: ['cohesion'] }, { yearFrom: 2020 }, { text: 'refugees' }, { types: [ResourceType.REPORT], policyAreas: [PolicyArea.HOUSING] }];
    for (const start of starts) {
      const result = await find(coordinator, start);
      expect(result.total).toBe(result.items.length);
      for (const t of result.facets.types) {
        const chosen = await find(coordinator, { ...start, types: [t.value as ResourceType] });
        expect({ start, type: t.value, count: t.count }).toEqual({ start, type: t.value, count: chosen.total });
      }
      for (const t of result.facets.themes) {
        const chosen = await find(coordinator, { ...start, themes: [t.value] });
        expect({ start, theme: t.value, count: t.count }).toEqual({ start, theme: t.value, count: chosen.total });
      }
      for (const o of result.facets.organisations) {
        expect(o.count).toBe((await find(coordinator, { ...start, organisationIds: [o.value] })).total);
      }
    }
  });

  it('tolerates typos and folds accents', async () => {
    const pub = readers().public;
    expect(await titles(pub, { text: 'houssing' })).toContain('Integration and housing: a review');
    expect(await titles(pub, { text: 'integracion' })).toContain('Guía de integración para recién llegados');
    expect(await titles(pub, { text: 'guia llegados' })).toEqual(['Guía de integración para recién llegados']);
    expect(await titles(readers().member, { text: 'creche' })).toEqual(['ESOL provision toolkit']);
    // A typo in each of several words, in the summary as well as the title.
    expect(await titles(pub, { text: 'refugee housng setle' })).toEqual(['Integration and housing: a review']);
    expect(await titles(pub, { text: 'aprenticeships jobb' })).toEqual(['Employment outcomes of refugees']);
    // An excluded word is never required by the typo matching.
    expect(await titles(pub, { text: 'housing -review' })).toEqual([]);
    expect(await titles(pub, { text: 'refugee -housing' })).toEqual(['Employment outcomes of refugees']);
  });

  it('takes any text people type, and refuses only what is too long, naming the field', async () => {
    const pub = readers().public;
    for (const text of [`'); DROP TABLE resource; --`, '"unterminated', 'a & | ! ( :* <->', '<script>alert(1)</script>', 'or or or -', '\u0000\u0001 housing', '%_\\']) {
      const result = await find(pub, { text });
      expect(result.total).toBe(result.items.length);
    }
    expect((await find(pub, { text: '"integration and housing' })).items.map((i) => i.title)).toContain('Integration and housing: a review');
    await expect(find(pub, { text: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'text' } });
    await expect(find(pub, { yearFrom: 2023, yearTo: 2020 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'yearTo' } });
    await expect(find(pub, { themes: ['astrology'] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'themes' } });
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM resource`);
    expect(n).toBe(6);
  });

  it('suggests a closer word for a search with no hits, only from resources the reader may see', async () => {
    // A typo alone is found; with a word nothing resembles, nothing is, and the suggestion helps.
    expect((await find(readers().public, { text: 'aprenticeshipz' })).total).toBe(1);
    const none = await find(readers().public, { text: 'aprenticeshipz qqqq' });
    expect(none.total).toBe(0);
    expect(none.suggestion).toBe('apprenticeships qqqq');
    expect((await find(readers().public, { text: 'jobz refugeez qqqq' })).suggestion).toBe('job refugee qqqq');
    expect((await find(readers().public, { text: 'apprenticeships' })).total).toBe(1);
    // "sanctuary" is only in the group-only briefing.
    for (const who of ['public', 'member'] as const) {
      const hidden = await find(readers()[who], { text: 'sanctuery qqqq' });
      expect({ who, total: hidden.total, suggestion: hidden.suggestion }).toEqual({ who, total: 0, suggestion: null });
    }
    expect((await find(readers().groupMember, { text: 'sanctuery qqqq' })).suggestion).toBe('sanctuary qqqq');
    expect((await find(readers().groupMember, { text: 'sanctuery' })).total).toBe(1);
    expect((await find(readers().public, { text: 'housing' })).suggestion).toBeNull();
  });

  it('sorts by relevance, newest and title, and pages', async () => {
    const pub = readers().public;
    expect((await find(pub, { sort: ResourceSort.NEWEST })).items.map((i) => i.year)).toEqual([2023, 2022, 2021, 2020]);
    expect((await find(pub, { sort: ResourceSort.TITLE })).items.map((i) => i.title)).toEqual(['Employment outcomes of refugees', 'Guía de integración para recién llegados', 'Hate crime reporting infographic', 'Integration and housing: a review']);
    expect((await find(pub, { text: 'housing' })).items[0].title).toBe('Integration and housing: a review');
    const first = await search.search(pub, { sort: ResourceSort.TITLE, pageSize: 3 });
    const second = await search.search(pub, { sort: ResourceSort.TITLE, pageSize: 3, page: 2 });
    expect([first.total, first.items.length, second.items.length]).toEqual([4, 3, 1]);
    expect(second.items[0].title).toBe('Integration and housing: a review');
  });

  it('ranks a title holding every word asked for above a summary holding them as a phrase', async () => {
    const inSummary = (await resources.create(as.coordinator(), base({ title: 'Annual review of casework', summary: 'Move-on support for people leaving asylum accommodation, and move-on support in practice, with a little support on move-on.', year: 2024 }))).id;
    const inTitle = (await resources.create(as.coordinator(), base({ title: 'Support after move-on', summary: 'A short note for advisers.', year: 2018 }))).id;
    const partly = (await resources.create(as.coordinator(), base({ title: 'Move-on checklist', summary: 'Support for advisers.', year: 2025 }))).id;
    try {
      const ranked = (await find(readers().public, { text: 'move-on support' })).items.map((i) => i.id).filter((id) => [inSummary, inTitle, partly].includes(id));
      expect(ranked[0]).toBe(inTitle);
      expect(ranked).toHaveLength(3);
      // Through a corrected typo too: the corrected words are matched against the title.
      expect((await find(readers().public, { text: 'suport after' })).items[0]?.id).toBe(inTitle);
    } finally {
      for (const id of [inSummary, inTitle, partly]) await resources.remove(as.coordinator(), id);
    }
  });

  it('reads its indexes without a pending list to scan (writes go straight into them)', async () => {
    const rows: { relname: string; reloptions: string[] | null }[] = await db().query(`SELECT relname, reloptions FROM pg_class WHERE relname IN ('resource_search_vector_idx', 'bank_word_trgm_idx') ORDER BY relname`);
    expect(rows).toEqual([
      { relname: 'bank_word_trgm_idx', reloptions: ['fastupdate=off'] },
      { relname: 'resource_search_vector_idx', reloptions: ['fastupdate=off'] },
    ]);
  });

  it('lets coordinators and chosen contributors add and edit, keeps every version, and audits', async () => {
    await expect(resources.create(as.member(), base({ title: 'Not mine to add' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resources.setContributor(as.member(), contributor, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await resources.setContributor(as.coordinator(), contributor, true);
    await resources.setContributor(as.coordinator(), contributor, true);
    expect((await resources.contributors(as.coordinator())).map((c) => c.personId)).toEqual([contributor]);
    const made = await resources.create(as.contributor(), base({ title: 'Welcome pack', summary: 'For new arrivals.', type: ResourceType.GUIDANCE, year: 2024 }));
    expect(made.canManage).toBe(true);
    const edited = await resources.update(as.contributor(), made.id, base({ title: 'Welcome pack (second edition)', summary: 'For new arrivals.', type: ResourceType.GUIDANCE, year: 2025 }));
    expect(edited.version).toBe(2);
    const versions = await resources.versions(as.coordinator(), made.id);
    expect(versions.map((v) => [v.version, JSON.parse(v.snapshot).title])).toEqual([
      [2, 'Welcome pack (second edition)'],
      [1, 'Welcome pack'],
    ]);
    const audit = await db().query(`SELECT action FROM audit_event WHERE subject_id = ANY($1::uuid[]) ORDER BY created_at`, [[made.id, contributor]]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['resource-contributor.granted', 'resource.created', 'resource.updated']);
    // A contributor cannot edit what they cannot read.
    await expect(resources.update(as.contributor(), ids.group, base({ title: 'Taken over' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(resources.update(as.member(), ids.housing, base({ title: 'Taken over' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await resources.remove(as.coordinator(), made.id);
    await resources.setContributor(as.coordinator(), contributor, false);
    await expect(resources.create(as.contributor(), base({ title: 'No longer' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells each reader what they may edit and whether they may add, by the policy layer', async () => {
    const asked = async (who: Actor | null) => {
      const result = await search.search(who ? bankReaderOf(who) : readers().public, { pageSize: 100 }, who);
      return { add: result.viewerCanAdd, manage: result.items.filter((i) => i.canManage).length, shown: result.items.length };
    };
    expect(await asked(null)).toEqual({ add: false, manage: 0, shown: 4 });
    expect(await asked(as.member())).toEqual({ add: false, manage: 0, shown: 5 });
    expect(await asked(as.coordinator())).toEqual({ add: true, manage: 6, shown: 6 });
    await resources.setContributor(as.coordinator(), contributor, true);
    try {
      expect(await asked(as.contributor())).toEqual({ add: true, manage: 5, shown: 5 });
      // Each result's grade agrees with the policy layer's own check on it.
      const result = await search.search(bankReaderOf(as.contributor()), { pageSize: 100 }, as.contributor());
      const manageable = await access.requireAccess({ actor: as.contributor(), permission: Permission.resourceManage, ids: result.items.map((i) => i.id) });
      expect(result.items.filter((i) => i.canManage).map((i) => i.id).sort()).toEqual([...manageable].sort());
      // Someone signed in elsewhere reads as the public: nothing to edit or add here.
      expect(await search.search(readers().outsider, { pageSize: 100 }, as.outsider()).then((r) => [r.viewerCanAdd, r.items.some((i) => i.canManage)])).toEqual([false, false]);
    } finally {
      await resources.setContributor(as.coordinator(), contributor, false);
    }
  });

  it('refuses bad fields with a coded error naming the field', async () => {
    const c = as.coordinator();
    const cases: [Partial<ResourceInput>, string][] = [
      [{ title: ' ' }, 'title'],
      [{ summary: 'x'.repeat(601) }, 'summary'],
      [{ year: 1800 }, 'year'],
      [{ year: 2020, publishedOn: '2021-02-30' }, 'publishedOn'],
      [{ year: 2020, publishedOn: '2021-02-01' }, 'publishedOn'],
      [{ themes: ['astrology'] }, 'themes'],
      [{ externalUrl: 'javascript:alert(1)' }, 'externalUrl'],
      [{ language: 'english' }, 'language'],
      [{ visibility: ResourceVisibility.GROUP }, 'groupId'],
      [{ visibility: ResourceVisibility.PUBLIC, groupId }, 'groupId'],
      [{ organisationIds: [other.organisationId] }, 'organisationIds'],
      [{ outsideAuthors: ['Line one\nline two'] }, 'outsideAuthors.0'],
    ];
    for (const [over, field] of cases) {
      await expect(resources.create(c, base({ title: 'Checked', ...over }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    }
  });

  it('keeps a resource’s file while anything refers to it, and releases it with the resource', async () => {
    const c = as.coordinator();
    const made = await resources.create(c, base({ title: 'Annual report with file' }));
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    pdf.addPage([595, 842]);
    const bytes = Buffer.from(await pdf.save());
    const { token } = await files.createUpload(c, made.id);
    await expect(files.createUpload(as.member(), made.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ticket = await files.ticket(c, token);
    await files.store(c, ticket, 'annual.pdf', bytes, { contentType: 'application/pdf', pageCount: 2 });
    await expect(files.store(c, ticket, 'annual.pdf', bytes, { contentType: 'application/pdf', pageCount: 2 })).rejects.toMatchObject({ code: 'CONFLICT' });
    const hash = sha256Of(bytes);
    // The papers' clean-up of loose bytes now counts resources as holders.
    await new PostgresPaperStorage(db()).delete(db(), [hash]);
    expect((await files.bytes(made.id))?.bytes.equals(bytes)).toBe(true);
    expect((await resources.one(c, made.id)).fileName).toBe('annual.pdf');
    await resources.remove(c, made.id);
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM stored_file WHERE sha256 = $1`, [hash]);
    expect(n).toBe(0);
  });

  it('keeps the narrow search rows in step with every resource, whoever writes it', async () => {
    const c = as.coordinator();
    // Each resource's search row holds exactly its facet values, read-rule columns, folded title and vector.
    const inStep = async () => {
      const drift = await db().query(`
        SELECT coalesce(r.id, s.resource_id) AS id FROM resource r
          FULL JOIN resource_search s ON s.resource_id = r.id
         WHERE (r.partnership_id, r.visibility, r.group_id, r.type, r.year, r.language, r.themes, r.policy_areas, r.organisation_ids, r.published_on, r.created_at, bank_fold(r.title), r.search)
               IS DISTINCT FROM (s.partnership_id, s.visibility, s.group_id, s.type, s.year, s.language, s.themes, s.policy_areas, s.organisation_ids, s.published_on, s.created_at, s.title_key, s.search)`);
      expect(drift).toEqual([]);
    };
    await inStep();
    const made = await resources.create(c, base({ title: 'Zoëtrope of arrival', summary: 'Moving pictures.', themes: ['cohesion'], organisationIds: [orgB] }));
    await inStep();
    expect(await titles(readers().public, { text: 'zoetrope' })).toEqual(['Zoëtrope of arrival']);
    // Made group-only: gone from the public's list and counts at once.
    await resources.update(c, made.id, base({ title: 'Zoëtrope of arrival', summary: 'Moving pictures.', themes: ['cohesion'], visibility: ResourceVisibility.GROUP, groupId }));
    await inStep();
    expect((await find(readers().public, { text: 'zoetrope' })).total).toBe(0);
    expect((await find(readers().groupMember, { text: 'zoetrope' })).total).toBe(1);
    // Written around the service: an organisation merge, a direct update.
    await db().query(`INSERT INTO resource_organisation (resource_id, organisation_id) VALUES ($1, $2)`, [made.id, p.organisationId]);
    await db().query(`UPDATE resource SET year = 2001 WHERE id = $1`, [made.id]);
    await inStep();
    expect((await find(readers().coordinator, { text: 'zoetrope', yearTo: 2001, organisationIds: [p.organisationId] })).total).toBe(1);
    await resources.remove(c, made.id);
    await inStep();
  });

  it('takes typo corrections and suggestions from the words of a file’s text too', async () => {
    const c = as.coordinator();
    const made = await resources.create(c, base({ title: 'Annual return', summary: 'Figures for the year.' }));
    // As the worker does once it has read the file: the text, then the vector and word list.
    await db().query(`UPDATE resource SET file_text = 'Kinship carers and fostering arrangements, page 12 of 2024.' WHERE id = $1`, [made.id]);
    await db().query(`SELECT resource_reindex($1)`, [made.id]);
    const words = (await db().query(`SELECT word FROM resource_word WHERE resource_id = $1`, [made.id])).map((r: { word: string }) => r.word);
    expect(words).toEqual(expect.arrayContaining(['kinship', 'fostering', 'arrangements', 'annual']));
    expect(words).not.toContain('2024');
    expect(await titles(readers().public, { text: 'fosterring' })).toEqual(['Annual return']);
    expect((await find(readers().public, { text: 'kinshp qqqq' })).suggestion).toBe('kinship qqqq');
    await resources.remove(c, made.id);
  });

  it('keeps the typo word list in step with every save and removal', async () => {
    const c = as.coordinator();
    // The distinct list the typo matching reads agrees with the per-resource words it summarises.
    const inStep = async () => {
      const drift = await db().query(`
        SELECT coalesce(b.word, w.word) AS word, b.resources, w.n FROM bank_word b
          FULL JOIN (SELECT word, count(*)::int AS n FROM resource_word GROUP BY word) w ON w.word = b.word
         WHERE b.resources IS DISTINCT FROM w.n`);
      expect(drift).toEqual([]);
    };
    await inStep();
    const made = await resources.create(c, base({ title: 'Kaleidoscope of welcome', summary: 'Stories of arrival.' }));
    await inStep();
    expect(await titles(readers().public, { text: 'kaleidoskope' })).toEqual(['Kaleidoscope of welcome']);
    await resources.update(c, made.id, base({ title: 'Mosaic of welcome', summary: 'Stories of arrival.' }));
    await inStep();
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM bank_word WHERE word = 'kaleidoscope'`);
    expect(n).toBe(0);
    expect(await titles(readers().public, { text: 'kaleidoskope' })).toEqual([]);
    await resources.remove(c, made.id);
    await inStep();
  });
});
