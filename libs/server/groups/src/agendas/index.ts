import type { Provider, Type } from '@nestjs/common';
import { AgendaItemResolver, MeetingAgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';

export { AgendaService };
export const AGENDA_PROVIDERS: Provider[] = [AgendaService];
export const AGENDA_RESOLVERS: Type[] = [MeetingAgendaResolver, AgendaItemResolver];
