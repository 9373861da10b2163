/** A person's role in a partnership. */
export enum PartnershipRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
}
