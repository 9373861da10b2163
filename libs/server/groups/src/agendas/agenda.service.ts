import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { AgendaItemStatus } from '../enums';
import { assertMeetingNotCancelled } from '../meetings/time-rules';
import type { AgendaItemInput, AgendaItemModel, AgendaItemUpdateInput, AgendaVersionModel } from './agenda.models';

const COLUMNS = `i.id, i.meeting_id AS "meetingId", i.title, i.description, i.standing, i.minutes_allotted AS "minutesAllotted", i.status,
  i.decline_reason AS "declineReason", i.papers, i.presenter_person_id AS "presenterPersonId", i.proposed_by_person_id AS "proposedByPersonId"`;

/** The stored order: set by reorderAgenda; its numbers may have gaps where items were declined or removed. */
const ORDER = `i.position, i.created_at, i.id`;

/**
 * The number on the agenda, from the stored order but counting accepted items only, so declined
 * and removed items leave no gap; a proposal or declined item shows the number it would take
 * where it stands. Every reader sees every accepted item, so all readers get the same numbers.
 */
const ITEM = `${COLUMNS}, (count(*) FILTER (WHERE i.status = 'ACCEPTED') OVER (PARTITION BY i.meeting_id ORDER BY ${ORDER}) + (i.status <> 'ACCEPTED')::int)::int AS position`;

/**
 * The items a reader sees, in order: accepted items; every item where `manages` holds (chair,
 * secretary, coordinators); and the reader's own proposals (`person`). `where` picks the
 * meetings. Shared by the items loader and the agenda pack's single statement.
 */
export const agendaItemsSelect = (where: string, manages: string, person: string) =>
  `SELECT ${ITEM} FROM agenda_item i WHERE ${where} AND (i.status = 'ACCEPTED' OR ${manages} OR i.proposed_by_person_id = ${person}) ORDER BY ${ORDER}`;

