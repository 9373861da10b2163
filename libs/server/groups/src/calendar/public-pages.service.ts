import { Injectable } from '@nestjs/common';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '@convene/errors';

@ObjectType('PublicMinutesItem')
export class PublicMinutesItemModel {
  @Field() title!: string;
  @Field() notes!: string;
}

@ObjectType('PublicMinutes')
export class PublicMinutesModel {
  @Field() meetingTitle!: string;
  @Field(() => GraphQLISODateTime) meetingStartsAt!: Date;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field(() => [PublicMinutesItemModel], { description: 'Items marked redacted are left out.' }) items!: PublicMinutesItemModel[];
  @Field(() => [String]) decisions!: string[];
}

@ObjectType('PublicTerms')
export class PublicTermsModel {
  @Field(() => Int) version!: number;
  @Field() body!: string;
  @Field() purpose!: string;
  @Field() membership!: string;
  @Field(() => Int, { nullable: true }) quorum!: number | null;
  @Field() cadence!: string;
  @Field(() => String, { nullable: true }) reviewDate!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
}

@ObjectType('PublicFoiDataset', { description: 'A published FOI dataset of the group: its page is /public/<partnership>/foi/<campaignId>.' })
export class PublicFoiDatasetModel {
  @Field(() => ID) campaignId!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) signedOffAt!: Date;
}

@ObjectType('PublicGroup', { description: 'What a PUBLIC group publishes: current terms of reference and published minutes, nothing else.' })
export class PublicGroupModel {
  @Field() name!: string;
  @Field() partnershipName!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => PublicTermsModel, { nullable: true }) currentTerms!: PublicTermsModel | null;
  @Field(() => [PublicMinutesModel]) publishedMinutes!: PublicMinutesModel[];
  @Field(() => [PublicFoiDatasetModel], { description: 'Signed-off FOI datasets of the group’s campaigns.' }) foiDatasets!: PublicFoiDatasetModel[];
  /** For links on the HTML page; not in the schema. */
  partnershipSlug!: string;
}

interface StoredItem {
  title?: unknown;
  notes?: unknown;
  redacted?: unknown;
}

/** Read-only, no sign-in: only PUBLIC groups, only approved terms and published minutes. */
@Injectable()
export class PublicPagesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async group(partnershipSlug: string, groupSlug: string): Promise<PublicGroupModel> {
    const [group]: { id: string; name: string; description: string | null; partnershipName: string }[] = await this.db.query(
      `SELECT g.id, g.name, g.description, pa.name AS "partnershipName" FROM "group" g JOIN partnership pa ON pa.id = g.partnership_id
        WHERE pa.slug = $1 AND g.slug = $2 AND g.visibility = 'PUBLIC'`,
      [partnershipSlug.slice(0, 100), groupSlug.slice(0, 100)],
    );
    if (!group) throw notFound('Group');
    const [terms]: PublicTermsModel[] = await this.db.query(
      `SELECT version, body_markdown AS body, purpose, membership, quorum, cadence, to_char(review_date, 'YYYY-MM-DD') AS "reviewDate", approved_at AS "approvedAt"
         FROM terms_of_reference WHERE group_id = $1 AND status = 'APPROVED'`,
      [group.id],
    );
    const minutes: { meetingTitle: string; meetingStartsAt: Date; publishedAt: Date; content: { items?: StoredItem[]; decisions?: unknown[] } }[] = await this.db.query(
      `SELECT m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt", mi.published_at AS "publishedAt", mi.content
         FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id WHERE m.group_id = $1 AND mi.status = 'PUBLISHED' ORDER BY m.starts_at DESC`,
      [group.id],
    );
    // The FOI publishing rule (libs/server/foi/src/publishing/publishing.service.ts): the current dataset of a sent campaign whose policy allows it.
    const foiDatasets: PublicFoiDatasetModel[] = await this.db.query(
      `SELECT c.id AS "campaignId", d.content->>'title' AS title, d.signed_off_at AS "signedOffAt"
         FROM foi_dataset d JOIN foi_campaign c ON c.id = d.campaign_id
        WHERE c.group_id = $1 AND d.withdrawn_at IS NULL AND c.status <> 'DRAFT' AND c.publication_policy = 'ON_SIGN_OFF' ORDER BY d.signed_off_at DESC`,
      [group.id],
    );
    return {
      foiDatasets,
      partnershipSlug: partnershipSlug.slice(0, 100),
      name: group.name,
      partnershipName: group.partnershipName,
      description: group.description,
      currentTerms: terms ?? null,
      publishedMinutes: minutes.map((m) => ({
        meetingTitle: m.meetingTitle,
        meetingStartsAt: m.meetingStartsAt,
        publishedAt: m.publishedAt,
        items: (Array.isArray(m.content.items) ? m.content.items : [])
          .filter((i) => i.redacted !== true)
          .map((i) => ({ title: String(i.title ?? ''), notes: String(i.notes ?? '') })),
        decisions: (Array.isArray(m.content.decisions) ? m.content.decisions : []).map(String),
      })),
    };
  }
}
