import type { FoiAnswerQualifier, FoiUnit } from '../../../gql/graphql';

export const QUALIFIERS: Record<FoiAnswerQualifier, string> = {
  EXACT: 'Exact',
  ESTIMATE: 'Estimate',
  FEWER_THAN_FIVE: 'Fewer than five (withheld)',
  NOT_HELD: 'Not held',
  NOT_KNOWN: 'Not known',
  REFUSED_SECTION_12: 'Refused under section 12 (cost limit)',
  REFUSED_OTHER: 'Refused (other exemption)',
};

/** Only these carry a value. */
export const VALUED = new Set<FoiAnswerQualifier>(['EXACT', 'ESTIMATE']);

/** What to type, by unit: shown as the value box's hint. */
export const VALUE_HINTS: Record<FoiUnit, string> = {
  COUNT: 'A whole number, such as 12',
  MONEY_GBP: 'Pounds, such as 1250 or £1,250.50',
  PERCENTAGE: 'From 0 to 100, such as 42.5',
  YES_NO: 'Yes or no',
  DATE: 'A date, such as 31/03/2026',
  TEXT: 'The answer in the authority’s words',
};
