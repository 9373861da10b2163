import type { Provider, Type } from '@nestjs/common';

export const ASSESSMENT_PROVIDERS: Provider[] = [];
export const ASSESSMENT_RESOLVERS: Type[] = [];
