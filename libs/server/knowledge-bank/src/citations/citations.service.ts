import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { isUuid } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import { CitationKind, type CitationInput, type CitationModel } from './citation.models';

/** For each kind: its column, who may cite from it, who may see it, and the ids it is read through. */
const KINDS: Record<CitationKind, { column: string; manage: Permission; read: Permission }> = {
  [CitationKind.AGENDA_ITEM]: { column: 'agenda_item_id', manage: Permission.agendaItemManage, read: Permission.agendaItemRead },
  [CitationKind.ASSESSMENT_ENTRY]: { column: 'assessment_entry_id', manage: Permission.assessmentEntryManage, read: Permission.assessmentEntryRead },
  [CitationKind.DECISION]: { column: 'minutes_id', manage: Permission.minutesManage, read: Permission.minutesRead },
  [CitationKind.POST]: { column: 'post_id', manage: Permission.postEdit, read: Permission.postRead },
};

interface CitationRow {
  id: string;
  resourceId: string;
  resourceTitle: string;
  resourceUrl: string;
  kind: CitationKind;
  targetId: string;
  label: string;
  url: string;
  asPaper: boolean;
  createdAt: Date;
}

/** Every citation with what it points at, in words and as a web client path. */
const CITATION_SQL = `
  SELECT c.id, c.resource_id AS "resourceId", rs.title AS "resourceTitle", '/bank/' || pt.slug || '/' || rs.id AS "resourceUrl", c.as_paper AS "asPaper", c.created_at AS "createdAt",
         CASE WHEN c.agenda_item_id IS NOT NULL THEN 'AGENDA_ITEM' WHEN c.assessment_entry_id IS NOT NULL THEN 'ASSESSMENT_ENTRY'
              WHEN c.minutes_id IS NOT NULL THEN 'DECISION' ELSE 'POST' END AS kind,
         coalesce(c.agenda_item_id, c.assessment_entry_id, c.minutes_id, c.post_id) AS "targetId",
         CASE WHEN c.agenda_item_id IS NOT NULL THEN 'Agenda item: ' || ai.title || ' (' || g1.name || ', ' || to_char(m1.starts_at AT TIME ZONE 'Europe/London', 'FMDD FMMonth YYYY') || ')'
              WHEN c.assessment_entry_id IS NOT NULL THEN 'Sector assessment: ' || ae.theme || ' – ' || left(ae.summary, 80) || ' (' || g2.name || ')'
              WHEN c.minutes_id IS NOT NULL THEN 'Decision ' || (c.decision_index + 1) || ' in the minutes of ' || g3.name || ', ' || to_char(m3.starts_at AT TIME ZONE 'Europe/London', 'FMDD FMMonth YYYY')
              ELSE 'Forum post in “' || t.title || '”' END AS label,
         CASE WHEN c.agenda_item_id IS NOT NULL THEN '/meetings/' || m1.id
              WHEN c.assessment_entry_id IS NOT NULL THEN '/meetings/' || m2.id
              WHEN c.minutes_id IS NOT NULL THEN '/meetings/' || m3.id
              ELSE '/forums/' || po.forum_id || '/threads/' || po.thread_id END AS url
    FROM resource_citation c JOIN resource rs ON rs.id = c.resource_id JOIN partnership pt ON pt.id = rs.partnership_id
    LEFT JOIN agenda_item ai ON ai.id = c.agenda_item_id LEFT JOIN meeting m1 ON m1.id = ai.meeting_id LEFT JOIN "group" g1 ON g1.id = m1.group_id
    LEFT JOIN assessment_entry ae ON ae.id = c.assessment_entry_id LEFT JOIN meeting m2 ON m2.id = ae.meeting_id LEFT JOIN "group" g2 ON g2.id = m2.group_id
    LEFT JOIN minutes mi ON mi.id = c.minutes_id LEFT JOIN meeting m3 ON m3.id = mi.meeting_id LEFT JOIN "group" g3 ON g3.id = m3.group_id
    LEFT JOIN post po ON po.id = c.post_id LEFT JOIN thread t ON t.id = po.thread_id`;

/**
 * Citations of bank resources from agenda items, assessment entries, decisions in minutes and
 * forum posts. Citing needs both: reading the resource and managing what cites it. Listing asks
 * the policy layer about both ends, so a reader never learns of a meeting or a post they cannot
 * open, nor of a resource they cannot see.
 */
