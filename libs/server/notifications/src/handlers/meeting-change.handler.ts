import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { Clock } from '@convene/clock';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { meetingSummary, renderCalendar } from '@convene/groups';
import { Mailer, renderMeetingCancelled, renderMeetingMoved } from '@convene/mail';
import { PermanentJobError, type JobContext, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { meetingFacts, readMeeting } from '../agenda-pack.reader';
import { groupRecipients } from '../recipients';
import { sendToMany } from '../send-many';

/** The address part of `Convene <no-reply@…>`, for the calendar's ORGANIZER. */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/**
 * Tells a meeting's members it moved (`meeting-moved:<meetingId>:<sequence>`) or was cancelled
 * (`meeting-cancelled:<meetingId>:<sequence>`), once each, with the reason and a calendar entry
 * of the same UID as the invitation and a higher SEQUENCE: METHOD:REQUEST updates the entry,
 * METHOD:CANCEL removes it. A newer change supersedes this one and sends its own.
 */
@Injectable()
export class MeetingChangeHandler implements JobHandler<typeof JOBS.meetingChange> {
  readonly job = JOBS.meetingChange;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ meetingId, sequence }: JobPayloads[typeof JOBS.meetingChange], context: JobContext): Promise<void> {
    if (!isUuid(meetingId) || !Number.isInteger(sequence)) throw new PermanentJobError('invalid meeting change job');
    const meeting = await readMeeting(this.db, meetingId);
    // Superseded by a later change, recorded as past, or over by now: nothing to tell.
    if (!meeting || meeting.sequence !== sequence || meeting.notifySequence !== sequence || new Date(meeting.endsAt) <= this.clock.now()) return;

    const cancelled = meeting.status === 'CANCELLED';
    const members = await groupRecipients(this.db, meeting.groupId, EmailCategory.AGENDA);
    const allowed = await this.access.audience(Permission.meetingRead, meetingId, members.map((m) => m.personId));
    const recipients = members.filter((m) => allowed.has(m.personId));
    const web = this.options.publicWebUrl;
    const method = cancelled ? 'CANCEL' : 'REQUEST';
    const ics = renderCalendar(meetingSummary(meeting), [meeting], web, { method, organizer: { name: meeting.groupName, email: addressOf(this.options.mailFrom) } });
    const facts = meetingFacts(meeting, web);
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      {
        purposeKey: `${cancelled ? 'meeting-cancelled' : 'meeting-moved'}:${meetingId}:${sequence}`,
        category: EmailCategory.AGENDA,
        variant: sequence,
        recipients,
        compose: (_r, links) => ({
          ...(cancelled ? renderMeetingCancelled({ meeting: facts, reason: meeting.cancelReason }, links) : renderMeetingMoved({ meeting: facts, reason: meeting.moveReason }, links)),
          attachments: [{ filename: 'meeting.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` }],
        }),
        progress: (done, total) => context.progress({ sent: done, total }),
      },
    );
  }
}
