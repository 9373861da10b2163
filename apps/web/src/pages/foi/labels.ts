import type { FoiRequestStatus, FoiUnit } from '../../gql/graphql';

export const UNITS: Record<FoiUnit, string> = {
  COUNT: 'Number (whole, 0 or more)',
  MONEY_GBP: 'Money (£)',
  PERCENTAGE: 'Percentage',
  YES_NO: 'Yes or no',
  DATE: 'Date',
  TEXT: 'Text',
};

export const STATUSES: Record<FoiRequestStatus, string> = {
  AWAITING: 'Awaiting answer',
  CLARIFICATION_REQUESTED: 'Clarification asked for',
  ANSWERED: 'Answered',
  PARTLY_ANSWERED: 'Partly answered',
  REFUSED: 'Refused',
  NOT_HELD: 'Not held',
  INTERNAL_REVIEW: 'Internal review',
  ICO_COMPLAINT: 'Complaint to the ICO',
  CLOSED: 'Closed',
};

export const CAMPAIGN_STATUSES: Record<string, string> = { DRAFT: 'Draft', SENT: 'Sent', CLOSED: 'Closed' };

export const STATUS_COLOURS: Partial<Record<FoiRequestStatus, string>> = {
  AWAITING: 'blue',
  CLARIFICATION_REQUESTED: 'yellow',
  ANSWERED: 'green',
  PARTLY_ANSWERED: 'turquoise',
  REFUSED: 'red',
  NOT_HELD: 'grey',
  INTERNAL_REVIEW: 'purple',
  ICO_COMPLAINT: 'pink',
  CLOSED: 'grey',
};

/** Today in England, as YYYY-MM-DD, for date fields' defaults. */
export const todayInLondon = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
