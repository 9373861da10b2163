import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, Public, SignedIn } from '@convene/graphql-kit';
import { IDENTITY_OPTIONS, type IdentityOptions } from '@convene/identity';
import { CalendarService } from './calendar.service';
import { PublicGroupModel, PublicPagesService } from './public-pages.service';

@Resolver()
export class CalendarResolver {
  constructor(
    private readonly calendar: CalendarService,
    private readonly publicPages: PublicPagesService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @SignedIn()
  @Mutation(() => String, { description: 'A private calendar feed URL of your meetings, shown once. Calling again replaces it.' })
  createCalendarFeed(@CurrentActor() actor: Actor): Promise<string> {
    // From configuration, never the request's Host header, which the caller chooses.
    return this.calendar.createFeed(actor, this.options.publicWebUrl);
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
