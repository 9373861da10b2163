import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isUuid } from '@convene/database';
import { AppError, notFound } from '@convene/errors';
import { moduleLogger } from '@convene/logging';
import { FinderService } from '../finder/finder.service';
import type { FinderFilter } from '../finder/finder.models';
import { ServiceService } from '../services/service.service';
import { ServiceLevel, ServiceType } from '../taxonomy';
import { HsdsExportService } from './hsds-export.service';
import { hsdsPage } from './hsds';
import { PublicApiLimit } from './public-api-limit';

const log = moduleLogger('open-referral');

export const MAX_PER_PAGE = 100;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const STATUS: Record<string, number> = { NOT_FOUND: 404, BAD_USER_INPUT: 400, TOO_MANY_REQUESTS: 429, SERVICE_UNAVAILABLE: 503 };

type Params = Record<string, unknown>;

class Refusal extends AppError {}
const refuse = (message: string, field: string) => new Refusal('BAD_USER_INPUT', message, { field });

function one(query: Params, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > 100) throw refuse(`Give ${name} once, as plain text.`, name);
  return value;
}

function whole(query: Params, name: string, fallback: number, max: number): number {
  const value = one(query, name);
  if (value === null) return fallback;
  if (!/^[1-9][0-9]{0,5}$/.test(value) || Number(value) > max) throw refuse(`${name} must be a whole number from 1 to ${max}.`, name);
  return Number(value);
}

function flag(query: Params, name: string): boolean | null {
  const value = one(query, name);
  if (value === null) return null;
  if (value !== 'true' && value !== 'false') throw refuse(`${name} must be true or false.`, name);
  return value === 'true';
}

function choice<T extends string>(query: Params, name: string, allowed: readonly T[]): T | null {
  const value = one(query, name);
  if (value === null) return null;
  if (!allowed.includes(value.toUpperCase() as T)) throw refuse(`${name} must be one of ${allowed.join(', ')}.`, name);
  return value.toUpperCase() as T;
}

/** The query string as a finder filter; anything malformed is a 400 naming the parameter. */
export function filterOf(query: Params): FinderFilter {
  const day = choice(query, 'day', DAYS);
  return {
    serviceType: choice(query, 'service_type', Object.values(ServiceType)) as ServiceType | null,
    area: one(query, 'service_area'),
    language: one(query, 'language'),
    level: choice(query, 'level', Object.values(ServiceLevel)) as ServiceLevel | null,
    weekday: day ? DAYS.indexOf(day) + 1 : null,
    startsFrom: one(query, 'starts_from'),
    endsBy: one(query, 'ends_by'),
    childcare: flag(query, 'childcare'),
    spacesAvailable: flag(query, 'spaces_available'),
    text: one(query, 'text'),
  };
}

/**
 * The read-only public API in Open Referral UK's shape: `/open-referral/<partnership>/services`
 * (paginated, filtered) and `/services/<id>`. No session is read: everyone, signed in or not,
 * gets the public view, so a partnership-only field can never leave through here.
 */
@Controller('open-referral')
export class OpenReferralController {
  constructor(
    private readonly finder: FinderService,
    private readonly services: ServiceService,
    private readonly hsds: HsdsExportService,
    @Inject(PublicApiLimit) private readonly limit: PublicApiLimit,
  ) {}

  @Get(':partnership/services')
  list(@Param('partnership') partnership: string, @Query() query: Params, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, async () => {
      const filter = filterOf(query);
      const page = whole(query, 'page', 1, 100_000);
      const perPage = whole(query, 'per_page', 20, MAX_PER_PAGE);
      // One statement for the partnership, the total and the page with all it shows.
      const found = await this.hsds.page(partnership, filter, page, perPage);
      if (!found) throw notFound('Partnership');
      return hsdsPage(found.contents, found.total, page, perPage);
    });
  }

  @Get(':partnership/services/:id')
  one(@Param('partnership') partnership: string, @Param('id') serviceId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.answer(req, res, async () => {
      const { id } = await this.finder.partnershipOf(null, partnership);
      if (!isUuid(serviceId)) throw new AppError('NOT_FOUND', 'Service was not found.');
      const service = await this.services.get(null, id, serviceId);
      if (service.status !== 'ACTIVE' && service.status !== 'TEMPORARILY_CLOSED') throw new AppError('NOT_FOUND', 'Service was not found.');
      const [exported] = await this.hsds.export(id, [service]);
      return exported;
    });
  }

  private async answer(req: Request, res: Response, body: () => Promise<unknown>): Promise<void> {
    res.setHeader('access-control-allow-origin', '*');
    try {
      const wait = await this.limit.consume(req.ip ?? 'unknown');
      if (wait !== null) {
        res.setHeader('retry-after', String(wait));
        throw new AppError('TOO_MANY_REQUESTS', `Too many requests. Try again in ${wait} seconds.`, { retryAfterSeconds: wait });
      }
      const json = await body();
      res.status(200).setHeader('cache-control', 'public, max-age=60').json(json);
    } catch (error: unknown) {
      if (error instanceof AppError) {
        res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { code: error.code, ...(error.details ?? {}) } }] });
        return;
      }
      // Redis or PostgreSQL away: the client may retry, as GraphQL's outage answer says.
      log.warn({ err: error instanceof Error ? error.message : String(error) }, 'public directory API failed');
      res.status(503).setHeader('retry-after', '5').json({ errors: [{ message: 'The directory is not available. Try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
  }
}
