import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { isUuid } from '@convene/database';
import { badInput } from '@convene/errors';
import { ResourceVisibility } from '../bank.enums';
import { ResourcesService } from '../resources/resources.service';
import { foldName, planImport, type ImportPlan } from './import-rows';
import type { ResourceImportPreviewModel, ResourceImportResultModel } from './import.models';

export interface ImportSettings {
  csv: string;
  visibility: ResourceVisibility;
  groupId: string | null;
}

/**
 * Resources from a CSV file: a preview that writes nothing, then an import that writes every
 * row or none (one transaction, refused outright while any row has a problem).
 */
@Injectable()
export class ResourceImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly resources: ResourcesService,
  ) {}

  async preview(actor: Actor, settings: ImportSettings): Promise<ResourceImportPreviewModel> {
    const { plan, names } = await this.plan(actor, settings);
    const rows = plan.rows.map((row) => ({
      line: row.line,
      title: row.checked?.title ?? row.title,
      type: row.checked?.type ?? null,
      year: row.checked?.year ?? null,
      organisations: (row.checked?.organisationIds ?? []).map((id) => names.get(id)!),
      outsideAuthors: row.outsideAuthors,
      themes: row.checked?.themes ?? [],
      link: row.checked?.externalUrl ?? null,
      problems: row.problems,
    }));
    return { fileProblems: plan.fileProblems, rows, readyCount: rows.filter((r) => !r.problems.length).length, problemCount: rows.filter((r) => r.problems.length).length };
  }

  async apply(actor: Actor, settings: ImportSettings): Promise<ResourceImportResultModel> {
    const { plan } = await this.plan(actor, settings);
    if (plan.fileProblems.length) throw badInput(plan.fileProblems[0], { field: 'csv' });
    const bad = plan.rows.filter((r) => r.problems.length);
    if (bad.length) {
      const first = bad[0];
      throw badInput(`Nothing was imported: ${bad.length} row${bad.length === 1 ? ' has' : 's have'} problems. Line ${first.line}, ${first.problems[0].field}: ${first.problems[0].message}`, {
        field: 'csv',
        lines: bad.map((r) => r.line),
      });
    }
    const resourceIds = await this.db.transaction(async (m) => {
      const ids: string[] = [];
      for (const row of plan.rows) ids.push(await this.resources.insertChecked(m, actor, row.checked!, 'resource.imported'));
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'resource.import', subjectType: 'partnership', subjectId: actor.partnershipId, detail: { rows: ids.length } }, m);
      return ids;
    });
    this.access.forget(actor);
    return { imported: resourceIds.length, resourceIds };
  }

  /** Checks who may import and where to, then every row against the partnership's organisations. */
  private async plan(actor: Actor, settings: ImportSettings): Promise<{ plan: ImportPlan; names: Map<string, string> }> {
    await this.access.assertAccess(actor, Permission.resourceCreate, actor.partnershipId, 'The knowledge bank');
    if (typeof settings.csv !== 'string' || !settings.csv.trim()) throw badInput('Choose a CSV file with a header line and at least one row.', { field: 'csv' });
    if (!Object.values(ResourceVisibility).includes(settings.visibility)) throw badInput('Choose who may see the imported resources.', { field: 'visibility' });
    const groupId = settings.visibility === ResourceVisibility.GROUP ? settings.groupId : null;
    if (settings.visibility === ResourceVisibility.GROUP) {
      const readable = isUuid(groupId) ? await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: [groupId!] }) : new Set<string>();
      if (!readable.has(groupId!)) throw badInput('Choose one of your groups.', { field: 'groupId' });
    }
    const orgs: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM organisation WHERE partnership_id = $1`, [actor.partnershipId]);
    const plan = planImport(settings.csv, {
      visibility: settings.visibility,
      groupId,
      organisations: new Map(orgs.map((o) => [foldName(o.name), o])),
      thisYear: this.clock.now().getUTCFullYear(),
    });
    return { plan, names: new Map(orgs.map((o) => [o.id, o.name])) };
  }
}
