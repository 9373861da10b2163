import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, Permission, isAdmin, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { JOBS, PartnershipRole } from '@convene/contracts';
import { assertUuid, rows } from '@convene/database';
import { AppError, badInput, forbidden } from '@convene/errors';
import { decodeCursor, toPage, type Page } from '@convene/graphql-kit';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { WriteLimits } from '@convene/redis';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { SessionService, type IssuedSession } from '../auth/session.service';
import { ThrottleService } from '../auth/throttle.service';
import { hashToken, looksLikeToken, newToken } from '../auth/tokens';
import { InvitationEntity, InvitationKind } from '../entities';
import { EmailConfirmationService } from './email-confirmation.service';
import { INVITATION_INVALID, joinPartnership, JOINING_COLUMNS, organisationNameOf } from './joining';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

export { INVITATION_INVALID } from './joining';

export interface EmailInvitationRequest {
  email: string;
  role: PartnershipRole;
  organisationId?: string | null;
  forumId?: string | null;
  /** Accepting also makes them a member of this group with `groupRole`. */
  groupId?: string | null;
  groupRole?: GroupInvitationRole | null;
}

export const GROUP_INVITATION_ROLES = ['CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'] as const;
export type GroupInvitationRole = (typeof GROUP_INVITATION_ROLES)[number];

export interface LinkInvitationRequest {
  role: PartnershipRole;
  organisationId?: string | null;
  forumId?: string | null;
  maxUses: number;
  expiresInDays?: number | null;
}

export interface AcceptRequest {
  token: string;
  /** Required for link invitations; email invitations use the invited address. */
  email?: string | null;
  name?: string | null;
  /** What a forum guest types for their organisation (they cannot see the directory to pick one). */
  organisation?: string | null;
  password: string;
  ip: string;
}

export interface InvitationPreview {
  partnershipName: string;
  role: PartnershipRole;
  email: string | null;
  groupName: string | null;
  groupRole: string | null;
  /** Set for a forum invitation: accepting makes a forum guest of someone new to the partnership. */
  forumName: string | null;
}

