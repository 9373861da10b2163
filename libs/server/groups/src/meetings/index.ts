import type { Provider, Type } from '@nestjs/common';

export const MEETING_PROVIDERS: Provider[] = [];
export const MEETING_RESOLVERS: Type[] = [];
