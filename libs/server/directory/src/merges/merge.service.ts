import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { keyMatches, keyOf, organisationReferences, quoteIdent as q, type OrganisationReference } from './references';

/** Names at least this similar (pg_trgm, 0 to 1) are proposed as duplicates. */
export const NAME_SIMILARITY = 0.5;
/** Hosts many unrelated groups share: the same one is no sign of a duplicate. */
const SHARED_HOSTS = ['facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'linktr.ee', 'google.com', 'sites.google.com', 'wixsite.com', 'wordpress.com', 'blogspot.com', 'eventbrite.co.uk', 'gov.uk', 'nhs.uk'];

export type MergeReason = 'SIMILAR_NAME' | 'SAME_CHARITY_NUMBER' | 'SAME_WEBSITE';

export interface MergeCandidate {
  id: string;
  name: string;
  kind: string;
  website: string | null;
  charityNumber: string | null;
  services: number;
  contacts: number;
  people: number;
}

export interface MergeProposal {
  first: MergeCandidate;
  second: MergeCandidate;
  reasons: MergeReason[];
  similarity: number;
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  survivorName: string | null;
  mergedId: string;
  mergedName: string;
  reasons: string[];
  mergedAt: Date;
  undoneAt: Date | null;
  moved: number;
}

/** Columns a merge fills on the survivor when it has none and the merged organisation has one. */
const FILLED = ['description', 'website', 'contact_email', 'charity_number', 'company_number', 'ods_code', 'gss_code', 'area'] as const;

/**
 * Duplicate organisations: proposed by similar names (pg_trgm), the same charity number or the
 * same web domain; merged one pair at a time by a coordinator; undone from the merge's record.
 *
 * A merge moves every reference to the merged organisation (read from the catalogue's foreign
 * keys: affiliations, people, group members, representation, services, locations, contacts,
 * the knowledge bank's authors, …) to the survivor and records each row it moved, so the undo
 * moves exactly those back. A row that would collide with one the survivor already has (the same
 * resource authored by both) is deleted and kept whole in the record, to be put back. The
 * person → affiliation trigger is off for the statement's transaction: a merge is not a person
 * changing organisation, and the history must stay as it was.
 */
@Injectable()
export class MergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async proposals(actor: Actor, limit: number): Promise<MergeProposal[]> {
    this.access.assertCan(actor, Capability.directoryEdit);
    return this.db.transaction(async (m) => {
      await m.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(NAME_SIMILARITY)]);
      const pairs: { first: string; second: string; reasons: MergeReason[]; similarity: number }[] = await m.query(
        `SELECT first, second, array_agg(DISTINCT reason ORDER BY reason) AS reasons, max(sim)::float AS similarity FROM (
           SELECT a.id AS first, b.id AS second, 'SIMILAR_NAME' AS reason, similarity(lower(a.name), lower(b.name)) AS sim
             FROM organisation a JOIN organisation b ON b.partnership_id = a.partnership_id AND a.id < b.id AND lower(a.name) % lower(b.name)
            WHERE a.partnership_id = $1
           UNION ALL
           SELECT a.id, b.id, 'SAME_CHARITY_NUMBER', 1 FROM organisation a JOIN organisation b ON b.partnership_id = a.partnership_id AND a.id < b.id AND b.charity_number = a.charity_number
            WHERE a.partnership_id = $1 AND a.charity_number IS NOT NULL
           UNION ALL
           SELECT a.id, b.id, 'SAME_WEBSITE', 1 FROM organisation a JOIN organisation b ON b.partnership_id = a.partnership_id AND a.id < b.id AND web_domain(b.website) = web_domain(a.website)
            WHERE a.partnership_id = $1 AND a.website IS NOT NULL AND web_domain(a.website) <> ALL($3::text[])
         ) x
         WHERE NOT EXISTS (SELECT 1 FROM directory_merge_dismissal d WHERE d.first_id = x.first AND d.second_id = x.second)
         GROUP BY first, second ORDER BY max(sim) DESC, first, second LIMIT $2`,
        [actor.partnershipId, limit, SHARED_HOSTS],
      );
      const ids = [...new Set(pairs.flatMap((p) => [p.first, p.second]))];
      const byId = new Map((await this.candidates(m, ids)).map((c) => [c.id, c]));
      return pairs.map((p) => ({ first: byId.get(p.first)!, second: byId.get(p.second)!, reasons: p.reasons, similarity: Math.round(p.similarity * 100) / 100 }));
    });
  }

  async dismiss(actor: Actor, firstId: string, secondId: string): Promise<boolean> {
    this.access.assertCan(actor, Capability.directoryEdit);
    const [a, b] = [firstId, secondId].sort();
    await this.bothEditable(actor, a, b);
    await this.db.query(
      `INSERT INTO directory_merge_dismissal (partnership_id, first_id, second_id, dismissed_by_person_id, dismissed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [actor.partnershipId, a, b, actor.personId, this.clock.now()],
    );
    return true;
  }

  async history(actor: Actor, limit: number): Promise<MergeRecord[]> {
    this.access.assertCan(actor, Capability.directoryEdit);
    return this.db.query(`${MERGE_SELECT} WHERE dm.partnership_id = $1 ORDER BY dm.merged_at DESC, dm.id LIMIT $2`, [actor.partnershipId, limit]);
  }

  async merge(actor: Actor, survivorId: string, mergedId: string, reasons: MergeReason[]): Promise<MergeRecord> {
    this.access.assertCan(actor, Capability.directoryEdit);
    assertUuid(survivorId);
    assertUuid(mergedId);
    if (survivorId === mergedId) throw badInput('Choose two different organisations.', { field: 'mergedId' });
    await this.bothEditable(actor, survivorId, mergedId);
    const mergeId = await this.db.transaction(async (m) => {
      const locked: { id: string; row: Record<string, unknown> }[] = await m.query(`SELECT id, to_jsonb(o) AS row FROM organisation o WHERE id = ANY($1::uuid[]) AND partnership_id = $2 ORDER BY id FOR UPDATE`, [
        [survivorId, mergedId],
        actor.partnershipId,
      ]);
      const survivor = locked.find((r) => r.id === survivorId)?.row;
      const merged = locked.find((r) => r.id === mergedId)?.row;
      if (!survivor || !merged) throw notFound('Organisation');
      const filled: Record<string, unknown> = {};
      const was: Record<string, unknown> = {};
      for (const column of FILLED) {
        if ((survivor[column] === null || survivor[column] === '') && merged[column] !== null && merged[column] !== '') {
          filled[column] = merged[column];
          was[column] = survivor[column];
        }
      }
      const names = [merged.name as string, ...((merged.other_names as string[]) ?? [])].filter((n) => n !== survivor.name && !((survivor.other_names as string[]) ?? []).includes(n));
      const [{ id }] = await m.query(
        `INSERT INTO directory_merge (partnership_id, survivor_id, merged_id, merged_name, merged_row, survivor_filled, reasons, merged_by_person_id, merged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [actor.partnershipId, survivorId, mergedId, merged.name, JSON.stringify(merged), JSON.stringify({ columns: filled, was, otherNames: [...new Set(names)] }), reasons, actor.personId, this.clock.now()],
      );
      await m.query(`ALTER TABLE person DISABLE TRIGGER person_affiliation`);
      for (const ref of await organisationReferences(m)) await this.moveReferences(m, id, ref, mergedId, survivorId);
      await m.query(`DELETE FROM organisation WHERE id = $1`, [mergedId]);
      const sets = Object.keys(filled).map((c, i) => `${q(c)} = $${i + 3}`);
      await m.query(`UPDATE organisation SET other_names = other_names || $2::text[]${sets.length ? `, ${sets.join(', ')}` : ''}, updated_at = now() WHERE id = $1`, [survivorId, [...new Set(names)], ...Object.values(filled)]);
      await m.query(`ALTER TABLE person ENABLE TRIGGER person_affiliation`);
      await this.audit.record(
        { partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.organisations-merged', subjectType: 'organisation', subjectId: survivorId, detail: { mergeId: id, mergedId, mergedName: merged.name, reasons } },
        m,
      );
      return id as string;
    });
    return this.get(actor, mergeId);
  }

  async undo(actor: Actor, mergeId: string): Promise<MergeRecord> {
    this.access.assertCan(actor, Capability.directoryEdit);
    assertUuid(mergeId);
    await this.db.transaction(async (m) => {
      const [merge]: { survivorId: string; mergedId: string; mergedRow: Record<string, unknown>; filled: { columns: Record<string, unknown>; was: Record<string, unknown>; otherNames: string[] }; undoneAt: Date | null }[] = await m.query(
        `SELECT survivor_id AS "survivorId", merged_id AS "mergedId", merged_row AS "mergedRow", survivor_filled AS filled, undone_at AS "undoneAt"
           FROM directory_merge WHERE id = $1 AND partnership_id = $2 FOR UPDATE`,
        [mergeId, actor.partnershipId],
      );
      if (!merge) throw notFound('Merge');
      if (merge.undoneAt) throw conflict('This merge has been undone already.');
      const [survivor] = await m.query(`SELECT id FROM organisation WHERE id = $1 FOR UPDATE`, [merge.survivorId]);
      if (!survivor) throw conflict('The organisation kept by this merge has since been merged or removed: undo that first.');
      const [nameTaken] = await m.query(`SELECT 1 FROM organisation WHERE partnership_id = $1 AND name = $2`, [actor.partnershipId, merge.mergedRow.name]);
      if (nameTaken) throw conflict('Another organisation now has the merged organisation’s name: rename it first.', { field: 'name' });
      await m.query(`INSERT INTO organisation SELECT * FROM jsonb_populate_record(NULL::organisation, $1::jsonb)`, [JSON.stringify(merge.mergedRow)]);
      await m.query(`ALTER TABLE person DISABLE TRIGGER person_affiliation`);
      const refs = new Map((await organisationReferences(m)).map((r) => [`${r.table}.${r.column}`, r]));
      const groups: { table: string; column: string }[] = await m.query(`SELECT DISTINCT table_name AS table, column_name AS column FROM directory_merge_change WHERE merge_id = $1`, [mergeId]);
      for (const { table, column } of groups) {
        const ref = refs.get(`${table}.${column}`);
        if (!ref) continue; // the table has gone since the merge
        const t = q(table);
        const c = q(column);
        await m.query(
          `UPDATE ${t} AS t SET ${c} = $3 FROM directory_merge_change ch
            WHERE ch.merge_id = $1 AND ch.table_name = $4 AND ch.column_name = $5 AND ch.kind = 'MOVED' AND ${keyMatches(ref, 't', 'ch.row_key')} AND t.${c} = $2`,
          [mergeId, merge.survivorId, merge.mergedId, table, column],
        );
        await m.query(
          `UPDATE ${t} AS t SET ${c} = $2 FROM directory_merge_change ch
            WHERE ch.merge_id = $1 AND ch.table_name = $3 AND ch.column_name = $4 AND ch.kind = 'CLEARED' AND ${keyMatches(ref, 't', 'ch.row_key')} AND t.${c} IS NULL`,
          [mergeId, merge.mergedId, table, column],
        );
        await m.query(
          `INSERT INTO ${t} SELECT (jsonb_populate_record(NULL::${t}, ch.row_data)).* FROM directory_merge_change ch
            WHERE ch.merge_id = $1 AND ch.table_name = $2 AND ch.column_name = $3 AND ch.kind = 'DELETED' ON CONFLICT DO NOTHING`,
          [mergeId, table, column],
        );
      }
      await m.query(`ALTER TABLE person ENABLE TRIGGER person_affiliation`);
      // Put back what the merge filled in, where nobody has changed it since.
      for (const [column, value] of Object.entries(merge.filled.columns ?? {})) {
        await m.query(`UPDATE organisation SET ${q(column)} = $3 WHERE id = $1 AND ${q(column)}::text = $2::text`, [merge.survivorId, value, merge.filled.was?.[column] ?? null]);
      }
      await m.query(`UPDATE organisation SET other_names = ARRAY(SELECT n FROM unnest(other_names) n WHERE n <> ALL($2::text[])), updated_at = now() WHERE id = $1`, [merge.survivorId, merge.filled.otherNames ?? []]);
      await m.query(`UPDATE directory_merge SET undone_at = $2, undone_by_person_id = $3 WHERE id = $1`, [mergeId, this.clock.now(), actor.personId]);
      await this.audit.record(
        { partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.merge-undone', subjectType: 'organisation', subjectId: merge.mergedId, detail: { mergeId, survivorId: merge.survivorId } },
        m,
      );
    });
    return this.get(actor, mergeId);
  }

  private async get(actor: Actor, mergeId: string): Promise<MergeRecord> {
    const [record] = await this.db.query(`${MERGE_SELECT} WHERE dm.id = $1 AND dm.partnership_id = $2`, [mergeId, actor.partnershipId]);
    if (!record) throw notFound('Merge');
    return record;
  }

  private async bothEditable(actor: Actor, a: string, b: string): Promise<void> {
    assertUuid(a);
    assertUuid(b);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.directoryOrganisationEdit, ids: [a, b] });
    if (!allowed.has(a) || !allowed.has(b)) throw notFound('Organisation');
  }

  private async candidates(m: EntityManager, ids: string[]): Promise<MergeCandidate[]> {
    if (!ids.length) return [];
    return m.query(
      `SELECT o.id, o.name, o.kind, o.website, o.charity_number AS "charityNumber",
              (SELECT count(*)::int FROM directory_service s WHERE s.organisation_id = o.id) AS services,
              (SELECT count(*)::int FROM directory_contact c WHERE c.organisation_id = o.id) AS contacts,
              (SELECT count(*)::int FROM person p WHERE p.organisation_id = o.id AND p.deactivated_at IS NULL) AS people
         FROM organisation o WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Moves one column's references, recording each row; collisions are kept whole and deleted. */
  private async moveReferences(m: EntityManager, mergeId: string, ref: OrganisationReference, mergedId: string, survivorId: string): Promise<void> {
    const t = q(ref.table);
    const c = q(ref.column);
    const self = ref.table === 'organisation';
    for (const others of ref.uniqueWith) {
      const same = others.map((o) => `s.${q(o)} IS NOT DISTINCT FROM r.${q(o)}`).join(' AND ');
      await m.query(
        `WITH gone AS (DELETE FROM ${t} AS r WHERE r.${c} = $2 AND EXISTS (SELECT 1 FROM ${t} s WHERE s.${c} = $3${same ? ` AND ${same}` : ''}) RETURNING r.*)
         INSERT INTO directory_merge_change (merge_id, table_name, column_name, kind, row_key, row_data)
         SELECT $1, $4, $5, 'DELETED', ${keyOf(ref, 'gone')}, to_jsonb(gone) FROM gone`,
        [mergeId, mergedId, survivorId, ref.table, ref.column],
      );
    }
    if (self) {
      // The survivor cannot be its own parent.
      await m.query(
        `WITH cleared AS (UPDATE organisation AS r SET parent_id = NULL WHERE r.id = $3 AND r.parent_id = $2 RETURNING r.id)
         INSERT INTO directory_merge_change (merge_id, table_name, column_name, kind, row_key) SELECT $1, 'organisation', $4, 'CLEARED', jsonb_build_object('id', cleared.id) FROM cleared`,
        [mergeId, mergedId, survivorId, ref.column],
      );
    }
    await m.query(
      `WITH moved AS (UPDATE ${t} AS r SET ${c} = $3 WHERE r.${c} = $2${self ? ` AND r.id <> $2` : ''} RETURNING r.*)
       INSERT INTO directory_merge_change (merge_id, table_name, column_name, kind, row_key) SELECT $1, $4, $5, 'MOVED', ${keyOf(ref, 'moved')} FROM moved`,
      [mergeId, mergedId, survivorId, ref.table, ref.column],
    );
  }
}

const MERGE_SELECT = `SELECT dm.id, dm.survivor_id AS "survivorId", o.name AS "survivorName", dm.merged_id AS "mergedId", dm.merged_name AS "mergedName", dm.reasons,
  dm.merged_at AS "mergedAt", dm.undone_at AS "undoneAt", (SELECT count(*)::int FROM directory_merge_change ch WHERE ch.merge_id = dm.id) AS moved
  FROM directory_merge dm LEFT JOIN organisation o ON o.id = dm.survivor_id`;
