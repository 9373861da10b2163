export * from './enums';
export * from './models';
export * from './groups.module';
export { HORIZON_MONTHS, MeetingsService, occurrences, parseCadence } from './meetings';
export { AgendaItemModel } from './agendas/agenda.models';
export { MinutesModel } from './minutes/minutes.models';
export { MinutesService } from './minutes/minutes.service';
export { AgendaService } from './agendas/agenda.service';
// The pack's parts as SQL, so the emailed and printed pack read them as the web's pack does.
export { assessmentEntriesSelect } from './assessment/assessment.service';
export { mattersArisingSelect } from './minutes/actions.service';
// The signed-out pages' shell, shared with the published FOI datasets.
export { esc, longDate, paragraphs, publicPage } from './calendar/public-page.html';
export { meetingSummary, renderCalendar, type CalendarMeeting, type CalendarOptions } from './calendar/calendar.service';
