import { Args, GraphQLISODateTime, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { PartnershipRole } from '@convene/contracts';
import { forbidden } from '@convene/errors';
import { CurrentActor, loadOne, SignedIn, UuidPipe, whenLoaded, type MaybePromise, type Page, type RequestContext } from '@convene/graphql-kit';
import { OrganisationService } from '../organisations/organisation.service';
import { PeopleService } from '../people/people.service';
import { OrganisationInput, OrganisationsArgs, PeopleArgs, UpdateOrganisationInput } from './inputs';
import { toOrganisation, toPerson } from './mappers';
import { MeModel, OrganisationConnection, OrganisationModel, PersonConnection, PersonModel } from './models';

/** The partnership's people and organisations. Everyone reads; admins manage. */
@SignedIn()
@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly organisationService: OrganisationService,
  ) {}

  @Query(() => PersonConnection)
  async people(@Args() args: PeopleArgs, @CurrentActor() actor: Actor): Promise<Page<PersonModel>> {
    const page = await this.peopleService.list(actor, args, args.first, args.after);
    return { ...page, nodes: page.nodes.map(toPerson) };
  }

  @Query(() => PersonModel)
  async person(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<PersonModel> {
    return toPerson(await this.peopleService.get(actor, id));
  }

  @Mutation(() => PersonModel, { description: 'Admins only. Nobody can change their own role.' })
  async setPersonRole(
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @Args('role', { type: () => PartnershipRole }) role: PartnershipRole,
    @CurrentActor() actor: Actor,
  ): Promise<PersonModel> {
    return toPerson(await this.peopleService.setRole(actor, personId, role));
  }

  @Mutation(() => PersonModel, { description: 'Admins only.' })
  async setPersonOrganisation(
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<PersonModel> {
    return toPerson(await this.peopleService.setOrganisation(actor, personId, organisationId ?? null));
  }

  @Mutation(() => PersonModel, { description: 'Admins only. Ends all of their sessions at once.' })
  async deactivatePerson(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<PersonModel> {
    return toPerson((await this.peopleService.deactivate(actor, personId)).person);
  }

  @Mutation(() => PersonModel, { description: 'Admins only.' })
  async reactivatePerson(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<PersonModel> {
    return toPerson(await this.peopleService.reactivate(actor, personId));
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(person: PersonModel, _args: unknown, ctx: RequestContext): MaybePromise<OrganisationModel | null> {
    if (person.knownOrganisation !== undefined) return person.knownOrganisation;
    return loadOrganisation(ctx, this.organisationService, person.organisationId);
  }

  // Non-null fields beyond the name: a reader the policy layer shows only the name (a forum
  // guest, of anyone else) gets FORBIDDEN, as for any non-null field refused to a guest.
  @ResolveField(() => PartnershipRole)
  role(person: PersonModel): PartnershipRole {
    return beyondName(person, 'role');
  }

  @ResolveField(() => String)
  preferredLanguage(person: PersonModel): string {
    return beyondName(person, 'preferredLanguage');
  }

  @ResolveField(() => Boolean, { description: 'False once an admin has deactivated them.' })
  active(person: PersonModel): boolean {
    return beyondName(person, 'active');
  }

  @ResolveField(() => GraphQLISODateTime)
  joinedAt(person: PersonModel): Date {
    return beyondName(person, 'joinedAt');
  }
}

const BEYOND_NAME = { role: 'role', preferredLanguage: 'preferred language', active: 'status', joinedAt: 'joining date' } as const;

/** `person[field]`, unless the reader may see only their name (`PeopleService.byIds` decides, through the policy layer). */
function beyondName<F extends keyof typeof BEYOND_NAME>(person: PersonModel, field: F): PersonModel[F] {
  if (person.nameOnly) throw forbidden(`You can see only this person’s name, not their ${BEYOND_NAME[field]} (${field}).`);
  return person[field];
}

/** The same field on `Me`, which GraphQL treats as its own type. */
@SignedIn()
@Resolver(() => MeModel)
export class MeFieldsResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(me: MeModel, _args: unknown, ctx: RequestContext): MaybePromise<OrganisationModel | null> {
    return loadOrganisation(ctx, this.organisationService, me.organisationId);
  }
}

/** The request's loader of people by id; statements that read people alongside other rows prime it. */
export const PERSON_LOADER = 'person';

/** The person behind an id, with their organisation, batched per request and limited to the reader's partnership. */
export function loadPerson(ctx: RequestContext, people: PeopleService, id: string | null): MaybePromise<PersonModel | null> {
  if (!id || !ctx.actor) return null;
  const actor = ctx.actor;
  return whenLoaded(loadOne(ctx, PERSON_LOADER, (ids: readonly string[]) => people.byIds(actor, ids), id), (row) => row && toPerson(row));
}

/** Batched through the request's loader; only the reader's own partnership is ever read. */
export function loadOrganisation(ctx: RequestContext, service: OrganisationService, id: string | null): MaybePromise<OrganisationModel | null> {
  if (!id || !ctx.actor) return null;
  const actor = ctx.actor;
  return whenLoaded(loadOne(ctx, 'organisation', (ids: readonly string[]) => service.byIds(actor, ids), id), (row) => (row ? toOrganisation(row) : null));
}

@SignedIn()
@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => OrganisationConnection)
  async organisations(@Args() args: OrganisationsArgs, @CurrentActor() actor: Actor): Promise<Page<OrganisationModel>> {
    const page = await this.organisationService.list(actor, args.first, args.after, args.search);
    return { ...page, nodes: page.nodes.map(toOrganisation) };
  }

  @Query(() => OrganisationModel)
  async organisation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<OrganisationModel> {
    return toOrganisation(await this.organisationService.get(actor, id));
  }

  @Mutation(() => OrganisationModel, { description: 'Admins only.' })
  async createOrganisation(@Args('input') input: OrganisationInput, @CurrentActor() actor: Actor): Promise<OrganisationModel> {
    return toOrganisation(await this.organisationService.create(actor, input));
  }

  @Mutation(() => OrganisationModel, { description: 'Admins only.' })
  async updateOrganisation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateOrganisationInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationModel> {
    return toOrganisation(await this.organisationService.update(actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'Admins only. People who belonged to it keep their accounts.' })
  removeOrganisation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.organisationService.remove(actor, id);
  }
}
