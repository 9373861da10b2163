import { Field, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Capability } from '@convene/access';
import { actorOf, SignedIn, type RequestContext } from '@convene/graphql-kit';
import { PartnershipModel } from './models';

/** What the signed-in person may start in their partnership, so the client never works it out from roles. */
@ObjectType('PartnershipViewerCan', { description: 'What you may start in your partnership, as the policy layer decides it; clients show only these actions.' })
export class PartnershipViewerCanModel {
  @Field({ description: 'Create a group (coordinators and admins).' }) createGroup!: boolean;
  @Field({ description: 'Create a forum of its own, not a group’s (coordinators and admins). A group’s forum is `Group.viewerCan.createForum`.' }) createForum!: boolean;
}

@SignedIn()
@Resolver(() => PartnershipModel)
export class PartnershipViewerCanResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => PartnershipViewerCanModel)
  viewerCan(partnership: PartnershipModel, _args: unknown, ctx: RequestContext): PartnershipViewerCanModel {
    const actor = actorOf(ctx);
    // Capabilities hold in the actor's own partnership only.
    const own = partnership.id === actor.partnershipId;
    return {
      createGroup: own && this.access.can(actor, Capability.groupCreate),
      createForum: own && this.access.can(actor, Capability.forumCreate),
    };
  }
}
