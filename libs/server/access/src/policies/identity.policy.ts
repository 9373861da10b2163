import { isAdmin, isCoordinator } from '../actor';
import { Capability, Permission } from '../permissions';
import { inPartnership, type Policy } from './policy';

/** Partnerships, organisations, people and invitations. */
export const identityPolicy: Policy = {
  ids: {
    [Permission.partnershipRead]: async (_db, actor, ids) => ids.filter((id) => id === actor.partnershipId),
    [Permission.organisationRead]: inPartnership('organisation'),
    [Permission.organisationManage]: async (db, actor, ids) => (isAdmin(actor) ? inPartnership('organisation')(db, actor, ids) : []),
    [Permission.personRead]: inPartnership('person'),
    [Permission.personContactRead]: inPartnership('person'),
    // Admins manage other people; nobody changes their own role or deactivates themselves.
    [Permission.personManage]: async (db, actor, ids) =>
      isAdmin(actor) ? (await inPartnership('person')(db, actor, ids)).filter((id) => id !== actor.personId) : [],
    [Permission.personEmailHealth]: async (db, actor, ids) => (isCoordinator(actor) ? inPartnership('person')(db, actor, ids) : []),
    [Permission.invitationRead]: async (db, actor, ids) => (isCoordinator(actor) ? inPartnership('invitation')(db, actor, ids) : []),
    [Permission.invitationRevoke]: async (db, actor, ids) => (isCoordinator(actor) ? inPartnership('invitation')(db, actor, ids) : []),
    [Permission.auditRead]: async (_db, actor, ids) => (isAdmin(actor) ? ids.filter((id) => id === actor.partnershipId) : []),
  },
  capabilities: {
    [Capability.organisationCreate]: isAdmin,
    [Capability.invitationCreate]: isCoordinator,
    [Capability.personList]: () => true,
  },
};
