import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '@convene/clock';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { MeetingsService } from '@convene/groups';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { DueWork } from './due-work';
import type { JobHandler } from './job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';

const BATCH = 500;

/**
 * Every minute: read from PostgreSQL what is due and make sure a job exists for it. A lost
 * tick or a flushed Redis only delays work; the database is the record. `at` is the instant:
 * the scheduler leaves it out (the process's clock, as the API reads it), and tests pass any
 * instant to step through a year.
 */
@Injectable()
export class TickHandler implements JobHandler<typeof JOBS.tick> {
  readonly job = JOBS.tick;
  private readonly logger = moduleLogger('tick');
  private readonly due: DueWork;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {
    this.due = new DueWork(db);
  }

  async handle(payload: JobPayloads[typeof JOBS.tick]): Promise<void> {
    const at = payload.at ? new Date(payload.at) : this.clock.now();
    if (Number.isNaN(at.getTime())) return;
    // Keep every group's next months of meetings in place as time moves on.
    await this.meetings.materialiseAll(at);

    const invitations: { id: string }[] = await this.db.query(
      `SELECT id FROM invitation WHERE kind = 'EMAIL' AND sent_at IS NULL AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at LIMIT $1`,
      [BATCH, at],
    );
    const resets: { id: string }[] = await this.db.query(
      `SELECT id FROM password_reset WHERE sent_at IS NULL AND used_at IS NULL AND expires_at > $2 ORDER BY created_at LIMIT $1`,
      [BATCH, at],
    );
    const confirmations: { id: string }[] = await this.db.query(
      `SELECT id FROM email_confirmation WHERE sent_at IS NULL AND used_at IS NULL AND expires_at > $2 ORDER BY created_at LIMIT $1`,
      [BATCH, at],
    );
    // Links for addresses with no account have no account_id: there is nothing to send for them.
    const signInLinks: { id: string }[] = await this.db.query(
      `SELECT id FROM sign_in_link WHERE sent_at IS NULL AND used_at IS NULL AND account_id IS NOT NULL AND expires_at > $2 ORDER BY created_at LIMIT $1`,
      [BATCH, at],
    );
    const [packs, reminders, minutes, digests, mentions, actions, changes] = await Promise.all([
      this.due.agendaPacks(at),
      this.due.agendaReminders(at),
      this.due.minutes(at),
      this.due.forumDigests(at),
      this.due.mentions(at),
      this.due.actionReminders(at),
      this.due.meetingChanges(at),
    ]);
    const ensure = async <J extends Parameters<JobQueue['ensure']>[0]>(name: J, payloads: JobPayloads[J][]) => {
      for (const payload of payloads) await this.jobs.ensure(name, payload);
    };
    await ensure(JOBS.invitationEmail, invitations.map(({ id }) => ({ invitationId: id })));
    await ensure(JOBS.passwordResetEmail, resets.map(({ id }) => ({ passwordResetId: id })));
    await ensure(JOBS.emailConfirmationEmail, confirmations.map(({ id }) => ({ emailConfirmationId: id })));
    await ensure(JOBS.signInLinkEmail, signInLinks.map(({ id }) => ({ signInLinkId: id })));
    await ensure(JOBS.agendaPack, packs);
    await ensure(JOBS.agendaReminder, reminders);
    await ensure(JOBS.minutesEmail, minutes);
    await ensure(JOBS.forumDigest, digests);
    await ensure(JOBS.mentionsEmail, mentions);
    await ensure(JOBS.watchedPostsEmail, await this.due.watchedPosts(at));
    await ensure(JOBS.heldPostEmail, await this.due.heldPosts(at));
    await ensure(JOBS.actionReminder, actions);
    await ensure(JOBS.meetingChange, changes);
    await ensure(JOBS.agendaSupplement, await this.due.agendaSupplements(at));
    await ensure(JOBS.bankSearchDigest, await this.due.bankSearchDigests(at));
    await ensure(JOBS.bankLinkCheck, await this.due.bankLinkChecks(at));
    await ensure(JOBS.resourceThumbnail, await this.due.resourceThumbnails());
    await ensure(JOBS.resourceText, await this.due.resourceTexts());
    await ensure(JOBS.foiLetters, await this.due.foiLetters());
    await ensure(JOBS.foiInternalReview, await this.due.foiInternalReviews());
    await ensure(JOBS.replyOutcome, await this.due.replyOutcomes(at));
    await ensure(JOBS.foiChaser, await this.due.foiReminders(at, 'chaser'));
    await ensure(JOBS.foiOverdue, await this.due.foiReminders(at, 'overdue'));
    const checks = await this.due.directoryChecks(at, this.options.directoryCheckMonths ?? 12);
    await ensure(JOBS.directoryCheck, checks);
    const counts = { packs: packs.length, reminders: reminders.length, minutes: minutes.length, digests: digests.length, mentions: mentions.length, actions: actions.length, changes: changes.length, checks: checks.length };
    if (Object.values(counts).some(Boolean)) this.logger.info(counts, 'due work enqueued');
  }
}
