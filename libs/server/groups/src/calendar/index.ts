import type { Provider, Type } from '@nestjs/common';

export const CALENDAR_PROVIDERS: Provider[] = [];
export const CALENDAR_RESOLVERS: Type[] = [];
/** HTTP routes: ICS files and feeds, public pages. */
export const CALENDAR_CONTROLLERS: Type[] = [];
