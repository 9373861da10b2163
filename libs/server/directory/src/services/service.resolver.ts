import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@convene/access';
import { isUuid } from '@convene/database';
import { CurrentActor, GqlContext, loadList, loadOne, Public, SignedIn, UuidPipe, whenLoaded, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { loadOrganisation, loadPerson, OrganisationModel, OrganisationService, PeopleService, PersonModel } from '@convene/identity';
import { ContactModel } from '../contacts/contact.models';
import { ContactService } from '../contacts/contact.service';
import { FinderService } from '../finder/finder.service';
import { readerFor, viewKey } from '../reader';
import { clockTime } from '../schedule/weekly-slots';
import { LocationInput, LocationModel, ServiceInput, ServiceModel, ServiceSlotModel } from './service.models';
import { ServiceService } from './service.service';

@Resolver(() => ServiceModel)
export class ServiceResolver {
  constructor(
    private readonly services: ServiceService,
    private readonly contactService: ContactService,
    private readonly finder: FinderService,
    private readonly organisations: OrganisationService,
    private readonly people: PeopleService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Public()
  @Query(() => ServiceModel, { description: 'One service. Signed out (or from another partnership), only a PUBLIC one, with `partnership` naming its directory.' })
  async directoryService(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('partnership', { type: () => String, nullable: true }) partnership: string | null,
    @GqlContext() ctx: RequestContext,
  ): Promise<ServiceModel> {
    const { id: partnershipId, reader } = await this.finder.partnershipOf(ctx.actor, partnership);
    return this.services.get(reader, partnershipId, id);
  }

  @SignedIn()
  @Mutation(() => ServiceModel, { description: 'Coordinators and admins: adds a service to an organisation.' })
  addDirectoryService(@Args('input') input: ServiceInput, @CurrentActor() actor: Actor): Promise<ServiceModel> {
    return this.services.create(actor, input);
  }

  @SignedIn()
  @Mutation(() => ServiceModel, { description: 'Coordinators and admins. Saving marks the service checked today, by you.' })
  updateDirectoryService(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: ServiceInput, @CurrentActor() actor: Actor): Promise<ServiceModel> {
    return this.services.update(actor, id, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Coordinators and admins.' })
  removeDirectoryService(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.services.remove(actor, id);
  }

  @SignedIn()
  @Mutation(() => LocationModel, { description: 'Coordinators and admins: adds a location (no `id`) or changes one.' })
  saveDirectoryLocation(@Args('id', { type: () => ID, nullable: true }) id: string | null, @Args('input') input: LocationInput, @CurrentActor() actor: Actor): Promise<LocationModel> {
    return this.services.saveLocation(actor, id ?? null, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Coordinators and admins; its services keep running, without a location.' })
  removeDirectoryLocation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.services.removeLocation(actor, id);
  }

  @Public()
  @ResolveField(() => [ServiceSlotModel], { description: 'The weekly days and times of its schedule.' })
  slots(service: ServiceModel, _args: unknown, ctx: RequestContext): MaybePromise<ServiceSlotModel[]> {
    return loadList(ctx, 'directory:slots', (ids) => this.slotsOf(ids), service.id);
  }

  @Public()
  @ResolveField(() => LocationModel, { nullable: true })
  location(service: ServiceModel, _args: unknown, ctx: RequestContext): MaybePromise<LocationModel | null> {
    if (!service.locationId) return null;
    return loadOne(ctx, `directory:location:${service.partnershipId}`, (ids: readonly string[]) => this.services.locationsByIds(service.partnershipId, ids), service.locationId);
  }

  @Public()
  @ResolveField(() => [ContactModel], { description: 'Contacts for the service, each field as its visibility allows you.' })
  contacts(service: ServiceModel, _args: unknown, ctx: RequestContext): MaybePromise<ContactModel[]> {
    const reader = readerFor(ctx, service.partnershipId);
    return loadList(ctx, viewKey('service-contacts', reader, service.partnershipId), (ids) => this.contactService.of(reader, service.partnershipId, 'service', ids), service.id);
  }

  @SignedIn()
  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Signed in: the organisation that runs it.' })
  organisation(service: ServiceModel, _args: unknown, ctx: RequestContext): MaybePromise<OrganisationModel | null> {
    return loadOrganisation(ctx, this.organisations, service.organisationId);
  }

  @SignedIn()
  @ResolveField(() => PersonModel, { nullable: true, description: 'Signed in: who last checked it.' })
  lastCheckedBy(service: ServiceModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return whenLoaded(loadPerson(ctx, this.people, service.lastCheckedByPersonId), (p) => p);
  }

  private async slotsOf(ids: readonly string[]): Promise<Map<string, ServiceSlotModel[]>> {
    const rows: { serviceId: string; weekday: number; startsMinute: number; endsMinute: number }[] = await this.db.query(
      `SELECT service_id AS "serviceId", weekday, starts_minute AS "startsMinute", ends_minute AS "endsMinute" FROM directory_service_slot WHERE service_id = ANY($1::uuid[]) ORDER BY weekday, starts_minute`,
      [ids.filter(isUuid)],
    );
    const out = new Map<string, ServiceSlotModel[]>();
    for (const r of rows) {
      const list = out.get(r.serviceId) ?? [];
      list.push({ weekday: r.weekday, startsAt: clockTime(r.startsMinute), endsAt: clockTime(r.endsMinute) });
      out.set(r.serviceId, list);
    }
    return out;
  }
}
