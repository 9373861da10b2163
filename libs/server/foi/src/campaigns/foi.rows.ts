/**
 * The rows of the FOI tables (migration `1765600000000-foi.ts`) as the services read them. Like
 * the other feature libs, the FOI code speaks SQL; these types name the columns once.
 */
import type { FoiUnit } from './units';

export enum FoiCampaignStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  CLOSED = 'CLOSED',
}

export enum FoiPublicationPolicy {
  /** Never published. */
  NONE = 'NONE',
  /** Published on the group's (or the partnership's) public page once a coordinator signs off a dataset. */
  ON_SIGN_OFF = 'ON_SIGN_OFF',
}

export enum FoiSentVia {
  EMAIL = 'EMAIL',
  PORTAL = 'PORTAL',
}

export enum FoiRequestStatus {
  AWAITING = 'AWAITING',
  CLARIFICATION_REQUESTED = 'CLARIFICATION_REQUESTED',
  ANSWERED = 'ANSWERED',
  PARTLY_ANSWERED = 'PARTLY_ANSWERED',
  REFUSED = 'REFUSED',
  NOT_HELD = 'NOT_HELD',
  INTERNAL_REVIEW = 'INTERNAL_REVIEW',
  ICO_COMPLAINT = 'ICO_COMPLAINT',
  CLOSED = 'CLOSED',
}

/** Statuses in which the authority still owes an answer (the clock runs or is paused). */
export const OPEN_STATUSES: readonly FoiRequestStatus[] = [FoiRequestStatus.AWAITING, FoiRequestStatus.CLARIFICATION_REQUESTED];

export interface FoiCampaignRow {
  id: string;
  partnershipId: string;
  /** null: partnership-wide, seen by coordinators only. */
  groupId: string | null;
  title: string;
  purpose: string;
  letterTemplate: string;
  publicationPolicy: FoiPublicationPolicy;
  status: FoiCampaignStatus;
  recipientListVersionId: string | null;
  sentAt: Date | null;
  closedAt: Date | null;
  createdByPersonId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface FoiQuestionRow {
  id: string;
  campaignId: string;
  /** As printed in the letter: '1', '1a', '2'. */
  number: string;
  position: number;
  text: string;
  unit: FoiUnit;
  definition: string;
}

export interface FoiRequestRow {
  id: string;
  partnershipId: string;
  campaignId: string;
  organisationId: string;
  /** The email address or portal URL the request went to. */
  sentTo: string;
  sentVia: FoiSentVia;
  letterSubject: string;
  letterText: string;
  sentAt: Date | null;
  portalReference: string | null;
  /** Dates are 'YYYY-MM-DD' strings (PostgreSQL `date`, read as text). */
  receivedOn: string | null;
  dueOn: string | null;
  status: FoiRequestStatus;
  refusalSection: string | null;
  answeredOn: string | null;
  extensionWorkingDays: number | null;
  extensionReason: string | null;
  extendedOn: string | null;
  internalReviewRequestedOn: string | null;
  internalReviewDueOn: string | null;
  icoReference: string | null;
  icoComplainedOn: string | null;
  closedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CAMPAIGN_COLUMNS = `c.id, c.partnership_id AS "partnershipId", c.group_id AS "groupId", c.title, c.purpose, c.letter_template AS "letterTemplate",
  c.publication_policy AS "publicationPolicy", c.status, c.recipient_list_version_id AS "recipientListVersionId", c.sent_at AS "sentAt", c.closed_at AS "closedAt",
  c.created_by_person_id AS "createdByPersonId", c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

export const QUESTION_COLUMNS = `q.id, q.campaign_id AS "campaignId", q.number, q.position, q.text, q.unit, q.definition`;

export const REQUEST_COLUMNS = `r.id, r.partnership_id AS "partnershipId", r.campaign_id AS "campaignId", r.organisation_id AS "organisationId", r.sent_to AS "sentTo",
  r.sent_via AS "sentVia", r.letter_subject AS "letterSubject", r.letter_text AS "letterText", r.sent_at AS "sentAt", r.portal_reference AS "portalReference",
  r.received_on::text AS "receivedOn", r.due_on::text AS "dueOn", r.status, r.refusal_section AS "refusalSection", r.answered_on::text AS "answeredOn",
  r.extension_working_days AS "extensionWorkingDays", r.extension_reason AS "extensionReason", r.extended_on::text AS "extendedOn",
  r.internal_review_requested_on::text AS "internalReviewRequestedOn", r.internal_review_due_on::text AS "internalReviewDueOn",
  r.ico_reference AS "icoReference", r.ico_complained_on::text AS "icoComplainedOn", r.closed_on::text AS "closedOn", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;