@Injectable()
export class InvitationService {
  private readonly logger = moduleLogger('invitations');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly confirmations: EmailConfirmationService,
    private readonly jobs: JobQueue,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly limits: WriteLimits,
  ) {}

  /**
   * The worker mints the token when it sends the email, so it is never stored in the clear.
   * EMAIL_INVITATIONS_PER_HOUR per person: each one lands in someone else's inbox.
   */
  async inviteByEmail(actor: Actor, request: EmailInvitationRequest): Promise<InvitationEntity> {
    await this.assertMayInvite(actor, request);
    const email = request.email.trim().toLowerCase();
    await this.assertNotInPartnership(actor, email);
    await this.limits.consume('email-invitation', actor.personId);
    const invitation = await this.db.getRepository(InvitationEntity).save({
      partnershipId: actor.partnershipId,
      kind: InvitationKind.EMAIL,
      email,
      role: request.role,
      organisationId: request.organisationId ?? null,
      forumId: request.forumId ?? null,
      groupId: request.groupId ?? null,
      groupRole: request.groupId ? (request.groupRole ?? 'MEMBER') : null,
      createdByPersonId: actor.personId,
      expiresAt: this.expiry(null),
      maxUses: 1,
      tokenHash: null,
    });
    await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'invitation.created', subjectType: 'invitation', subjectId: invitation.id, detail: { kind: 'EMAIL', role: request.role, ...(request.groupId ? { groupId: request.groupId } : {}) } });
    await this.jobs.nudge(JOBS.invitationEmail, { invitationId: invitation.id }, (error) =>
      this.logger.warn({ err: error, invitationId: invitation.id }, 'invitation email left for the next tick'),
    );
    return invitation;
  }

  /** A shareable link. The token is returned once, here, and only its hash is kept. */
  async createLink(actor: Actor, request: LinkInvitationRequest): Promise<{ invitation: InvitationEntity; token: string; url: string }> {
    await this.assertMayInvite(actor, request);
    const token = newToken('invitation');
    const invitation = await this.db.getRepository(InvitationEntity).save({
      partnershipId: actor.partnershipId,
      kind: InvitationKind.LINK,
      email: null,
      role: request.role,
      organisationId: request.organisationId ?? null,
      forumId: request.forumId ?? null,
      createdByPersonId: actor.personId,
      expiresAt: this.expiry(request.expiresInDays),
      maxUses: request.maxUses,
      tokenHash: hashToken(token),
    });
    await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'invitation.created', subjectType: 'invitation', subjectId: invitation.id, detail: { kind: 'LINK', role: request.role, maxUses: request.maxUses } });
    return { invitation, token, url: this.acceptUrl(token) };
  }

  async list(actor: Actor, first: number, after?: string | null): Promise<Page<InvitationEntity>> {
    this.access.assertCan(actor, Capability.invitationCreate);
    const cursor = decodeCursor(after);
    const query = this.db
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.partnership_id = :partnershipId', { partnershipId: actor.partnershipId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first + 1);
    if (cursor) query.andWhere('(i.created_at, i.id) < (:key::timestamptz, :id::uuid)', { key: cursor.key, id: cursor.id });
    return toPage(await query.getMany(), first, (i) => ({ key: i.createdAt.toISOString(), id: i.id }));
  }

  acceptUrl(token: string): string {
    return `${this.options.publicWebUrl}/invitation#token=${encodeURIComponent(token)}`;
  }

  async revoke(actor: Actor, id: string): Promise<InvitationEntity> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.invitationRevoke, id, 'Invitation');
    await this.db.query(`UPDATE invitation SET revoked_at = coalesce(revoked_at, now()), updated_at = now() WHERE id = $1`, [id]);
    await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'invitation.revoked', subjectType: 'invitation', subjectId: id });
    return this.db.getRepository(InvitationEntity).findOneByOrFail({ id });
  }

  /** What the accept page shows before the person sets a password. */
  async preview(token: string, ip: string): Promise<InvitationPreview> {
    await this.throttle.attemptFromIp('redeem', ip);
    const [row]: InvitationPreview[] = await this.db.query(
      `SELECT p.name AS "partnershipName", CASE WHEN i.forum_id IS NOT NULL AND i.group_id IS NULL THEN 'GUEST' ELSE i.role END AS role,
              i.email, g.name AS "groupName", i.group_role AS "groupRole", CASE WHEN i.group_id IS NULL THEN f.name END AS "forumName"
         FROM invitation i JOIN partnership p ON p.id = i.partnership_id LEFT JOIN "group" g ON g.id = i.group_id LEFT JOIN forum f ON f.id = i.forum_id
        WHERE i.token_hash = $1 AND i.revoked_at IS NULL AND i.expires_at > now() AND i.uses < i.max_uses`,
      [looksLikeToken(token, 'invitation') ? hashToken(token) : ''],
    );
    if (!row) throw badInput(INVITATION_INVALID, { field: 'token' });
    return row;
  }

  /**
   * Redeems the token. An email invitation creates the account (or adds the partnership to an
   * existing one, whose password must then be given) and signs in. A shareable link answers null
   * whatever the address typed: a confirmation email goes to it, and following that joins and
   * signs in. The use is counted atomically, so a one-use link cannot be accepted twice.
   */
  async accept(request: AcceptRequest): Promise<(IssuedSession & { accountId: string; partnershipId: string }) | null> {
    await this.throttle.attemptFromIp('redeem', request.ip);
    if (!looksLikeToken(request.token, 'invitation')) throw badInput(INVITATION_INVALID, { field: 'token' });

    const accepted = await this.db.transaction(async (manager) => {
      const [invitation] = await rows<InvitationEntity>(
        manager,
        `UPDATE invitation SET uses = uses + 1, updated_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now() AND uses < max_uses
          RETURNING ${JOINING_COLUMNS}`,
        [hashToken(request.token)],
      );
      if (!invitation) throw badInput(INVITATION_INVALID, { field: 'token' });

      if (invitation.kind === InvitationKind.LINK) {
        const email = request.email?.trim().toLowerCase();
        if (!email) throw badInput('Enter your email address.', { field: 'email' });
        return { confirmationId: await this.confirmations.request(manager, invitation, { email, name: request.name, password: request.password, organisationName: organisationNameOf(request.organisation) }) };
      }
      const email = invitation.email!.trim().toLowerCase();
      const accountId = await this.accountFor(manager, email, request);
      await joinPartnership(manager, this.audit, invitation, accountId, { organisationName: request.organisation });
      const session = await this.sessions.issue(accountId, invitation.partnershipId, manager);
      return { session: { ...session, accountId, partnershipId: invitation.partnershipId } };
    });
    if (accepted.confirmationId) {
      await this.confirmations.send(accepted.confirmationId);
      return null;
    }
    return accepted.session ?? null;
  }

  /**
   * Someone already in the partnership needs no invitation (it could only fail): say so and send
   * nothing, naming them so the screen can offer to add them instead.
   */
  private async assertNotInPartnership(actor: Actor, email: string): Promise<void> {
    const [found]: { id: string }[] = await this.db.query(
      `SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE p.partnership_id = $1 AND a.email = $2`,
      [actor.partnershipId, email],
    );
    if (found) throw new AppError('CONFLICT', 'This person already has an account in the partnership, so no invitation was sent.', { field: 'email', personId: found.id });
  }

  private async accountFor(manager: EntityManager, email: string, request: AcceptRequest): Promise<string> {
    const [account]: { id: string; passwordHash: string; confirmed: boolean }[] = await manager.query(
      `SELECT id, password_hash AS "passwordHash", email_confirmed_at IS NOT NULL AS confirmed FROM account WHERE email = $1 FOR UPDATE`,
      [email],
    );
    if (account?.confirmed) {
      // Joining a second partnership: prove it is your account. Counted apart from signing in.
      await this.throttle.assertMayTry('invitation', email, request.ip);
      if (!(await verifyPassword(account.passwordHash, request.password))) {
        await this.throttle.failed('invitation', email, request.ip);
        throw badInput('You already have an account with this email address. Enter its password to accept.', { field: 'password' });
      }
      return account.id;
    }
    const name = request.name?.trim();
    if (!name) throw badInput('Enter your name.', { field: 'name' });
    const passwordHash = await hashPassword(request.password, { personal: [email, name] });
    if (account) {
      // Typed into a shareable link by someone, never confirmed: the emailed invitation proves the address.
      await manager.query(`UPDATE account SET name = $2, password_hash = $3, email_confirmed_at = now(), updated_at = now() WHERE id = $1`, [account.id, name, passwordHash]);
      return account.id;
    }
    const [created]: { id: string }[] = await manager.query(
      `INSERT INTO account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [email, name, passwordHash],
    );
    return created.id;
  }

  /**
   * Coordinators invite members; only admins hand out the admin and coordinator roles. A forum's
   * moderators may invite members to their forum.
   */
  private async assertMayInvite(
    actor: Actor,
    { role, organisationId, forumId, groupId, groupRole }: { role: PartnershipRole; organisationId?: string | null; forumId?: string | null; groupId?: string | null; groupRole?: string | null },
  ): Promise<void> {
    if (groupId) {
      // A group's chair, secretary and the coordinators invite members into it.
      assertUuid(groupId, 'groupId');
      await this.access.assertAccess(actor, Permission.groupManage, groupId, 'Group');
      if (groupRole && !(GROUP_INVITATION_ROLES as readonly string[]).includes(groupRole)) throw badInput('Choose a role in the group.', { field: 'groupRole' });
      if (!this.access.can(actor, Capability.invitationCreate) && role !== PartnershipRole.MEMBER) throw forbidden('A group’s chair and secretary invite members.');
    } else if (forumId) {
      assertUuid(forumId, 'forumId');
      await this.access.assertAccess(actor, Permission.forumModerate, forumId, 'Forum');
      if (!this.access.can(actor, Capability.invitationCreate) && role !== PartnershipRole.MEMBER) throw forbidden('Forum moderators invite members.');
    } else {
      this.access.assertCan(actor, Capability.invitationCreate);
    }
    // Forum invitations make guests by themselves; GUEST is never an invitation's own role.
    if (role === PartnershipRole.GUEST) throw badInput('Invite guests into a forum: a forum invitation makes someone new a forum guest.', { field: 'role' });
    if (role !== PartnershipRole.MEMBER && !isAdmin(actor)) throw forbidden('Only an admin can invite admins and coordinators.');
    if (organisationId) {
      assertUuid(organisationId, 'organisationId');
      await this.access.assertAccess(actor, Permission.organisationRead, organisationId, 'Organisation');
    }
  }

  private expiry(days: number | null | undefined): Date {
    return new Date(Date.now() + (days ?? this.options.invitationTtlDays) * 24 * 3600_000);
  }
}
