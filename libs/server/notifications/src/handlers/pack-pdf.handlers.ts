import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { PackPdfService, PdfBrowser } from '@convene/pack-pdf';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { ensureAgendaPdf, ensureMinutesPdf, personActor, type PackPdfDeps } from '../pack-pdfs';

/** Builds one reader's agenda pack PDF (asked for by the meeting page or the download route). */
@Injectable()
export class AgendaPdfHandler implements JobHandler<typeof JOBS.agendaPdf> {
  readonly job = JOBS.agendaPdf;
  private readonly deps: PackPdfDeps;

  constructor(@InjectDataSource() db: DataSource, packs: PackPdfService, browser: PdfBrowser, @Inject(NOTIFICATION_OPTIONS) options: NotificationOptions) {
    this.deps = { db, packs, browser, publicWebUrl: options.publicWebUrl };
  }

  async handle({ meetingId, version, personId }: JobPayloads[typeof JOBS.agendaPdf]): Promise<void> {
    if (!isUuid(meetingId) || !isUuid(personId) || !Number.isInteger(version)) throw new PermanentJobError('invalid agenda pdf job');
    const actor = await personActor(this.deps.db, personId);
    // Deactivated, no longer a reader, or superseded by a newer version: nothing to build.
    if (actor) await ensureAgendaPdf(this.deps, actor, meetingId, version);
  }
}

/** Builds approved minutes as a PDF. */
@Injectable()
export class MinutesPdfHandler implements JobHandler<typeof JOBS.minutesPdf> {
  readonly job = JOBS.minutesPdf;
  private readonly deps: PackPdfDeps;

  constructor(@InjectDataSource() db: DataSource, packs: PackPdfService, browser: PdfBrowser, @Inject(NOTIFICATION_OPTIONS) options: NotificationOptions) {
    this.deps = { db, packs, browser, publicWebUrl: options.publicWebUrl };
  }

  async handle({ minutesId, version }: JobPayloads[typeof JOBS.minutesPdf]): Promise<void> {
    if (!isUuid(minutesId) || !Number.isInteger(version)) throw new PermanentJobError('invalid minutes pdf job');
    await ensureMinutesPdf(this.deps, minutesId, version);
  }
}
