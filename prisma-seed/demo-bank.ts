import type { EntityManager } from 'typeorm';
import type { OrganisationKey } from './demo-data';

type Visibility = 'PUBLIC' | 'PARTNERSHIP' | { group: string };

interface DemoResource {
  title: string;
  summary: string;
  type: 'REPORT' | 'BRIEFING' | 'INFOGRAPHIC' | 'TOOLKIT' | 'GUIDANCE' | 'DATASET' | 'VIDEO' | 'WEB_PAGE';
  year: number;
  themes: string[];
  areas: string[];
  orgs?: OrganisationKey[];
  outside?: string[];
  geography?: string;
  language?: string;
  licence?: string;
  link?: string;
  visibility?: Visibility;
}

const OGL = 'Open Government Licence v3.0';
const CCBY = 'CC BY 4.0';

/**
 * A migration knowledge bank: titles and authors follow the kinds of public reports such a
 * partnership gathers; every summary is written for the demo. Links point at example.org.
 */
const RESOURCES: DemoResource[] = [
  { title: 'Move-on from asylum accommodation: the 28-day gap', summary: 'Why people newly granted refugee status become homeless when asylum support ends, what councils see at the door, and the changes that shorten the gap: earlier notice, a named housing contact and bank accounts opened before the decision.', type: 'REPORT', year: 2023, themes: ['housing', 'destitution'], areas: ['HOUSING', 'ADVICE_GUIDANCE'], orgs: ['smp', 'bcc'], outside: ['British Red Cross'], geography: 'West Midlands', licence: CCBY, link: 'https://example.org/reports/28-day-gap' },
  { title: 'Housing pathways for newly recognised refugees', summary: 'A step-by-step pathway for housing teams, from the asylum decision to a settled tenancy, with template letters and a checklist for the first appointment.', type: 'TOOLKIT', year: 2024, themes: ['housing'], areas: ['HOUSING'], orgs: ['councils'], geography: 'West Midlands', licence: OGL },
  { title: 'No recourse to public funds: a practice guide for local authorities', summary: 'What councils can and must do for families and adults with no recourse to public funds, including assessments under the Children Act and the Care Act, and how to record cases.', type: 'GUIDANCE', year: 2022, themes: ['destitution', 'immigration status'], areas: ['ADVICE_GUIDANCE', 'HOUSING'], outside: ['NRPF Network'], licence: OGL, link: 'https://example.org/guidance/nrpf-practice' },
  { title: 'Destitution in the asylum system: winter shelter review', summary: 'How the night shelter network coped last winter, who was turned away, and what the steering group agreed to fund next year. For the steering group only.', type: 'BRIEFING', year: 2024, themes: ['destitution'], areas: ['HOUSING', 'HEALTH'], orgs: ['haven', 'smp'], geography: 'Birmingham', visibility: { group: 'destitution-steering-group' } },
  { title: 'Destitution among refused asylum seekers: case file audit', summary: 'An audit of a year of casework: how long people stayed destitute, where they slept, and which routes out (fresh claims, Section 4 support) worked. Internal to the steering group.', type: 'DATASET', year: 2025, themes: ['destitution', 'immigration status'], areas: ['ADVICE_GUIDANCE'], orgs: ['advice', 'haven'], visibility: { group: 'destitution-steering-group' } },
  { title: 'Maternity care for women seeking asylum', summary: 'What pregnant women in asylum accommodation told us about antenatal care, dispersal during pregnancy and charging, with recommendations for maternity services.', type: 'REPORT', year: 2021, themes: ['health', 'destitution'], areas: ['HEALTH'], orgs: ['haven', 'doulas'], outside: ['Maternity Action'], geography: 'Birmingham', licence: CCBY },
  { title: 'Registering with a GP: your rights', summary: 'A one-page explainer: anyone in England can register with a GP, without proof of address or immigration status. Printable, with space for a local surgery list.', type: 'INFOGRAPHIC', year: 2023, themes: ['health'], areas: ['HEALTH', 'MEDIA_INFORMATION'], orgs: ['ph'], outside: ['Doctors of the World UK'], licence: CCBY },
  { title: 'Cofrestru gyda meddyg teulu: eich hawliau', summary: 'Esboniad un dudalen: gall unrhyw un yng Nghymru a Lloegr gofrestru gyda meddyg teulu heb brawf o gyfeiriad na statws mewnfudo.', type: 'INFOGRAPHIC', year: 2023, themes: ['health'], areas: ['HEALTH', 'MEDIA_INFORMATION'], outside: ['Welsh Refugee Council'], language: 'cy', licence: CCBY },
  { title: 'التسجيل لدى طبيب عام: حقوقك', summary: 'شرح في صفحة واحدة: يمكن لأي شخص في إنجلترا التسجيل لدى طبيب عام دون إثبات عنوان أو وضع الهجرة.', type: 'INFOGRAPHIC', year: 2023, themes: ['health'], areas: ['HEALTH', 'MEDIA_INFORMATION'], orgs: ['ph'], language: 'ar', licence: CCBY },
  { title: 'Mental health of refugees and people seeking asylum: a clinician’s briefing', summary: 'Common presentations after displacement, how trauma and the asylum process interact, and when to refer to specialist services. Written for GPs and community mental health teams.', type: 'BRIEFING', year: 2022, themes: ['health'], areas: ['HEALTH'], orgs: ['mht'], geography: 'Black Country' },
  { title: 'ESOL provision across the region: mapping report', summary: 'Where English classes are, who they reach, and the waiting lists: a map of pre-entry to level 2 provision by local authority, with the gaps for women with young children.', type: 'REPORT', year: 2024, themes: ['esol', 'education'], areas: ['ADULT_EDUCATION'], orgs: ['college', 'uni', 'smp'], geography: 'West Midlands', licence: CCBY },
  { title: 'ESOL and childcare: running classes with a crèche', summary: 'Practical guidance for providers on budgeting, staffing and safeguarding a crèche alongside English classes, from three providers who do it.', type: 'TOOLKIT', year: 2020, themes: ['esol', 'education'], areas: ['ADULT_EDUCATION'], orgs: ['college'], licence: CCBY },
  { title: 'ESOL enrolment data, 2019 to 2024', summary: 'Enrolments, completions and progression by level, college and year, as a spreadsheet with notes on how each college counts.', type: 'DATASET', year: 2024, themes: ['esol'], areas: ['ADULT_EDUCATION'], orgs: ['college', 'uni'], visibility: 'PARTNERSHIP' },
  { title: 'Refugees in the labour market: outcomes five years on', summary: 'Employment, earnings and the jobs people held five years after a grant of protection, compared with other migrants, and what made the difference: English, recognition of qualifications and early advice.', type: 'REPORT', year: 2019, themes: ['employment'], areas: ['EMPLOYMENT'], orgs: ['uni'], outside: ['Migration Observatory, University of Oxford'], licence: CCBY, link: 'https://example.org/reports/labour-market-five-years' },
  { title: 'Employment support for refugees: what works', summary: 'A review of employment programmes for refugees: mentoring, work placements and English at work. Apprenticeships and supported job starts showed the strongest results.', type: 'BRIEFING', year: 2021, themes: ['employment', 'esol'], areas: ['EMPLOYMENT', 'ADULT_EDUCATION'], orgs: ['jcp', 'newcomms'], licence: OGL },
  { title: 'Recognising overseas qualifications: a guide for employers', summary: 'How to check and compare qualifications gained abroad, which professions need registration, and how to offer a trial or supervised role in the meantime.', type: 'GUIDANCE', year: 2022, themes: ['employment', 'education'], areas: ['EMPLOYMENT'], orgs: ['jcp'], outside: ['UK ENIC'], licence: OGL },
  { title: 'Community cohesion in a time of change', summary: 'Findings from conversations in six neighbourhoods about arrivals, shared spaces and local tension, and what residents said would help people get along.', type: 'REPORT', year: 2018, themes: ['cohesion'], areas: ['COMMUNITY_COHESION'], orgs: ['sandwell', 'walsall'], outside: ['Belong – The Cohesion and Integration Network'], geography: 'Black Country', licence: CCBY },
  { title: 'Hate crime: how to report it', summary: 'Where and how to report hate crime, including third-party reporting centres, what happens next and the support available. One page, in plain English.', type: 'INFOGRAPHIC', year: 2024, themes: ['hate crime', 'cohesion'], areas: ['COMMUNITY_COHESION', 'MEDIA_INFORMATION'], orgs: ['sandwell'], licence: OGL },
  { title: 'Tackling misinformation about asylum hotels', summary: 'Why rumours about asylum hotels spread locally, how councils and partners answered them with facts, and a message guide for spokespeople.', type: 'BRIEFING', year: 2023, themes: ['cohesion', 'hate crime'], areas: ['MEDIA_INFORMATION', 'COMMUNITY_COHESION'], orgs: ['councils'], outside: ['Local Government Association'], licence: OGL },
  { title: 'Welcome events toolkit for new arrivals', summary: 'How to run a welcome event with local services, faith groups and volunteers: a timeline, a stall plan, interpreting and a feedback form.', type: 'TOOLKIT', year: 2022, themes: ['cohesion'], areas: ['COMMUNITY_COHESION', 'ADVICE_GUIDANCE'], orgs: ['newcomms', 'walsall'], licence: CCBY },
  { title: 'EU Settlement Scheme: late applications explained', summary: 'Who can still apply late to the EU Settlement Scheme, what counts as reasonable grounds, and how advisers can help people who missed the deadline.', type: 'GUIDANCE', year: 2023, themes: ['immigration status'], areas: ['ADVICE_GUIDANCE'], orgs: ['advice'], outside: ['Home Office'], licence: OGL, link: 'https://example.org/guidance/euss-late' },
  { title: 'Wyjaśnienie: spóźnione wnioski do EU Settlement Scheme', summary: 'Kto nadal może złożyć spóźniony wniosek do EU Settlement Scheme i jak doradcy mogą pomóc osobom, które przegapiły termin.', type: 'GUIDANCE', year: 2023, themes: ['immigration status'], areas: ['ADVICE_GUIDANCE'], orgs: ['advice'], language: 'pl', licence: OGL },
  { title: 'Immigration advice deserts: where people cannot find a lawyer', summary: 'Mapping regulated immigration advice against demand: the areas with no legal aid provider for asylum and the waiting times people face.', type: 'REPORT', year: 2021, themes: ['immigration status'], areas: ['ADVICE_GUIDANCE'], orgs: ['advice', 'uni'], outside: ['Refugee Action'], licence: CCBY },
  { title: 'Children in care and immigration status: a social worker’s guide', summary: 'How to secure the immigration status of looked-after children and care leavers before they turn 18, with a case timeline and the applications to make.', type: 'GUIDANCE', year: 2020, themes: ['immigration status', 'education'], areas: ['ADVICE_GUIDANCE', 'COMPULSORY_EDUCATION'], orgs: ['bcc'], licence: OGL },
  { title: 'School admissions for newly arrived children', summary: 'What schools and admissions teams should do when a child arrives mid-year: in-year admissions, assessing English, and the first week in class.', type: 'GUIDANCE', year: 2019, themes: ['education'], areas: ['COMPULSORY_EDUCATION'], orgs: ['coventry'], licence: OGL },
  { title: 'Asylum dispersal in the West Midlands: the numbers', summary: 'People in asylum accommodation by local authority and quarter, with the share in hotels and in dispersed housing, as a spreadsheet and charts.', type: 'DATASET', year: 2025, themes: ['housing', 'immigration status'], areas: ['HOUSING'], orgs: ['smp'], outside: ['Home Office'], geography: 'West Midlands', licence: OGL, link: 'https://example.org/data/dispersal' },
  { title: 'Resettlement schemes at a glance', summary: 'The resettlement and humanitarian routes side by side: who they are for, what support comes with each, and how long it lasts.', type: 'INFOGRAPHIC', year: 2024, themes: ['immigration status', 'housing'], areas: ['ADVICE_GUIDANCE', 'MEDIA_INFORMATION'], orgs: ['councils'], licence: OGL },
  { title: 'Homes for Ukraine: lessons from the first two years', summary: 'What worked in hosting, where placements broke down and how councils moved families into their own homes, drawn from regional monitoring.', type: 'REPORT', year: 2024, themes: ['housing', 'cohesion'], areas: ['HOUSING', 'COMMUNITY_COHESION'], orgs: ['councils', 'coventry'], licence: OGL },
  { title: 'Digital inclusion for people seeking asylum', summary: 'Phones, data and skills: what people in asylum accommodation need to reach services online, and low-cost ways partners have met it.', type: 'BRIEFING', year: 2022, themes: ['education', 'cohesion'], areas: ['MEDIA_INFORMATION', 'ADULT_EDUCATION'], orgs: ['newcomms'], licence: CCBY },
  { title: 'Interpreting in health settings: a short film for staff', summary: 'A seven-minute film showing a consultation with and without a professional interpreter, and why family members should not interpret.', type: 'VIDEO', year: 2021, themes: ['health'], areas: ['HEALTH'], orgs: ['mht', 'ph'], licence: CCBY, link: 'https://example.org/video/interpreting' },
  { title: 'Voices of sanctuary: community stories', summary: 'Short films in which people who arrived seeking safety talk about their first year, the people who helped and the places that felt like home.', type: 'VIDEO', year: 2020, themes: ['cohesion'], areas: ['COMMUNITY_COHESION', 'MEDIA_INFORMATION'], orgs: ['walsall'], licence: CCBY, link: 'https://example.org/video/voices' },
  { title: 'Integration strategy: the partnership’s approach', summary: 'The partnership’s shared approach to integration from day one: the outcomes it aims for, how partners divide the work and how progress is measured.', type: 'WEB_PAGE', year: 2025, themes: ['cohesion', 'employment', 'esol'], areas: ['COMMUNITY_COHESION'], orgs: ['smp'], link: 'https://example.org/integration-strategy' },
  { title: 'Advice directory for migrants in the region', summary: 'Where to get free advice on immigration, benefits, housing and debt, with languages spoken and how to book.', type: 'WEB_PAGE', year: 2024, themes: ['immigration status', 'destitution'], areas: ['ADVICE_GUIDANCE'], orgs: ['smp', 'advice'], link: 'https://example.org/advice-directory' },
  { title: 'Sector activity assessment: summary of ratings', summary: 'The steering groups’ latest ratings by theme, red, amber or green, with the direction of travel and the evidence behind each.', type: 'DATASET', year: 2025, themes: ['housing', 'health', 'destitution', 'esol'], areas: ['HOUSING', 'HEALTH'], orgs: ['smp'], visibility: 'PARTNERSHIP' },
  { title: 'Safeguarding adults in asylum accommodation', summary: 'How to raise a safeguarding concern about an adult in asylum accommodation, who to contact at the provider and the council, and what to record.', type: 'GUIDANCE', year: 2023, themes: ['housing', 'health'], areas: ['HOUSING', 'HEALTH'], orgs: ['bcc', 'haven'], visibility: 'PARTNERSHIP' },
  { title: 'Hate crime reports in the region, 2015 to 2020', summary: 'Recorded hate crime by type and area over five years, with notes on changes in recording practice.', type: 'DATASET', year: 2020, themes: ['hate crime'], areas: ['COMMUNITY_COHESION'], orgs: ['sandwell'], outside: ['Office for National Statistics'], licence: OGL },
  { title: 'Refugee Week programme guide', summary: 'Ideas and a planning calendar for local Refugee Week events, from shared meals to school assemblies.', type: 'TOOLKIT', year: 2016, themes: ['cohesion', 'education'], areas: ['COMMUNITY_COHESION'], orgs: ['newcomms'], licence: CCBY },
  { title: 'Older ESOL learners: barriers and what helps', summary: 'Why older learners drop out of English classes and the changes that kept them: daytime classes, smaller groups and conversation clubs.', type: 'BRIEFING', year: 2017, themes: ['esol'], areas: ['ADULT_EDUCATION'], orgs: ['uni', 'college'], licence: CCBY },
];

