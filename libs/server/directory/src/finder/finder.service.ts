import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { directoryLevels, type Actor } from '@convene/access';
import { decodeCursor, toPage, type Page } from '@convene/graphql-kit';
import { badInput, notFound } from '@convene/errors';
import { minutesOf } from '../schedule/weekly-slots';
import { SERVICE_COLUMNS, titleCase } from '../services/columns';
import type { ServiceModel } from '../services/service.models';
import type { FinderFilter } from './finder.models';

/** The WHERE clause of a finder search (over `directory_service s` alone) and its parameters, shared by GraphQL and the public API. */
interface Where {
  sql: string;
  params: unknown[];
}

const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

/**
 * The service finder: active services filtered by type, area, language, level, day and time
 * (from the precomputed weekly slots), childcare and spaces. Signed out, or through the public
 * API, only PUBLIC services are found (`directoryLevels(null)`).
 */
@Injectable()
export class FinderService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The partnership searched: the reader's own when signed in without a slug, else the slug's. */
  async partnershipOf(actor: Actor | null, slug: string | null | undefined): Promise<{ id: string; reader: Actor | null }> {
    if (actor && !slug) return { id: actor.partnershipId, reader: actor };
    if (!slug) throw badInput('Say which partnership’s directory to search.', { field: 'partnership' });
    const [found] = await this.db.query(`SELECT id FROM partnership WHERE slug = $1`, [slug]);
    if (!found) throw notFound('Partnership');
    // Someone signed in to another partnership reads this one as the public does.
    return { id: found.id, reader: actor && actor.partnershipId === found.id ? actor : null };
  }

  /**
   * `$1` is the partnership's id, or its slug (`partnershipBy: 'slug'`) so that the public API can find the
   * partnership in the same statement as its services; `$2` is the reader's visibility levels.
   */
  where(reader: Actor | null, partnership: string, filter: FinderFilter, partnershipBy: 'id' | 'slug' = 'id'): Where {
    const params: unknown[] = [partnership, directoryLevels(reader)];
    const clauses = [partnershipBy === 'id' ? `s.partnership_id = $1` : `s.partnership_id = (SELECT id FROM partnership WHERE slug = $1)`, `s.visibility = ANY($2::text[])`, `s.status = 'ACTIVE'`];
    const add = (clause: (n: string) => string, value: unknown) => {
      params.push(value);
      clauses.push(clause(`$${params.length}`));
    };
    if (filter.serviceType) add((n) => `s.service_type = ${n}`, filter.serviceType);
    if (filter.area?.trim()) add((n) => `s.service_areas @> ARRAY[${n}::text]`, titleCase(filter.area));
    if (filter.language?.trim()) add((n) => `s.languages @> ARRAY[${n}::text]`, titleCase(filter.language));
    if (filter.level) add((n) => `s.levels @> ARRAY[${n}::text]`, filter.level);
    if (filter.childcare) clauses.push(`s.childcare`);
    if (filter.spacesAvailable) clauses.push(`s.spaces_available > 0`);
    // The organisation's name through EXISTS, so the clause reads `s` alone (see `find`).
    if (filter.text?.trim()) add((n) => `(s.name ILIKE ${n} OR s.description ILIKE ${n} OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = s.organisation_id AND o.name ILIKE ${n}))`, like(filter.text.trim()));
    const from = time(filter.startsFrom, 'startsFrom');
    const by = time(filter.endsBy, 'endsBy');
    if (filter.weekday || from !== null || by !== null) {
      const slot: string[] = [];
      if (filter.weekday) {
        params.push(filter.weekday);
        slot.push(`sl.weekday = $${params.length}`);
      }
      if (from !== null) {
        params.push(from);
        slot.push(`sl.starts_minute >= $${params.length}`);
      }
      if (by !== null) {
        params.push(by);
        slot.push(`sl.ends_minute <= $${params.length}`);
      }
      clauses.push(`EXISTS (SELECT 1 FROM directory_service_slot sl WHERE sl.service_id = s.id AND ${slot.join(' AND ')})`);
    }
    return { sql: clauses.join(' AND '), params };
  }

  /**
   * Keyset pages in name order, for GraphQL. The page is cut from `directory_service` alone and
   * only its rows are joined to their organisations: with the prepared statement's generic plan,
   * PostgreSQL otherwise joins every candidate row (hundreds) before the day filter and the limit.
   */
  async find(reader: Actor | null, partnershipId: string, filter: FinderFilter, first: number, after?: string | null): Promise<Page<ServiceModel>> {
    const cursor = decodeCursor(after);
    const { sql, params } = this.where(reader, partnershipId, filter);
    let keyset = '';
    if (cursor) {
      params.push(cursor.key, cursor.id);
      keyset = ` AND (lower(s.name), s.id) > ($${params.length - 1}, $${params.length}::uuid)`;
    }
    params.push(first + 1);
    const rows: ServiceModel[] = await this.db.query(
      `SELECT ${SERVICE_COLUMNS} FROM (SELECT s.* FROM directory_service s WHERE ${sql}${keyset} ORDER BY lower(s.name), s.id LIMIT $${params.length}) s
         JOIN organisation o ON o.id = s.organisation_id ORDER BY lower(s.name), s.id`,
      params,
    );
    return toPage(rows, first, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  }
}

function time(value: string | null | undefined, field: string): number | null {
  if (value === undefined || value === null || !value.trim()) return null;
  const minutes = minutesOf(value);
  if (minutes === null) throw badInput('Give a time as HH:mm, for example 09:30.', { field });
  return minutes;
}
