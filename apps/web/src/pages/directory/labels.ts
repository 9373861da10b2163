/** Words for the directory's vocabularies (the API's enums). */
export const SERVICE_TYPES: Record<string, string> = {
  ESOL: 'ESOL (English classes)',
  ADVICE: 'Advice',
  IMMIGRATION_ADVICE: 'Immigration advice',
  HOUSING: 'Housing support',
  EMPLOYMENT: 'Employment support',
  HEALTH: 'Health',
  MENTAL_HEALTH: 'Mental health',
  FOOD: 'Food',
  LEGAL: 'Legal advice',
  EDUCATION: 'Education',
  YOUTH: 'Youth',
  BEFRIENDING: 'Befriending',
  DIGITAL_SKILLS: 'Digital skills',
  OTHER: 'Other',
};

export const LEVELS: Record<string, string> = { PRE_ENTRY: 'Pre-entry', ENTRY_1: 'Entry 1', ENTRY_2: 'Entry 2', ENTRY_3: 'Entry 3', LEVEL_1: 'Level 1', LEVEL_2: 'Level 2' };

export const WEEKDAYS: Record<string, string> = { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday' };

export const ACCESS: Record<string, string> = { REFERRAL: 'By referral', DROP_IN: 'Drop in', APPOINTMENT: 'By appointment' };

export const VISIBILITY: Record<string, string> = { PUBLIC: 'Anyone (public)', PARTNERSHIP: 'The partnership', COORDINATORS: 'Coordinators only' };

export const LAWFUL_BASES: Record<string, string> = {
  CONSENT: 'Consent',
  CONTRACT: 'Contract',
  LEGAL_OBLIGATION: 'Legal obligation',
  VITAL_INTERESTS: 'Vital interests',
  PUBLIC_TASK: 'Public task',
  LEGITIMATE_INTERESTS: 'Legitimate interests',
};

export const SEATS: Record<string, string> = {
  VOLUNTARY_SECTOR: 'Voluntary sector',
  HEALTH: 'Health',
  STATUTORY: 'Statutory',
  LOCAL_AUTHORITY: 'Local authority',
  EDUCATION: 'Education',
  HOUSING: 'Housing',
  COMMUNITY: 'Community',
  LIVED_EXPERIENCE: 'Lived experience',
  FAITH: 'Faith',
  OTHER: 'Other',
};

export const KINDS: Record<string, string> = {
  LOCAL_AUTHORITY: 'Local authority',
  NHS: 'NHS body',
  PUBLIC_BODY: 'Public body',
  GOVERNMENT_AGENCY: 'Government agency',
  CHARITY: 'Charity',
  COMMUNITY_GROUP: 'Community group',
  UNIVERSITY: 'University',
  COLLEGE: 'College',
  PARTNERSHIP_STAFF: 'Partnership staff',
  OTHER: 'Other',
};

export const options = (labels: Record<string, string>, blank?: string) => [...(blank !== undefined ? [{ value: '', label: blank }] : []), ...Object.entries(labels).map(([value, label]) => ({ value, label }))];

export const slotText = (slot: { weekday: string; startsAt: string; endsAt: string }) => `${WEEKDAYS[slot.weekday] ?? slot.weekday} ${slot.startsAt}–${slot.endsAt}`;

/** "arabic, Tigrinya" → ["arabic", "Tigrinya"]. */
export const list = (text: string) => text.split(',').map((t) => t.trim()).filter(Boolean);
