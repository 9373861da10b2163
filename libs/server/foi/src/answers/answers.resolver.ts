import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { AnswerSheetModel, RecordAnswersInput } from './answer.models';
import { AnswersService } from './answers.service';

@SignedIn()
@Resolver(() => AnswerSheetModel)
export class AnswersResolver {
  constructor(private readonly answers: AnswersService) {}

  @Query(() => AnswerSheetModel, { description: 'A request’s questions in order, each with its answer: those who may read its campaign.' })
  foiAnswerSheet(@Args('requestId', { type: () => ID }, UuidPipe) requestId: string, @CurrentActor() actor: Actor): Promise<AnswerSheetModel> {
    return this.answers.sheet(actor, requestId);
  }

  @Mutation(() => AnswerSheetModel, { description: 'Coordinators: records (or corrects) a reply’s answers, one per question; each value is checked against its question’s unit. Audited.' })
  recordFoiAnswers(@Args('input') input: RecordAnswersInput, @CurrentActor() actor: Actor): Promise<AnswerSheetModel> {
    return this.answers.record(actor, input.requestId, input.answers, input.clearQuestionIds ?? []);
  }
}
