import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { badInput } from '@convene/errors';
import { MergeModel, MergeProposalModel, MergeReasonEnum } from './merge.models';
import { MergeService } from './merge.service';

/** At most this many proposals or past merges in one answer. */
export const MERGE_LIST_MAX = 100;

const limitOf = (limit: number) => {
  if (!Number.isInteger(limit) || limit < 1 || limit > MERGE_LIST_MAX) throw badInput(`Ask for between 1 and ${MERGE_LIST_MAX}.`, { field: 'limit' });
  return limit;
};

@SignedIn()
@Resolver()
export class MergeResolver {
  constructor(private readonly merges: MergeService) {}

  @Query(() => [MergeProposalModel], { description: 'Coordinators and admins: pairs of organisations that look like duplicates, most alike first.' })
  directoryMergeProposals(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number, @CurrentActor() actor: Actor): Promise<MergeProposalModel[]> {
    return this.merges.proposals(actor, limitOf(limit)) as Promise<MergeProposalModel[]>;
  }

  @Query(() => [MergeModel], { description: 'Coordinators and admins: merges done, newest first, undone ones too.' })
  organisationMerges(@Args('limit', { type: () => Int, defaultValue: 50 }) limit: number, @CurrentActor() actor: Actor): Promise<MergeModel[]> {
    return this.merges.history(actor, limitOf(limit)) as Promise<MergeModel[]>;
  }

  @Mutation(() => MergeModel, { description: 'Coordinators and admins: moves everything of `mergedId` to `survivorId` and removes it; audited, and undone by undoOrganisationMerge.' })
  mergeOrganisations(
    @Args('survivorId', { type: () => ID }, UuidPipe) survivorId: string,
    @Args('mergedId', { type: () => ID }, UuidPipe) mergedId: string,
    @Args('reasons', { type: () => [MergeReasonEnum], defaultValue: [] }) reasons: MergeReasonEnum[],
    @CurrentActor() actor: Actor,
  ): Promise<MergeModel> {
    return this.merges.merge(actor, survivorId, mergedId, [...new Set(reasons)]) as Promise<MergeModel>;
  }

  @Mutation(() => MergeModel, { description: 'Coordinators and admins: puts the merged organisation back, and every reference the merge moved.' })
  undoOrganisationMerge(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<MergeModel> {
    return this.merges.undo(actor, id) as Promise<MergeModel>;
  }

  @Mutation(() => Boolean, { description: 'Coordinators and admins: these two are not duplicates; stop proposing them.' })
  dismissMergeProposal(@Args('firstId', { type: () => ID }, UuidPipe) firstId: string, @Args('secondId', { type: () => ID }, UuidPipe) secondId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.merges.dismiss(actor, firstId, secondId);
  }
}
