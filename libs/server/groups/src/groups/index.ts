import type { Provider, Type } from '@nestjs/common';

export const GROUP_PROVIDERS: Provider[] = [];
export const GROUP_RESOLVERS: Type[] = [];
