import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PartnershipRole } from '@convene/contracts';
import { Connection } from '@convene/graphql-kit';
import { InvitationKind, OrganisationKind } from '../entities';

registerEnumType(PartnershipRole, { name: 'PartnershipRole', description: 'A person’s role in a partnership.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(InvitationKind, { name: 'InvitationKind' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Partnership')
export class PartnershipModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field() timeZone!: string;
}

@ObjectType('Organisation', { description: 'A partner body: council team, NHS trust, charity, community group, university.' })
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => String, { nullable: true }) area!: string | null;
  @Field(() => [String]) themes!: string[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
}

@ObjectType('Person', { description: 'Someone in the partnership.' })
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Null where you may not see it: a forum guest sees other people’s names only.' }) email!: string | null;
  @Field(() => PartnershipRole) role!: PartnershipRole;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  @Field() preferredLanguage!: string;
  @Field({ description: 'False once an admin has deactivated them.' }) active!: boolean;
  @Field(() => GraphQLISODateTime) joinedAt!: Date;
  /** Resolved by a loader, unless the person was read with it. */
  organisationId!: string | null;
  knownOrganisation?: OrganisationModel | null;
  /** Read by someone who may see only the name: `role`, `preferredLanguage`, `active` and `joinedAt` answer FORBIDDEN (PeopleResolver). */
  nameOnly?: boolean;
}

@ObjectType('Membership', { description: 'A partnership the signed-in account belongs to.' })
export class MembershipModel {
  @Field(() => PartnershipModel) partnership!: PartnershipModel;
  @Field(() => PartnershipRole) role!: PartnershipRole;
}

@ObjectType('Me', { description: 'The signed-in person, in the partnership of this session.' })
export class MeModel extends PersonModel {
  @Field(() => String) declare email: string;
  @Field(() => PartnershipModel) partnership!: PartnershipModel;
  @Field(() => [MembershipModel]) memberships!: MembershipModel[];
}

@ObjectType('Session')
export class SessionModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`, or as `auth.token` in the socket.io handshake.' })
  token!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => MeModel) me!: MeModel;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field(() => InvitationKind) kind!: InvitationKind;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => PartnershipRole) role!: PartnershipRole;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => Int) maxUses!: number;
  @Field(() => Int) uses!: number;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  organisationId!: string | null;
  createdByPersonId!: string;
}

@ObjectType('InvitationLink')
export class InvitationLinkModel {
  @Field(() => InvitationModel) invitation!: InvitationModel;
  @Field({ description: 'Shown once. Only a hash is stored.' }) token!: string;
  @Field({ description: 'The link to share: the web client’s accept page.' }) url!: string;
}

@ObjectType('InvitationPreview', { description: 'What an invitation offers, before it is accepted.' })
export class InvitationPreviewModel {
  @Field() partnershipName!: string;
  @Field(() => PartnershipRole) role!: PartnershipRole;
  @Field(() => String, { nullable: true, description: 'Set for email invitations: the address the account will use.' })
  email!: string | null;
  @Field(() => String, { nullable: true, description: 'The group accepting also joins, for an invitation into a group.' }) groupName!: string | null;
  @Field(() => String, { nullable: true, description: 'Their role in that group: CHAIR, SECRETARY, MEMBER or OBSERVER.' }) groupRole!: string | null;
  @Field(() => String, { nullable: true, description: 'For a forum invitation: the forum. Someone new joins as a forum guest (role GUEST) and is asked for their organisation.' })
  forumName!: string | null;
}

export const PersonConnection = Connection(PersonModel, 'PersonConnection');
export const OrganisationConnection = Connection(OrganisationModel, 'OrganisationConnection');
export const InvitationConnection = Connection(InvitationModel, 'InvitationConnection');
