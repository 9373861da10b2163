import { PartnershipRole } from '@convene/contracts';

/** The signed-in person a request, socket or job acts for. */
export interface Actor {
  accountId: string;
  personId: string;
  partnershipId: string;
  role: PartnershipRole;
  sessionId: string;
}

export const isAdmin = (actor: Actor) => actor.role === PartnershipRole.ADMIN;
export const isCoordinator = (actor: Actor) => actor.role === PartnershipRole.ADMIN || actor.role === PartnershipRole.COORDINATOR;
