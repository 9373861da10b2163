import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { badInput } from '@convene/errors';
import type { ResourceSearchInput } from '../resources/resource.models';
import { checkQuery } from '../search/bank-search.service';
import type { BankSavedSearchModel } from './saved-search.models';
import { finderUrlOf, labelOf, savedQueryOf, type SavedQuery } from './saved-query';

/** Saved searches one person may keep. */
export const SAVED_SEARCHES_MAX = 20;

interface SavedRow {
  id: string;
  label: string;
  query: SavedQuery;
  slug: string;
  createdAt: Date;
}

/**
 * "Email me when new resources match": a person's saved searches. Each is theirs alone (the
 * policy layer's bank-saved-search.manage); the weekly email re-runs the search as them.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(actor: Actor): Promise<BankSavedSearchModel[]> {
    const rows: SavedRow[] = await this.db.query(
      `SELECT s.id, s.label, s.query, pt.slug, s.created_at AS "createdAt" FROM bank_saved_search s JOIN partnership pt ON pt.id = s.partnership_id
        WHERE s.person_id = $1 ORDER BY s.created_at DESC, s.id`,
      [actor.personId],
    );
    return rows.map((r) => ({ id: r.id, label: r.label, finderUrl: finderUrlOf(r.slug, r.query), createdAt: r.createdAt }));
  }

  /** Saves the search (checked as the finder checks it); saving the same search again keeps the one. */
  async save(actor: Actor, input: ResourceSearchInput): Promise<BankSavedSearchModel> {
    const query = savedQueryOf(checkQuery({ ...input, page: 1, pageSize: 1 }));
    const names = new Map<string, string>(
      query.organisationIds
        ? (await this.db.query(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [query.organisationIds, actor.partnershipId])).map((o: { id: string; name: string }) => [o.id, o.name])
        : [],
    );
    if (query.organisationIds?.some((id) => !names.has(id))) throw badInput('Choose organisations from the list.', { field: 'organisationIds' });
    const id = await this.db.transaction(async (m) => {
      // The person's row lock orders two saves at once, so the limit holds.
      await m.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [actor.personId]);
      const [existing] = await m.query(`SELECT id FROM bank_saved_search WHERE person_id = $1 AND query = $2::jsonb`, [actor.personId, JSON.stringify(query)]);
      if (existing) return existing.id as string;
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM bank_saved_search WHERE person_id = $1`, [actor.personId]);
      if (n >= SAVED_SEARCHES_MAX) throw badInput(`You can save up to ${SAVED_SEARCHES_MAX} searches. Remove one first.`, { field: 'search' });
      const [row] = await m.query(`INSERT INTO bank_saved_search (partnership_id, person_id, label, query) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`, [actor.partnershipId, actor.personId, labelOf(query, names), JSON.stringify(query)]);
      return row.id as string;
    });
    this.access.forget(actor);
    return (await this.list(actor)).find((s) => s.id === id)!;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    await this.access.assertAccess(actor, Permission.bankSavedSearchManage, id, 'That saved search');
    await this.db.query(`DELETE FROM bank_saved_search WHERE id = $1`, [id]);
    this.access.forget(actor);
    return true;
  }
}
