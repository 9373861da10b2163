import { AccessService, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { TestClock } from '@convene/clock';
import { PartnershipRole } from '@convene/contracts';
import { AppError } from '@convene/errors';
import { seedPartnership, useTestDataSource, type SeededPartnership } from '@convene/testing';
import { ResourceVisibility } from '../bank.enums';
import { ResourcesService } from '../resources/resources.service';
import { ResourceImportService } from './resource-import.service';

const HEADER = 'title,organisations,year,type,summary,link,themes';

/** The CSV import against real PostgreSQL: the preview writes nothing, the import writes all or nothing. */
describe('resource import from CSV', () => {
  const db = useTestDataSource();
  let p: SeededPartnership;
  let service: ResourceImportService;
  const actorOf = (person: SeededPartnership['coordinator'], role: PartnershipRole): Actor => ({ accountId: person.accountId, personId: person.personId, partnershipId: p.partnershipId, role, sessionId: 'test' });
  let coordinator: Actor;
  let member: Actor;
  const counts = async () =>
    (await db().query(`SELECT (SELECT count(*) FROM resource)::int AS resources, (SELECT count(*) FROM resource_version)::int AS versions, (SELECT count(*) FROM resource_organisation)::int AS orgs, (SELECT count(*) FROM audit_event WHERE action LIKE 'resource.%')::int AS audits`))[0];

  beforeAll(async () => {
    p = await seedPartnership(db(), 'bank-import');
    const clock = new TestClock();
    clock.set(new Date('2025-06-01T10:00:00Z'));
    const access = new AccessService(db());
    const audit = new AuditService(db());
    service = new ResourceImportService(db(), access, audit, clock, new ResourcesService(db(), access, audit, clock));
    coordinator = actorOf(p.coordinator, PartnershipRole.COORDINATOR);
    member = actorOf(p.member, PartnershipRole.MEMBER);
  });

  const good = [
    HEADER,
    `Destitution in the UK 2023,Charity bank-import; Joseph Rowntree Foundation,2023,Report,"How many people went without, and why.",https://www.jrf.org.uk/destitution-2023,destitution; housing`,
    `"ESOL access: a briefing",,2024,briefing,Waiting lists for English classes.,,esol`,
  ].join('\n');

  it('previews rows with matched organisations and outside authors, writing nothing', async () => {
    const before = await counts();
    const preview = await service.preview(coordinator, { csv: good, visibility: ResourceVisibility.PARTNERSHIP, groupId: null });
    expect(preview).toMatchObject({ fileProblems: [], readyCount: 2, problemCount: 0 });
    expect(preview.rows[0]).toEqual({
      line: 2,
      title: 'Destitution in the UK 2023',
      type: 'REPORT',
      year: 2023,
      organisations: ['Charity bank-import'],
      outsideAuthors: ['Joseph Rowntree Foundation'],
      themes: ['destitution', 'housing'],
      link: 'https://www.jrf.org.uk/destitution-2023',
      problems: [],
    });
    expect(preview.rows[1]).toMatchObject({ line: 3, type: 'BRIEFING', link: null, organisations: [], themes: ['esol'] });
    expect(await counts()).toEqual(before);
  });

  it('names each bad row by line and column in plain words', async () => {
    const csv = [
      HEADER,
      `Fine row,,2022,Toolkit,A toolkit.,,`,
      ``,
      `"A title with a
line break in quotes",,twenty,Report,,,`,
      `No type,,2021,Pamphlet,S.,,`,
      `Bad link,,2021,Report,S.,ftp://example.org/x,`,
      `Bad theme,,2021,Report,S.,,housing; weather`,
      `Future,,2031,Report,S.,,`,
      `Fine row,,2022,Toolkit,A toolkit.,,`,
      `,,2020,Report,S.,,`,
      `No summary,,2021,Report,,,`,
    ].join('\n');
    const preview = await service.preview(coordinator, { csv, visibility: ResourceVisibility.PUBLIC, groupId: null });
    const byLine = Object.fromEntries(preview.rows.map((r) => [r.line, r.problems.map((x) => `${x.field}: ${x.message}`)]));
    expect(byLine).toEqual({
      2: [],
      4: ['year: The year must be four digits, like 2023.'],
      6: [expect.stringMatching(/^type: The type must be one of: Report, Briefing/)],
      7: ['link: The link must be a web address starting with http:// or https://, up to 2,000 characters.'],
      8: [expect.stringMatching(/^themes: “weather” is not one of the themes/)],
      9: ['year: The year must be between 1900 and 2026.'],
      10: ['title: The same title and year are on line 2.'],
      11: [expect.stringMatching(/^title: /)],
      12: ['summary: Enter a summary.'],
    });
    expect(preview).toMatchObject({ readyCount: 1, problemCount: 8 });
  });

  it('refuses the whole import while any row has a problem, and writes nothing', async () => {
    const before = await counts();
    const csv = `${good}\nBroken,,19xx,Report,,,`;
    const refused = await service.apply(coordinator, { csv, visibility: ResourceVisibility.PARTNERSHIP, groupId: null }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Nothing was imported: 1 row has problems. Line 4, year: The year must be four digits, like 2023.', details: { field: 'csv', lines: [4] } });
    expect(await counts()).toEqual(before);
  });

  it('refuses files it cannot read, or without the needed columns', async () => {
    const problems = async (csv: string) => (await service.preview(coordinator, { csv, visibility: ResourceVisibility.PARTNERSHIP, groupId: null })).fileProblems;
    expect(await problems('name,when\nx,2020')).toEqual(['The header line must name the columns title, organisations, year, type, summary, link, themes; missing: title, year, type.']);
    expect(await problems(`${HEADER}\n"unclosed,2020,Report`)).toEqual([expect.stringMatching(/^The file could not be read as CSV \(near line 2\)/)]);
    expect(await problems(HEADER)).toEqual(['The file has a header but no rows.']);
    expect(await problems(`${HEADER}\n${'x,,2020,Report,,,\n'.repeat(501)}`)).toEqual(['The file has 501 rows; import at most 500 at a time.']);
    await expect(service.apply(coordinator, { csv: '  ', visibility: ResourceVisibility.PARTNERSHIP, groupId: null })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'csv' } });
    await expect(service.apply(coordinator, { csv: good, visibility: ResourceVisibility.GROUP, groupId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ details: { field: 'groupId' } });
  });

  it('is for coordinators and contributors only', async () => {
    await expect(service.preview(member, { csv: good, visibility: ResourceVisibility.PARTNERSHIP, groupId: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rolls back every row when the database refuses one part-way through', async () => {
    const before = await counts();
    // A real refusal from PostgreSQL on the second row, after the first was written.
    await db().query(`CREATE FUNCTION refuse_esol() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db().query(`CREATE TRIGGER refuse_esol BEFORE INSERT ON resource FOR EACH ROW WHEN (NEW.title LIKE 'ESOL%') EXECUTE FUNCTION refuse_esol()`);
    try {
      await expect(service.apply(coordinator, { csv: good, visibility: ResourceVisibility.PARTNERSHIP, groupId: null })).rejects.toThrow('refused');
      expect(await counts()).toEqual(before);
    } finally {
      await db().query(`DROP TRIGGER refuse_esol ON resource; DROP FUNCTION refuse_esol()`);
    }
  });

  it('imports every row in one go, each with its first version, organisations and search words', async () => {
    const before = await counts();
    const result = await service.apply(coordinator, { csv: good, visibility: ResourceVisibility.PARTNERSHIP, groupId: null });
    expect(result.imported).toBe(2);
    const rows = await db().query(`SELECT title, outside_authors AS "outsideAuthors", themes, external_url AS url, visibility, version, search @@ websearch_to_tsquery('bank', 'destitution') AS found FROM resource WHERE id = ANY($1) ORDER BY title`, [result.resourceIds]);
    expect(rows[0]).toEqual({ title: 'Destitution in the UK 2023', outsideAuthors: ['Joseph Rowntree Foundation'], themes: ['destitution', 'housing'], url: 'https://www.jrf.org.uk/destitution-2023', visibility: 'PARTNERSHIP', version: 1, found: true });
    expect(await counts()).toEqual({ resources: before.resources + 2, versions: before.versions + 2, orgs: before.orgs + 1, audits: before.audits + 3 });
  });
});
