/**
 * What a question's answer is measured in. Answers are checked against these (a COUNT is a whole
 * number of at least 0, MONEY_GBP pounds and pence, a PERCENTAGE 0 to 100, YES_NO yes or no, a
 * DATE a calendar day, TEXT anything written).
 */
export enum FoiUnit {
  COUNT = 'COUNT',
  MONEY_GBP = 'MONEY_GBP',
  PERCENTAGE = 'PERCENTAGE',
  YES_NO = 'YES_NO',
  DATE = 'DATE',
  TEXT = 'TEXT',
}

export const FOI_UNITS = Object.values(FoiUnit);

/** How a unit reads on the campaign page. */
export const UNIT_LABELS: Record<FoiUnit, string> = {
  [FoiUnit.COUNT]: 'Number (whole, 0 or more)',
  [FoiUnit.MONEY_GBP]: 'Money (£)',
  [FoiUnit.PERCENTAGE]: 'Percentage',
  [FoiUnit.YES_NO]: 'Yes or no',
  [FoiUnit.DATE]: 'Date',
  [FoiUnit.TEXT]: 'Text',
};
