import type { Type } from '@nestjs/common';
import { AnswersResolver } from './answers.resolver';
import { AnswersService } from './answers.service';
import { AnswersExportController } from '../export/answers-export.controller';
import { MatrixResolver } from '../matrix/matrix.resolver';
import { MatrixService } from '../matrix/matrix.service';
import { PublishedController } from '../publishing/published.controller';
import { PublishingResolver } from '../publishing/publishing.resolver';
import { PublishingService } from '../publishing/publishing.service';

/** Answers, the matrix, exports and publishing: what foi.module.ts adds for them. */
export const ANSWER_SERVICES: Type[] = [AnswersService, MatrixService, PublishingService];
export const ANSWER_RESOLVERS: Type[] = [AnswersResolver, MatrixResolver, PublishingResolver];
export const ANSWER_CONTROLLERS: Type[] = [AnswersExportController, PublishedController];
export { AnswersService, MatrixService, PublishingService };
