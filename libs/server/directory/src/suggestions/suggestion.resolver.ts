import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { badInput } from '@convene/errors';
import { SuggestionStatus } from '../taxonomy';
import { SuggestionInput, SuggestionModel } from './suggestion.models';
import { SuggestionService } from './suggestion.service';

@SignedIn()
@Resolver(() => SuggestionModel)
export class SuggestionResolver {
  constructor(private readonly suggestions: SuggestionService) {}

  @Mutation(() => SuggestionModel, { description: 'Anyone signed in: suggests a change to an organisation or service, for coordinators to review.' })
  suggestDirectoryChange(@Args('input') input: SuggestionInput, @CurrentActor() actor: Actor): Promise<SuggestionModel> {
    return this.suggestions.suggest(actor, input);
  }

  @Query(() => [SuggestionModel], { description: 'Coordinators and admins: open suggestions, oldest first.' })
  directorySuggestions(@CurrentActor() actor: Actor): Promise<SuggestionModel[]> {
    return this.suggestions.open(actor);
  }

  @Mutation(() => SuggestionModel, { description: 'Coordinators and admins: APPLIED once the change is made, or DISMISSED. Once only.' })
  resolveDirectorySuggestion(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('status', { type: () => SuggestionStatus }) status: SuggestionStatus,
    @CurrentActor() actor: Actor,
  ): Promise<SuggestionModel> {
    if (status === SuggestionStatus.OPEN) throw badInput('Resolve a suggestion as APPLIED or DISMISSED.', { field: 'status' });
    return this.suggestions.resolve(actor, id, status);
  }
}
