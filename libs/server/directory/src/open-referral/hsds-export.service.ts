import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ContactModel } from '../contacts/contact.models';
import { ContactService, redactContact } from '../contacts/contact.service';
import { FinderService } from '../finder/finder.service';
import type { FinderFilter } from '../finder/finder.models';
import type { WeeklySlot } from '../schedule/weekly-slots';
import { LOCATION_COLUMNS, SERVICE_COLUMNS } from '../services/columns';
import type { LocationModel, ServiceModel } from '../services/service.models';
import { ServiceService } from '../services/service.service';
import { toHsdsService, type HsdsOrganisation } from './hsds';

/** A page row: the service's columns, what its export shows as JSON, and the search's total. */
type PageRow = ServiceModel & { found: string | null; total: number; hsdsOrganisation: HsdsOrganisation; hsdsLocation: LocationModel | null; hsdsContacts: (Omit<ContactModel, 'lastCheckedAt'> & { lastCheckedAt: string | null })[]; hsdsSlots: WeeklySlot[] };

/**
 * One public finder page and everything its Open Referral objects show, in one statement: the
 * partnership by its slug, the total, the page in name order, and each service's organisation,
 * location, public contacts and weekly slots as JSON. `hits` is the finder's own WHERE, so the
 * page and the total cannot disagree with GraphQL's finder; the total row comes back even when
 * the page is empty (past the last page), and `found` (the partnership's id) is null for an unknown slug.
 */
const pageStatement = (where: string, limit: string, offset: string) => `
WITH hits AS MATERIALIZED (SELECT s.id, lower(s.name) AS sort_key FROM directory_service s WHERE ${where})
SELECT (SELECT id FROM partnership WHERE slug = $1) AS "found", (SELECT count(*)::int FROM hits) AS total, page.*
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (
    SELECT ${SERVICE_COLUMNS},
           json_build_object('id', o.id, 'name', o.name, 'description', o.description, 'website', o.website, 'contactEmail', o.contact_email) AS "hsdsOrganisation",
           (SELECT row_to_json(l) FROM (SELECT ${LOCATION_COLUMNS} FROM directory_location l WHERE l.id = s.location_id AND l.partnership_id = s.partnership_id) l) AS "hsdsLocation",
           COALESCE((SELECT json_agg(c ORDER BY lower(c.name), c.id) FROM (
             SELECT c.id, c.partnership_id AS "partnershipId", c.organisation_id AS "organisationId", c.service_id AS "serviceId", c.person_id AS "personId",
                    c.name, c.role, c.email, c.phone, c.visibility, c.email_visibility AS "emailVisibility", c.phone_visibility AS "phoneVisibility",
                    c.lawful_basis AS "lawfulBasis", c.last_checked_at AS "lastCheckedAt"
               FROM directory_contact c WHERE c.service_id = s.id AND c.partnership_id = s.partnership_id AND c.visibility = ANY($2::text[])) c), '[]') AS "hsdsContacts",
           COALESCE((SELECT json_agg(json_build_object('weekday', sl.weekday, 'startsMinute', sl.starts_minute, 'endsMinute', sl.ends_minute) ORDER BY sl.weekday, sl.starts_minute)
                       FROM directory_service_slot sl WHERE sl.service_id = s.id), '[]') AS "hsdsSlots"
      FROM hits h JOIN directory_service s ON s.id = h.id JOIN organisation o ON o.id = s.organisation_id
     ORDER BY h.sort_key, h.id LIMIT ${limit} OFFSET ${offset}) page ON true`;

/** Services as Open Referral UK JSON, read as the public reads them: a few statements per page, however many services. */
@Injectable()
export class HsdsExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly services: ServiceService,
    private readonly contacts: ContactService,
    private readonly finder: FinderService,
  ) {}

  /**
   * A numbered page of the public finder (PUBLIC services only, as the signed-out reader) in
   * Open Referral UK JSON, with the total for the paginated envelope; null for an unknown slug.
   */
  async page(slug: string, filter: FinderFilter, page: number, perPage: number): Promise<{ total: number; contents: Record<string, unknown>[] } | null> {
    const { sql, params } = this.finder.where(null, slug, filter, 'slug');
    params.push(perPage, (page - 1) * perPage);
    const rows: PageRow[] = await this.db.query(pageStatement(sql, `$${params.length - 1}`, `$${params.length}`), params);
    const [first] = rows;
    if (!first?.found) return null;
    const contents = rows
      .filter((row) => row.id !== null)
      .map((row) => {
        const { found: _found, total: _total, hsdsOrganisation, hsdsLocation, hsdsContacts, hsdsSlots, ...service } = row;
        // The same redaction as every other read, as the signed-out reader.
        const contacts = hsdsContacts
          .map((c) => redactContact(null, { ...c, lastCheckedAt: c.lastCheckedAt ? new Date(c.lastCheckedAt) : null }))
          .filter((c): c is ContactModel => c !== null);
        return toHsdsService(service, { organisation: hsdsOrganisation, location: hsdsLocation, contacts, slots: hsdsSlots });
      });
    return { total: first.total, contents };
  }

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
