import { Args, GraphQLISODateTime, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, loadList, loadOne, SignedIn, UuidPipe, whenLoaded, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { loadOrganisation, OrganisationModel, OrganisationService, toOrganisation } from '@convene/identity';
import { ContactModel } from '../contacts/contact.models';
import { ContactService } from '../contacts/contact.service';
import { AffiliationModel, RepresentationModel } from '../people/people.models';
import { DirectoryPeopleService } from '../people/people.service';
import { LocationModel, ServiceModel } from '../services/service.models';
import { ServiceService } from '../services/service.service';
import { DirectoryOrganisationInput, DirectorySearchResultModel, IdentifiersModel, type OrganisationProfile } from './profile.models';
import { ProfileService } from './profile.service';

/** The directory's fields of an organisation; everyone signed in reads them, coordinators edit. */
@SignedIn()
@Resolver(() => OrganisationModel)
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly organisations: OrganisationService,
    private readonly serviceService: ServiceService,
    private readonly contactService: ContactService,
    private readonly peopleService: DirectoryPeopleService,
  ) {}

  private profile(ctx: RequestContext, id: string): MaybePromise<OrganisationProfile | null> {
    const actor = ctx.actor!;
    return loadOne(ctx, 'directory:profile', (ids: readonly string[]) => this.profiles.byIds(actor, ids), id);
  }

  @Mutation(() => OrganisationModel, { description: 'Coordinators and admins: adds an organisation to the directory.' })
  async addDirectoryOrganisation(@Args('input') input: DirectoryOrganisationInput, @CurrentActor() actor: Actor): Promise<OrganisationModel> {
    const id = await this.profiles.create(actor, input);
    return toOrganisation(await this.organisations.get(actor, id));
  }

  @Mutation(() => OrganisationModel, { description: 'Coordinators and admins. Saving marks the organisation checked today, by you.' })
  async updateDirectoryOrganisation(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: DirectoryOrganisationInput, @CurrentActor() actor: Actor): Promise<OrganisationModel> {
    await this.profiles.update(actor, id, input);
    return toOrganisation(await this.organisations.get(actor, id));
  }

  @Mutation(() => OrganisationModel, { description: 'Coordinators and admins: confirms the entry is still right as it stands.' })
  async confirmOrganisationChecked(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<OrganisationModel> {
    await this.profiles.markChecked(actor, id);
    return toOrganisation(await this.organisations.get(actor, id));
  }

  @Query(() => [DirectorySearchResultModel], { description: 'Organisations, services and people whose names (or other names, charity number, description, job title) match; up to `limit` of each.' })
  directorySearch(@Args('text') text: string, @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number, @CurrentActor() actor: Actor): Promise<DirectorySearchResultModel[]> {
    return this.profiles.search(actor, text, Math.min(Math.max(limit, 1), 50));
  }

  @ResolveField(() => [String]) otherNames(o: OrganisationModel, _a: unknown, ctx: RequestContext) {
    return whenLoaded(this.profile(ctx, o.id), (p) => p?.otherNames ?? []);
  }

  @ResolveField(() => String) description(o: OrganisationModel, _a: unknown, ctx: RequestContext) {
    return whenLoaded(this.profile(ctx, o.id), (p) => p?.description ?? '');
  }

  @ResolveField(() => IdentifiersModel) identifiers(o: OrganisationModel, _a: unknown, ctx: RequestContext): MaybePromise<IdentifiersModel> {
    return whenLoaded(this.profile(ctx, o.id), (p) => ({ charityNumber: p?.charityNumber ?? null, companyNumber: p?.companyNumber ?? null, odsCode: p?.odsCode ?? null, gssCode: p?.gssCode ?? null }));
  }

  @ResolveField(() => [String]) areasServed(o: OrganisationModel, _a: unknown, ctx: RequestContext) {
    return whenLoaded(this.profile(ctx, o.id), (p) => p?.areasServed ?? []);
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'When someone last confirmed or saved the entry.' }) lastCheckedAt(o: OrganisationModel, _a: unknown, ctx: RequestContext) {
    return whenLoaded(this.profile(ctx, o.id), (p) => p?.lastCheckedAt ?? null);
  }

  @ResolveField(() => OrganisationModel, { nullable: true }) async parent(o: OrganisationModel, _a: unknown, ctx: RequestContext): Promise<OrganisationModel | null> {
    const profile = await this.profile(ctx, o.id);
    return profile?.parentId ? loadOrganisation(ctx, this.organisations, profile.parentId) : null;
  }

  @ResolveField(() => [ServiceModel]) services(o: OrganisationModel, _a: unknown, ctx: RequestContext): MaybePromise<ServiceModel[]> {
    const actor = ctx.actor!;
    return loadList(ctx, 'directory:org-services', (ids) => this.serviceService.ofOrganisations(actor, ids), o.id);
  }

  @ResolveField(() => [LocationModel]) locations(o: OrganisationModel, _a: unknown, ctx: RequestContext): MaybePromise<LocationModel[]> {
    const actor = ctx.actor!;
    return loadList(ctx, 'directory:org-locations', (ids) => this.serviceService.locationsOf(actor, actor.partnershipId, ids), o.id);
  }

  @ResolveField(() => [ContactModel], { description: 'Each field as its visibility allows you.' }) contacts(o: OrganisationModel, _a: unknown, ctx: RequestContext): MaybePromise<ContactModel[]> {
    const actor = ctx.actor!;
    return loadList(ctx, 'directory:org-contacts', (ids) => this.contactService.of(actor, actor.partnershipId, 'organisation', ids), o.id);
  }

  @ResolveField(() => [RepresentationModel], { description: 'The groups it sits on now (those you may read), with who sits for it and in which seat.' })
  seats(o: OrganisationModel, _a: unknown, ctx: RequestContext): MaybePromise<RepresentationModel[]> {
    const actor = ctx.actor!;
    return loadList(ctx, 'directory:org-seats', (ids) => this.peopleService.seatsOfOrganisations(actor, ids), o.id);
  }

  @ResolveField(() => [AffiliationModel], { description: 'Its people now: open affiliations of active people.' })
  people(o: OrganisationModel, _a: unknown, ctx: RequestContext): MaybePromise<AffiliationModel[]> {
    const actor = ctx.actor!;
    return loadList(ctx, 'directory:org-people', (ids) => this.peopleService.affiliationsOf(actor, 'organisation', ids, { currentOnly: true }), o.id);
  }
}
