import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { Clock } from '@convene/clock';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { ReplyAddresses, ReplyPurpose } from '@convene/inbound';
import { meetingSummary, renderCalendar } from '@convene/groups';
import { moduleLogger } from '@convene/logging';
import { Mailer, agendaPackMail, renderAgendaUpdated, type PdfLink } from '@convene/mail';
import { PackPdfService, PdfBrowser } from '@convene/pack-pdf';
import { PermanentJobError, type JobContext, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { meetingFacts, readMeeting, readPack } from '../agenda-pack.reader';
import { ensureAgendaPdf } from '../pack-pdfs';
import { actorOf, groupRecipients, type PersonRecipient } from '../recipients';
import { sendToMany } from '../send-many';

/**
 * Sends a meeting's published agenda to every member who may read it, once per meeting: the
 * ledger key `agenda-pack:<meetingId>` is unique per recipient, and the row records the version
 * it carried. Members who already had an older version get a short `agenda-updated` note.
 */
@Injectable()
export class AgendaPackHandler implements JobHandler<typeof JOBS.agendaPack> {
  readonly job = JOBS.agendaPack;
  private readonly logger = moduleLogger('agenda-pack');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly replies: ReplyAddresses,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
    private readonly packs: PackPdfService,
    private readonly browser: PdfBrowser,
  ) {}

  /**
   * Each recipient's pack PDF (built once per view), attached when under the size limit. A PDF
   * that cannot be built leaves the email as it was: the pack itself must go.
   */
  private async pdfsFor(meetingId: string, version: number, recipients: PersonRecipient[]): Promise<Map<string, { link: PdfLink; bytes: Buffer | null }>> {
    const deps = { db: this.db, packs: this.packs, browser: this.browser, publicWebUrl: this.options.publicWebUrl };
    const limit = this.options.packPdfAttachMaxBytes ?? 5 * 1024 * 1024;
    const byView = new Map<string, Buffer | null>();
    const found = new Map<string, { link: PdfLink; bytes: Buffer | null }>();
    for (const recipient of recipients) {
      try {
        const pdf = await ensureAgendaPdf(deps, actorOf(recipient), meetingId, version);
        if (!pdf) continue;
        const attach = pdf.size <= limit;
        if (attach && !byView.has(pdf.viewKey)) byView.set(pdf.viewKey, await this.packs.bytes('AGENDA', meetingId, version, pdf.viewKey));
        const bytes = attach ? (byView.get(pdf.viewKey) ?? null) : null;
        found.set(recipient.personId, { link: { url: pdf.url, pageCount: pdf.pageCount, size: pdf.size, attached: bytes !== null }, bytes });
      } catch (error: unknown) {
        this.logger.warn({ meetingId, err: error instanceof Error ? error.message : String(error) }, 'agenda pack PDF not built; the email goes without it');
        break;
      }
    }
    return found;
  }

  async handle({ meetingId, version }: JobPayloads[typeof JOBS.agendaPack], context: JobContext): Promise<void> {
    if (!isUuid(meetingId) || !Number.isInteger(version)) throw new PermanentJobError('invalid agenda pack job');
    const meeting = await readMeeting(this.db, meetingId);
    // Cancelled, past, or superseded by a newer version (whose own job sends it): nothing to do.
    if (!meeting || meeting.status !== 'SCHEDULED' || meeting.version !== version || new Date(meeting.endsAt) <= this.clock.now()) return;

    const members = await groupRecipients(this.db, meeting.groupId, EmailCategory.AGENDA);
    const allowed = await this.access.audience(Permission.meetingRead, meetingId, members.map((m) => m.personId));
    const recipients = members.filter((m) => allowed.has(m.personId));
    const packed: { recipientKey: string; variant: number | null }[] = await this.db.query(
      `SELECT recipient_key AS "recipientKey", variant FROM delivery WHERE purpose_key = $1 AND status = 'SENT'`,
      [`agenda-pack:${meetingId}`],
    );
    const hadPack = new Map(packed.map((p) => [p.recipientKey, p.variant ?? 0]));
    const fresh = recipients.filter((r) => !hadPack.has(r.personId));
    const outdated = recipients.filter((r) => (hadPack.get(r.personId) ?? version) < version);

    const web = this.options.publicWebUrl;
    const deps = { ledger: this.ledger, mailer: this.mailer, webUrl: web };
    const total = fresh.length + outdated.length;
    if (fresh.length) {
      const pack = await readPack(this.db, meeting, web);
      const render = agendaPackMail(pack);
      const ics = renderCalendar(meetingSummary(meeting), [meeting], web);
      const pdfs = await this.pdfsFor(meetingId, version, fresh);
      await sendToMany(deps, {
        purposeKey: `agenda-pack:${meetingId}`,
        category: EmailCategory.AGENDA,
        variant: version,
        recipients: fresh,
        // Replies act: "apologies", "attending", or a comment for the coordinators.
        replyTo: (r) => this.replies.issue({ personId: r.personId, address: r.email, purpose: ReplyPurpose.AGENDA_PACK, subjectId: meetingId }),
        compose: (r, links) => {
          const pdf = pdfs.get(r.personId);
          return {
            ...render(links, pdf?.link),
            attachments: [
              { filename: 'meeting.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
              ...(pdf?.bytes ? [{ filename: 'agenda-pack.pdf', content: pdf.bytes, contentType: 'application/pdf' }] : []),
            ],
          };
        },
        progress: (done) => context.progress({ sent: done, total }),
      });
    }
    if (outdated.length) {
      const facts = meetingFacts(meeting, web);
      await sendToMany(deps, {
        purposeKey: `agenda-updated:${meetingId}:v${version}`,
        category: EmailCategory.AGENDA,
        recipients: outdated,
        compose: (_r, links) => renderAgendaUpdated({ meeting: facts, version, changeNote: meeting.changeNote }, links),
        progress: (done) => context.progress({ sent: fresh.length + done, total }),
      });
    }
  }
}
