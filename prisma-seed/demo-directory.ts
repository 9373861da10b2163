import type { EntityManager } from 'typeorm';
import { weeklySlots } from '@convene/directory';
import type { OrganisationKey } from './demo-data';

/**
 * The partner directory of the demo partnership: identifiers and descriptions of the partner
 * organisations, the places they work, their services (ESOL classes, advice drop-ins, housing
 * support) and contacts. Register numbers and codes are in the right format but invented.
 */
const PROFILES: Partial<Record<OrganisationKey, { description: string; charity?: string; company?: string; ods?: string; gss?: string; website?: string; areas: string[]; otherNames?: string[] }>> = {
  bcc: { description: 'The council’s team for resettlement, asylum dispersal and unaccompanied children.', gss: 'E08000025', website: 'https://www.birmingham.example/refugees', areas: ['Birmingham'], otherNames: ['BCC Refugee and Migration'] },
  coventry: { description: 'Housing, resettlement and ESOL coordination for Coventry.', gss: 'E08000026', website: 'https://www.coventry.example/migration', areas: ['Coventry'] },
  sandwell: { description: 'Cohesion, hate crime reporting and community events across Sandwell.', gss: 'E08000028', areas: ['Sandwell'] },
  haven: { description: 'Accommodation and support for destitute pregnant women and new mothers seeking asylum.', charity: '1123456', company: '06543210', website: 'https://safehaven.example', areas: ['Birmingham', 'Solihull'] },
  doulas: { description: 'Volunteer doulas for women giving birth alone or in asylum accommodation.', charity: '1171234', areas: ['Birmingham'] },
  newcomms: { description: 'A network of migrant and refugee community organisations: conversation clubs, welcome events and peer support.', charity: '1145678', areas: ['Birmingham', 'Walsall', 'Wolverhampton'] },
  mht: { description: 'Community and specialist mental health services, including a refugee and asylum seeker team.', ods: 'RXT', website: 'https://www.bcmh.example', areas: ['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton'] },
  college: { description: 'Further education college with ESOL from pre-entry to level 2, and a crèche.', company: '04325234', charity: '1089464', website: 'https://www.stokecollege.example', areas: ['Stoke-on-Trent'] },
  advice: { description: 'Regulated immigration advice (OISC level 3) and asylum casework.', charity: '1098765', areas: ['Leeds', 'Bradford'] },
  jcp: { description: 'Work coaches for refugees and new arrivals, and the employment programmes they refer to.', areas: ['West Midlands'] },
};

interface DemoLocation {
  org: OrganisationKey;
  name: string;
  address1: string;
  city: string;
  postcode: string;
  stepFree?: boolean;
  hearingLoop?: boolean;
  accessibleToilet?: boolean;
}

const LOCATIONS: DemoLocation[] = [
  { org: 'college', name: 'Stoke College – Cauldon Campus', address1: 'Stoke Road', city: 'Stoke-on-Trent', postcode: 'ST4 2DG', stepFree: true, hearingLoop: true, accessibleToilet: true },
  { org: 'newcomms', name: 'Lozells Community Centre', address1: '12 Lozells Road', city: 'Birmingham', postcode: 'B19 2TJ', stepFree: true },
  { org: 'bcc', name: 'Birmingham Council House Extension', address1: 'Margaret Street', city: 'Birmingham', postcode: 'B3 3BU', stepFree: true, hearingLoop: true, accessibleToilet: true },
  { org: 'advice', name: 'Chapeltown Advice Hub', address1: '4 Chapeltown Road', city: 'Leeds', postcode: 'LS7 3AP' },
  { org: 'haven', name: 'Safe Haven Drop-in', address1: '88 Ladypool Road', city: 'Birmingham', postcode: 'B12 8JX', stepFree: true, accessibleToilet: true },
];

interface DemoService {
  org: OrganisationKey;
  location?: string;
  name: string;
  description: string;
  type: string;
  levels?: string[];
  languages?: string[];
  access: string[];
  areas: string[];
  schedule?: { rule: string; first: string; minutes: number };
  childcare?: boolean;
  spaces?: number | null;
  minAge?: number;
  eligibility?: string;
  immigration?: string;
  cost?: string;
  visibility?: 'PUBLIC' | 'PARTNERSHIP';
  email?: string;
  phone?: string;
}

