import type { DataSource } from 'typeorm';
import { isCoordinator, type Actor } from '../actor';
import { Permission } from '../permissions';
import type { GradedCheck, Policy } from './policy';

/**
 * FOI answers, the matrix, exports and published datasets. A campaign is seen by coordinators
 * and by the members of the group it belongs to; a draft by coordinators only; a
 * partnership-wide campaign (no group) by coordinators only. Recording answers and signing off
 * a dataset are for coordinators.
 */
const SEE = 1;
const MANAGE = 2;

/** `from` selects `x.id` rows joined to their campaign as `c`. */
const campaignScoped =
  (from: string): GradedCheck =>
  async (db: DataSource, actor: Actor, ids: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT x.id,
              CASE WHEN $3::boolean THEN ${MANAGE}
                   WHEN c.status <> 'DRAFT' AND c.group_id IS NOT NULL
                    AND EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = c.group_id AND gm.person_id = $4) THEN ${SEE}
                   ELSE 0 END AS grade
         FROM ${from} WHERE x.id = ANY($1::uuid[]) AND c.partnership_id = $2`,
      [ids, actor.partnershipId, isCoordinator(actor), actor.personId],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };

const CAMPAIGN = campaignScoped(`foi_campaign x JOIN foi_campaign c ON c.id = x.id`);
const REQUEST = campaignScoped(`foi_request x JOIN foi_campaign c ON c.id = x.campaign_id`);

export const foiAnswersPolicy: Policy = {
  ids: {
    [Permission.foiAnswersRead]: { check: CAMPAIGN, atLeast: SEE },
    [Permission.foiDatasetPublish]: { check: CAMPAIGN, atLeast: MANAGE },
    [Permission.foiAnswerRecord]: { check: REQUEST, atLeast: MANAGE },
  },
  capabilities: {},
};
