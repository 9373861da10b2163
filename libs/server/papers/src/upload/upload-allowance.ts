import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@convene/access';
import { UPLOADS_PER_HOUR, WriteLimits } from '@convene/redis';
import { PAPER_OPTIONS, type PaperOptions } from '../papers.options';

/**
 * Counts each upload ticket against the person's hourly allowance (PAPER_UPLOADS_PER_HOUR),
 * papers and bank files together: a ticket costs a row and, used, up to 25 MB of storage.
 */
@Injectable()
export class UploadAllowance {
  constructor(
    private readonly limits: WriteLimits,
    @Inject(PAPER_OPTIONS) private readonly options: PaperOptions,
  ) {}

  /** Throws TOO_MANY_REQUESTS (with retryAfterSeconds) once the person has asked for too many tickets this hour. */
  consume(actor: Actor): Promise<void> {
    return this.limits.consume('upload', actor.personId, this.options.uploadsPerHour ?? UPLOADS_PER_HOUR);
  }
}