const SERVICES: DemoService[] = [
  { org: 'college', location: 'Stoke College – Cauldon Campus', name: 'ESOL Entry 1 and Entry 2 (daytime, with crèche)', description: 'Free English classes for adults, three mornings a week, with a free crèche for children under five.', type: 'ESOL', levels: ['ENTRY_1', 'ENTRY_2'], languages: ['Arabic', 'Kurdish', 'Tigrinya'], access: ['DROP_IN', 'APPOINTMENT'], areas: ['Stoke-On-Trent'], schedule: { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', first: '2026-09-07T09:30:00Z', minutes: 150 }, childcare: true, spaces: 6, minAge: 19, immigration: 'Asylum seekers eligible for free classes after six months; no recourse to public funds accepted.', email: 'esol@stokecollege.example', phone: '01782 000 100' },
  { org: 'college', location: 'Stoke College – Cauldon Campus', name: 'ESOL Entry 3 and Level 1 (evening)', description: 'Evening English for people in work, with exam preparation.', type: 'ESOL', levels: ['ENTRY_3', 'LEVEL_1'], languages: ['Polish', 'Romanian', 'Arabic'], access: ['APPOINTMENT'], areas: ['Stoke-On-Trent'], schedule: { rule: 'FREQ=WEEKLY;BYDAY=TU,TH', first: '2026-09-08T17:30:00Z', minutes: 120 }, spaces: 0, minAge: 19 },
  { org: 'newcomms', location: 'Lozells Community Centre', name: 'English conversation club', description: 'Friendly conversation practice for all levels, with tea and a play corner.', type: 'ESOL', levels: ['PRE_ENTRY', 'ENTRY_1'], languages: ['Dari', 'Pashto', 'Arabic', 'Somali'], access: ['DROP_IN'], areas: ['Birmingham'], schedule: { rule: 'FREQ=WEEKLY;BYDAY=SA', first: '2026-09-05T10:00:00Z', minutes: 120 }, childcare: true, spaces: null, immigration: 'Everyone welcome whatever their immigration status.' },
  { org: 'advice', location: 'Chapeltown Advice Hub', name: 'Immigration advice drop-in', description: 'Free regulated advice on asylum, family reunion and the EU Settlement Scheme. First come, first served.', type: 'IMMIGRATION_ADVICE', languages: ['Arabic', 'French', 'Tigrinya'], access: ['DROP_IN'], areas: ['Leeds', 'Bradford'], schedule: { rule: 'FREQ=WEEKLY;BYDAY=TU', first: '2026-09-01T13:00:00Z', minutes: 180 }, immigration: 'No recourse to public funds accepted.', phone: '0113 000 200' },
  { org: 'haven', location: 'Safe Haven Drop-in', name: 'Maternity and destitution advice drop-in', description: 'Advice, baby essentials and referrals for pregnant women and new mothers with no money and nowhere safe to stay.', type: 'ADVICE', languages: ['Arabic', 'French', 'Amharic'], access: ['DROP_IN', 'REFERRAL'], areas: ['Birmingham'], schedule: { rule: 'FREQ=WEEKLY;BYDAY=TH', first: '2026-09-03T10:00:00Z', minutes: 180 }, immigration: 'No recourse to public funds accepted.', eligibility: 'Pregnant women and mothers of babies under one.' },
  { org: 'bcc', location: 'Birmingham Council House Extension', name: 'Move-on housing support for new refugees', description: 'Help to find a home when asylum support ends: a named housing officer, a homelessness assessment and a deposit scheme.', type: 'HOUSING', languages: ['Arabic', 'Farsi'], access: ['REFERRAL', 'APPOINTMENT'], areas: ['Birmingham'], eligibility: 'People granted refugee status or humanitarian protection in the last 56 days.' },
  { org: 'mht', name: 'Refugee and asylum seeker mental health team', description: 'Assessment and therapy for adults after trauma, with interpreters. By GP or caseworker referral.', type: 'MENTAL_HEALTH', languages: ['Arabic', 'Kurdish', 'Farsi'], access: ['REFERRAL'], areas: ['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton'], minAge: 18 },
  { org: 'bcc', name: 'Caseworkers’ NRPF surgery', description: 'A fortnightly surgery for partner caseworkers with a council NRPF officer. For partners only.', type: 'ADVICE', access: ['APPOINTMENT'], areas: ['Birmingham'], schedule: { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', first: '2026-09-09T14:00:00Z', minutes: 60 }, visibility: 'PARTNERSHIP' },
];

interface DemoContact {
  org: OrganisationKey;
  service?: string;
  name: string;
  role: string;
  email?: string;
  phone?: string;
  visibility: 'PUBLIC' | 'PARTNERSHIP' | 'COORDINATORS';
  emailVisibility?: 'PUBLIC' | 'PARTNERSHIP' | 'COORDINATORS';
  phoneVisibility?: 'PUBLIC' | 'PARTNERSHIP' | 'COORDINATORS';
  basis: string;
}

const CONTACTS: DemoContact[] = [
  { org: 'college', service: 'ESOL Entry 1 and Entry 2 (daytime, with crèche)', name: 'ESOL admissions', role: 'Enrolment team', email: 'esol@stokecollege.example', phone: '01782 000 100', visibility: 'PUBLIC', basis: 'LEGITIMATE_INTERESTS' },
  { org: 'college', name: 'Lina Haddad', role: 'ESOL Curriculum Manager', email: 'lina.haddad@stokecollege.example', phone: '07700 900 314', visibility: 'PARTNERSHIP', phoneVisibility: 'COORDINATORS', basis: 'LEGITIMATE_INTERESTS' },
  { org: 'haven', name: 'Grace Mensah', role: 'Project Manager', email: 'grace@safehaven.example', phone: '07700 900 271', visibility: 'PARTNERSHIP', phoneVisibility: 'COORDINATORS', basis: 'CONSENT' },
  { org: 'haven', service: 'Maternity and destitution advice drop-in', name: 'Drop-in line', role: 'Advice workers', phone: '0121 000 300', visibility: 'PUBLIC', basis: 'LEGITIMATE_INTERESTS' },
  { org: 'bcc', name: 'Declan Byrne', role: 'Refugee Resettlement Lead', email: 'declan.byrne@birmingham.example', phone: '0121 000 400', visibility: 'PARTNERSHIP', basis: 'PUBLIC_TASK' },
  { org: 'bcc', name: 'NRPF duty officer', role: 'Out-of-hours safeguarding', phone: '07700 900 999', visibility: 'COORDINATORS', basis: 'PUBLIC_TASK' },
  { org: 'mht', service: 'Refugee and asylum seeker mental health team', name: 'Referrals', role: 'Single point of access', email: 'referrals@bcmh.example', phone: '0300 000 500', visibility: 'PUBLIC', basis: 'PUBLIC_TASK' },
  { org: 'advice', name: 'Niamh Kelly', role: 'Senior Caseworker', email: 'niamh@niau.example', visibility: 'PARTNERSHIP', basis: 'LEGITIMATE_INTERESTS' },
];

/** Who sits for their organisation in which seat: [group slug, member's email, seat, deputy's email]. */
const SEATS: [string, string, string, string | null][] = [
  ['destitution-steering-group', 'declan.byrne@demo.convene.localhost', 'LOCAL_AUTHORITY', null],
  ['destitution-steering-group', 'member@demo.convene.localhost', 'VOLUNTARY_SECTOR', 'rachel.adeyemi@demo.convene.localhost'],
  ['destitution-steering-group', 'fatima.rahimi@demo.convene.localhost', 'COMMUNITY', null],
  ['destitution-steering-group', 'helen.price@demo.convene.localhost', 'STATUTORY', null],
  ['esol-pathway', 'lina.haddad@demo.convene.localhost', 'EDUCATION', null],
  ['esol-pathway', 'kwame.asante@demo.convene.localhost', 'STATUTORY', null],
  ['regional-health-practitioners', 'samuel.okoye@demo.convene.localhost', 'HEALTH', 'aisha.begum@demo.convene.localhost'],
];

/** Adds what is missing, by natural keys (organisation and name); returns how many rows it wrote. */
export async function seedDirectory(m: EntityManager, partnershipId: string, organisationIds: Map<string, string>, checkerPersonId: string): Promise<number> {
  let created = 0;
  const org = (key: OrganisationKey) => organisationIds.get(key)!;
  const now = new Date();
  for (const [key, p] of Object.entries(PROFILES) as [OrganisationKey, NonNullable<(typeof PROFILES)[OrganisationKey]>][]) {
    // Only entries nobody has described yet: what people changed while trying the product stays.
    await m.query(
      `UPDATE organisation SET description = $2, charity_number = $3, company_number = $4, ods_code = $5, gss_code = $6, website = coalesce(website, $7), areas_served = $8, other_names = $9,
              last_checked_at = $10, last_checked_by_person_id = $11
        WHERE id = $1 AND description = ''`,
      [org(key), p.description, p.charity ?? null, p.company ?? null, p.ods ?? null, p.gss ?? null, p.website ?? null, p.areas, p.otherNames ?? [], now, checkerPersonId],
    );
  }
  const locationIds = new Map<string, string>();
  for (const l of LOCATIONS) {
    const [found] = await m.query(`SELECT id FROM directory_location WHERE organisation_id = $1 AND name = $2`, [org(l.org), l.name]);
    if (found) {
      locationIds.set(l.name, found.id);
      continue;
    }
    const [{ id }] = await m.query(
      `INSERT INTO directory_location (partnership_id, organisation_id, name, address_1, city, postcode, step_free, hearing_loop, accessible_toilet) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [partnershipId, org(l.org), l.name, l.address1, l.city, l.postcode, l.stepFree ?? false, l.hearingLoop ?? false, l.accessibleToilet ?? false],
    );
    locationIds.set(l.name, id);
    created++;
  }
  const serviceIds = new Map<string, string>();
  for (const s of SERVICES) {
    const [found] = await m.query(`SELECT id FROM directory_service WHERE organisation_id = $1 AND name = $2`, [org(s.org), s.name]);
    if (found) {
      serviceIds.set(s.name, found.id);
      continue;
    }
    const [{ id }] = await m.query(
      `INSERT INTO directory_service (partnership_id, organisation_id, location_id, name, description, visibility, service_type, levels, languages, access_methods, service_areas,
                                      schedule, schedule_starts_at, duration_minutes, childcare, spaces_available, min_age, eligibility, immigration_notes, free, cost, email, phone,
                                      last_checked_at, last_checked_by_person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25) RETURNING id`,
      [
        partnershipId, org(s.org), s.location ? locationIds.get(s.location) : null, s.name, s.description, s.visibility ?? 'PUBLIC', s.type, s.levels ?? [], s.languages ?? [], s.access, s.areas,
        s.schedule?.rule ?? null, s.schedule?.first ?? null, s.schedule?.minutes ?? 120, s.childcare ?? false, s.spaces ?? null, s.minAge ?? null, s.eligibility ?? '', s.immigration ?? '',
        !s.cost, s.cost ?? '', s.email ?? null, s.phone ?? null, now, checkerPersonId,
      ],
    );
    if (s.schedule) {
      const slots = weeklySlots(s.schedule.rule, new Date(s.schedule.first), s.schedule.minutes, now);
      await m.query(`INSERT INTO directory_service_slot (service_id, weekday, starts_minute, ends_minute) SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[])`, [
        id,
        slots.map((x) => x.weekday),
        slots.map((x) => x.startsMinute),
        slots.map((x) => x.endsMinute),
      ]);
    }
    serviceIds.set(s.name, id);
    created++;
  }
  for (const c of CONTACTS) {
    const serviceId = c.service ? serviceIds.get(c.service)! : null;
    const [found] = await m.query(`SELECT 1 FROM directory_contact WHERE ${serviceId ? 'service_id' : 'organisation_id'} = $1 AND name = $2`, [serviceId ?? org(c.org), c.name]);
    if (found) continue;
    await m.query(
      `INSERT INTO directory_contact (partnership_id, organisation_id, service_id, name, role, email, phone, visibility, email_visibility, phone_visibility, lawful_basis, last_checked_at, last_checked_by_person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [partnershipId, serviceId ? null : org(c.org), serviceId, c.name, c.role, c.email ?? null, c.phone ?? null, c.visibility, c.emailVisibility ?? c.visibility, c.phoneVisibility ?? c.visibility, c.basis, now, checkerPersonId],
    );
    created++;
  }
  for (const [slug, email, seat, deputy] of SEATS) {
    // Their current organisation, on a group they are a member of, unless they hold a seat there already.
    const rows: unknown[] = await m.query(
      `INSERT INTO representation (partnership_id, group_id, person_id, organisation_id, seat, deputy_person_id, starts_on)
       SELECT g.partnership_id, g.id, p.id, p.organisation_id, $4, d.id, DATE '2025-04-01'
         FROM "group" g JOIN group_member gm ON gm.group_id = g.id JOIN person p ON p.id = gm.person_id JOIN account a ON a.id = p.account_id
         LEFT JOIN (person d JOIN account da ON da.id = d.account_id AND da.email = $5) ON d.partnership_id = g.partnership_id
        WHERE g.partnership_id = $1 AND g.slug = $2 AND a.email = $3 AND p.organisation_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM representation r WHERE r.group_id = g.id AND r.person_id = p.id)
       RETURNING id`,
      [partnershipId, slug, email, seat, deputy],
    );
    created += rows.length;
  }
  return created;
}
