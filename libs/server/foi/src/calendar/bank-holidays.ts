/**
 * England and Wales bank holidays, as published by GOV.UK, including substitute days (a holiday
 * falling on a weekend moves to the next weekday) and one-off days (the 2020 VE Day move, the
 * 2022 Platinum Jubilee and state funeral, the 2023 coronation). A partnership adds later years
 * (or replaces one) on the bank-holiday screen; those are stored in `foi_holiday`.
 */
export interface BankHoliday {
  /** 'YYYY-MM-DD' */
  day: string;
  name: string;
}

const NEW_YEAR = "New Year's Day";
const GOOD_FRIDAY = 'Good Friday';
const EASTER_MONDAY = 'Easter Monday';
const EARLY_MAY = 'Early May bank holiday';
const SPRING = 'Spring bank holiday';
const SUMMER = 'Summer bank holiday';
const CHRISTMAS = 'Christmas Day';
const BOXING = 'Boxing Day';

const table = (rows: [string, string][]): BankHoliday[] => rows.map(([day, name]) => ({ day, name }));

export const BUNDLED_BANK_HOLIDAYS: Readonly<Record<number, readonly BankHoliday[]>> = {
  2020: table([['2020-01-01', NEW_YEAR], ['2020-04-10', GOOD_FRIDAY], ['2020-04-13', EASTER_MONDAY], ['2020-05-08', 'Early May bank holiday (VE day)'], ['2020-05-25', SPRING], ['2020-08-31', SUMMER], ['2020-12-25', CHRISTMAS], ['2020-12-28', `${BOXING} (substitute day)`]]),
  2021: table([['2021-01-01', NEW_YEAR], ['2021-04-02', GOOD_FRIDAY], ['2021-04-05', EASTER_MONDAY], ['2021-05-03', EARLY_MAY], ['2021-05-31', SPRING], ['2021-08-30', SUMMER], ['2021-12-27', `${CHRISTMAS} (substitute day)`], ['2021-12-28', `${BOXING} (substitute day)`]]),
  2022: table([['2022-01-03', `${NEW_YEAR} (substitute day)`], ['2022-04-15', GOOD_FRIDAY], ['2022-04-18', EASTER_MONDAY], ['2022-05-02', EARLY_MAY], ['2022-06-02', SPRING], ['2022-06-03', 'Platinum Jubilee bank holiday'], ['2022-08-29', SUMMER], ['2022-09-19', 'Bank holiday for the State Funeral of Queen Elizabeth II'], ['2022-12-26', BOXING], ['2022-12-27', `${CHRISTMAS} (substitute day)`]]),
  2023: table([['2023-01-02', `${NEW_YEAR} (substitute day)`], ['2023-04-07', GOOD_FRIDAY], ['2023-04-10', EASTER_MONDAY], ['2023-05-01', EARLY_MAY], ['2023-05-08', 'Bank holiday for the coronation of King Charles III'], ['2023-05-29', SPRING], ['2023-08-28', SUMMER], ['2023-12-25', CHRISTMAS], ['2023-12-26', BOXING]]),
  2024: table([['2024-01-01', NEW_YEAR], ['2024-03-29', GOOD_FRIDAY], ['2024-04-01', EASTER_MONDAY], ['2024-05-06', EARLY_MAY], ['2024-05-27', SPRING], ['2024-08-26', SUMMER], ['2024-12-25', CHRISTMAS], ['2024-12-26', BOXING]]),
  2025: table([['2025-01-01', NEW_YEAR], ['2025-04-18', GOOD_FRIDAY], ['2025-04-21', EASTER_MONDAY], ['2025-05-05', EARLY_MAY], ['2025-05-26', SPRING], ['2025-08-25', SUMMER], ['2025-12-25', CHRISTMAS], ['2025-12-26', BOXING]]),
  2026: table([['2026-01-01', NEW_YEAR], ['2026-04-03', GOOD_FRIDAY], ['2026-04-06', EASTER_MONDAY], ['2026-05-04', EARLY_MAY], ['2026-05-25', SPRING], ['2026-08-31', SUMMER], ['2026-12-25', CHRISTMAS], ['2026-12-28', `${BOXING} (substitute day)`]]),
  2027: table([['2027-01-01', NEW_YEAR], ['2027-03-26', GOOD_FRIDAY], ['2027-03-29', EASTER_MONDAY], ['2027-05-03', EARLY_MAY], ['2027-05-31', SPRING], ['2027-08-30', SUMMER], ['2027-12-27', `${CHRISTMAS} (substitute day)`], ['2027-12-28', `${BOXING} (substitute day)`]]),
  2028: table([['2028-01-03', `${NEW_YEAR} (substitute day)`], ['2028-04-14', GOOD_FRIDAY], ['2028-04-17', EASTER_MONDAY], ['2028-05-01', EARLY_MAY], ['2028-05-29', SPRING], ['2028-08-28', SUMMER], ['2028-12-25', CHRISTMAS], ['2028-12-26', BOXING]]),
};

export const BUNDLED_YEARS = Object.keys(BUNDLED_BANK_HOLIDAYS).map(Number);
