/** A person's role in a partnership. */
export enum PartnershipRole {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  /** Invited to forums only: sees those forums, the names of their people, and their own profile. */
  GUEST = 'GUEST',
}
