import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, bankReaderOf, Permission } from '@convene/access';
import { DigestFrequency, EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { finderUrlOf, newMatches, TYPE_LABELS, type SavedQuery } from '@convene/knowledge-bank';
import { Mailer, renderBankSearch } from '@convene/mail';
import { digestWindow } from '../digest-period';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { actorOf, personRecipient } from '../recipients';
import { sendToMany } from '../send-many';

/** Saved-search emails close their week on Monday at 08:00, London time. */
export const BANK_SEARCH_SCHEDULE = { frequency: DigestFrequency.WEEKLY, hour: 8, weekday: 1 };
/** Resources listed in one email; the rest are counted. */
const LISTED = 10;

/**
 * A saved search's new matches of the week, to the person who saved it. The search runs as that
 * person at send time, and the policy layer is asked about every id before it is listed, so a
 * resource they cannot open (a group they left, a visibility changed) is never in it. The
 * ledger key is the search and the week: one email at most, however often the tick asks; an
 * empty week is recorded as SKIPPED.
 */
@Injectable()
export class BankSearchDigestHandler implements JobHandler<typeof JOBS.bankSearchDigest> {
  readonly job = JOBS.bankSearchDigest;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ savedSearchId, period }: JobPayloads[typeof JOBS.bankSearchDigest]): Promise<void> {
    if (!isUuid(savedSearchId) || typeof period !== 'string') throw new PermanentJobError('invalid bank search job');
    const window = digestWindow(period, BANK_SEARCH_SCHEDULE);
    if (!window) throw new PermanentJobError('invalid bank search period');
    const [saved]: { personId: string; label: string; query: SavedQuery; createdAt: Date; slug: string; partnershipName: string }[] = await this.db.query(
      `SELECT s.person_id AS "personId", s.label, s.query, s.created_at AS "createdAt", pt.slug, pt.name AS "partnershipName"
         FROM bank_saved_search s JOIN partnership pt ON pt.id = s.partnership_id WHERE s.id = $1`,
      [savedSearchId],
    );
    if (!saved) return;
    const person = await personRecipient(this.db, saved.personId, EmailCategory.BANK_SEARCH);
    if (!person) return;
    const actor = actorOf(person);
    // Only what was added after the search was saved, within the week.
    const from = new Date(Math.max(window.from.getTime(), new Date(saved.createdAt).getTime()));
    const found = await newMatches(this.db, bankReaderOf(actor), saved.query, from, window.until);
    const readable = found.length ? await this.access.requireAccess({ actor, permission: Permission.resourceRead, ids: found.map((r) => r.id) }) : new Set<string>();
    const matches = found.filter((r) => readable.has(r.id));

    const purposeKey = `bank-search:${savedSearchId}:${period}`;
    if (!matches.length) return this.ledger.skip(purposeKey, person.personId);
    const web = this.options.publicWebUrl;
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      {
        purposeKey,
        category: EmailCategory.BANK_SEARCH,
        recipients: [person],
        compose: (_r, links) =>
          renderBankSearch(
            {
              partnershipName: saved.partnershipName,
              searchLabel: saved.label,
              resources: matches.slice(0, LISTED).map((r) => ({
                title: r.title,
                facts: `${TYPE_LABELS[r.type]}, ${r.year}`,
                authors: [...r.organisations.map((o) => o.name), ...r.outsideAuthors].join(', '),
                summary: r.summary.length > 200 ? `${r.summary.slice(0, 199)}…` : r.summary,
                url: `${web}${r.pageUrl}`,
              })),
              more: Math.max(0, matches.length - LISTED),
              searchUrl: `${web}${finderUrlOf(saved.slug, saved.query)}`,
            },
            links,
          ),
      },
    );
  }
}