/**
 * A meeting's agenda: items from the group's standing template, items added by the chair,
 * secretary or coordinators, and items members propose before the submission deadline.
 * Publishing freezes a numbered version; republishing adds a version with a change note.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Creates the standing items once, the first time a meeting's agenda is needed. */
  async ensureFromTemplate(meetingIds: readonly string[]): Promise<void> {
    const ids = meetingIds.filter(isUuid);
    if (!ids.length) return;
    await this.db.transaction(async (m) => {
      // Readers opening a new meeting at once take turns, so only the first writes the items.
      await m.query(`SELECT id FROM meeting WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
      await m.query(
        `INSERT INTO agenda_item (meeting_id, position, title, standing, minutes_allotted)
         SELECT m.id, t.ord::int, t.item->>'title', t.item->>'standing', (t.item->>'minutesAllotted')::int
           FROM meeting m JOIN "group" g ON g.id = m.group_id
           CROSS JOIN LATERAL jsonb_array_elements(g.standing_agenda) WITH ORDINALITY AS t(item, ord)
          WHERE m.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM agenda_item x WHERE x.meeting_id = m.id)`,
        [ids],
      );
    });
  }

  /**
   * Items of meetings the reader may read, in order. Managers see proposals and declined
   * items; members see accepted items and their own proposals.
   */
  async items(actor: Actor, meetingIds: readonly string[]): Promise<Map<string, AgendaItemModel[]>> {
    const readable = [...(await this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: meetingIds }))];
    if (!readable.length) return new Map();
    const managed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: readable });
    const select = (): Promise<AgendaItemModel[]> =>
      this.db.query(agendaItemsSelect('i.meeting_id = ANY($1::uuid[])', 'i.meeting_id = ANY($2::uuid[])', '$3'), [readable, [...managed], actor.personId]);
    let found = await select();
    // Only a meeting read for the first time needs its standing items written.
    const started = new Set(found.map((i) => i.meetingId));
    if (readable.some((id) => !started.has(id))) {
      await this.ensureFromTemplate(readable.filter((id) => !started.has(id)));
      found = await select();
    }
    return groupBy(found, (item) => item.meetingId);
  }

  async add(actor: Actor, meetingId: string, input: AgendaItemInput): Promise<AgendaItemModel> {
    await this.assertManage(actor, meetingId);
    await this.ensureFromTemplate([meetingId]);
    return this.insert(actor, meetingId, input, AgendaItemStatus.ACCEPTED);
  }

  /** Members propose items until the group's submission deadline before the meeting. */
  async propose(actor: Actor, meetingId: string, input: AgendaItemInput): Promise<AgendaItemModel> {
    assertUuid(meetingId, 'meetingId');
    await this.access.assertAccess(actor, Permission.meetingRead, meetingId, 'Meeting');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingContribute, ids: [meetingId] });
    if (!allowed.has(meetingId)) throw badInput('Only members of the group can propose agenda items.');
    await assertMeetingNotCancelled(this.db, meetingId, 'agenda changes');
    const [deadline] = await this.db.query(
      `SELECT m.starts_at - make_interval(days => g.submission_deadline_days) AS at, (m.starts_at - make_interval(days => g.submission_deadline_days)) > $2 AS open
         FROM meeting m JOIN "group" g ON g.id = m.group_id WHERE m.id = $1`,
      [meetingId, this.clock.now()],
    );
    if (!deadline.open) {
      const at = new Date(deadline.at).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
      throw badInput(`Proposals for this meeting closed on ${at}. Ask the coordinator to add the item.`, { field: 'meetingId' });
    }
    await this.ensureFromTemplate([meetingId]);
    return this.insert(actor, meetingId, input, AgendaItemStatus.PROPOSED);
  }

  async update(actor: Actor, itemId: string, input: AgendaItemUpdateInput): Promise<AgendaItemModel> {
    const item = await this.managedItem(actor, itemId);
    if (input.presenterPersonId) await this.access.assertAccess(actor, Permission.personRead, input.presenterPersonId, 'Presenter');
    // Presenter and time left out stay as they are; given as null, they are cleared.
    await this.db.query(
      `UPDATE agenda_item SET title = coalesce($2, title), description = coalesce($3, description),
         presenter_person_id = CASE WHEN $8::boolean THEN $4 ELSE presenter_person_id END,
         minutes_allotted = CASE WHEN $9::boolean THEN $5 ELSE minutes_allotted END, papers = coalesce($6, papers), standing = coalesce($7, standing), updated_at = now() WHERE id = $1`,
      [
        item.id,
        input.title?.trim() ?? null,
        input.description ?? null,
        input.presenterPersonId ?? null,
        input.minutesAllotted ?? null,
        input.papers ? JSON.stringify(input.papers) : null,
        input.standing ?? null,
        input.presenterPersonId !== undefined,
        input.minutesAllotted !== undefined,
      ],
    );
    return this.item(item.id);
  }

  async decide(actor: Actor, itemId: string, accept: boolean, reason?: string | null): Promise<AgendaItemModel> {
    const item = await this.managedItem(actor, itemId);
    const taken = 'This proposal has already been accepted or declined.';
    if (item.status !== AgendaItemStatus.PROPOSED) throw conflict(taken);
    if (!accept && !reason?.trim()) throw badInput('Give the reason for declining, for the person who proposed it.', { field: 'reason' });
    // Decided once: of two decisions at the same time, the second finds it no longer proposed.
    const decided = await rows(this.db, `UPDATE agenda_item SET status = $2, decline_reason = $3, updated_at = now() WHERE id = $1 AND status = 'PROPOSED' RETURNING id`, [
      itemId,
      accept ? 'ACCEPTED' : 'DECLINED',
      accept ? null : reason!.trim(),
    ]);
    if (!decided.length) throw conflict(taken);
    return this.item(itemId);
  }

  async remove(actor: Actor, itemId: string): Promise<boolean> {
    const item = await this.managedItem(actor, itemId);
    await this.db.query(`DELETE FROM agenda_item WHERE id = $1`, [item.id]);
    return true;
  }

  /** Sets the order: `itemIds` must be exactly the meeting's items. */
  async reorder(actor: Actor, meetingId: string, itemIds: string[]): Promise<void> {
    await this.assertManage(actor, meetingId);
    const existing: { id: string }[] = await this.db.query(`SELECT id FROM agenda_item WHERE meeting_id = $1`, [meetingId]);
    const known = new Set(existing.map((e) => e.id));
    if (itemIds.length !== known.size || !itemIds.every((id) => known.has(id)) || new Set(itemIds).size !== itemIds.length) {
      throw badInput('List every item of this agenda exactly once.', { field: 'itemIds' });
    }
    await this.db.query(`UPDATE agenda_item i SET position = o.ord, updated_at = now() FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE i.id = o.id`, [itemIds]);
  }

  async publish(actor: Actor, meetingId: string, changeNote?: string | null): Promise<AgendaVersionModel> {
    await this.assertManage(actor, meetingId);
    await this.ensureFromTemplate([meetingId]);
    const version = await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`agenda:${meetingId}`]);
      const [{ next }] = await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM agenda_version WHERE meeting_id = $1`, [meetingId]);
      if (next > 1 && !changeNote?.trim()) throw badInput('Say what changed since the last published version.', { field: 'changeNote' });
      const items = await m.query(`SELECT ${ITEM} FROM agenda_item i WHERE i.meeting_id = $1 AND i.status = 'ACCEPTED' ORDER BY ${ORDER}`, [meetingId]);
      await m.query(`INSERT INTO agenda_version (meeting_id, version, snapshot, change_note, published_by_person_id) VALUES ($1, $2, $3, $4, $5)`, [
        meetingId,
        next,
        JSON.stringify(items),
        changeNote?.trim() || null,
        actor.personId,
      ]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'agenda.published', subjectType: 'meeting', subjectId: meetingId, detail: { version: next } }, m);
      return next as number;
    });
    const [published] = (await this.versions([meetingId])).get(meetingId)!.filter((v) => v.version === version);
    return published;
  }

  /** Published versions, newest first, for meetings the caller has already been allowed to read. */
  async versions(meetingIds: readonly string[]): Promise<Map<string, AgendaVersionModel[]>> {
    const found: (Omit<AgendaVersionModel, 'items'> & { snapshot: AgendaItemModel[] })[] = await this.db.query(
      `SELECT meeting_id AS "meetingId", version, change_note AS "changeNote", published_at AS "publishedAt", snapshot FROM agenda_version WHERE meeting_id = ANY($1::uuid[]) ORDER BY version DESC`,
      [meetingIds.filter(isUuid)],
    );
    const grouped = new Map<string, AgendaVersionModel[]>();
    // Numbered by their order in the snapshot: versions frozen with gaps in their numbers read 1, 2, 3 too.
    for (const { snapshot, ...v } of found) grouped.set(v.meetingId, [...(grouped.get(v.meetingId) ?? []), { ...v, items: snapshot.map((item, i) => ({ ...item, position: i + 1 })) }]);
    return grouped;
  }

  private async insert(actor: Actor, meetingId: string, input: AgendaItemInput, status: AgendaItemStatus): Promise<AgendaItemModel> {
    if (input.presenterPersonId) await this.access.assertAccess(actor, Permission.personRead, input.presenterPersonId, 'Presenter');
    const [created] = await this.db.query(
      `INSERT INTO agenda_item (meeting_id, position, title, description, presenter_person_id, minutes_allotted, papers, status, proposed_by_person_id)
       SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4, $5, $6, $7, $8 FROM agenda_item WHERE meeting_id = $1 RETURNING id`,
      [meetingId, input.title.trim(), input.description ?? '', input.presenterPersonId ?? null, input.minutesAllotted ?? null, JSON.stringify(input.papers ?? []), status, actor.personId],
    );
    return this.item(created.id);
  }

  /** Items by id that the reader may read (an inputs thread links back to its item), in key order. */
  async byIds(actor: Actor, ids: readonly string[]): Promise<(AgendaItemModel | null)[]> {
    const allowed = [...(await this.access.requireAccess({ actor, permission: Permission.agendaItemRead, ids }))];
    const found: AgendaItemModel[] = allowed.length
      ? await this.db.query(`SELECT * FROM (SELECT ${ITEM} FROM agenda_item i WHERE i.meeting_id IN (SELECT meeting_id FROM agenda_item WHERE id = ANY($1::uuid[]))) x WHERE x.id = ANY($1::uuid[])`, [allowed])
      : [];
    const byId = new Map(found.map((i) => [i.id, i]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One item, numbered among its meeting's items. */
  private async item(id: string): Promise<AgendaItemModel> {
    const [item] = await this.db.query(`SELECT * FROM (SELECT ${ITEM} FROM agenda_item i WHERE i.meeting_id = (SELECT meeting_id FROM agenda_item WHERE id = $1)) x WHERE x.id = $1`, [id]);
    return item;
  }

  private async managedItem(actor: Actor, itemId: string): Promise<AgendaItemModel> {
    assertUuid(itemId, 'itemId');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.agendaItemManage, ids: [itemId] });
    if (!allowed.has(itemId)) throw notFound('Agenda item');
    const item = await this.item(itemId);
    await assertMeetingNotCancelled(this.db, item.meetingId, 'agenda changes');
    return item;
  }

  private async assertManage(actor: Actor, meetingId: string): Promise<void> {
    assertUuid(meetingId, 'meetingId');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] });
    if (!allowed.has(meetingId)) throw notFound('Meeting');
    await assertMeetingNotCancelled(this.db, meetingId, 'agenda changes');
  }
}
