import { AuditEventEntity } from '@convene/audit';
import { DeliveryEntity } from '@convene/delivery';
import {
  AccountEntity,
  InvitationEntity,
  OrganisationEntity,
  PartnershipEntity,
  PasswordResetEntity,
  PersonEntity,
  SessionEntity,
} from '@convene/identity';

/** Every entity of every feature lib; the one list the DataSource is built from. */
export const ENTITIES = [
  PartnershipEntity,
  OrganisationEntity,
  AccountEntity,
  PersonEntity,
  SessionEntity,
  InvitationEntity,
  PasswordResetEntity,
  AuditEventEntity,
  DeliveryEntity,
];
