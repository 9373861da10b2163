import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { bankReaderOf, type Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { BankFilesService } from '../files/bank-files.service';
import { BankSearchService } from '../search/bank-search.service';
import {
  ResourceContributorModel,
  ResourceInput,
  ResourceModel,
  ResourceSearchInput,
  ResourceSearchResultModel,
  ResourceUploadModel,
  ResourceVersionModel,
} from './resource.models';
import { ResourcesService } from './resources.service';

@SignedIn()
@Resolver(() => ResourceModel)
export class ResourcesResolver {
  constructor(
    private readonly bank: ResourcesService,
    private readonly search: BankSearchService,
    private readonly files: BankFilesService,
  ) {}

  @Query(() => ResourceSearchResultModel, {
    description: 'Searches your partnership’s knowledge bank: text, facets (OR within one, AND across), counts and a page, over what you may see.',
  })
  resources(@Args('search', { type: () => ResourceSearchInput, nullable: true }) search: ResourceSearchInput | null, @CurrentActor() actor: Actor): Promise<ResourceSearchResultModel> {
    return this.search.search(bankReaderOf(actor), search ?? {}, actor);
  }

  @Query(() => ResourceModel, { description: 'One resource you may see; NOT_FOUND otherwise.' })
  resource(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ResourceModel> {
    return this.bank.one(actor, id);
  }

  @Query(() => [ResourceVersionModel], { description: 'Every saved state of a resource you may edit, newest first.' })
  resourceVersions(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ResourceVersionModel[]> {
    return this.bank.versions(actor, id);
  }

  @Query(() => [ResourceContributorModel], { description: 'People who may add and edit bank resources (coordinators only).' })
  resourceContributors(@CurrentActor() actor: Actor): Promise<ResourceContributorModel[]> {
    return this.bank.contributors(actor);
  }

  @Mutation(() => ResourceModel, { description: 'Adds a resource (coordinators and contributors).' })
  createResource(@Args('input', { type: () => ResourceInput }) input: ResourceInput, @CurrentActor() actor: Actor): Promise<ResourceModel> {
    return this.bank.create(actor, input);
  }

  @Mutation(() => ResourceModel, { description: 'Saves every field of a resource you may edit, as its next version.' })
  updateResource(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input', { type: () => ResourceInput }) input: ResourceInput, @CurrentActor() actor: Actor): Promise<ResourceModel> {
    return this.bank.update(actor, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a resource you may edit, with its file and history.' })
  deleteResource(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.bank.remove(actor, id);
  }

  @Mutation(() => ResourceUploadModel, { description: 'A ticket for one `PUT /bank/uploads/<token>` within 10 minutes, setting the resource’s file.' })
  async createResourceUpload(@Args('resourceId', { type: () => ID }, UuidPipe) resourceId: string, @CurrentActor() actor: Actor): Promise<ResourceUploadModel> {
    const { token, expiresAt, maxBytes } = await this.files.createUpload(actor, resourceId);
    return { uploadUrl: `/bank/uploads/${token}`, expiresAt, maxBytes };
  }

  @Mutation(() => [ResourceContributorModel], { description: 'Makes someone a contributor of the bank, or (contributor: false) stops it. Coordinators only.' })
  setResourceContributor(
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @Args('contributor', { type: () => Boolean }) contributor: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<ResourceContributorModel[]> {
    return this.bank.setContributor(actor, personId, contributor);
  }
}