/**
 * The demo knowledge bank: a few dozen resources across types, themes and years, mostly public,
 * some for the partnership and two for the Destitution Steering Group. Skipped when the bank
 * already has resources.
 */
/** What a demo resource's link check says until its first real check, a week after seeding. */
export const DEMO_LINK_NOT_CHECKED = 'was not checked: a demo link, checked a week after the demo was made';

export async function seedBank(m: EntityManager, partnershipId: string, organisationIds: Map<string, string>, coordinatorPersonId: string): Promise<number> {
  const [existing] = await m.query(`SELECT 1 FROM resource WHERE partnership_id = $1`, [partnershipId]);
  if (existing) return 0;
  for (const r of RESOURCES) {
    const visibility = typeof r.visibility === 'object' ? 'GROUP' : (r.visibility ?? 'PUBLIC');
    const groupSlug = typeof r.visibility === 'object' ? r.visibility.group : null;
    const [{ id }] = await m.query(
      `INSERT INTO resource (partnership_id, title, summary, type, year, themes, policy_areas, geography, language, licence, external_url, outside_authors, visibility, group_id, created_by_person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, (SELECT id FROM "group" WHERE partnership_id = $1 AND slug = $14), $15) RETURNING id`,
      [partnershipId, r.title, r.summary, r.type, r.year, r.themes, r.areas, r.geography ?? '', r.language ?? 'en', r.licence ?? '', r.link ?? null, r.outside ?? [], visibility, groupSlug, coordinatorPersonId],
    );
    const orgs = (r.orgs ?? []).map((key) => organisationIds.get(key)!);
    if (orgs.length) await m.query(`INSERT INTO resource_organisation (resource_id, organisation_id, position) SELECT $1, o, n FROM unnest($2::uuid[]) WITH ORDINALITY AS t(o, n)`, [id, orgs]);
    await m.query(`SELECT resource_reindex($1)`, [id]);
    // The demo's links are made up (example.org): this week's turn of the link check is spent, so
    // a new demo does not open with "may be broken" emails about them.
    if (r.link) {
      await m.query(`INSERT INTO resource_link_check (resource_id, url, checked_at, status, outcome) VALUES ($1, $2, now(), NULL, $3)`, [id, r.link, DEMO_LINK_NOT_CHECKED]);
    }
    await m.query(`INSERT INTO resource_version (resource_id, version, snapshot, person_id) SELECT r.id, r.version, to_jsonb(r) - 'search' - 'file_text', $2 FROM resource r WHERE r.id = $1`, [id, coordinatorPersonId]);
  }
  return RESOURCES.length;
}
