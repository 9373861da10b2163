import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { renderThumbnail } from '@convene/knowledge-bank';
import { moduleLogger } from '@convene/logging';
import { PAPER_STORAGE, sha256Of, type PaperStorage } from '@convene/papers';
import { PermanentJobError, type JobHandler } from '../job-handler';

/**
 * A resource's thumbnail: the first page of its PDF, or its image, scaled to a small PNG and
 * stored content-addressed beside the files (stored_file, by sha256). It is kept only while the
 * resource still has the file it was made from; a replaced file makes its own job.
 */
@Injectable()
export class ResourceThumbnailHandler implements JobHandler<typeof JOBS.resourceThumbnail> {
  readonly job = JOBS.resourceThumbnail;
  private readonly logger = moduleLogger('resource-thumbnail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
  ) {}

  async handle({ resourceId, sha256 }: JobPayloads[typeof JOBS.resourceThumbnail]): Promise<void> {
    if (!isUuid(resourceId) || !/^[0-9a-f]{64}$/.test(sha256 ?? '')) throw new PermanentJobError('invalid thumbnail job');
    const [row]: { contentType: string }[] = await this.db.query(`SELECT file_content_type AS "contentType" FROM resource WHERE id = $1 AND file_sha256 = $2 AND thumbnail_sha256 IS NULL`, [resourceId, sha256]);
    if (!row) return;
    const bytes = await this.storage.get(sha256);
    if (!bytes) return;
    let png: Buffer;
    try {
      png = await renderThumbnail(bytes, row.contentType);
    } catch (error: unknown) {
      // A file pdf.js cannot draw keeps its placeholder; trying again would not change that.
      this.logger.warn({ resourceId, err: error instanceof Error ? error.message : String(error) }, 'no thumbnail');
      throw new PermanentJobError('the file could not be drawn');
    }
    const thumb = sha256Of(png);
    await this.db.transaction(async (m) => {
      await this.storage.put(m, thumb, png);
      await m.query(`UPDATE resource SET thumbnail_sha256 = $3 WHERE id = $1 AND file_sha256 = $2`, [resourceId, sha256, thumb]);
    });
    this.logger.info({ resourceId, bytes: png.length }, 'thumbnail made');
  }
}
