import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS } from '@convene/contracts';
import { MeetingsService } from '@convene/groups';
import { JobQueue } from '@convene/jobs';
import type { JobHandler } from './job-handler';

const BATCH = 500;

/**
 * Every minute: read from PostgreSQL what is due and make sure a job exists for it. A lost
 * tick or a flushed Redis only delays work; the database is the record.
 */
@Injectable()
export class TickHandler implements JobHandler<typeof JOBS.tick> {
  readonly job = JOBS.tick;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly meetings: MeetingsService,
  ) {}

  async handle(): Promise<void> {
    // Keep every group's next months of meetings in place as time moves on.
    await this.meetings.materialiseAll();

    const invitations: { id: string }[] = await this.db.query(
      `SELECT id FROM invitation WHERE kind = 'EMAIL' AND sent_at IS NULL AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at LIMIT $1`,
      [BATCH],
    );
    for (const { id } of invitations) await this.jobs.ensure(JOBS.invitationEmail, { invitationId: id });

    const resets: { id: string }[] = await this.db.query(
      `SELECT id FROM password_reset WHERE sent_at IS NULL AND used_at IS NULL AND expires_at > now() ORDER BY created_at LIMIT $1`,
      [BATCH],
    );
    for (const { id } of resets) await this.jobs.ensure(JOBS.passwordResetEmail, { passwordResetId: id });
  }
}
