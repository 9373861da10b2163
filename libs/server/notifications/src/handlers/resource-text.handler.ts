import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { extractText } from '@convene/knowledge-bank';
import { moduleLogger } from '@convene/logging';
import { PAPER_STORAGE, type PaperStorage } from '@convene/papers';
import { PermanentJobError, type JobHandler } from '../job-handler';

/**
 * A resource's file text, searched after its title, summary and authors (weight C): read once
 * per file (file_text_sha256 names the file it came from), then the search vector is rebuilt.
 * A file whose text cannot be read is marked read with none, so it is not asked again.
 */
@Injectable()
export class ResourceTextHandler implements JobHandler<typeof JOBS.resourceText> {
  readonly job = JOBS.resourceText;
  private readonly logger = moduleLogger('resource-text');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
  ) {}

  async handle({ resourceId, sha256 }: JobPayloads[typeof JOBS.resourceText]): Promise<void> {
    if (!isUuid(resourceId) || !/^[0-9a-f]{64}$/.test(sha256 ?? '')) throw new PermanentJobError('invalid text job');
    const [row]: { contentType: string }[] = await this.db.query(
      `SELECT file_content_type AS "contentType" FROM resource WHERE id = $1 AND file_sha256 = $2 AND file_text_sha256 IS DISTINCT FROM $2`,
      [resourceId, sha256],
    );
    if (!row) return;
    const bytes = await this.storage.get(sha256);
    if (!bytes) return;
    let text = '';
    try {
      text = await extractText(bytes, row.contentType);
    } catch (error: unknown) {
      // Trying again would read the same bytes the same way; the resource is found by its other fields.
      this.logger.warn({ resourceId, err: error instanceof Error ? error.message : String(error) }, 'no file text');
    }
    await this.db.transaction(async (m) => {
      // Only while the resource still has this file: a replaced file has its own job.
      const [updated] = await m.query(`UPDATE resource SET file_text = $3, file_text_sha256 = $2 WHERE id = $1 AND file_sha256 = $2 RETURNING id`, [resourceId, sha256, text]);
      if (updated.length) await m.query(`SELECT resource_reindex($1)`, [resourceId]);
    });
    this.logger.info({ resourceId, characters: text.length }, 'file text read');
  }
}
