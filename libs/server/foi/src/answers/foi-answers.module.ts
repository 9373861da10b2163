import { Module } from '@nestjs/common';
import { ANSWER_CONTROLLERS, ANSWER_RESOLVERS, ANSWER_SERVICES } from './index';

/** FOI answers, the matrix, the CSV and XLSX exports, and published datasets (API only: the worker sends none of it). */
@Module({
  providers: [...ANSWER_SERVICES, ...ANSWER_RESOLVERS],
  controllers: ANSWER_CONTROLLERS,
  exports: ANSWER_SERVICES,
})
export class FoiAnswersModule {}
