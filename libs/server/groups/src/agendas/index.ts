import type { Provider, Type } from '@nestjs/common';

export const AGENDA_PROVIDERS: Provider[] = [];
export const AGENDA_RESOLVERS: Type[] = [];
