import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { PartnershipRole } from '@convene/contracts';
import { assertUuid, isUuid } from '@convene/database';
import { badInput, forbidden, notFound } from '@convene/errors';
import { decodeCursor, toPage, type Page } from '@convene/graphql-kit';
import { RealtimePublisher } from '@convene/realtime';
import { SessionService } from '../auth/session.service';
import type { OrganisationKind } from '../entities';

/** A person as the directory shows them: membership joined with account. */
export interface PersonRow {
  id: string;
  accountId: string;
  partnershipId: string;
  organisationId: string | null;
  role: PartnershipRole;
  jobTitle: string | null;
  deactivatedAt: Date | null;
  createdAt: Date;
  name: string;
  /** Null where the reader may not see it (see `withoutContact`). */
  email: string | null;
  preferredLanguage: string;
  /** Present when read by `byIds`, which joins it in the same statement. */
  organisation?: OrganisationRow | null;
  /** Read by someone who may see only their name (see `withoutContact`): the rest answers FORBIDDEN. */
  nameOnly?: boolean;
}

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  area: string | null;
  themes: string[];
  website: string | null;
  contactEmail: string | null;
}

export const PERSON_COLUMNS = `p.id, p.account_id AS "accountId", p.partnership_id AS "partnershipId", p.organisation_id AS "organisationId",
  p.role, p.job_title AS "jobTitle", p.deactivated_at AS "deactivatedAt", p.created_at AS "createdAt",
  a.name, a.email, a.preferred_language AS "preferredLanguage"`;

/**
 * People with their organisation as JSON, for rows matching `where` (aliases: person `p`,
 * account `a`). The one select behind `byIds` and any statement that reads people alongside
 * other rows (the agenda pack), so both see the same columns and the same partnership rule.
 */
export const personSelect = (where: string) => `SELECT ${PERSON_COLUMNS},
    CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'area', o.area, 'themes', o.themes, 'website', o.website, 'contactEmail', o.contact_email) END AS organisation
  FROM person p JOIN account a ON a.id = p.account_id
  LEFT JOIN organisation o ON o.id = p.organisation_id AND o.partnership_id = p.partnership_id
  WHERE ${where}`;

/**
 * A person as someone who may see only their name reads them (a forum guest, of anyone else):
 * contact details blanked, and marked so that role, language, status and joining date refuse.
 */
export const withoutContact = (row: PersonRow): PersonRow => ({ ...row, email: null, jobTitle: null, organisationId: null, organisation: null, nameOnly: true });

/** A person row read as JSON (see `personSelect`): its timestamps arrive as strings. */
export function personFromJson(row: PersonRow): PersonRow {
  return { ...row, createdAt: new Date(row.createdAt), deactivatedAt: row.deactivatedAt === null ? null : new Date(row.deactivatedAt) };
}

