import { Args, Query, Resolver } from '@nestjs/graphql';
import { GqlContext, Public, type Page, type RequestContext } from '@convene/graphql-kit';
import { ServiceConnection, ServiceModel } from '../services/service.models';
import { FinderArgs } from './finder.models';
import { FinderService } from './finder.service';

@Resolver()
export class FinderResolver {
  constructor(private readonly finder: FinderService) {}

  @Public()
  @Query(() => ServiceConnection, { description: 'The service finder: active services matching every filter given, by name. Signed out, only PUBLIC services of the `partnership` named.' })
  async findServices(@Args() args: FinderArgs, @GqlContext() ctx: RequestContext): Promise<Page<ServiceModel>> {
    const { id, reader } = await this.finder.partnershipOf(ctx.actor, args.partnership);
    return this.finder.find(reader, id, args.filter ?? {}, args.first, args.after);
  }
}
