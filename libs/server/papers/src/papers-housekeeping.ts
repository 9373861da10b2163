import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { moduleLogger } from '@convene/logging';
import { PapersService } from './papers.service';
import { PAPER_STORAGE, type PaperStorage } from './storage/paper-storage';

const logger = moduleLogger('papers');
const EVERY_MS = 60_000;

/**
 * Once a minute, in each API process: quarantined papers are scanned again (when a scanner is
 * configured), and bytes left in an object store by deletions or failed uploads are removed.
 * Both are safe to run in several processes at once (conditional updates, advisory locks).
 */
@Injectable()
export class PapersHousekeeping implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly papers: PapersService,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    (this.storage as { destroy?: () => void }).destroy?.();
  }

  /** One round; a round still running is awaited rather than doubled. */
  run(): Promise<void> {
    this.running ??= (async () => {
      try {
        const scans = await this.papers.rescanPending();
        if (scans.clean || scans.infected) logger.info(scans, 'quarantined papers scanned');
        await this.storage.sweep?.();
      } catch (error: unknown) {
        logger.warn({ err: (error as Error).message }, 'paper housekeeping failed; trying again in a minute');
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
