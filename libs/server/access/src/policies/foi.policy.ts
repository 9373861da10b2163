import type { DataSource } from 'typeorm';
import { PartnershipRole } from '@convene/contracts';
import { isCoordinator, type Actor } from '../actor';
import { Capability, Permission } from '../permissions';
import type { AudienceCheck, GradedCheck, Policy } from './policy';

/**
 * FOI campaigns, their requests and correspondence. Coordinators and admins see and manage
 * every campaign of their partnership. The members of a campaign's group see it once it has
 * been sent (a draft is coordinators' only); a partnership-wide campaign (no group) is
 * coordinators' only. Recipient lists and added bank-holiday years are coordinators' too.
 */
const SEE = 1;
const MANAGE = 2;

/** The grade SQL over a campaign `c`, given placeholders for the person and the coordinator flag. */
const gradeSql = (person: string, coordinator: string) => `
  CASE WHEN ${coordinator}::boolean THEN ${MANAGE}
       WHEN c.status <> 'DRAFT' AND c.group_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = c.group_id AND gm.person_id = ${person}::uuid) THEN ${SEE}
       ELSE 0 END`;

/** `from` selects `x.id` rows joined to their campaign as `c`. */
const scoped =
  (from: string): GradedCheck =>
  async (db: DataSource, actor: Actor, ids: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT x.id, ${gradeSql('$4', '$3')} AS grade FROM ${from} WHERE x.id = ANY($1::uuid[]) AND c.partnership_id = $2`,
      [ids, actor.partnershipId, isCoordinator(actor), actor.personId],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };

/** Seen from a request: the grade of each person (active, in the campaign's partnership). */
const requestAudience: AudienceCheck = async (db, requestId, personIds) => {
  const rows: { id: string; grade: number }[] = await db.query(
    `SELECT p.id, ${gradeSql('p.id', `(p.role IN ('${PartnershipRole.ADMIN}', '${PartnershipRole.COORDINATOR}'))`)} AS grade
       FROM foi_request x JOIN foi_campaign c ON c.id = x.campaign_id
       JOIN person p ON p.partnership_id = c.partnership_id AND p.id = ANY($2::uuid[]) AND p.deactivated_at IS NULL
      WHERE x.id = $1`,
    [requestId, personIds],
  );
  return new Map(rows.map((r) => [r.id, r.grade]));
};

const CAMPAIGN = scoped(`foi_campaign x JOIN foi_campaign c ON c.id = x.id`);
const REQUEST = scoped(`foi_request x JOIN foi_campaign c ON c.id = x.campaign_id`);
const CORRESPONDENCE = scoped(`foi_correspondence x JOIN foi_request r ON r.id = x.request_id JOIN foi_campaign c ON c.id = r.campaign_id`);

const listsOfPartnership: GradedCheck = async (db, actor, ids) => {
  if (!isCoordinator(actor)) return new Map();
  const rows: { id: string }[] = await db.query(`SELECT id FROM foi_recipient_list WHERE id = ANY($1::uuid[]) AND partnership_id = $2`, [ids, actor.partnershipId]);
  return new Map(rows.map((r) => [r.id, MANAGE]));
};

export const foiPolicy: Policy = {
  ids: {
    [Permission.foiCampaignRead]: { check: CAMPAIGN, atLeast: SEE },
    [Permission.foiCampaignManage]: { check: CAMPAIGN, atLeast: MANAGE },
    [Permission.foiRequestRead]: { check: REQUEST, audience: requestAudience, atLeast: SEE },
    [Permission.foiRequestManage]: { check: REQUEST, audience: requestAudience, atLeast: MANAGE },
    [Permission.foiCorrespondenceRead]: { check: CORRESPONDENCE, atLeast: SEE },
    [Permission.foiCorrespondenceManage]: { check: CORRESPONDENCE, atLeast: MANAGE },
    [Permission.foiRecipientListManage]: { check: listsOfPartnership, atLeast: MANAGE },
  },
  capabilities: {
    [Capability.foiCampaignCreate]: isCoordinator,
    [Capability.foiCampaignList]: (actor) => actor.role !== PartnershipRole.GUEST,
    [Capability.foiRecipientListCreate]: isCoordinator,
    [Capability.foiHolidaysManage]: isCoordinator,
  },
};
