import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContactService } from '../contacts/contact.service';
import type { WeeklySlot } from '../schedule/weekly-slots';
import type { ServiceModel } from '../services/service.models';
import { ServiceService } from '../services/service.service';
import { toHsdsService, type HsdsOrganisation } from './hsds';

/** Services as Open Referral UK JSON, read as the public reads them: a few statements per page, however many services. */
@Injectable()
export class HsdsExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly services: ServiceService,
    private readonly contacts: ContactService,
  ) {}

  async export(partnershipId: string, services: ServiceModel[]): Promise<Record<string, unknown>[]> {
    if (!services.length) return [];
    const ids = services.map((s) => s.id);
    const organisationIds = [...new Set(services.map((s) => s.organisationId))];
    const locationIds = [...new Set(services.map((s) => s.locationId).filter((id): id is string => !!id))];
    const [organisations, locations, contacts, slots] = await Promise.all([
      this.db.query(
        `SELECT id, name, description, website, contact_email AS "contactEmail" FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`,
        [organisationIds, partnershipId],
      ) as Promise<HsdsOrganisation[]>,
      this.services.locationsByIds(partnershipId, locationIds),
      // The signed-out reader: only PUBLIC contacts, and only their PUBLIC fields.
      this.contacts.of(null, partnershipId, 'service', ids),
      this.db.query(
        `SELECT service_id AS "serviceId", weekday, starts_minute AS "startsMinute", ends_minute AS "endsMinute" FROM directory_service_slot WHERE service_id = ANY($1::uuid[]) ORDER BY weekday, starts_minute`,
        [ids],
      ) as Promise<(WeeklySlot & { serviceId: string })[]>,
    ]);
    const organisationOf = new Map(organisations.map((o) => [o.id, o]));
    const locationOf = new Map(locations.filter((l) => l !== null).map((l) => [l!.id, l!]));
    return services.map((service) =>
      toHsdsService(service, {
        organisation: organisationOf.get(service.organisationId)!,
        location: (service.locationId && locationOf.get(service.locationId)) || null,
        contacts: contacts.get(service.id) ?? [],
        slots: slots.filter((s) => s.serviceId === service.id),
      }),
    );
  }
}
