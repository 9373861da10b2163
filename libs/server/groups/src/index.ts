export * from './enums';
export * from './models';
export * from './groups.module';
export { HORIZON_MONTHS, MeetingsService, occurrences, parseCadence } from './meetings';
export { AgendaItemModel } from './agendas/agenda.models';
export { MinutesModel } from './minutes/minutes.models';
export { AgendaService } from './agendas/agenda.service';
export { meetingSummary, renderCalendar, type CalendarMeeting, type CalendarOptions } from './calendar/calendar.service';
