import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { ReplyAddresses, ReplyPurpose } from '@convene/inbound';
import { moduleLogger } from '@convene/logging';
import { Mailer, minutesMail, type PackAction, type PdfLink } from '@convene/mail';
import { PackPdfService, PdfBrowser } from '@convene/pack-pdf';
import { PermanentJobError, type JobContext, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { meetingUrl } from '../agenda-pack.reader';
import { ensureMinutesPdf } from '../pack-pdfs';
import { groupRecipients } from '../recipients';
import { sendToMany } from '../send-many';

interface MinutesRow {
  id: string;
  status: string;
  version: number;
  meetingId: string;
  groupId: string;
  groupName: string;
  meetingTitle: string;
  meetingDate: Date;
  approvedAtMeetingDate: Date | null;
  decisions: string[] | null;
  actions: PackAction[];
}

/**
 * Minutes to the group's members when circulated for comment, and again when approved. Draft
 * minutes reach only those who may comment on them (not observers), by the same policy as the
 * API; approved minutes reach every member who may read them.
 */
@Injectable()
export class MinutesEmailHandler implements JobHandler<typeof JOBS.minutesEmail> {
  readonly job = JOBS.minutesEmail;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly replies: ReplyAddresses,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
    private readonly packs: PackPdfService,
    private readonly browser: PdfBrowser,
  ) {}

  /** Approved minutes link to their PDF; one that cannot be built leaves the email without the link. */
  private async pdfOf(minutesId: string, version: number): Promise<PdfLink | null> {
    try {
      const pdf = await ensureMinutesPdf({ db: this.db, packs: this.packs, browser: this.browser, publicWebUrl: this.options.publicWebUrl }, minutesId, version);
      return pdf ? { url: pdf.url, pageCount: pdf.pageCount, size: pdf.size, attached: false } : null;
    } catch (error: unknown) {
      moduleLogger('minutes-email').warn({ minutesId, err: error instanceof Error ? error.message : String(error) }, 'minutes PDF not built; the email goes without it');
      return null;
    }
  }

  async handle({ minutesId, state }: JobPayloads[typeof JOBS.minutesEmail], context: JobContext): Promise<void> {
    if (!isUuid(minutesId) || (state !== 'CIRCULATED' && state !== 'APPROVED')) throw new PermanentJobError('invalid minutes job');
    const [minutes]: MinutesRow[] = await this.db.query(
      `SELECT mi.id, mi.status, mi.version, m.id AS "meetingId", g.id AS "groupId", g.name AS "groupName", m.title AS "meetingTitle", m.starts_at AS "meetingDate",
              am.starts_at AS "approvedAtMeetingDate", mi.content -> 'decisions' AS decisions,
              (SELECT coalesce(json_agg(json_build_object('title', x.title, 'owner', oa.name, 'dueDate', x.due_date, 'status', x.status) ORDER BY x.due_date NULLS LAST, x.created_at), '[]')
                 FROM action_item x LEFT JOIN person op ON op.id = x.owner_person_id LEFT JOIN account oa ON oa.id = op.account_id
                WHERE x.meeting_id = m.id) AS actions
         FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN "group" g ON g.id = m.group_id
         LEFT JOIN meeting am ON am.id = mi.approved_at_meeting_id
        WHERE mi.id = $1`,
      [minutesId],
    );
    // Only the state the minutes are in now: circulated minutes approved since need no "for comment" email.
    const current = minutes?.status === 'PUBLISHED' ? 'APPROVED' : minutes?.status;
    if (!minutes || current !== state) return;

    const members = await groupRecipients(this.db, minutes.groupId, EmailCategory.MINUTES);
    const permission = state === 'CIRCULATED' ? Permission.minutesContribute : Permission.minutesRead;
    const allowed = await this.access.audience(permission, minutesId, members.map((m) => m.personId));
    const render = minutesMail({
      state,
      groupName: minutes.groupName,
      meetingTitle: minutes.meetingTitle,
      meetingDate: new Date(minutes.meetingDate),
      decisions: Array.isArray(minutes.decisions) ? minutes.decisions : [],
      actions: minutes.actions,
      url: `${meetingUrl(this.options.publicWebUrl, minutes.meetingId)}#minutes`,
      approvedAtMeetingDate: minutes.approvedAtMeetingDate ? new Date(minutes.approvedAtMeetingDate) : null,
      pdf: state === 'APPROVED' ? await this.pdfOf(minutesId, minutes.version) : null,
    });
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: this.options.publicWebUrl },
      {
        purposeKey: `minutes:${minutesId}:${state}`,
        category: EmailCategory.MINUTES,
        recipients: members.filter((m) => allowed.has(m.personId)),
        compose: (_r, links) => render(links),
        // Circulated for comment: a reply becomes a comment on the minutes.
        ...(state === 'CIRCULATED' ? { replyTo: (r: { personId: string; email: string }) => this.replies.issue({ personId: r.personId, address: r.email, purpose: ReplyPurpose.MINUTES, subjectId: minutesId }) } : {}),
        progress: (done, total) => context.progress({ sent: done, total }),
      },
    );
  }
}
