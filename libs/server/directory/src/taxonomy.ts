import { registerEnumType } from '@nestjs/graphql';

/**
 * The directory's fixed vocabularies. Service types and levels follow the sector's own words
 * (and map onto Open Referral UK taxonomy terms in the export); seats are the places on a
 * group that terms of reference count ("at least one statutory partner").
 */
export enum ServiceType {
  ESOL = 'ESOL',
  ADVICE = 'ADVICE',
  IMMIGRATION_ADVICE = 'IMMIGRATION_ADVICE',
  HOUSING = 'HOUSING',
  EMPLOYMENT = 'EMPLOYMENT',
  HEALTH = 'HEALTH',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  FOOD = 'FOOD',
  LEGAL = 'LEGAL',
  EDUCATION = 'EDUCATION',
  YOUTH = 'YOUTH',
  BEFRIENDING = 'BEFRIENDING',
  DIGITAL_SKILLS = 'DIGITAL_SKILLS',
  OTHER = 'OTHER',
}

/** ESOL levels (the national adult literacy standards); other services leave levels empty. */
export enum ServiceLevel {
  PRE_ENTRY = 'PRE_ENTRY',
  ENTRY_1 = 'ENTRY_1',
  ENTRY_2 = 'ENTRY_2',
  ENTRY_3 = 'ENTRY_3',
  LEVEL_1 = 'LEVEL_1',
  LEVEL_2 = 'LEVEL_2',
}

export enum ServiceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  DEFUNCT = 'DEFUNCT',
  TEMPORARILY_CLOSED = 'TEMPORARILY_CLOSED',
}

export enum AccessMethod {
  REFERRAL = 'REFERRAL',
  DROP_IN = 'DROP_IN',
  APPOINTMENT = 'APPOINTMENT',
}

/** Who may read a service: everyone (the finder and public API), or the partnership only. */
export enum ServiceVisibility {
  PUBLIC = 'PUBLIC',
  PARTNERSHIP = 'PARTNERSHIP',
}

/** UK GDPR article 6 bases for holding a contact's details. */
export enum LawfulBasis {
  CONSENT = 'CONSENT',
  CONTRACT = 'CONTRACT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTERESTS = 'LEGITIMATE_INTERESTS',
}

export enum Seat {
  VOLUNTARY_SECTOR = 'VOLUNTARY_SECTOR',
  HEALTH = 'HEALTH',
  STATUTORY = 'STATUTORY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  EDUCATION = 'EDUCATION',
  HOUSING = 'HOUSING',
  COMMUNITY = 'COMMUNITY',
  LIVED_EXPERIENCE = 'LIVED_EXPERIENCE',
  FAITH = 'FAITH',
  OTHER = 'OTHER',
}

export enum SuggestionStatus {
  OPEN = 'OPEN',
  APPLIED = 'APPLIED',
  DISMISSED = 'DISMISSED',
}

export enum Weekday {
  MONDAY = 1,
  TUESDAY = 2,
  WEDNESDAY = 3,
  THURSDAY = 4,
  FRIDAY = 5,
  SATURDAY = 6,
  SUNDAY = 7,
}

registerEnumType(ServiceType, { name: 'ServiceType', description: 'What a directory service offers.' });
registerEnumType(ServiceLevel, { name: 'ServiceLevel', description: 'ESOL level: pre-entry, entry 1 to 3, level 1 and 2.' });
registerEnumType(ServiceStatus, { name: 'ServiceStatus' });
registerEnumType(AccessMethod, { name: 'AccessMethod', description: 'How people get to the service: by referral, by dropping in, or by appointment.' });
registerEnumType(ServiceVisibility, { name: 'ServiceVisibility' });
registerEnumType(LawfulBasis, { name: 'LawfulBasis', description: 'The UK GDPR lawful basis for holding a contact’s details.' });
registerEnumType(Seat, { name: 'Seat', description: 'The sector seat a representative sits in on a group.' });
registerEnumType(SuggestionStatus, { name: 'SuggestionStatus' });
registerEnumType(Weekday, { name: 'Weekday' });

/** Words for people (the export and the web client use their own copies of these). */
export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
  ESOL: 'ESOL (English for speakers of other languages)',
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
