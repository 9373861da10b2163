import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { PublishingModel } from './dataset.models';
import { PublishingService } from './publishing.service';

@SignedIn()
@Resolver(() => PublishingModel)
export class PublishingResolver {
  constructor(private readonly publishing: PublishingService) {}

  @Query(() => PublishingModel, { description: 'Coordinators: whether a campaign may be published, and its datasets.' })
  foiPublishing(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @CurrentActor() actor: Actor): Promise<PublishingModel> {
    return this.publishing.publishing(actor, campaignId);
  }

  @Mutation(() => PublishingModel, { description: 'Coordinators: signs off the answers as they are now and publishes them (personal data removed), replacing any earlier version. Audited.' })
  signOffFoiDataset(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @CurrentActor() actor: Actor): Promise<PublishingModel> {
    return this.publishing.signOff(actor, campaignId);
  }

  @Mutation(() => PublishingModel, { description: 'Coordinators: takes the published dataset off the public page. Audited.' })
  withdrawFoiDataset(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @CurrentActor() actor: Actor): Promise<PublishingModel> {
    return this.publishing.withdraw(actor, campaignId);
  }
}
