import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, loadList, loadOne, SignedIn, UuidPipe, whenLoaded, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { loadOrganisation, OrganisationModel, OrganisationService } from '@convene/identity';
import type { WorkingDays } from '../calendar/working-days';
import { FoiCampaignModel } from '../campaigns/campaign.models';
import { CampaignService } from '../campaigns/campaign.service';
import { FoiCorrespondenceModel } from '../correspondence/correspondence.models';
import { CorrespondenceService } from '../correspondence/correspondence.service';
import {
  FoiClarificationInput,
  FoiClarificationModel,
  FoiClockModel,
  FoiExtensionInput,
  FoiInternalReviewInput,
  FoiPortalSubmissionInput,
  FoiReceivedInput,
  FoiRequestModel,
  FoiRequestViewerCan,
  FoiStatusInput,
  toRequestModel,
} from './request.models';
import { RequestService } from './request.service';

/** One authority's request: its clock, status steps and correspondence. Coordinators change; readers of the campaign read. */
@SignedIn()
@Resolver(() => FoiRequestModel)
export class RequestResolver {
  constructor(
    private readonly requests: RequestService,
    private readonly campaigns: CampaignService,
    private readonly log: CorrespondenceService,
    private readonly organisations: OrganisationService,
  ) {}

  @Query(() => FoiRequestModel)
  async foiRequest(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return toRequestModel(await this.requests.get(actor, id));
  }

  private async after(actor: Actor, id: string, change: Promise<void>): Promise<FoiRequestModel> {
    await change;
    return toRequestModel(await this.requests.get(actor, id));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: a portal request was submitted on this day (the clock’s day 0).' })
  recordFoiPortalSubmission(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiPortalSubmissionInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.recordPortalSubmission(actor, requestId, input));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: the authority received it on another day than it was sent.' })
  setFoiReceivedOn(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiReceivedInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.setReceivedOn(actor, requestId, input));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: the authority asked for clarification; the clock stops.' })
  requestFoiClarification(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiClarificationInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.requestClarification(actor, requestId, input));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: the clarification was given; the clock runs again.' })
  answerFoiClarification(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiClarificationInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.answerClarification(actor, requestId, input));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: a public-interest extension of 1 to 20 working days.' })
  extendFoiRequest(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiExtensionInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.extend(actor, requestId, input));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: answered, partly answered, refused (with the section), not held, ICO complaint (with its reference), closed, or awaiting again.' })
  setFoiRequestStatus(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiStatusInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.setStatus(actor, requestId, input));
  }

  @Mutation(() => FoiRequestModel, { description: 'Coordinators: an internal review was asked for; it has its own 20-working-day deadline.' })
  startFoiInternalReview(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @Args('input') input: FoiInternalReviewInput, @CurrentActor() actor: Actor): Promise<FoiRequestModel> {
    return this.after(actor, requestId, this.requests.startInternalReview(actor, requestId, input));
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The authority.' })
  organisation(r: FoiRequestModel, _a: unknown, ctx: RequestContext): MaybePromise<OrganisationModel | null> {
    return loadOrganisation(ctx, this.organisations, r.organisationId);
  }

  @ResolveField(() => FoiCampaignModel, { nullable: true })
  campaign(r: FoiRequestModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiCampaignModel | null> {
    const actor = ctx.actor!;
    return loadOne(ctx, 'foi:campaign', (ids: readonly string[]) => this.campaigns.byIds(actor, ids), r.campaignId);
  }

  @ResolveField(() => FoiClockModel, { description: 'The statutory clock (or the internal review’s) as it stands today.' })
  async clock(r: FoiRequestModel, _a: unknown, ctx: RequestContext): Promise<FoiClockModel> {
    const days = await loadOne(ctx, 'foi:working-days', async (ids: readonly string[]) => Promise.all(ids.map((id) => this.requests.workingDays(id))), r.partnershipId);
    return this.requests.clockOf(days as WorkingDays, r);
  }

  @ResolveField(() => [FoiClarificationModel])
  clarifications(r: FoiRequestModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiClarificationModel[]> {
    return loadList(ctx, 'foi:clarifications', (ids) => this.requests.clarificationsOf(ids), r.id);
  }

  @ResolveField(() => [FoiCorrespondenceModel], { description: 'Oldest first: the letter, replies, notes, with attachments.' })
  correspondence(r: FoiRequestModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiCorrespondenceModel[]> {
    return loadList(ctx, 'foi:correspondence', (ids) => this.log.ofRequests(ids), r.id);
  }

  @ResolveField(() => FoiRequestViewerCan)
  viewerCan(r: FoiRequestModel, _a: unknown, ctx: RequestContext): MaybePromise<FoiRequestViewerCan> {
    const actor = ctx.actor!;
    return whenLoaded(
      loadOne(ctx, 'foi:request-manage', async (ids: readonly string[]) => {
        const allowed = await this.requests.canManage(actor, ids);
        return ids.map((id) => allowed.has(id));
      }, r.id),
      (manage) => ({ manage: !!manage }),
    );
  }

  @ResolveField(() => String, { nullable: true, description: 'Coordinators: an internal-review request drafted from the template for this request.' })
  async internalReviewDraft(r: FoiRequestModel, _a: unknown, ctx: RequestContext): Promise<string | null> {
    const allowed = await this.requests.canManage(ctx.actor!, [r.id]);
    return allowed.has(r.id) ? this.requests.internalReviewDraft(ctx.actor!, r as never) : null;
  }
}
