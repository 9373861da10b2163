import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { QueryFailedError, type DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, isUuid } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { group } from '../services/service.service';
import type { AffiliationModel, PastAffiliationInput, RepresentationInput, RepresentationModel } from './people.models';

const AFFILIATION = `f.id, f.person_id AS "personId", f.organisation_id AS "organisationId", o.name AS "organisationName", a.name AS "personName", f.title,
  to_char(f.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(f.ends_on, 'YYYY-MM-DD') AS "endsOn"
  FROM affiliation f JOIN organisation o ON o.id = f.organisation_id JOIN person p ON p.id = f.person_id JOIN account a ON a.id = p.account_id`;

const REPRESENTATION = `r.id, r.group_id AS "groupId", g.name AS "groupName", r.person_id AS "personId", pa.name AS "personName", r.organisation_id AS "organisationId",
  o.name AS "organisationName", r.seat, r.deputy_person_id AS "deputyPersonId", da.name AS "deputyName",
  to_char(r.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(r.ends_on, 'YYYY-MM-DD') AS "endsOn"
  FROM representation r JOIN "group" g ON g.id = r.group_id JOIN organisation o ON o.id = r.organisation_id
  JOIN person pp ON pp.id = r.person_id JOIN account pa ON pa.id = pp.account_id
  LEFT JOIN person dp ON dp.id = r.deputy_person_id LEFT JOIN account da ON da.id = dp.account_id`;

const violated = (error: unknown, code: string) => error instanceof QueryFailedError && (error.driverError as { code?: string }).code === code;

/**
 * Who is with which organisation (dated affiliations) and who sits for which organisation on
 * which group (representation). A person's current organisation is `person.organisation_id`;
 * a trigger keeps the open affiliation in step with it, so identity's mutations stay the one
 * way to change it.
 */
