/**
 * The demo partnership: a West Midlands strategic migration partnership. Organisation kinds,
 * places and themes follow public material about such partnerships; every person is invented.
 */
export const DEMO_PARTNERSHIP = {
  slug: 'west-midlands-smp',
  name: 'West Midlands Strategic Migration Partnership (demo)',
};

export const DEMO_ORGANISATIONS = [
  { key: 'smp', name: 'West Midlands Strategic Migration Partnership team', kind: 'PARTNERSHIP_STAFF', area: 'West Midlands', themes: ['destitution', 'cohesion', 'esol', 'housing'] },
  { key: 'bcc', name: 'Birmingham City Council – Refugee and Migration Team', kind: 'LOCAL_AUTHORITY', area: 'Birmingham', themes: ['housing', 'children in care', 'eu settled status'] },
  { key: 'councils', name: 'West Midlands Councils (regional association)', kind: 'PUBLIC_BODY', area: 'West Midlands', themes: ['cohesion', 'information advice and guidance'] },
  { key: 'coventry', name: 'Coventry City Council – Migration Team', kind: 'LOCAL_AUTHORITY', area: 'Coventry', themes: ['housing', 'esol'] },
  { key: 'sandwell', name: 'Sandwell Council – Community Cohesion', kind: 'LOCAL_AUTHORITY', area: 'Sandwell', themes: ['cohesion', 'hate crime'] },
  { key: 'haven', name: 'Safe Haven Asylum Support (destitute pregnant women)', kind: 'CHARITY', area: 'Birmingham', themes: ['destitution', 'maternity', 'health'] },
  { key: 'doulas', name: 'Birth Companions West Midlands (doula project)', kind: 'CHARITY', area: 'Birmingham', themes: ['maternity', 'health'] },
  { key: 'newcomms', name: 'New Communities Network (migrant and refugee community organisations)', kind: 'COMMUNITY_GROUP', area: 'West Midlands', themes: ['cohesion', 'employment', 'esol'] },
  { key: 'walsall', name: 'Walsall Community Innovation Group', kind: 'COMMUNITY_GROUP', area: 'Walsall', themes: ['cohesion', 'employment'] },
  { key: 'mht', name: 'Black Country Mental Health NHS Trust (demo)', kind: 'NHS', area: 'Black Country', themes: ['mental health', 'health'] },
  { key: 'ph', name: 'Public Health – Wolverhampton', kind: 'LOCAL_AUTHORITY', area: 'Wolverhampton', themes: ['health'] },
  { key: 'uni', name: 'Midlands University – Institute for Research into Superdiversity (demo)', kind: 'UNIVERSITY', area: 'Birmingham', themes: ['employment', 'esol'] },
  { key: 'college', name: 'Stoke-on-Trent Further Education College', kind: 'COLLEGE', area: 'Stoke-on-Trent', themes: ['esol', 'training and skills'] },
  { key: 'jcp', name: 'Jobcentre Plus – West Midlands', kind: 'PUBLIC_BODY', area: 'West Midlands', themes: ['employment'] },
  { key: 'advice', name: 'Northern Immigration Advice Unit', kind: 'CHARITY', area: 'Yorkshire', themes: ['immigration status', 'eu settled status'] },
] as const;

export type OrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

/** Invented people; the first three are the demo sign-ins listed in demo-accounts.json. */
export const DEMO_PEOPLE: { name: string; email: string; role: 'ADMIN' | 'COORDINATOR' | 'MEMBER'; organisation: OrganisationKey; jobTitle: string }[] = [
  { name: 'Amira Okafor', email: 'admin@demo.convene.localhost', role: 'ADMIN', organisation: 'smp', jobTitle: 'Partnership Manager' },
  { name: 'Tom Haddad', email: 'coordinator@demo.convene.localhost', role: 'COORDINATOR', organisation: 'smp', jobTitle: 'Destitution Coordinator' },
  { name: 'Grace Mensah', email: 'member@demo.convene.localhost', role: 'MEMBER', organisation: 'haven', jobTitle: 'Project Manager' },
  { name: 'Priya Natarajan', email: 'priya.natarajan@demo.convene.localhost', role: 'COORDINATOR', organisation: 'smp', jobTitle: 'ESOL Pathway Coordinator' },
  { name: 'Declan Byrne', email: 'declan.byrne@demo.convene.localhost', role: 'MEMBER', organisation: 'bcc', jobTitle: 'Refugee Resettlement Lead' },
  { name: 'Fatima Rahimi', email: 'fatima.rahimi@demo.convene.localhost', role: 'MEMBER', organisation: 'newcomms', jobTitle: 'Network Development Worker' },
  { name: 'Samuel Okoye', email: 'samuel.okoye@demo.convene.localhost', role: 'MEMBER', organisation: 'mht', jobTitle: 'Consultant Psychologist' },
  { name: 'Helen Price', email: 'helen.price@demo.convene.localhost', role: 'MEMBER', organisation: 'councils', jobTitle: 'Policy Officer' },
  { name: 'Yusuf Demir', email: 'yusuf.demir@demo.convene.localhost', role: 'MEMBER', organisation: 'walsall', jobTitle: 'Community Organiser' },
  { name: 'Rachel Adeyemi', email: 'rachel.adeyemi@demo.convene.localhost', role: 'MEMBER', organisation: 'doulas', jobTitle: 'Doula Coordinator' },
  { name: 'Marek Nowak', email: 'marek.nowak@demo.convene.localhost', role: 'MEMBER', organisation: 'coventry', jobTitle: 'Migration Officer' },
  { name: 'Aisha Begum', email: 'aisha.begum@demo.convene.localhost', role: 'MEMBER', organisation: 'ph', jobTitle: 'Health Improvement Principal' },
  { name: 'Oliver Grant', email: 'oliver.grant@demo.convene.localhost', role: 'MEMBER', organisation: 'uni', jobTitle: 'Research Fellow' },
  { name: 'Lina Haddad', email: 'lina.haddad@demo.convene.localhost', role: 'MEMBER', organisation: 'college', jobTitle: 'ESOL Curriculum Manager' },
  { name: 'Kwame Asante', email: 'kwame.asante@demo.convene.localhost', role: 'MEMBER', organisation: 'jcp', jobTitle: 'Partnership Manager' },
  { name: 'Niamh Kelly', email: 'niamh.kelly@demo.convene.localhost', role: 'MEMBER', organisation: 'advice', jobTitle: 'Senior Caseworker' },
];

/** Everyone who is not a demo sign-in gets this password (so the data can be explored). */
export const DEMO_DEFAULT_PASSWORD = 'demo-partner-2026';
