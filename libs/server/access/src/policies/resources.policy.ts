import type { DataSource } from 'typeorm';
import { PartnershipRole } from '@convene/contracts';
import { isCoordinator, type Actor } from '../actor';
import { Capability, Permission } from '../permissions';
import type { GradedCheck, Policy } from './policy';

/**
 * Knowledge bank resources. Reading, by visibility:
 * - PUBLIC: anyone, signed in or not (the public bank page);
 * - PARTNERSHIP: everyone signed in to the partnership;
 * - GROUP: the group's members (any role), and coordinators and admins.
 * Managing (edit, file, delete) is for coordinators and admins, and for contributors (people a
 * coordinator has named) on resources they may read. Adding one: coordinators and contributors.
 * Nothing crosses partnerships.
 */
export const RESOURCE_READ = 1;
export const RESOURCE_MANAGE = 2;

/** Who is reading the bank: a signed-in person of the partnership, or nobody (signed out). */
export interface BankReader {
  partnershipId: string;
  personId: string | null;
  coordinator: boolean;
}

/** The reader an actor is in their own partnership; a signed-in person elsewhere, or a forum guest, reads as the public. */
export const bankReaderOf = (actor: Actor | null, partnershipId?: string): BankReader =>
  // A forum guest reads the bank as the public does.
  actor && actor.role !== PartnershipRole.GUEST && (!partnershipId || partnershipId === actor.partnershipId)
    ? { partnershipId: actor.partnershipId, personId: actor.personId, coordinator: isCoordinator(actor) }
    : { partnershipId: partnershipId ?? '00000000-0000-0000-0000-000000000000', personId: null, coordinator: false };

/**
 * The read rule as SQL over a `resource` row aliased `r`, given the placeholders holding the
 * reader's partnership (uuid), person (uuid or NULL) and coordinator flag (boolean). Search,
 * facet counts and the single-resource check all use this one predicate, so a count can never
 * include a resource its reader could not open.
 */
export const resourceReadableSql = (r: string, p: { partnership: string; person: string; coordinator: string }) => `
  (${r}.partnership_id = ${p.partnership}::uuid AND (
     ${r}.visibility = 'PUBLIC'
     OR (${p.person}::uuid IS NOT NULL AND (
           ${r}.visibility = 'PARTNERSHIP'
           OR ${p.coordinator}::boolean
           OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = ${r}.group_id AND gm.person_id = ${p.person}::uuid)))))`;

/** Is `personId` a contributor of the bank (SQL over the same placeholders)? */
const contributorSql = (person: string) => `EXISTS (SELECT 1 FROM resource_contributor c WHERE c.person_id = ${person}::uuid)`;

/** The parameters for `resourceReadableSql` placed at $n, $n+1, $n+2. */
export const readerParams = (reader: BankReader): [string, string | null, boolean] => [reader.partnershipId, reader.personId, reader.coordinator];

/**
 * A reader's grade on a `resource` row `r` (0, RESOURCE_READ or RESOURCE_MANAGE) as SQL over the
 * same placeholders: the one rule behind `resourceRead`/`resourceManage`, and behind the search's
 * "may edit" on each result.
 */
export const resourceGradeSql = (r: string, p: { partnership: string; person: string; coordinator: string }) =>
  `CASE WHEN NOT ${resourceReadableSql(r, p)} THEN 0
        WHEN ${p.coordinator}::boolean OR ${contributorSql(p.person)} THEN ${RESOURCE_MANAGE}
        ELSE ${RESOURCE_READ} END`;

/** May the reader add resources to their partnership's bank (coordinators and contributors), as SQL over the same placeholders. */
export const resourceAddableSql = (p: { partnership: string; person: string; coordinator: string }) =>
  `(${p.person}::uuid IS NOT NULL AND (${p.coordinator}::boolean
     OR EXISTS (SELECT 1 FROM resource_contributor c JOIN person cp ON cp.id = c.person_id WHERE c.person_id = ${p.person}::uuid AND cp.partnership_id = ${p.partnership}::uuid)))`;

const resourceGrades: GradedCheck = async (db: DataSource, actor: Actor, ids: string[]) => {
  const rows: { id: string; grade: number }[] = await db.query(
    `SELECT r.id, ${resourceGradeSql('r', { partnership: '$2', person: '$3', coordinator: '$4' })} AS grade FROM resource r WHERE r.id = ANY($1::uuid[])`,
    [ids, ...readerParams(bankReaderOf(actor))],
  );
  return new Map(rows.map((r) => [r.id, r.grade]));
};

/** Adding resources, asked about the actor's partnership id: coordinators and contributors. */
const mayAdd: GradedCheck = async (db: DataSource, actor: Actor, ids: string[]) => {
  if (!ids.includes(actor.partnershipId)) return new Map();
  const reader = bankReaderOf(actor);
  const [row]: { may: boolean }[] = await db.query(`SELECT ${resourceAddableSql({ partnership: '$1', person: '$2', coordinator: '$3' })} AS may`, readerParams(reader));
  return new Map(row?.may ? [[actor.partnershipId, 1]] : []);
};

/** Saved searches are their owner's alone. */
const ownSavedSearch: GradedCheck = async (db: DataSource, actor: Actor, ids: string[]) => {
  const rows: { id: string }[] = await db.query(`SELECT id FROM bank_saved_search WHERE id = ANY($1::uuid[]) AND person_id = $2`, [ids, actor.personId]);
  return new Map(rows.map((r) => [r.id, 1]));
};

export const resourcesPolicy: Policy = {
  ids: {
    [Permission.resourceRead]: { check: resourceGrades, atLeast: RESOURCE_READ },
    [Permission.resourceManage]: { check: resourceGrades, atLeast: RESOURCE_MANAGE },
    [Permission.resourceCreate]: { check: mayAdd, atLeast: 1 },
    [Permission.bankSavedSearchManage]: { check: ownSavedSearch, atLeast: 1 },
  },
  capabilities: {
    [Capability.resourceContributorsManage]: isCoordinator,
  },
};
