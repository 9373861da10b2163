import { Inject, Injectable } from '@nestjs/common';
import { moduleLogger } from '@convene/logging';
import { PAPER_OPTIONS, type PaperOptions } from '../papers.options';
import { clamdScan, ClamdUnavailable } from './clamd';

const logger = moduleLogger('paper-scanner');

/** CLEAN: may be read. PENDING: kept, quarantined, scanned again later. INFECTED: never kept. */
export type ScanOutcome = { status: 'CLEAN' } | { status: 'PENDING' } | { status: 'INFECTED'; signature: string };

/**
 * The scan every upload passes. With CLAMD_URL, clamd's INSTREAM decides, within
 * CLAMD_TIMEOUT_SECONDS; a scanner that does not answer leaves the bytes PENDING, never CLEAN.
 * Without CLAMD_URL there is no scanner, and uploads count as clean.
 */
@Injectable()
export class PaperScanner {
  constructor(@Inject(PAPER_OPTIONS) private readonly options: PaperOptions) {}

  get configured(): boolean {
    return Boolean(this.options.clamdUrl);
  }

  async scan(bytes: Buffer): Promise<ScanOutcome> {
    if (!this.options.clamdUrl) return { status: 'CLEAN' };
    try {
      const verdict = await clamdScan(this.options.clamdUrl, bytes, this.options.scanTimeoutMs ?? 30_000);
      return verdict.clean ? { status: 'CLEAN' } : { status: 'INFECTED', signature: verdict.signature };
    } catch (error: unknown) {
      if (!(error instanceof ClamdUnavailable)) throw error;
      logger.warn({ err: error.message }, 'virus scanner unavailable; the paper stays quarantined');
      return { status: 'PENDING' };
    }
  }
}
