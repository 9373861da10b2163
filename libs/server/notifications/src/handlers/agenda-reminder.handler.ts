import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { Mailer, renderAgendaReminder } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { meetingFacts, readMeeting } from '../agenda-pack.reader';
import { coordinatorRecipients } from '../recipients';
import { sendToMany } from '../send-many';

/** The pack is due and the agenda is unpublished: one reminder per meeting to each coordinator. */
@Injectable()
export class AgendaReminderHandler implements JobHandler<typeof JOBS.agendaReminder> {
  readonly job = JOBS.agendaReminder;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ meetingId }: JobPayloads[typeof JOBS.agendaReminder]): Promise<void> {
    if (!isUuid(meetingId)) throw new PermanentJobError('invalid agenda reminder job');
    const meeting = await readMeeting(this.db, meetingId);
    if (!meeting || meeting.status !== 'SCHEDULED' || meeting.version !== null) return;
    const facts = meetingFacts(meeting, this.options.publicWebUrl);
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: this.options.publicWebUrl },
      {
        purposeKey: `agenda-reminder:${meetingId}`,
        category: EmailCategory.AGENDA,
        recipients: await coordinatorRecipients(this.db, meeting.partnershipId, EmailCategory.AGENDA),
        compose: (_r, links) => renderAgendaReminder({ meeting: facts, packDays: meeting.packDays }, links),
      },
    );
  }
}
