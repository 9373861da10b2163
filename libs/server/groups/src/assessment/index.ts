import type { Provider, Type } from '@nestjs/common';
import { AssessmentEntryResolver, MeetingAssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

export { AssessmentService };
export const ASSESSMENT_PROVIDERS: Provider[] = [AssessmentService];
export const ASSESSMENT_RESOLVERS: Type[] = [MeetingAssessmentResolver, AssessmentEntryResolver];
