import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { Clock } from '@convene/clock';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { Mailer, renderAgendaSupplement } from '@convene/mail';
import { PermanentJobError, type JobContext, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { meetingFacts, readMeeting } from '../agenda-pack.reader';
import { groupRecipients } from '../recipients';
import { sendToMany } from '../send-many';

/**
 * A paper added after the agenda was published: one note to each member who already had the
 * pack and may read the paper (a RESTRICTED one only reaches its named readers and managers).
 * The ledger key `agenda-supplement:<paperId>` is unique per recipient, so a retry or a second
 * job never sends twice. One note per paper: several papers added together send several notes,
 * each naming its paper, which keeps "once per paper per person" a plain unique key.
 */
@Injectable()
export class AgendaSupplementHandler implements JobHandler<typeof JOBS.agendaSupplement> {
  readonly job = JOBS.agendaSupplement;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ paperId }: JobPayloads[typeof JOBS.agendaSupplement], context: JobContext): Promise<void> {
    if (!isUuid(paperId)) throw new PermanentJobError('invalid agenda supplement job');
    const [paper]: { title: string; itemTitle: string; meetingId: string; noted: boolean }[] = await this.db.query(
      `SELECT p.title, i.title AS "itemTitle", i.meeting_id AS "meetingId", p.supplement_noted_at IS NOT NULL AS noted
         FROM paper p JOIN agenda_item i ON i.id = p.agenda_item_id
         JOIN paper_version v ON v.paper_id = p.id AND v.version = 1 AND v.scan_status = 'CLEAN'
        WHERE p.id = $1 AND p.supplement`,
      [paperId],
    );
    if (!paper || paper.noted) return;
    const meeting = await readMeeting(this.db, paper.meetingId);
    if (!meeting || meeting.status !== 'SCHEDULED' || new Date(meeting.endsAt) <= this.clock.now()) return;

    const packed: { recipientKey: string }[] = await this.db.query(`SELECT recipient_key AS "recipientKey" FROM delivery WHERE purpose_key = $1 AND status = 'SENT'`, [`agenda-pack:${meeting.id}`]);
    const hadPack = new Set(packed.map((p) => p.recipientKey));
    const members = (await groupRecipients(this.db, meeting.groupId, EmailCategory.AGENDA)).filter((m) => hadPack.has(m.personId));
    const allowed = await this.access.audience(Permission.paperRead, paperId, members.map((m) => m.personId));
    const recipients = members.filter((m) => allowed.has(m.personId));
    if (recipients.length) {
      const facts = meetingFacts(meeting, this.options.publicWebUrl);
      await sendToMany(
        { ledger: this.ledger, mailer: this.mailer, webUrl: this.options.publicWebUrl },
        {
          purposeKey: `agenda-supplement:${paperId}`,
          category: EmailCategory.AGENDA,
          recipients,
          compose: (_r, links) => renderAgendaSupplement({ meeting: facts, paperTitle: paper.title, itemTitle: paper.itemTitle }, links),
          progress: (done, total) => context.progress({ sent: done, total }),
        },
      );
    }
    await this.db.query(`UPDATE paper SET supplement_noted_at = $2 WHERE id = $1`, [paperId, this.clock.now()]);
  }
}
