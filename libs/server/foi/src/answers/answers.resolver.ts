import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { AnswerModel, RecordAnswersInput } from './answer.models';
import { AnswersService } from './answers.service';

@SignedIn()
@Resolver(() => AnswerModel)
export class AnswersResolver {
  constructor(private readonly answers: AnswersService) {}

  @Query(() => [AnswerModel], { description: 'A request’s answers, in question order: those who may read its campaign.' })
  foiRequestAnswers(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @CurrentActor() actor: Actor): Promise<AnswerModel[]> {
    return this.answers.forRequest(actor, requestId);
  }

  @Mutation(() => [AnswerModel], { description: 'Coordinators: records (or corrects) a reply’s answers, one per question; each value is checked against its question’s unit. Audited.' })
  recordFoiAnswers(@Args('input') input: RecordAnswersInput, @CurrentActor() actor: Actor): Promise<AnswerModel[]> {
    return this.answers.record(actor, input.requestId, input.answers);
  }
}
