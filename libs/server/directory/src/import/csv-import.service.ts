import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { isUuid } from '@convene/database';
import { titleCase } from '../services/columns';
import { COLUMNS, locationRows, organisationRows, readCsv, serviceRows, type LocationRow, type OrganisationRow, type RowError, type ServiceRow } from './csv-rows';

export interface CsvFiles {
  organizations?: string | null;
  locations?: string | null;
  services?: string | null;
}

export interface ImportOutcome {
  organisations: number;
  locations: number;
  services: number;
  errors: RowError[];
  imported: boolean;
}

interface Checked {
  organisations: OrganisationRow[];
  locations: LocationRow[];
  services: ServiceRow[];
  /** Existing organisations named by id in the files. */
  existing: Set<string>;
  errors: RowError[];
}

/**
 * CSV in the Open Referral UK tabular shape: organizations, locations and services files, tied
 * together by their `id` columns (or by an existing organisation's id). A preview reports every
 * row's errors with its line; an import writes all the rows in one transaction or none.
 */
@Injectable()
export class CsvImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async preview(actor: Actor, files: CsvFiles): Promise<ImportOutcome> {
    this.access.assertCan(actor, Capability.directoryEdit);
    const checked = await this.check(actor, files);
    return { organisations: checked.organisations.length, locations: checked.locations.length, services: checked.services.length, errors: checked.errors, imported: false };
  }

  async import(actor: Actor, files: CsvFiles): Promise<ImportOutcome> {
    this.access.assertCan(actor, Capability.directoryEdit);
    const c = await this.check(actor, files);
    const outcome = { organisations: c.organisations.length, locations: c.locations.length, services: c.services.length, errors: c.errors, imported: false };
    if (c.errors.length || (!c.organisations.length && !c.locations.length && !c.services.length)) return outcome;
    await this.db.transaction(async (m) => {
      const orgIds = new Map<string, string>();
      for (const o of c.organisations) {
        const [{ id }] = await m.query(
          `INSERT INTO organisation (partnership_id, name, kind, other_names, description, website, contact_email, charity_number) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [actor.partnershipId, o.name, o.kind, o.otherNames, o.description, o.website, o.email, o.charityNumber],
        );
        orgIds.set(o.ref, id);
      }
      const orgOf = (ref: string) => orgIds.get(ref) ?? ref;
      const locationIds = new Map<string, string>();
      for (const l of c.locations) {
        const [{ id }] = await m.query(`INSERT INTO directory_location (partnership_id, organisation_id, name, address_1, city, postcode) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
          actor.partnershipId,
          orgOf(l.organisationRef),
          l.name,
          l.address1,
          l.city,
          l.postcode,
        ]);
        locationIds.set(l.ref, id);
      }
      for (const s of c.services) {
        await m.query(
          `INSERT INTO directory_service (partnership_id, organisation_id, location_id, name, description, url, email, status, service_type, languages) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [actor.partnershipId, orgOf(s.organisationRef), s.locationRef ? locationIds.get(s.locationRef) : null, s.name, s.description, s.url, s.email, s.status, s.serviceType, s.languages.map(titleCase)],
        );
      }
      await this.audit.record(
        { partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.imported', subjectType: 'partnership', subjectId: actor.partnershipId, detail: { organisations: c.organisations.length, locations: c.locations.length, services: c.services.length } },
        m,
      );
    });
    return { ...outcome, imported: true };
  }

  /** The partnership's directory as the three files, in the same columns the import reads. */
  async export(actor: Actor): Promise<Required<{ [K in keyof CsvFiles]: string }>> {
    this.access.assertCan(actor, Capability.directoryEdit);
    const p = [actor.partnershipId];
    const orgs: Record<string, unknown>[] = await this.db.query(
      `SELECT id, name, array_to_string(other_names, ';') AS alternate_name, description, website AS url, contact_email AS email, charity_number, kind FROM organisation WHERE partnership_id = $1 ORDER BY lower(name), id`,
      p,
    );
    const locations: Record<string, unknown>[] = await this.db.query(
      `SELECT id, organisation_id AS organization_id, name, address_1, city, postcode AS postal_code FROM directory_location WHERE partnership_id = $1 ORDER BY organisation_id, lower(name), id`,
      p,
    );
    const services: Record<string, unknown>[] = await this.db.query(
      `SELECT id, organisation_id AS organization_id, location_id, name, description, url, email, status, service_type, array_to_string(languages, ';') AS languages FROM directory_service WHERE partnership_id = $1 ORDER BY organisation_id, lower(name), id`,
      p,
    );
    const csv = (rows: Record<string, unknown>[], columns: string[]) => stringify(rows, { header: true, columns, cast: { boolean: (b) => (b ? 'true' : 'false') } });
    return { organizations: csv(orgs, COLUMNS.organizations), locations: csv(locations, COLUMNS.locations), services: csv(services, COLUMNS.services) };
  }

  private async check(actor: Actor, files: CsvFiles): Promise<Checked> {
    const errors: RowError[] = [];
    const organisations = organisationRows(readCsv('organizations', files.organizations, errors), errors);
    const locations = locationRows(readCsv('locations', files.locations, errors), errors);
    const services = serviceRows(readCsv('services', files.services, errors), errors);

    const unique = <R extends { ref: string; line: number }>(rows: R[], file: RowError['file']) => {
      const seen = new Set<string>();
      for (const r of rows) {
        if (r.ref && seen.has(r.ref)) errors.push({ file, line: r.line, field: 'id', message: `The id ${r.ref} is used by an earlier row.` });
        seen.add(r.ref);
      }
      return seen;
    };
    const orgRefs = unique(organisations, 'organizations');
    const locationRefs = new Map(locations.map((l) => [l.ref, l.organisationRef]));
    unique(locations, 'locations');
    unique(services, 'services');

    const named = [...new Set([...locations, ...services].map((r) => r.organisationRef).filter((ref) => ref && !orgRefs.has(ref) && isUuid(ref)))];
    const existing = new Set<string>(
      named.length ? (await this.db.query(`SELECT id FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [named, actor.partnershipId])).map((r: { id: string }) => r.id) : [],
    );
    for (const [file, rows] of [['locations', locations], ['services', services]] as const) {
      for (const r of rows) {
        if (r.organisationRef && !orgRefs.has(r.organisationRef) && !existing.has(r.organisationRef)) {
          errors.push({ file, line: r.line, field: 'organization_id', message: `No organisation has the id ${r.organisationRef}, in the file or the directory.` });
        }
      }
    }
    for (const s of services) {
      if (s.locationRef && locationRefs.get(s.locationRef) !== s.organisationRef) errors.push({ file: 'services', line: s.line, field: 'location_id', message: `The location ${s.locationRef} is not one of the organisation’s locations in the file.` });
    }
    const names = organisations.map((o) => o.name).filter(Boolean);
    const taken = new Set<string>(names.length ? (await this.db.query(`SELECT name FROM organisation WHERE partnership_id = $1 AND name = ANY($2::text[])`, [actor.partnershipId, names])).map((r: { name: string }) => r.name) : []);
    const inFile = new Set<string>();
    for (const o of organisations) {
      if (taken.has(o.name)) errors.push({ file: 'organizations', line: o.line, field: 'name', message: `An organisation called ${o.name} is already in the directory.` });
      else if (inFile.has(o.name)) errors.push({ file: 'organizations', line: o.line, field: 'name', message: `An earlier row has the name ${o.name}.` });
      inFile.add(o.name);
    }
    errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { organisations, locations, services, existing, errors };
  }
}