export interface PeopleFilter {
  organisationId?: string | null;
  role?: PartnershipRole | null;
  search?: string | null;
  includeDeactivated?: boolean | null;
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly realtime: RealtimePublisher,
  ) {}

  /**
   * By ids, in the actor's partnership only, in the order asked (for DataLoader). People come
   * with their organisation, so lists of people cost one statement, not two.
   */
  async byIds(actor: Actor, ids: readonly string[]): Promise<(PersonRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows: PersonRow[] = valid.length ? await this.db.query(personSelect('p.id = ANY($1::uuid[]) AND p.partnership_id = $2'), [valid, actor.partnershipId]) : [];
    // Anything beyond the name (contact details, role, status) only where the policy layer allows: a forum guest sees names.
    const contact = rows.length ? await this.access.requireAccess({ actor, permission: Permission.personContactRead, ids: rows.map((r) => r.id) }) : new Set<string>();
    const byId = new Map(rows.map((r) => [r.id, contact.has(r.id) ? r : withoutContact(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor, id: string): Promise<PersonRow> {
    assertUuid(id);
    // Everyone in the partnership for its members; a forum guest, the people of their forums.
    await this.access.assertAccess(actor, Permission.personRead, id, 'Person');
    const [person] = await this.byIds(actor, [id]);
    if (!person) throw notFound('Person');
    return person;
  }

  /** Ordered by name; the cursor is (name, id). */
  async list(actor: Actor, filter: PeopleFilter, first: number, after?: string | null): Promise<Page<PersonRow>> {
    const cursor = decodeCursor(after);
    if (filter.organisationId) assertUuid(filter.organisationId, 'organisationId');
    const rows: PersonRow[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM person p JOIN account a ON a.id = p.account_id
        WHERE p.partnership_id = $1
          AND ($2::uuid IS NULL OR p.organisation_id = $2::uuid)
          AND ($3::text IS NULL OR p.role = $3)
          AND ($4::text IS NULL OR a.name ILIKE '%' || $4 || '%' OR a.email ILIKE '%' || $4 || '%'
               OR EXISTS (SELECT 1 FROM organisation o WHERE o.id = p.organisation_id AND o.name ILIKE '%' || $4 || '%'))
          AND ($5::boolean OR p.deactivated_at IS NULL)
          AND ($6::text IS NULL OR (lower(a.name), p.id) > ($6::text, $7::uuid))
        ORDER BY lower(a.name), p.id
        LIMIT $8`,
      [actor.partnershipId, filter.organisationId ?? null, filter.role ?? null, filter.search?.replace(/[%_\\]/g, '\\$&') ?? null, filter.includeDeactivated ?? false, cursor?.key ?? null, cursor?.id ?? null, first + 1],
    );
    return toPage(rows, first, (r) => ({ key: r.name.toLowerCase(), id: r.id }));
  }

  /**
   * Admins only, never their own role: no one can promote themselves. A lower role takes effect
   * on open sockets too: they leave, on every forum instance, the forums the person lost.
   */
  async setRole(actor: Actor, personId: string, role: PartnershipRole): Promise<PersonRow> {
    await this.assertManage(actor, personId);
    const before = await this.get(actor, personId);
    const as = (r: PartnershipRole): Actor => ({ accountId: before.accountId, personId, partnershipId: before.partnershipId, role: r, sessionId: '' });
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE person SET role = $2, updated_at = now() WHERE id = $1`, [personId, role]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'person.role-changed', subjectType: 'person', subjectId: personId, detail: { from: before.role, to: role } }, manager);
    });
    if (role !== before.role) {
      const [had, has] = await Promise.all([this.access.forumsOf(as(before.role)), this.access.forumsOf(as(role))]);
      for (const forumId of had.keys()) if (!has.has(forumId)) this.realtime.removedFromForum([personId], forumId);
    }
    return this.get(actor, personId);
  }

  async setOrganisation(actor: Actor, personId: string, organisationId: string | null): Promise<PersonRow> {
    await this.assertManage(actor, personId);
    if (organisationId) {
      assertUuid(organisationId, 'organisationId');
      await this.access.assertAccess(actor, Permission.organisationRead, organisationId, 'Organisation');
    }
    await this.db.query(`UPDATE person SET organisation_id = $2, updated_at = now() WHERE id = $1`, [personId, organisationId]);
    return this.get(actor, personId);
  }

  /** Ends all of the person's sessions in this partnership at once. */
  async deactivate(actor: Actor, personId: string): Promise<{ person: PersonRow; endedSessionIds: string[] }> {
    await this.assertManage(actor, personId);
    const endedSessionIds = await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE person SET deactivated_at = coalesce(deactivated_at, now()), updated_at = now() WHERE id = $1`, [personId]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'person.deactivated', subjectType: 'person', subjectId: personId }, manager);
      return this.sessions.endAllForPerson(personId, manager);
    });
    return { person: await this.get(actor, personId), endedSessionIds };
  }

  async reactivate(actor: Actor, personId: string): Promise<PersonRow> {
    await this.assertManage(actor, personId);
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE person SET deactivated_at = NULL, updated_at = now() WHERE id = $1`, [personId]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'person.reactivated', subjectType: 'person', subjectId: personId }, manager);
    });
    return this.get(actor, personId);
  }

  async updateProfile(actor: Actor, profile: { name?: string | null; preferredLanguage?: string | null; jobTitle?: string | null }): Promise<PersonRow> {
    const name = profile.name?.trim();
    if (profile.name !== undefined && profile.name !== null && !name) throw badInput('Enter your name.', { field: 'name' });
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE account SET name = coalesce($2, name), preferred_language = coalesce($3, preferred_language), updated_at = now() WHERE id = $1`,
        [actor.accountId, name ?? null, profile.preferredLanguage ?? null],
      );
      if (profile.jobTitle !== undefined) {
        await manager.query(`UPDATE person SET job_title = $2, updated_at = now() WHERE id = $1`, [actor.personId, profile.jobTitle?.trim() || null]);
      }
    });
    return this.get(actor, actor.personId);
  }

  private async assertManage(actor: Actor, personId: string): Promise<void> {
    assertUuid(personId, 'personId');
    if (personId === actor.personId) throw forbidden('You cannot change your own role or access. Ask another admin.');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.personManage, ids: [personId] });
    if (allowed.has(personId)) return;
    // Someone you can see but not manage is forbidden; someone you cannot see does not exist.
    const visible = await this.access.requireAccess({ actor, permission: Permission.personRead, ids: [personId] });
    throw visible.has(personId) ? forbidden() : notFound('Person');
  }
}
