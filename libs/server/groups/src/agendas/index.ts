import type { Provider, Type } from '@nestjs/common';
import { AgendaItemResolver, MeetingAgendaResolver } from './agenda.resolver';
import { AgendaPackService } from './agenda-pack.service';
import { AgendaService } from './agenda.service';

export { AgendaService };
export const AGENDA_PROVIDERS: Provider[] = [AgendaService, AgendaPackService];
export const AGENDA_RESOLVERS: Type[] = [MeetingAgendaResolver, AgendaItemResolver];
