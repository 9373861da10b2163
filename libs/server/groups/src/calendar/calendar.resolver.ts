import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, GqlContext, Public, SignedIn, type RequestContext } from '@convene/graphql-kit';
import { CalendarService } from './calendar.service';
import { PublicGroupModel, PublicPagesService } from './public-pages.service';

@Resolver()
export class CalendarResolver {
  constructor(
    private readonly calendar: CalendarService,
    private readonly publicPages: PublicPagesService,
  ) {}

  @SignedIn()
  @Mutation(() => String, { description: 'A private calendar feed URL of your meetings, shown once. Calling again replaces it.' })
  createCalendarFeed(@CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<string> {
    return this.calendar.createFeed(actor, `${ctx.req.protocol}://${ctx.req.get('host')}`);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Stops your calendar feed URL working.' })
  revokeCalendarFeed(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.calendar.revokeFeed(actor);
  }

  @Public()
  @Query(() => PublicGroupModel, { description: 'A PUBLIC group’s published papers; anything else is NOT_FOUND.' })
  publicGroup(@Args('partnershipSlug') partnershipSlug: string, @Args('groupSlug') groupSlug: string): Promise<PublicGroupModel> {
    return this.publicPages.group(partnershipSlug, groupSlug);
  }
}
