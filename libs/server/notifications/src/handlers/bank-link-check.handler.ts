import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Clock } from '@convene/clock';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { DeliveryLedger } from '@convene/delivery';
import { LinkChecker, runLinkCheck } from '@convene/knowledge-bank';
import { moduleLogger } from '@convene/logging';
import { Mailer, renderBrokenLink } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { REACHABLE } from '../recipients';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { sendOnce } from '../send-once';

export const LINK_CHECK_DEFAULTS = { perRun: 200, timeoutMs: 10_000, hostGapMs: 2_000, allowHosts: [] as string[] };

/** Monday 00:00 (London) of an ISO week such as 2026-W49, or null. */
export function weekStart(period: string): Date | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) return null;
  const start = DateTime.fromObject({ weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 }, { zone: 'Europe/London' });
  return start.isValid ? start.toJSDate() : null;
}

/**
 * One bounded batch of the weekly link check (knowledge-bank/src/link-check). A link that broke
 * in this batch is told to whoever added the resource, once per resource and address: the ledger
 * key names both, so a link that stays broken week after week is told about once, and a new
 * address that breaks is told about again.
 */
@Injectable()
export class BankLinkCheckHandler implements JobHandler<typeof JOBS.bankLinkCheck> {
  readonly job = JOBS.bankLinkCheck;
  private readonly logger = moduleLogger('bank-link-check');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ period }: JobPayloads[typeof JOBS.bankLinkCheck]): Promise<void> {
    const since = typeof period === 'string' ? weekStart(period) : null;
    if (!since) throw new PermanentJobError('invalid link check period');
    const settings = this.options.bankLinkCheck ?? LINK_CHECK_DEFAULTS;
    const checker = new LinkChecker(settings);
    let broken;
    try {
      broken = await runLinkCheck(this.db, checker, { since, limit: settings.perRun, now: () => this.clock.now() });
    } finally {
      await checker.close();
    }
    for (const link of broken) {
      if (!link.ownerPersonId) continue;
      const [owner]: { name: string; email: string }[] = await this.db.query(
        `SELECT a.name, a.email FROM person p JOIN account a ON a.id = p.account_id AND a.email_confirmed_at IS NOT NULL AND ${REACHABLE} WHERE p.id = $1 AND p.deactivated_at IS NULL`,
        [link.ownerPersonId],
      );
      if (!owner) continue;
      const urlKey = createHash('sha256').update(link.url).digest('hex').slice(0, 16);
      await sendOnce(this.ledger, this.mailer, {
        purposeKey: `broken-link:${link.resourceId}:${urlKey}`,
        recipientKey: link.ownerPersonId,
        compose: async () => ({
          to: { name: owner.name, address: owner.email },
          ...renderBrokenLink({ ownerName: owner.name, resourceTitle: link.title, link: link.url, outcome: link.outcome, resourceUrl: `${this.options.publicWebUrl}${link.pageUrl}` }, {}),
        }),
      });
    }
    this.logger.info({ period, broken: broken.length }, 'link check batch done');
  }
}
