import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe, type RequestContext } from '@convene/graphql-kit';
import { loadOrganisation, OrganisationModel, OrganisationService } from '@convene/identity';
import { FoiRecipientListInput, FoiRecipientListModel, FoiRecipientListVersionModel } from './recipient-list.models';
import { RecipientListService } from './recipient-list.service';

/** Reusable, versioned recipient lists: coordinators only. */
@SignedIn()
@Resolver(() => FoiRecipientListModel)
export class RecipientListResolver {
  constructor(private readonly lists: RecipientListService) {}

  @Query(() => [FoiRecipientListModel], { description: 'Coordinators: the partnership’s recipient lists.' })
  foiRecipientLists(@CurrentActor() actor: Actor): Promise<FoiRecipientListModel[]> {
    return this.lists.list(actor);
  }

  @Mutation(() => ID, { description: 'Coordinators: a new list (version 1) of authorities from the directory.' })
  createFoiRecipientList(@Args('input') input: FoiRecipientListInput, @CurrentActor() actor: Actor): Promise<string> {
    return this.lists.create(actor, input);
  }

  @Mutation(() => FoiRecipientListModel, { description: 'Coordinators: renames; different members make a new version (sent campaigns keep theirs).' })
  async updateFoiRecipientList(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: FoiRecipientListInput, @CurrentActor() actor: Actor): Promise<FoiRecipientListModel> {
    await this.lists.update(actor, id, input);
    return (await this.lists.list(actor)).find((l) => l.id === id)!;
  }

  @ResolveField(() => FoiRecipientListVersionModel, { nullable: true })
  current(l: FoiRecipientListModel, _a: unknown, ctx: RequestContext): Promise<FoiRecipientListVersionModel | null> {
    return this.lists.currentVersion(ctx.actor!, l.id);
  }

  @ResolveField(() => [FoiRecipientListVersionModel], { description: 'Newest first.' })
  versions(l: FoiRecipientListModel, _a: unknown, ctx: RequestContext): Promise<FoiRecipientListVersionModel[]> {
    return this.lists.versionsOf(ctx.actor!, l.id);
  }
}

@SignedIn()
@Resolver(() => FoiRecipientListVersionModel)
export class RecipientListVersionResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @ResolveField(() => [OrganisationModel])
  async organisations(v: FoiRecipientListVersionModel, _a: unknown, ctx: RequestContext): Promise<OrganisationModel[]> {
    const found = await Promise.all(v.organisationIds.map((id) => loadOrganisation(ctx, this.organisationService, id)));
    return found.filter((o): o is OrganisationModel => !!o);
  }
}
