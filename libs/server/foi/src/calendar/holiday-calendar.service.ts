import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { badInput } from '@convene/errors';
import { BUNDLED_BANK_HOLIDAYS, BUNDLED_YEARS, type BankHoliday } from './bank-holidays';
import { parseDay, UnknownHolidayYear, WorkingDays } from './working-days';

export interface HolidayYear {
  year: number;
  /** BUNDLED: shipped with Convene. ADDED: given by the partnership (replacing any bundled one). */
  source: 'BUNDLED' | 'ADDED';
  holidays: BankHoliday[];
}

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in England at `instant`, as 'YYYY-MM-DD'. */
export const londonDay = (instant: Date): string => LONDON_DAY.format(instant);

/** The bundled years and the partnership's own, its own replacing a bundled year whole. */
export async function holidayYears(db: EntityManager | DataSource, partnershipId: string): Promise<HolidayYear[]> {
  const rows: { year: number; day: string | null; name: string | null }[] = await db.query(
    `SELECT y.year, h.day::text AS day, h.name FROM foi_holiday_year y LEFT JOIN foi_holiday h ON h.partnership_id = y.partnership_id AND h.year = y.year
      WHERE y.partnership_id = $1 ORDER BY y.year, h.day`,
    [partnershipId],
  );
  const added = new Map<number, BankHoliday[]>();
  for (const r of rows) {
    const list = added.get(r.year) ?? [];
    if (r.day && r.name) list.push({ day: r.day, name: r.name });
    added.set(r.year, list);
  }
  const years = new Set([...BUNDLED_YEARS, ...added.keys()]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year): HolidayYear => (added.has(year) ? { year, source: 'ADDED', holidays: added.get(year)! } : { year, source: 'BUNDLED', holidays: [...BUNDLED_BANK_HOLIDAYS[year]] }));
}

/** The working-day calendar of one partnership. */
export async function workingDaysFor(db: EntityManager | DataSource, partnershipId: string): Promise<WorkingDays> {
  const years = await holidayYears(db, partnershipId);
  return new WorkingDays(new Map(years.map((y) => [y.year, new Set(y.holidays.map((h) => h.day))])));
}

/**
 * The bank holidays a partnership's clocks use: the bundled table, and the years its
 * coordinators add (a stored year replaces the bundled one whole, so a newly announced one-off
 * day can be added to a bundled year too).
 */
@Injectable()
export class HolidayCalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  years(partnershipId: string, manager: EntityManager | DataSource = this.db): Promise<HolidayYear[]> {
    return holidayYears(manager, partnershipId);
  }

  workingDays(partnershipId: string, manager: EntityManager | DataSource = this.db): Promise<WorkingDays> {
    return workingDaysFor(manager, partnershipId);
  }

  /** Adds (or replaces) one year's bank holidays. An empty list is refused: a year always has some. */
  async setYear(actor: Actor, year: number, holidays: BankHoliday[]): Promise<HolidayYear> {
    this.access.assertCan(actor, Capability.foiHolidaysManage);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('Give a year between 2000 and 2100.', { field: 'year' });
    if (holidays.length === 0 || holidays.length > 20) throw badInput('List between 1 and 20 bank holidays for the year.', { field: 'holidays' });
    const seen = new Set<string>();
    const clean = holidays.map((h, i) => {
      const day = h.day.trim();
      try {
        parseDay(day);
      } catch {
        throw badInput(`Bank holiday ${i + 1}: give the date as YYYY-MM-DD.`, { field: `holidays.${i}.day` });
      }
      if (Number(day.slice(0, 4)) !== year) throw badInput(`Bank holiday ${i + 1} (${day}) is not in ${year}.`, { field: `holidays.${i}.day` });
      if (seen.has(day)) throw badInput(`${day} is listed twice.`, { field: `holidays.${i}.day` });
      seen.add(day);
      const name = h.name.trim();
      if (!name || name.length > 100) throw badInput(`Bank holiday ${i + 1}: give a name of up to 100 characters.`, { field: `holidays.${i}.name` });
      return { day, name };
    });
    await this.db.transaction(async (m) => {
      await m.query(`DELETE FROM foi_holiday_year WHERE partnership_id = $1 AND year = $2`, [actor.partnershipId, year]);
      await m.query(`INSERT INTO foi_holiday_year (partnership_id, year, added_by_person_id) VALUES ($1, $2, $3)`, [actor.partnershipId, year, actor.personId]);
      await m.query(`INSERT INTO foi_holiday (partnership_id, year, day, name) SELECT $1, $2, d::date, n FROM unnest($3::text[], $4::text[]) AS t(d, n)`, [
        actor.partnershipId,
        year,
        clean.map((h) => h.day),
        clean.map((h) => h.name),
      ]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.holidays-set', subjectType: 'partnership', subjectId: actor.partnershipId, detail: { year, days: clean.length } }, m);
    });
    return (await this.years(actor.partnershipId)).find((y) => y.year === year)!;
  }

  /** Drops an added year: a bundled year falls back to the table, any other is unknown again. */
  async removeYear(actor: Actor, year: number): Promise<boolean> {
    this.access.assertCan(actor, Capability.foiHolidaysManage);
    const removed = await this.db.transaction(async (m) => {
      const [rows] = await m.query(`DELETE FROM foi_holiday_year WHERE partnership_id = $1 AND year = $2 RETURNING year`, [actor.partnershipId, year]);
      if (rows.length) await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.holidays-removed', subjectType: 'partnership', subjectId: actor.partnershipId, detail: { year } }, m);
      return rows.length > 0;
    });
    return removed;
  }
}

/** The coded refusal for a clock that reaches a year without holidays, naming the field it came from. */
export function missingYear(error: unknown, field: string): never {
  if (error instanceof UnknownHolidayYear) throw badInput(error.message, { field, year: error.year });
  throw error;
}
