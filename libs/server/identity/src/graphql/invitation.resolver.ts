import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, PageArgs, requestLoader, SignedIn, UuidPipe, type MaybePromise, type Page, type RequestContext } from '@convene/graphql-kit';
import { InvitationService } from '../invitations/invitation.service';
import { OrganisationService } from '../organisations/organisation.service';
import { PeopleService } from '../people/people.service';
import { CreateInvitationLinkInput, InviteByEmailInput } from './inputs';
import { loadOrganisation } from './directory.resolver';
import { toInvitation, toPerson } from './mappers';
import { InvitationConnection, InvitationLinkModel, InvitationModel, OrganisationModel, PersonModel } from './models';

/** Coordinators and admins invite; only admins hand out admin or coordinator roles. */
@SignedIn()
@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly invitationService: InvitationService,
    private readonly organisations: OrganisationService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => InvitationConnection, { description: 'Coordinators and admins: invitations, newest first.' })
  async invitations(@Args() args: PageArgs, @CurrentActor() actor: Actor): Promise<Page<InvitationModel>> {
    const page = await this.invitationService.list(actor, args.first, args.after);
    return { ...page, nodes: page.nodes.map(toInvitation) };
  }

  @Mutation(() => InvitationModel, { description: 'Emails a one-use invitation link to the address.' })
  async inviteByEmail(@Args('input') input: InviteByEmailInput, @CurrentActor() actor: Actor): Promise<InvitationModel> {
    return toInvitation(await this.invitationService.inviteByEmail(actor, input));
  }

  @Mutation(() => InvitationLinkModel, { description: 'A shareable link with a use limit and an expiry. The token is shown only here.' })
  async createInvitationLink(@Args('input') input: CreateInvitationLinkInput, @CurrentActor() actor: Actor): Promise<InvitationLinkModel> {
    const { invitation, token, url } = await this.invitationService.createLink(actor, input);
    return { invitation: toInvitation(invitation), token, url };
  }

  @Mutation(() => InvitationModel, { description: 'The link stops working at once.' })
  async revokeInvitation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<InvitationModel> {
    return toInvitation(await this.invitationService.revoke(actor, id));
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(invitation: InvitationModel, _args: unknown, ctx: RequestContext): MaybePromise<OrganisationModel | null> {
    return loadOrganisation(ctx, this.organisations, invitation.organisationId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async invitedBy(invitation: InvitationModel, _args: unknown, ctx: RequestContext): Promise<PersonModel | null> {
    if (!ctx.actor) return null;
    const actor = ctx.actor;
    const row = await requestLoader(ctx, 'person', (ids: readonly string[]) => this.people.byIds(actor, ids)).load(invitation.createdByPersonId);
    return row ? toPerson(row) : null;
  }
}
