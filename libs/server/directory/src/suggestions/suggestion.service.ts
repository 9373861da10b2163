import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, rows } from '@convene/database';
import { badInput, conflict } from '@convene/errors';
import { SuggestionStatus } from '../taxonomy';
import type { SuggestionInput, SuggestionModel } from './suggestion.models';

const COLUMNS = `x.id, x.organisation_id AS "organisationId", x.service_id AS "serviceId", coalesce(o.name, s.name) AS "subjectName", x.body, x.status,
  a.name AS "suggestedByName", x.created_at AS "createdAt", x.resolved_at AS "resolvedAt"
  FROM directory_suggestion x LEFT JOIN organisation o ON o.id = x.organisation_id LEFT JOIN directory_service s ON s.id = x.service_id
  LEFT JOIN person p ON p.id = x.suggested_by_person_id LEFT JOIN account a ON a.id = p.account_id`;

/** "Suggest a change": any signed-in person writes one; coordinators see the open ones and mark each applied or dismissed. */
@Injectable()
export class SuggestionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async suggest(actor: Actor, input: SuggestionInput): Promise<SuggestionModel> {
    this.access.assertCan(actor, Capability.directorySuggest);
    if (!!input.organisationId === !!input.serviceId) throw badInput('Choose the organisation or the service the change is about.', { field: 'organisationId' });
    if (input.organisationId) await this.access.assertAccess(actor, Permission.organisationRead, input.organisationId, 'Organisation');
    else await this.access.assertAccess(actor, Permission.directoryServiceRead, input.serviceId!, 'Service');
    const [{ id }] = await this.db.query(
      `INSERT INTO directory_suggestion (partnership_id, organisation_id, service_id, suggested_by_person_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [actor.partnershipId, input.organisationId ?? null, input.organisationId ? null : input.serviceId, actor.personId, input.body.trim()],
    );
    const [row] = await this.db.query(`SELECT ${COLUMNS} WHERE x.id = $1`, [id]);
    return row;
  }

  async open(actor: Actor): Promise<SuggestionModel[]> {
    this.access.assertCan(actor, Capability.directorySuggestionList);
    return this.db.query(`SELECT ${COLUMNS} WHERE x.partnership_id = $1 AND x.status = 'OPEN' ORDER BY x.created_at, x.id LIMIT 200`, [actor.partnershipId]);
  }

  /** Once: a suggestion already resolved answers CONFLICT, decided by the row's own status. */
  async resolve(actor: Actor, id: string, status: SuggestionStatus.APPLIED | SuggestionStatus.DISMISSED): Promise<SuggestionModel> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.directorySuggestionReview, id, 'Suggestion');
    const updated = await this.db.transaction(async (manager) => {
      const changed = await rows(
        manager,
        `UPDATE directory_suggestion SET status = $2, resolved_by_person_id = $3, resolved_at = $4 WHERE id = $1 AND status = 'OPEN' RETURNING id`,
        [id, status, actor.personId, this.clock.now()],
      );
      if (changed.length) await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: `directory.suggestion-${status.toLowerCase()}`, subjectType: 'directory_suggestion', subjectId: id }, manager);
      return changed.length > 0;
    });
    if (!updated) throw conflict('That suggestion has already been dealt with.');
    const [row] = await this.db.query(`SELECT ${COLUMNS} WHERE x.id = $1`, [id]);
    return row;
  }
}
