import type { Provider, Type } from '@nestjs/common';

export const MINUTES_PROVIDERS: Provider[] = [];
export const MINUTES_RESOLVERS: Type[] = [];
