import { registerEnumType } from '@nestjs/graphql';

export enum GroupKind {
  STEERING_GROUP = 'STEERING_GROUP',
  WORKING_GROUP = 'WORKING_GROUP',
  BOARD = 'BOARD',
}
export enum GroupVisibility {
  /** Members only (coordinators and admins of the partnership too). */
  PRIVATE = 'PRIVATE',
  /** Everyone in the partnership. */
  PARTNERSHIP = 'PARTNERSHIP',
  /** Everyone in the partnership; published minutes and current terms of reference are public. */
  PUBLIC = 'PUBLIC',
}
export enum GroupRole {
  CHAIR = 'CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
export enum TermsStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  SUPERSEDED = 'SUPERSEDED',
}
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}
export enum AttendanceStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  APOLOGIES = 'APOLOGIES',
  ATTENDED = 'ATTENDED',
  /** Recorded by the chair or secretary: did not come, and sent no apologies. */
  ABSENT = 'ABSENT',
}
export enum StandingItem {
  WELCOME = 'WELCOME',
  PREVIOUS_MINUTES = 'PREVIOUS_MINUTES',
  SECTOR_ASSESSMENT = 'SECTOR_ASSESSMENT',
  AOB = 'AOB',
  NEXT_MEETING = 'NEXT_MEETING',
  OTHER = 'OTHER',
}
export enum AgendaItemStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
export enum AssessmentKind {
  TREND = 'TREND',
  RISK = 'RISK',
  RECOMMENDATION = 'RECOMMENDATION',
}
export enum Rating {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}
export enum Direction {
  IMPROVING = 'IMPROVING',
  STABLE = 'STABLE',
  WORSENING = 'WORSENING',
}
export enum AssessmentEntryStatus {
  SUBMITTED = 'SUBMITTED',
  INCLUDED = 'INCLUDED',
  EXCLUDED = 'EXCLUDED',
}
export enum MinutesStatus {
  DRAFT = 'DRAFT',
  CIRCULATED = 'CIRCULATED',
  APPROVED = 'APPROVED',
  PUBLISHED = 'PUBLISHED',
}
export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

/** Suggested themes for the sector activity assessment; custom themes are allowed too. */
export const ASSESSMENT_THEMES = ['housing', 'health', 'education', 'employment', 'esol', 'destitution', 'hate crime', 'immigration status', 'cohesion'] as const;

for (const [enumRef, name] of [
  [GroupKind, 'GroupKind'],
  [GroupVisibility, 'GroupVisibility'],
  [GroupRole, 'GroupRole'],
  [TermsStatus, 'TermsStatus'],
  [MeetingStatus, 'MeetingStatus'],
  [AttendanceStatus, 'AttendanceStatus'],
  [StandingItem, 'StandingItem'],
  [AgendaItemStatus, 'AgendaItemStatus'],
  [AssessmentKind, 'AssessmentKind'],
  [Rating, 'Rating'],
  [Direction, 'Direction'],
  [AssessmentEntryStatus, 'AssessmentEntryStatus'],
  [MinutesStatus, 'MinutesStatus'],
  [ActionStatus, 'ActionStatus'],
] as const) {
  registerEnumType(enumRef, { name });
}
