import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, DirectoryVisibility, Permission, directoryLevels, fieldVisible, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, isUuid, rows } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import { checkEmail, checkPhone } from '../identifiers';
import { group } from '../services/service.service';
import type { ContactInput, ContactModel } from './contact.models';

const COLUMNS = `c.id, c.partnership_id AS "partnershipId", c.organisation_id AS "organisationId", c.service_id AS "serviceId", c.person_id AS "personId",
  c.name, c.role, c.email, c.phone, c.visibility, c.email_visibility AS "emailVisibility", c.phone_visibility AS "phoneVisibility",
  c.lawful_basis AS "lawfulBasis", c.last_checked_at AS "lastCheckedAt"`;

const WIDTH: Record<DirectoryVisibility, number> = { PUBLIC: 0, PARTNERSHIP: 1, COORDINATORS: 2 };

/**
 * What a reader sees of a contact, decided field by field by the policy layer: the contact is
 * left out unless its own level is one of the reader's; email and phone are null unless theirs
 * are too; the lawful basis and the fields' levels are for coordinators and admins.
 */
export function redactContact(actor: Actor | null, row: ContactModel): ContactModel | null {
  if (!directoryLevels(actor).includes(row.visibility)) return null;
  const coordinator = fieldVisible(actor, row.visibility, DirectoryVisibility.COORDINATORS);
  return {
    ...row,
    email: row.emailVisibility && fieldVisible(actor, row.visibility, row.emailVisibility) ? row.email : null,
    phone: row.phoneVisibility && fieldVisible(actor, row.visibility, row.phoneVisibility) ? row.phone : null,
    emailVisibility: coordinator ? row.emailVisibility : null,
    phoneVisibility: coordinator ? row.phoneVisibility : null,
    lawfulBasis: coordinator ? row.lawfulBasis : null,
    personId: coordinator ? row.personId : null,
  };
}

/** Contacts of organisations and services, with the lawful basis for holding each. */
@Injectable()
export class ContactService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Contacts per organisation or service id (`by`), as `actor` (null: signed out) may see them. */
  async of(actor: Actor | null, partnershipId: string, by: 'organisation' | 'service', ids: readonly string[]): Promise<Map<string, ContactModel[]>> {
    const rows: ContactModel[] = await this.db.query(
      `SELECT ${COLUMNS} FROM directory_contact c WHERE c.${by}_id = ANY($1::uuid[]) AND c.partnership_id = $2 AND c.visibility = ANY($3::text[]) ORDER BY lower(c.name), c.id`,
      [ids.filter(isUuid), partnershipId, directoryLevels(actor)],
    );
    const seen = rows.map((row) => redactContact(actor, row)).filter((row): row is ContactModel => row !== null);
    return group(seen, (r) => (by === 'organisation' ? r.organisationId! : r.serviceId!));
  }

  async save(actor: Actor, id: string | null, input: ContactInput): Promise<ContactModel> {
    if (id) {
      assertUuid(id);
      await this.access.assertAccess(actor, Permission.directoryContactManage, id, 'Contact');
    } else {
      this.access.assertCan(actor, Capability.directoryEdit);
      if (!!input.organisationId === !!input.serviceId) throw badInput('Choose the organisation or the service the contact is for.', { field: 'organisationId' });
      if (input.organisationId) await this.access.assertAccess(actor, Permission.directoryOrganisationEdit, input.organisationId, 'Organisation');
      else await this.access.assertAccess(actor, Permission.directoryServiceManage, input.serviceId!, 'Service');
    }
    const narrowest = (field: DirectoryVisibility | null | undefined) => {
      const level = field ?? input.visibility;
      // A field is never shown more widely than its contact.
      return WIDTH[level] < WIDTH[input.visibility] ? input.visibility : level;
    };
    const email = checkEmail('email', input.email);
    const phone = checkPhone('phone', input.phone);
    const values = [input.name.trim(), input.role.trim(), email, phone, input.visibility, narrowest(input.emailVisibility), narrowest(input.phoneVisibility), input.lawfulBasis, this.clock.now(), actor.personId];
    const saved: string = await this.db.transaction(async (manager) => {
      const [{ id: savedId }] = id
        ? await rows<{ id: string }>(
            manager,
            `UPDATE directory_contact SET name = $2, role = $3, email = $4, phone = $5, visibility = $6, email_visibility = $7, phone_visibility = $8, lawful_basis = $9,
                    last_checked_at = $10, last_checked_by_person_id = $11, updated_at = now() WHERE id = $1 RETURNING id`,
            [id, ...values],
          )
        : await rows<{ id: string }>(
            manager,
            `INSERT INTO directory_contact (partnership_id, organisation_id, service_id, name, role, email, phone, visibility, email_visibility, phone_visibility, lawful_basis, last_checked_at, last_checked_by_person_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
            [actor.partnershipId, input.organisationId ?? null, input.organisationId ? null : input.serviceId, ...values],
          );
      // Ids only: a contact's name, email and phone stay out of the audit trail.
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: id ? 'directory.contact-changed' : 'directory.contact-added', subjectType: 'directory_contact', subjectId: savedId }, manager);
      return savedId;
    });
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM directory_contact c WHERE c.id = $1`, [saved]);
    return redactContact(actor, row)!;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directoryContactManage, id, 'Contact');
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM directory_contact WHERE id = $1`, [id]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.contact-removed', subjectType: 'directory_contact', subjectId: id }, manager);
    });
    return true;
  }

  async get(actor: Actor, id: string): Promise<ContactModel> {
    assertUuid(id);
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM directory_contact c WHERE c.id = $1 AND c.partnership_id = $2`, [id, actor.partnershipId]);
    const seen = row && redactContact(actor, row);
    if (!seen) throw notFound('Contact');
    return seen;
  }
}
