import { isCoordinator, type Actor } from '../actor';
import { Capability, Permission } from '../permissions';
import { inPartnership, type IdCheck, type Policy } from './policy';

/**
 * The partner directory. Organisations' profiles, services and locations are read by everyone
 * in the partnership (and the PUBLIC services by anyone, through `directoryLevels`); edits are
 * for coordinators and admins; any signed-in person may suggest a change. Who sits for which
 * organisation on a group is decided by those who manage the group (groupManage).
 *
 * Contacts are decided field by field: each of a contact's name and role, email and phone has
 * its own visibility, and a reader sees a field only when its level is one of theirs.
 */
export enum DirectoryVisibility {
  PUBLIC = 'PUBLIC',
  PARTNERSHIP = 'PARTNERSHIP',
  COORDINATORS = 'COORDINATORS',
}

/** The levels a reader may see: signed out, only PUBLIC; anyone signed in, PARTNERSHIP; coordinators and admins, everything. */
export function directoryLevels(actor: Actor | null): DirectoryVisibility[] {
  if (!actor) return [DirectoryVisibility.PUBLIC];
  if (isCoordinator(actor)) return [DirectoryVisibility.PUBLIC, DirectoryVisibility.PARTNERSHIP, DirectoryVisibility.COORDINATORS];
  return [DirectoryVisibility.PUBLIC, DirectoryVisibility.PARTNERSHIP];
}

/** A field is never shown more widely than the record it belongs to. */
export function fieldVisible(actor: Actor | null, record: DirectoryVisibility, field: DirectoryVisibility): boolean {
  const levels = directoryLevels(actor);
  return levels.includes(record) && levels.includes(field);
}

const coordinatorsOnly =
  (table: string): IdCheck =>
  async (db, actor, ids) =>
    isCoordinator(actor) ? inPartnership(table)(db, actor, ids) : [];

export const directoryPolicy: Policy = {
  ids: {
    [Permission.directoryServiceRead]: inPartnership('directory_service'),
    [Permission.directoryOrganisationEdit]: coordinatorsOnly('organisation'),
    [Permission.directoryServiceManage]: coordinatorsOnly('directory_service'),
    [Permission.directoryLocationManage]: coordinatorsOnly('directory_location'),
    [Permission.directoryContactManage]: coordinatorsOnly('directory_contact'),
    [Permission.directorySuggestionReview]: coordinatorsOnly('directory_suggestion'),
  },
  capabilities: {
    [Capability.directoryEdit]: isCoordinator,
    [Capability.directorySuggest]: () => true,
    [Capability.directorySuggestionList]: isCoordinator,
  },
};
