import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { assertUuid } from '@convene/database';
import { notFound } from '@convene/errors';
import { personFromJson, personSelect, type PersonRow } from '@convene/identity';
import { assessmentEntriesSelect } from '../assessment/assessment.service';
import type { AssessmentEntryModel } from '../assessment/assessment.models';
import { attendanceSelect, MEETING_COLUMNS } from '../meetings/meetings.service';
import { actionFromJson, mattersArisingSelect } from '../minutes/actions.service';
import type { ActionItemModel } from '../minutes/minutes.models';
import type { AttendanceModel, MeetingModel } from '../models';
import type { AgendaItemModel } from './agenda.models';
import { agendaItemsSelect, AgendaService } from './agenda.service';

/** The parts of a pack a reader asked for; the rest are not read. */
export interface PackParts {
  agendaItems: boolean;
  assessment: boolean;
  mattersArising: boolean;
  attendance: boolean;
}

/** A meeting with the parts asked for (null where not asked), and every person they mention. */
export interface AgendaPack {
  meeting: MeetingModel;
  agendaItems: AgendaItemModel[] | null;
  assessment: AssessmentEntryModel[] | null;
  mattersArising: ActionItemModel[] | null;
  attendance: AttendanceModel[] | null;
  people: PersonRow[];
}

// $1 meeting, $2 reader manages it, $3 reader's person id, $4-$7 parts asked for, $8 partnership.
// The parts use the same selects as their own loaders, so the two paths cannot disagree.
const PACK = `WITH items AS (${agendaItemsSelect('$4::boolean AND i.meeting_id = $1', '$2::boolean', '$3')}),
  entries AS (${assessmentEntriesSelect('$5::boolean AND e.meeting_id = $1', '$2::boolean', '$3')}),
  matters AS (${mattersArisingSelect('$6::boolean AND target.id = $1')}),
  attendance AS (${attendanceSelect('$7::boolean AND m.id = $1')}),
  people AS (${personSelect(`p.partnership_id = $8 AND p.id IN (SELECT "presenterPersonId" FROM items UNION SELECT "proposedByPersonId" FROM items
      UNION SELECT "contributedByPersonId" FROM entries UNION SELECT "ownerPersonId" FROM matters UNION SELECT "personId" FROM attendance)`)})
SELECT ${MEETING_COLUMNS},
  CASE WHEN $4::boolean THEN (SELECT coalesce(json_agg(items), '[]') FROM items) END AS "agendaItems",
  CASE WHEN $5::boolean THEN (SELECT coalesce(json_agg(entries), '[]') FROM entries) END AS assessment,
  CASE WHEN $6::boolean THEN (SELECT coalesce(json_agg(matters), '[]') FROM matters) END AS "mattersArising",
  CASE WHEN $7::boolean THEN (SELECT coalesce(json_agg(attendance), '[]') FROM attendance) END AS attendance,
  (SELECT coalesce(json_agg(people), '[]') FROM people) AS people
FROM meeting m WHERE m.id = $1`;

type PackRow = MeetingModel & Omit<AgendaPack, 'meeting'>;

/**
 * The agenda pack in one statement after the access check: the meeting, its items, sector
 * assessment, matters arising, attendance and the people they mention, whatever their number.
 * What each reader sees is decided exactly as by the separate loaders.
 */
@Injectable()
export class AgendaPackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly agenda: AgendaService,
  ) {}

  async read(actor: Actor, meetingId: string, parts: PackParts): Promise<AgendaPack> {
    assertUuid(meetingId);
    // Read and manage are graded by one statement, remembered for the rest of the request.
    const [readable, managed] = await Promise.all([
      this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: [meetingId] }),
      this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] }),
    ]);
    if (!readable.has(meetingId)) throw notFound('Meeting');
    const [row]: PackRow[] = await this.db.query(PACK, [
      meetingId,
      managed.has(meetingId),
      actor.personId,
      parts.agendaItems,
      parts.assessment,
      parts.mattersArising,
      parts.attendance,
      actor.partnershipId,
    ]);
    if (!row) throw notFound('Meeting');
    const { agendaItems, assessment, mattersArising, attendance, people, ...meeting } = row;
    // A meeting read for the first time has no items yet: its standing items are written now,
    // and the items loader reads them.
    const started = agendaItems !== null && agendaItems.length > 0;
    if (agendaItems !== null && !started) await this.agenda.ensureFromTemplate([meetingId]);
    return {
      meeting,
      agendaItems: started ? agendaItems : null,
      assessment,
      mattersArising: mattersArising && mattersArising.map(actionFromJson),
      attendance,
      people: people.map(personFromJson),
    };
  }
}
