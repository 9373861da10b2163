import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { PersonEmailModel } from './email-health.models';
import { EmailHealthService } from './email-health.service';

@SignedIn()
@Resolver(() => PersonEmailModel)
export class EmailHealthResolver {
  constructor(private readonly health: EmailHealthService) {}

  @Query(() => PersonEmailModel, { description: "Coordinators and admins: whether the person's address bounces, and their 20 most recent messages with outcomes. NOT_FOUND for anyone else." })
  personEmail(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<PersonEmailModel> {
    return this.health.of(actor, personId);
  }

  @Mutation(() => PersonEmailModel, { description: 'Coordinators and admins: the address works again; optional email to it resumes. Audited.' })
  markEmailWorking(@Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<PersonEmailModel> {
    return this.health.markWorking(actor, personId);
  }
}