@Injectable()
export class CitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async cite(actor: Actor, input: CitationInput): Promise<CitationModel> {
    if (!isUuid(input.resourceId)) throw badInput('Choose a resource from the knowledge bank.', { field: 'resourceId' });
    const targets = (
      [
        [CitationKind.AGENDA_ITEM, input.agendaItemId],
        [CitationKind.ASSESSMENT_ENTRY, input.assessmentEntryId],
        [CitationKind.DECISION, input.minutesId],
        [CitationKind.POST, input.postId],
      ] as const
    ).filter(([, id]) => id !== null && id !== undefined);
    if (targets.length !== 1) throw badInput('Cite the resource from one agenda item, assessment entry, decision or post.', { field: 'resourceId' });
    const [kind, targetId] = targets[0] as [CitationKind, string];
    const field = { AGENDA_ITEM: 'agendaItemId', ASSESSMENT_ENTRY: 'assessmentEntryId', DECISION: 'minutesId', POST: 'postId' }[kind];
    if (!isUuid(targetId)) throw badInput('Choose what cites the resource.', { field });
    const asPaper = input.asPaper ?? false;
    if (asPaper && kind !== CitationKind.AGENDA_ITEM) throw badInput('Only an agenda item takes a resource as a paper.', { field: 'asPaper' });
    await this.access.assertAccess(actor, Permission.resourceRead, input.resourceId, 'That resource');
    await this.access.assertAccess(actor, KINDS[kind].manage, targetId, 'That place');
    let decisionIndex: number | null = null;
    if (kind === CitationKind.DECISION) {
      decisionIndex = input.decisionIndex ?? -1;
      const [found] = await this.db.query(`SELECT jsonb_array_length(coalesce(content->'decisions', '[]')) AS n FROM minutes WHERE id = $1`, [targetId]);
      if (!Number.isInteger(decisionIndex) || decisionIndex < 0 || decisionIndex >= (found?.n ?? 0)) throw badInput('Choose one of the decisions in the minutes.', { field: 'decisionIndex' });
    } else if (input.decisionIndex !== null && input.decisionIndex !== undefined) {
      throw badInput('Only a decision in minutes has a decision number.', { field: 'decisionIndex' });
    }
    const id = await this.db.transaction(async (m) => {
      const conflict = kind === CitationKind.DECISION ? '(resource_id, minutes_id, decision_index) WHERE minutes_id IS NOT NULL' : `(resource_id, ${KINDS[kind].column}) WHERE ${KINDS[kind].column} IS NOT NULL`;
      // Citing twice keeps the one citation (the unique index decides); as a paper, it becomes one.
      const [row] = await m.query(
        `INSERT INTO resource_citation (resource_id, ${KINDS[kind].column}, decision_index, as_paper, cited_by_person_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ${conflict} DO UPDATE SET as_paper = resource_citation.as_paper OR EXCLUDED.as_paper
         RETURNING id, (xmax = 0) AS inserted`,
        [input.resourceId, targetId, decisionIndex, asPaper, actor.personId],
      );
      if (row.inserted) await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'resource.cited', subjectType: 'resource', subjectId: input.resourceId, detail: { kind, targetId, asPaper } }, m);
      return row.id as string;
    });
    const [citation] = await this.readable(actor, await this.rows(`c.id = $1`, [id]));
    return citation;
  }

  /** Removes a citation: whoever may manage what cites the resource. */
  async remove(actor: Actor, citationId: string): Promise<boolean> {
    const [row] = isUuid(citationId) ? await this.rows(`c.id = $1`, [citationId]) : [];
    if (!row) throw notFound('That citation');
    await this.access.assertAccess(actor, KINDS[row.kind].manage, row.targetId, 'That citation');
    await this.db.transaction(async (m) => {
      await m.query(`DELETE FROM resource_citation WHERE id = $1`, [citationId]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'resource.uncited', subjectType: 'resource', subjectId: row.resourceId, detail: { kind: row.kind, targetId: row.targetId } }, m);
    });
    return true;
  }

  /** Where each resource is cited, as far as the actor may see (for the resource page). */
  async ofResources(actor: Actor | null, resourceIds: readonly string[]): Promise<CitationModel[]> {
    if (!actor || !resourceIds.length) return [];
    return this.readable(actor, await this.rows(`c.resource_id = ANY($1::uuid[])`, [resourceIds]));
  }

  /** The bank resources agenda items take as papers (as citations), that the actor may read, per item. */
  async papersOfItems(actor: Actor, itemIds: readonly string[]): Promise<Map<string, CitationModel[]>> {
    const rows = await this.rows(`c.agenda_item_id = ANY($1::uuid[]) AND c.as_paper`, [itemIds]);
    const itemOf = new Map(rows.map((r) => [r.id, r.targetId]));
    const byItem = new Map<string, CitationModel[]>();
    for (const citation of (await this.readable(actor, rows)).reverse()) byItem.set(itemOf.get(citation.id)!, [...(byItem.get(itemOf.get(citation.id)!) ?? []), citation]);
    return byItem;
  }

  private rows(where: string, params: unknown[]): Promise<CitationRow[]> {
    return this.db.query(`${CITATION_SQL} WHERE ${where} ORDER BY c.created_at DESC, c.id`, params);
  }

  /** Keeps the citations whose resource and citing place the actor may both read. */
  private async readable(actor: Actor, rows: CitationRow[]): Promise<CitationModel[]> {
    const resources = await this.access.requireAccess({ actor, permission: Permission.resourceRead, ids: rows.map((r) => r.resourceId) });
    const places = new Map<CitationKind, Set<string>>();
    for (const kind of Object.values(CitationKind)) {
      const ids = rows.filter((r) => r.kind === kind).map((r) => r.targetId);
      places.set(kind, ids.length ? await this.access.requireAccess({ actor, permission: KINDS[kind].read, ids }) : new Set());
    }
    return rows
      .filter((r) => resources.has(r.resourceId) && places.get(r.kind)!.has(r.targetId))
      .map(({ targetId: _target, ...r }) => r);
  }
}
