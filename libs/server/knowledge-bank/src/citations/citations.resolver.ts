import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { actorOf, CurrentActor, loadList, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { AgendaItemModel } from '@convene/groups';
import { ResourceModel } from '../resources/resource.models';
import { CitationInput, CitationModel } from './citation.models';
import { CitationsService } from './citations.service';

@SignedIn()
@Resolver(() => ResourceModel)
export class ResourceCitationsResolver {
  constructor(private readonly citations: CitationsService) {}

  @ResolveField(() => [CitationModel], { description: 'Where the resource is cited: only places you may open.' })
  citedIn(resource: ResourceModel, _args: unknown, ctx: RequestContext): MaybePromise<CitationModel[]> {
    const actor = actorOf(ctx);
    return loadList(
      ctx,
      'resource-citations',
      async (ids) => {
        const byResource = new Map<string, CitationModel[]>();
        for (const c of await this.citations.ofResources(actor, ids)) byResource.set(c.resourceId, [...(byResource.get(c.resourceId) ?? []), c]);
        return byResource;
      },
      resource.id,
    );
  }

  @Mutation(() => CitationModel, { description: 'Cites a resource you may read from an agenda item, assessment entry, decision or post you manage; citing twice keeps one.' })
  citeResource(@Args('input', { type: () => CitationInput }) input: CitationInput, @CurrentActor() actor: Actor): Promise<CitationModel> {
    return this.citations.cite(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a citation from something you manage.' })
  removeCitation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.citations.remove(actor, id);
  }
}

@SignedIn()
@Resolver(() => AgendaItemModel)
export class AgendaItemBankPapersResolver {
  constructor(private readonly citations: CitationsService) {}

  @ResolveField(() => [CitationModel], { description: 'Knowledge bank resources taken as papers for the item (oldest first), that you may read.' })
  bankPapers(item: AgendaItemModel, _args: unknown, ctx: RequestContext): MaybePromise<CitationModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, 'agenda-item-bank-papers', (ids) => this.citations.papersOfItems(actor, ids), item.id);
  }
}
