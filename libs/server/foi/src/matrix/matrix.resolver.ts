import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { MatrixModel } from './matrix.models';
import { MatrixService } from './matrix.service';

@SignedIn()
@Resolver(() => MatrixModel)
export class MatrixResolver {
  constructor(private readonly matrices: MatrixService) {}

  @Query(() => MatrixModel, { description: 'A campaign’s authorities × questions, totals, response rate and overdue list: coordinators, and the group’s members once sent.' })
  foiMatrix(@Args('campaignId', { type: () => ID }, UuidPipe) campaignId: string, @CurrentActor() actor: Actor): Promise<MatrixModel> {
    return this.matrices.matrix(actor, campaignId);
  }
}
