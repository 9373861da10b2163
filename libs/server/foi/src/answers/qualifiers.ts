/**
 * How an authority answered one question. Only EXACT and ESTIMATE carry a value: a figure
 * "fewer than five" is withheld to protect the children or people it counts, so it is never a
 * number here and never summed (the totals count it and say so).
 */
export enum AnswerQualifier {
  EXACT = 'EXACT',
  ESTIMATE = 'ESTIMATE',
  FEWER_THAN_FIVE = 'FEWER_THAN_FIVE',
  NOT_HELD = 'NOT_HELD',
  NOT_KNOWN = 'NOT_KNOWN',
  REFUSED_SECTION_12 = 'REFUSED_SECTION_12',
  REFUSED_OTHER = 'REFUSED_OTHER',
}

export const QUALIFIER_LABELS: Record<AnswerQualifier, string> = {
  EXACT: 'Exact',
  ESTIMATE: 'Estimate',
  FEWER_THAN_FIVE: 'Fewer than five (withheld)',
  NOT_HELD: 'Not held',
  NOT_KNOWN: 'Not known',
  REFUSED_SECTION_12: 'Refused under section 12 (cost limit)',
  REFUSED_OTHER: 'Refused (other exemption)',
};

/** The qualifiers that come with a value; every other one must come without. */
export const VALUED: ReadonlySet<AnswerQualifier> = new Set([AnswerQualifier.EXACT, AnswerQualifier.ESTIMATE]);
