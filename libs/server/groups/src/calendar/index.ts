import type { Provider, Type } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { PublicPagesService } from './public-pages.service';

export { CalendarService, PublicPagesService };
export const CALENDAR_PROVIDERS: Provider[] = [CalendarService, PublicPagesService];
export const CALENDAR_RESOLVERS: Type[] = [CalendarResolver];
/** HTTP routes: ICS files and feeds, public pages. */
export const CALENDAR_CONTROLLERS: Type[] = [CalendarController];