@Injectable()
export class DirectoryPeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: 'Europe/London' }).toISODate()!;
  }

  async affiliationsOf(actor: Actor, by: 'person' | 'organisation', ids: readonly string[], { currentOnly = false } = {}): Promise<Map<string, AffiliationModel[]>> {
    const rows: AffiliationModel[] = await this.db.query(
      `SELECT ${AFFILIATION} WHERE f.${by}_id = ANY($1::uuid[]) AND f.partnership_id = $2 AND (NOT $3 OR f.ends_on IS NULL) AND ($4 OR p.deactivated_at IS NULL)
        ORDER BY ${by === 'organisation' ? 'lower(a.name), ' : ''}f.starts_on DESC, f.id`,
      [ids.filter(isUuid), actor.partnershipId, currentOnly, by === 'person'],
    );
    return group(rows, (r) => (by === 'person' ? r.personId : r.organisationId));
  }

  /** Coordinators and admins record past spans; they may not overlap the person's others. */
  async recordPastAffiliation(actor: Actor, input: PastAffiliationInput): Promise<AffiliationModel> {
    this.access.assertCan(actor, Capability.directoryEdit);
    await this.access.assertAccess(actor, Permission.personRead, input.personId, 'Person');
    await this.access.assertAccess(actor, Permission.organisationRead, input.organisationId, 'Organisation');
    if (input.endsOn < input.startsOn) throw badInput('The end date must not be before the start date.', { field: 'endsOn' });
    if (input.endsOn > this.today()) throw badInput('A past affiliation ends today or earlier; the current one is the person’s organisation.', { field: 'endsOn' });
    const id = await this.db.transaction(async (manager) => {
      // Serialise writers of one person's history so the overlap check holds.
      await manager.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [input.personId]);
      const [overlap] = await manager.query(
        `SELECT 1 FROM affiliation WHERE person_id = $1 AND daterange(starts_on, coalesce(ends_on, 'infinity'), '[)') && daterange($2::date, $3::date, '[)')`,
        [input.personId, input.startsOn, input.endsOn],
      );
      if (overlap) throw badInput('That span overlaps another of their affiliations.', { field: 'startsOn' });
      const [{ id }] = await manager.query(
        `INSERT INTO affiliation (partnership_id, person_id, organisation_id, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [actor.partnershipId, input.personId, input.organisationId, input.title.trim(), input.startsOn, input.endsOn],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.affiliation-recorded', subjectType: 'person', subjectId: input.personId }, manager);
      return id as string;
    });
    const [row] = await this.db.query(`SELECT ${AFFILIATION} WHERE f.id = $1`, [id]);
    return row;
  }

  /** Current representation per group member key `${groupId}:${personId}`, for groups the reader may read. */
  async currentSeats(actor: Actor, keys: readonly string[]): Promise<(RepresentationModel | null)[]> {
    const pairs = keys.map((k) => k.split(':')).filter(([g, p]) => isUuid(g) && isUuid(p));
    const readable = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: pairs.map(([g]) => g) });
    const wanted = pairs.filter(([g]) => readable.has(g));
    const rows: RepresentationModel[] = wanted.length
      ? await this.db.query(
          `SELECT ${REPRESENTATION} JOIN unnest($1::uuid[], $2::uuid[]) AS k(group_id, person_id) ON k.group_id = r.group_id AND k.person_id = r.person_id WHERE r.ends_on IS NULL`,
          [wanted.map(([g]) => g), wanted.map(([, p]) => p)],
        )
      : [];
    const byKey = new Map(rows.map((r) => [`${r.groupId}:${r.personId}`, r]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  /**
   * The seat each attendee held on the meeting's group on the day it met (London time), per key
   * `${meetingId}:${personId}`, for meetings the reader may read: the agenda pack's and the
   * minutes' attendance show whom each person represented then, not now.
   */
  async seatsAtMeetings(actor: Actor, keys: readonly string[]): Promise<(RepresentationModel | null)[]> {
    const pairs = keys.map((k) => k.split(':')).filter(([m, p]) => isUuid(m) && isUuid(p));
    const readable = await this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: pairs.map(([m]) => m) });
    const wanted = pairs.filter(([m]) => readable.has(m));
    const rows: (RepresentationModel & { meetingId: string })[] = wanted.length
      ? await this.db.query(
          `SELECT ${REPRESENTATION.replace('FROM representation r', `, k.meeting_id AS "meetingId" FROM representation r`)}
             JOIN meeting mt ON mt.group_id = r.group_id
             JOIN unnest($1::uuid[], $2::uuid[]) AS k(meeting_id, person_id) ON k.meeting_id = mt.id AND k.person_id = r.person_id
            WHERE (mt.starts_at AT TIME ZONE 'Europe/London')::date >= r.starts_on
              AND (r.ends_on IS NULL OR (mt.starts_at AT TIME ZONE 'Europe/London')::date < r.ends_on)`,
          [wanted.map(([m]) => m), wanted.map(([, p]) => p)],
        )
      : [];
    const byKey = new Map(rows.map((r) => [`${r.meetingId}:${r.personId}`, r]));
    return keys.map((k) => byKey.get(k) ?? null);
  }

  /** The groups an organisation sits on now, limited to groups the reader may read. */
  async seatsOfOrganisations(actor: Actor, organisationIds: readonly string[]): Promise<Map<string, RepresentationModel[]>> {
    const rows: RepresentationModel[] = await this.db.query(
      `SELECT ${REPRESENTATION} WHERE r.organisation_id = ANY($1::uuid[]) AND r.partnership_id = $2 AND r.ends_on IS NULL ORDER BY lower(g.name), r.seat`,
      [organisationIds.filter(isUuid), actor.partnershipId],
    );
    const readable = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: rows.map((r) => r.groupId) });
    return group(rows.filter((r) => readable.has(r.groupId)), (r) => r.organisationId);
  }

  /**
   * Seats a member for an organisation from `startsOn` (today by default), ending the seat they
   * held on the group before. Those who manage the group decide.
   */
  async setRepresentation(actor: Actor, input: RepresentationInput): Promise<RepresentationModel> {
    await this.access.assertAccess(actor, Permission.groupManage, input.groupId, 'Group');
    await this.access.assertAccess(actor, Permission.organisationRead, input.organisationId, 'Organisation');
    const startsOn = input.startsOn ?? this.today();
    const members: { person_id: string }[] = await this.db.query(`SELECT person_id FROM group_member WHERE group_id = $1 AND person_id = ANY($2::uuid[])`, [
      input.groupId,
      [input.personId, input.deputyPersonId].filter(Boolean),
    ]);
    if (!members.some((m) => m.person_id === input.personId)) throw badInput('Only a member of the group can sit for an organisation on it.', { field: 'personId' });
    if (input.deputyPersonId === input.personId) throw badInput('The deputy must be someone else.', { field: 'deputyPersonId' });
    if (input.deputyPersonId && !members.some((m) => m.person_id === input.deputyPersonId)) throw badInput('The deputy must be a member of the group.', { field: 'deputyPersonId' });
    let id: string;
    try {
      id = await this.db.transaction(async (manager) => {
        // A seat that started on the same day is replaced rather than left as an empty span.
        await manager.query(`DELETE FROM representation WHERE group_id = $1 AND person_id = $2 AND ends_on IS NULL AND starts_on >= $3`, [input.groupId, input.personId, startsOn]);
        await manager.query(`UPDATE representation SET ends_on = $3 WHERE group_id = $1 AND person_id = $2 AND ends_on IS NULL`, [input.groupId, input.personId, startsOn]);
        const [{ id: saved }] = await manager.query(
          `INSERT INTO representation (partnership_id, group_id, person_id, organisation_id, seat, deputy_person_id, starts_on) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [actor.partnershipId, input.groupId, input.personId, input.organisationId, input.seat, input.deputyPersonId ?? null, startsOn],
        );
        // The member's "organisation represented" on the group follows the seat.
        await manager.query(`UPDATE group_member SET organisation_id = $3, updated_at = now() WHERE group_id = $1 AND person_id = $2`, [input.groupId, input.personId, input.organisationId]);
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'directory.representation-set', subjectType: 'group', subjectId: input.groupId, detail: { personId: input.personId, seat: input.seat } }, manager);
        return saved as string;
      });
    } catch (error: unknown) {
      if (violated(error, '23505')) throw conflict('Their seat was changed at the same moment. Look again and retry.');
      if (violated(error, '23514')) throw badInput('The start date must not be before their current seat began.', { field: 'startsOn' });
      throw error;
    }
    const [row] = await this.db.query(`SELECT ${REPRESENTATION} WHERE r.id = $1`, [id]);
    return row;
  }

  async endRepresentation(actor: Actor, id: string): Promise<boolean> {
    assertUuid(id);
    const [row] = await this.db.query(`SELECT group_id AS "groupId" FROM representation WHERE id = $1 AND partnership_id = $2 AND ends_on IS NULL`, [id, actor.partnershipId]);
    if (!row) throw notFound('Seat');
    await this.access.assertAccess(actor, Permission.groupManage, row.groupId, 'Seat');
    const today = this.today();
    await this.db.query(`UPDATE representation SET ends_on = greatest(starts_on, $2::date) WHERE id = $1`, [id, today]);
    return true;
  }
}
