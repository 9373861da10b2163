import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, Permission, directoryLevels, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import { checkEmail, checkIdentifier, checkLabels, checkPhone, checkWebsite } from '../identifiers';
import { weeklySlots } from '../schedule/weekly-slots';
import { ServiceLevel, ServiceType } from '../taxonomy';
import { LOCATION_COLUMNS, SERVICE_COLUMNS, SERVICE_FROM, titleCase } from './columns';
import type { LocationInput, LocationModel, ServiceInput, ServiceModel } from './service.models';

/**
 * Services and locations of the directory's organisations. Coordinators and admins write;
 * everyone in the partnership reads, and anyone reads the PUBLIC services (see the finder).
 * A service's schedule is written with its weekly slots, in one transaction.
 */
@Injectable()
export class ServiceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Services by id that `actor` (or a signed-out reader, in `partnershipId`) may read, in order. */
  async byIds(actor: Actor | null, partnershipId: string, ids: readonly string[]): Promise<(ServiceModel | null)[]> {
    const valid = ids.filter(isUuid);
    const rows: ServiceModel[] = valid.length
      ? await this.db.query(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE s.id = ANY($1::uuid[]) AND s.partnership_id = $2 AND s.visibility = ANY($3::text[])`, [
          valid,
          partnershipId,
          directoryLevels(actor),
        ])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor | null, partnershipId: string, id: string): Promise<ServiceModel> {
    assertUuid(id);
    const [service] = await this.byIds(actor, partnershipId, [id]);
    if (!service) throw notFound('Service');
    return service;
  }

  async ofOrganisations(actor: Actor, organisationIds: readonly string[]): Promise<Map<string, ServiceModel[]>> {
    const rows: ServiceModel[] = await this.db.query(
      `SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE s.organisation_id = ANY($1::uuid[]) AND s.partnership_id = $2 ORDER BY lower(s.name), s.id`,
      [organisationIds.filter(isUuid), actor.partnershipId],
    );
    return group(rows, (r) => r.organisationId);
  }

  async create(actor: Actor, input: ServiceInput): Promise<ServiceModel> {
    this.access.assertCan(actor, Capability.directoryEdit);
    if (!input.organisationId) throw badInput('Choose the organisation that runs the service.', { field: 'organisationId' });
    await this.access.assertAccess(actor, Permission.directoryOrganisationEdit, input.organisationId, 'Organisation');
    const columns = await this.columns(actor, input.organisationId, input);
    const id = await this.db.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO directory_service (partnership_id, organisation_id, ${COLUMN_NAMES.join(', ')}, last_checked_at, last_checked_by_person_id)
         VALUES ($1, $2, ${COLUMN_NAMES.map((_, i) => `$${i + 3}`).join(', ')}, $${COLUMN_NAMES.length + 3}, $${COLUMN_NAMES.length + 4}) RETURNING id`,
        [actor.partnershipId, input.organisationId, ...columns, this.clock.now(), actor.personId],
      );
      await this.writeSlots(manager, id, input);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.service-added', subjectType: 'directory_service', subjectId: id }, manager);
      return id as string;
    });
    return this.get(actor, actor.partnershipId, id);
  }

  /** Saving a service counts as checking it: the "last checked" date and who moves on. */
  async update(actor: Actor, id: string, input: ServiceInput): Promise<ServiceModel> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directoryServiceManage, id, 'Service');
    const [{ organisationId }] = await this.db.query(`SELECT organisation_id AS "organisationId" FROM directory_service WHERE id = $1`, [id]);
    const columns = await this.columns(actor, organisationId, input);
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE directory_service SET ${COLUMN_NAMES.map((c, i) => `${c} = $${i + 2}`).join(', ')}, last_checked_at = $${COLUMN_NAMES.length + 2},
                last_checked_by_person_id = $${COLUMN_NAMES.length + 3}, updated_at = now() WHERE id = $1`,
        [id, ...columns, this.clock.now(), actor.personId],
      );
      await this.writeSlots(manager, id, input);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.service-changed', subjectType: 'directory_service', subjectId: id }, manager);
    });
    return this.get(actor, actor.partnershipId, id);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directoryServiceManage, id, 'Service');
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM directory_service WHERE id = $1`, [id]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.service-removed', subjectType: 'directory_service', subjectId: id }, manager);
    });
    return true;
  }

  /** The input as column values in COLUMN_NAMES order, checked and tidied. */
  private async columns(actor: Actor, organisationId: string, input: ServiceInput): Promise<unknown[]> {
    if (input.locationId) {
      const [found] = await this.db.query(`SELECT 1 FROM directory_location WHERE id = $1 AND organisation_id = $2 AND partnership_id = $3`, [input.locationId, organisationId, actor.partnershipId]);
      if (!found) throw badInput('Choose one of the organisation’s own locations.', { field: 'locationId' });
    }
    if (input.minAge != null && input.maxAge != null && input.minAge > input.maxAge) throw badInput('The youngest age must not be above the oldest.', { field: 'minAge' });
    if (!!input.schedule !== !!input.scheduleStartsAt) throw badInput('Give the schedule together with the date and time of the first session.', { field: input.schedule ? 'scheduleStartsAt' : 'schedule' });
    if (input.levels.length && input.serviceType !== ServiceType.ESOL) throw badInput('Levels are for ESOL services.', { field: 'levels' });
    const schedule = input.schedule?.trim().replace(/^RRULE:/i, '') || null;
    if (schedule && input.scheduleStartsAt) weeklySlots(schedule, input.scheduleStartsAt, input.durationMinutes, this.clock.now());
    return [
      input.locationId ?? null,
      input.name.trim(),
      input.description,
      input.status,
      input.visibility,
      input.serviceType,
      [...new Set(input.levels)].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b)),
      input.minAge ?? null,
      input.maxAge ?? null,
      input.eligibility.trim(),
      input.immigrationNotes.trim(),
      checkLabels('languages', input.languages).map(titleCase),
      [...new Set(input.accessMethods)],
      input.free,
      input.free ? '' : input.cost.trim(),
      schedule,
      schedule ? input.scheduleStartsAt : null,
      input.durationMinutes,
      checkLabels('serviceAreas', input.serviceAreas).map(titleCase),
      input.childcare,
      input.spacesAvailable ?? null,
      checkWebsite('url', input.url),
      checkEmail('email', input.email),
      checkPhone('phone', input.phone),
    ];
  }

  private async writeSlots(manager: EntityManager, serviceId: string, input: ServiceInput): Promise<void> {
    await manager.query(`DELETE FROM directory_service_slot WHERE service_id = $1`, [serviceId]);
    const schedule = input.schedule?.trim().replace(/^RRULE:/i, '');
    if (!schedule || !input.scheduleStartsAt) return;
    const slots = weeklySlots(schedule, input.scheduleStartsAt, input.durationMinutes, this.clock.now());
    if (!slots.length) return;
    await manager.query(
      `INSERT INTO directory_service_slot (service_id, weekday, starts_minute, ends_minute)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[])`,
      [serviceId, slots.map((s) => s.weekday), slots.map((s) => s.startsMinute), slots.map((s) => s.endsMinute)],
    );
  }

  // Locations ---------------------------------------------------------------------------------

  async locationsOf(actor: Actor | null, partnershipId: string, organisationIds: readonly string[]): Promise<Map<string, LocationModel[]>> {
    const rows: LocationModel[] = await this.db.query(
      `SELECT ${LOCATION_COLUMNS} FROM directory_location l WHERE l.organisation_id = ANY($1::uuid[]) AND l.partnership_id = $2 ORDER BY lower(l.name), l.id`,
      [organisationIds.filter(isUuid), partnershipId],
    );
    return group(rows, (r) => r.organisationId);
  }

  async locationsByIds(partnershipId: string, ids: readonly string[]): Promise<(LocationModel | null)[]> {
    const valid = ids.filter(isUuid);
    const rows: LocationModel[] = valid.length ? await this.db.query(`SELECT ${LOCATION_COLUMNS} FROM directory_location l WHERE l.id = ANY($1::uuid[]) AND l.partnership_id = $2`, [valid, partnershipId]) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async saveLocation(actor: Actor, id: string | null, input: LocationInput): Promise<LocationModel> {
    if (id) {
      assertUuid(id);
      await this.access.assertAccess(actor, Permission.directoryLocationManage, id, 'Location');
    } else {
      this.access.assertCan(actor, Capability.directoryEdit);
      if (!input.organisationId) throw badInput('Choose the organisation the location belongs to.', { field: 'organisationId' });
      await this.access.assertAccess(actor, Permission.directoryOrganisationEdit, input.organisationId, 'Organisation');
    }
    const values = [input.name.trim(), input.address1, input.address2, input.city, checkIdentifier('postcode', input.postcode), input.stepFree, input.hearingLoop, input.accessibleToilet, input.accessibilityNotes.trim()];
    const [{ id: saved }] = id
      ? await rows<{ id: string }>(
          this.db,
          `UPDATE directory_location SET name = $2, address_1 = $3, address_2 = $4, city = $5, postcode = $6, step_free = $7, hearing_loop = $8, accessible_toilet = $9, accessibility_notes = $10, updated_at = now()
            WHERE id = $1 RETURNING id`,
          [id, ...values],
        )
      : await rows<{ id: string }>(
          this.db,
          `INSERT INTO directory_location (partnership_id, organisation_id, name, address_1, address_2, city, postcode, step_free, hearing_loop, accessible_toilet, accessibility_notes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [actor.partnershipId, input.organisationId, ...values],
        );
    const [location] = await this.locationsByIds(actor.partnershipId, [saved]);
    return location!;
  }

  async removeLocation(actor: Actor, id: string): Promise<boolean> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directoryLocationManage, id, 'Location');
    await this.db.query(`DELETE FROM directory_location WHERE id = $1`, [id]);
    return true;
  }
}

const COLUMN_NAMES = [
  'location_id', 'name', 'description', 'status', 'visibility', 'service_type', 'levels', 'min_age', 'max_age', 'eligibility', 'immigration_notes',
  'languages', 'access_methods', 'free', 'cost', 'schedule', 'schedule_starts_at', 'duration_minutes', 'service_areas', 'childcare', 'spaces_available',
  'url', 'email', 'phone',
];

const LEVEL_ORDER = Object.values(ServiceLevel);

/** Rows grouped by a key, in order (for list loaders). */
export const group = groupBy;
