import type { DataSource } from 'typeorm';
import type { Actor } from '../actor';
import type { Capability, Permission } from '../permissions';

/** Decides which of `ids` the actor may act on. Must never return an id it was not given. */
export type IdCheck = (db: DataSource, actor: Actor, ids: string[]) => Promise<string[]>;

/**
 * Grades the actor's standing on each of `ids` (0 = none) in one statement, so the read,
 * contribute and manage questions about the same rows cost one round trip between them.
 */
export type GradedCheck = (db: DataSource, actor: Actor, ids: string[]) => Promise<Map<string, number>>;

/**
 * The same grades seen from the subject: for one row, the grade of each of `personIds` (active
 * people only). The worker uses it to decide who may receive an email about the row.
 */
export type AudienceCheck = (db: DataSource, subjectId: string, personIds: string[]) => Promise<Map<string, number>>;

/** A permission granted at or above a grade of a shared check. */
export interface GradedRule {
  check: GradedCheck;
  audience?: AudienceCheck;
  atLeast: number;
}

export interface Policy {
  ids: Partial<Record<Permission, IdCheck | GradedRule>>;
  capabilities: Partial<Record<Capability, (actor: Actor) => boolean>>;
}

/** Shared shape: rows of `table` in the actor's partnership, optionally narrowed by `extra` SQL. */
export const inPartnership =
  (table: string, extra = ''): IdCheck =>
  async (db, actor, ids) => {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND partnership_id = $2 ${extra}`,
      [ids, actor.partnershipId],
    );
    return rows.map((r) => r.id);
  };
