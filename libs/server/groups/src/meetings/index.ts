import type { Provider, Type } from '@nestjs/common';
import { AttendanceResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { AttendanceSheetResolver, AttendanceSheetService } from './attendance-sheet';
import { MeetingViewerResolver, MeetingViewerService } from './viewer-can';

export { MeetingsService };
export { HORIZON_MONTHS } from './meetings.service';
export * from './cadence';
export const MEETING_PROVIDERS: Provider[] = [MeetingsService, MeetingViewerService, AttendanceSheetService];
export const MEETING_RESOLVERS: Type[] = [MeetingsResolver, AttendanceResolver, MeetingViewerResolver, AttendanceSheetResolver];
