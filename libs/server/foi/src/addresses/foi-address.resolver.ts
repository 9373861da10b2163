import { Args, Field, ID, InputType, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import type { Actor } from '@convene/access';
import { CurrentActor, loadOne, SignedIn, SingleLine, Text, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { OrganisationModel, OrganisationService, toOrganisation } from '@convene/identity';
import { FoiAddressService, type FoiAddress } from './foi-address.service';

@InputType('FoiAddressInput')
export class FoiAddressInput {
  @Field(() => String, { nullable: true, description: 'Where FOI requests go by email; left out, none.' }) @IsOptional() @Text({ max: 320, optional: true, label: 'FOI email address' }) @SingleLine() foiEmail?: string | null;
  @Field(() => String, { nullable: true, description: 'The council’s FOI portal, for requests it takes only there.' }) @IsOptional() @Text({ max: 500, optional: true, label: 'FOI portal address' }) @SingleLine() foiPortalUrl?: string | null;
}

@ObjectType('FoiSettings')
export class FoiSettingsModel {
  @Field(() => String, { nullable: true, description: 'The partnership’s FOI address: letters come from it and replies go to it (else the platform’s sending address).' }) fromAddress!: string | null;
}

/** Organisations’ FOI addresses (the directory holds them; everyone signed in reads, coordinators edit) and the partnership’s own. */
@SignedIn()
@Resolver(() => OrganisationModel)
export class FoiAddressResolver {
  constructor(
    private readonly addresses: FoiAddressService,
    private readonly organisations: OrganisationService,
  ) {}

  private address(ctx: RequestContext, id: string): MaybePromise<FoiAddress | null> {
    const actor = ctx.actor!;
    return loadOne(ctx, 'foi:address', (ids: readonly string[]) => this.addresses.byIds(actor, ids), id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Where FOI requests to it go by email.' })
  async foiEmail(o: OrganisationModel, _a: unknown, ctx: RequestContext): Promise<string | null> {
    return (await this.address(ctx, o.id))?.foiEmail ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Its FOI portal, when it takes requests only there.' })
  async foiPortalUrl(o: OrganisationModel, _a: unknown, ctx: RequestContext): Promise<string | null> {
    return (await this.address(ctx, o.id))?.foiPortalUrl ?? null;
  }

  @Mutation(() => OrganisationModel, { description: 'Coordinators and admins: where FOI requests to this organisation go.' })
  async setOrganisationFoiAddress(@Args('organisationId', { type: () => ID }, UuidPipe) organisationId: string, @Args('input') input: FoiAddressInput, @CurrentActor() actor: Actor): Promise<OrganisationModel> {
    await this.addresses.set(actor, organisationId, input.foiEmail ?? null, input.foiPortalUrl ?? null);
    return toOrganisation(await this.organisations.get(actor, organisationId));
  }

  @Query(() => FoiSettingsModel, { description: 'Coordinators: the partnership’s FOI sending address.' })
  foiSettings(@CurrentActor() actor: Actor): Promise<FoiSettingsModel> {
    return this.addresses.settings(actor);
  }

  @Mutation(() => FoiSettingsModel, { description: 'Coordinators and admins: the address FOI letters come from and replies go to; null for the platform’s.' })
  setFoiFromAddress(@Args('address', { type: () => String, nullable: true }) address: string | null, @CurrentActor() actor: Actor): Promise<FoiSettingsModel> {
    return this.addresses.setFrom(actor, address);
  }
}
