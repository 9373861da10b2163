import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { isUuid } from '@convene/database';
import { badInput } from '@convene/errors';

export interface FoiAddress {
  id: string;
  foiEmail: string | null;
  foiPortalUrl: string | null;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function email(value: string | null, field: string): string | null {
  const v = value?.trim().toLowerCase() || null;
  if (v && (!EMAIL.test(v) || v.length > 320)) throw badInput('Give an email address such as foi@council.gov.uk.', { field });
  return v;
}

/** FOI addresses: each organisation's (email and/or portal) and the partnership's sending address. */
@Injectable()
export class FoiAddressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async byIds(actor: Actor, ids: readonly string[]): Promise<(FoiAddress | null)[]> {
    const valid = ids.filter(isUuid);
    const rows: FoiAddress[] = valid.length
      ? await this.db.query(`SELECT id, foi_email AS "foiEmail", foi_portal_url AS "foiPortalUrl" FROM organisation WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [valid, actor.partnershipId])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async set(actor: Actor, organisationId: string, foiEmail: string | null, foiPortalUrl: string | null): Promise<void> {
    await this.access.assertAccess(actor, Permission.directoryOrganisationEdit, organisationId, 'Organisation');
    const mail = email(foiEmail, 'foiEmail');
    const portal = foiPortalUrl?.trim() || null;
    if (portal) {
      let ok = false;
      try {
        ok = ['http:', 'https:'].includes(new URL(portal).protocol);
      } catch {
        ok = false;
      }
      if (!ok) throw badInput('The FOI portal must be a web address starting with http:// or https://.', { field: 'foiPortalUrl' });
    }
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE organisation SET foi_email = $2, foi_portal_url = $3, updated_at = now() WHERE id = $1`, [organisationId, mail, portal]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.address-changed', subjectType: 'organisation', subjectId: organisationId }, m);
    });
  }

  async settings(actor: Actor): Promise<{ fromAddress: string | null }> {
    this.access.assertCan(actor, Capability.foiCampaignCreate);
    const [row] = await this.db.query(`SELECT foi_email AS "fromAddress" FROM partnership WHERE id = $1`, [actor.partnershipId]);
    return { fromAddress: row?.fromAddress ?? null };
  }

  async setFrom(actor: Actor, address: string | null): Promise<{ fromAddress: string | null }> {
    this.access.assertCan(actor, Capability.foiHolidaysManage);
    const value = email(address, 'address');
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE partnership SET foi_email = $2, updated_at = now() WHERE id = $1`, [actor.partnershipId, value]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.from-address-changed', subjectType: 'partnership', subjectId: actor.partnershipId }, m);
    });
    return { fromAddress: value };
  }
}
