import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { ResourceSearchInput } from '../resources/resource.models';
import { BankSavedSearchModel } from './saved-search.models';
import { SavedSearchesService } from './saved-searches.service';

@SignedIn()
@Resolver(() => BankSavedSearchModel)
export class SavedSearchesResolver {
  constructor(private readonly saved: SavedSearchesService) {}

  @Query(() => [BankSavedSearchModel], { description: 'Your saved knowledge bank searches, newest first.' })
  bankSavedSearches(@CurrentActor() actor: Actor): Promise<BankSavedSearchModel[]> {
    return this.saved.list(actor);
  }

  @Mutation(() => BankSavedSearchModel, { description: 'Email me when new resources match: saves the search’s filters (not its page or order); the same search twice is kept once; up to 20.' })
  saveBankSearch(@Args('search', { type: () => ResourceSearchInput }) search: ResourceSearchInput, @CurrentActor() actor: Actor): Promise<BankSavedSearchModel> {
    return this.saved.save(actor, search);
  }

  @Mutation(() => Boolean, { description: 'Stops a saved search and its emails (yours only).' })
  deleteBankSavedSearch(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.saved.remove(actor, id);
  }
}
