import { Args, Field, ID, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, loadList, loadOne, SignedIn, UuidPipe, whenLoaded, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { FoiRecipientListVersionModel } from '../recipients/recipient-list.models';
import { RecipientListService } from '../recipients/recipient-list.service';
import { FoiRequestModel, toRequestModel } from '../requests/request.models';
import { RequestService } from '../requests/request.service';
import { SendService } from '../sending/send.service';
import { FoiCampaignCounts, FoiCampaignInput, FoiCampaignModel, FoiCampaignViewerCan, FoiQuestionModel, FoiQuestionsInput } from './campaign.models';
import { CampaignService } from './campaign.service';

@ObjectType('FoiGroupRef')
export class FoiGroupRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('FoiSendResult')
export class FoiSendResult {
  @Field(() => FoiCampaignModel) campaign!: FoiCampaignModel;
  @Field({ description: 'Letters the worker sends by email.' }) email!: number;
  @Field({ description: 'Requests to submit through a council portal, then record as sent.' }) portal!: number;
}

/** FOI campaigns: coordinators draft and send; the campaign's group members read once sent. */
@SignedIn()
@Resolver(() => FoiCampaignModel)
export class CampaignResolver {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly requestService: RequestService,
    private readonly lists: RecipientListService,
    private readonly sending: SendService,
  ) {}

  @Query(() => [FoiCampaignModel], { description: 'The campaigns you may see, newest first: coordinators all, group members their groups’ sent ones.' })
  foiCampaigns(@CurrentActor() actor: Actor): Promise<FoiCampaignModel[]> {
    return this.campaigns.list(actor);
  }

  @Query(() => FoiCampaignModel)
  foiCampaign(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<FoiCampaignModel> {
    return this.campaigns.get(actor, id);
  }

  @Mutation(() => FoiCampaignModel, { description: 'Coordinators: a new draft, with the standard letter unless one is given.' })
  async createFoiCampaign(@Args('input') input: FoiCampaignInput, @CurrentActor() actor: Actor): Promise<FoiCampaignModel> {
    return this.campaigns.get(actor, await this.campaigns.create(actor, input));
  }

  @Mutation(() => FoiCampaignModel, { description: 'Coordinators, drafts only.' })
  async updateFoiCampaign(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: FoiCampaignInput, @CurrentActor() actor: Actor): Promise<FoiCampaignModel> {
    await this.campaigns.update(actor, id, input);
    return this.campaigns.get(actor, id);
  }

  @Mutation(() => FoiCampaignModel, { description: 'Coordinators, drafts only: replaces the questions, in this order.' })
  async setFoiQuestions(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @Args('input') input: FoiQuestionsInput, @CurrentActor() actor: Actor): Promise<FoiCampaignModel> {
    await this.campaigns.setQuestions(actor, campaignId, input.questions);
    return this.campaigns.get(actor, campaignId);
  }

  @Mutation(() => FoiCampaignModel, { description: 'Coordinators, drafts only: the list’s current version becomes the recipients.' })
  async chooseFoiRecipients(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @Args('listId', { type: () => ID }, UuidPipe) listId: string, @CurrentActor() actor: Actor): Promise<FoiCampaignModel> {
    await this.campaigns.chooseRecipients(actor, campaignId, listId);
    return this.campaigns.get(actor, campaignId);
  }

  @Mutation(() => FoiSendResult, { description: 'Coordinators: one request per authority; email letters go through the ledger once each.' })
  async sendFoiCampaign(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @CurrentActor() actor: Actor): Promise<FoiSendResult> {
    const counts = await this.sending.send(actor, campaignId);
    return { ...counts, campaign: await this.campaigns.get(actor, campaignId) };
  }

  @Mutation(() => FoiCampaignModel, { description: 'Coordinators: no more chasers; the answers stay.' })
  async closeFoiCampaign(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @CurrentActor() actor: Actor): Promise<FoiCampaignModel> {
    await this.campaigns.close(actor, campaignId);
    return this.campaigns.get(actor, campaignId);
  }

  @Mutation(() => Boolean, { description: 'Coordinators, drafts only.' })
  async deleteFoiCampaign(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.campaigns.remove(actor, id);
    return true;
  }

  @ResolveField(() => [FoiQuestionModel])
  questions(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiQuestionModel[]> {
    return loadList(ctx, 'foi:questions', (ids) => this.campaigns.questionsOf(ids), c.id);
  }

  @ResolveField(() => [FoiRequestModel], { description: 'One per authority, once sent.' })
  requests(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiRequestModel[]> {
    const actor = ctx.actor!;
    return whenLoaded(loadList(ctx, 'foi:requests', (ids) => this.requestService.ofCampaigns(actor, ids), c.id), (rows) => rows.map(toRequestModel));
  }

  @ResolveField(() => FoiCampaignCounts)
  counts(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiCampaignCounts> {
    return whenLoaded(
      loadOne(ctx, 'foi:counts', async (ids: readonly string[]) => {
        const counts = await this.campaigns.countsOf(ids);
        return ids.map((id) => counts.get(id) ?? { requests: 0, open: 0, overdue: 0, unsent: 0 });
      }, c.id),
      (v) => v ?? { requests: 0, open: 0, overdue: 0, unsent: 0 },
    );
  }

  @ResolveField(() => FoiRecipientListVersionModel, { nullable: true, description: 'The recipient list version it was (or will be) sent to.' })
  recipients(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiRecipientListVersionModel | null> {
    if (!c.recipientListVersionId) return null;
    return loadOne(ctx, 'foi:list-version', (ids: readonly string[]) => this.lists.versionsByIds(ids), c.recipientListVersionId);
  }

  @ResolveField(() => FoiGroupRef, { nullable: true })
  group(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiGroupRef | null> {
    if (!c.groupId) return null;
    return loadOne(ctx, 'foi:group', (ids: readonly string[]) => this.campaigns.groupsByIds(ids), c.groupId);
  }

  @ResolveField(() => FoiCampaignViewerCan)
  viewerCan(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiCampaignViewerCan> {
    const actor = ctx.actor!;
    return whenLoaded(
      loadOne(ctx, 'foi:campaign-manage', async (ids: readonly string[]) => {
        const allowed = await this.campaigns.canManage(actor, ids);
        return ids.map((id) => allowed.has(id));
      }, c.id),
      (manage) => ({ manage: !!manage }),
    );
  }

  @ResolveField(() => String, { nullable: true, description: 'Coordinators: the letter as the first authority on the list would get it.' })
  letterPreview(c: FoiCampaignModel, _a: unknown, ctx: RequestContext): Promise<string | null> {
    return this.campaigns.letterPreview(ctx.actor!, c);
  }
}
