import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '@convene/clock';
import { JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { hashToken, newToken } from '@convene/identity';
import { moduleLogger } from '@convene/logging';
import { Mailer, renderDirectoryCheck, type CheckedField } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { sendOnce } from '../send-once';

/** How long the link in the email works. */
export const DIRECTORY_CHECK_DAYS_VALID = 60;

interface CheckedRecord {
  partnershipId: string;
  partnershipName: string;
  name: string;
  lastCheckedAt: Date | null;
  stale: boolean;
  fields: CheckedField[];
}

const RECORD_SQL = {
  organisation: `SELECT o.partnership_id AS "partnershipId", pa.name AS "partnershipName", o.name, o.last_checked_at AS "lastCheckedAt",
                        (o.last_checked_at IS NULL OR o.last_checked_at < $3::timestamptz - make_interval(months => $2)) AS stale,
                        json_build_array(json_build_object('label', 'Name', 'value', o.name),
                          json_build_object('label', 'Other names', 'value', array_to_string(o.other_names, ', ')),
                          json_build_object('label', 'Description', 'value', left(o.description, 300)),
                          json_build_object('label', 'Website', 'value', coalesce(o.website, '')),
                          json_build_object('label', 'Charity number', 'value', coalesce(o.charity_number, '')),
                          json_build_object('label', 'Areas served', 'value', array_to_string(o.areas_served, ', '))) AS fields
                   FROM organisation o JOIN partnership pa ON pa.id = o.partnership_id WHERE o.id = $1`,
  service: `SELECT s.partnership_id AS "partnershipId", pa.name AS "partnershipName", s.name, s.last_checked_at AS "lastCheckedAt",
                   (s.last_checked_at IS NULL OR s.last_checked_at < $3::timestamptz - make_interval(months => $2)) AS stale,
                   json_build_array(json_build_object('label', 'Name', 'value', s.name),
                     json_build_object('label', 'Run by', 'value', o.name),
                     json_build_object('label', 'Description', 'value', left(s.description, 300)),
                     json_build_object('label', 'Status', 'value', initcap(replace(s.status, '_', ' '))),
                     json_build_object('label', 'Languages', 'value', array_to_string(s.languages, ', ')),
                     json_build_object('label', 'Website', 'value', coalesce(s.url, '')),
                     json_build_object('label', 'Email', 'value', coalesce(s.email, '')),
                     json_build_object('label', 'Phone', 'value', coalesce(s.phone, ''))) AS fields
              FROM directory_service s JOIN organisation o ON o.id = s.organisation_id JOIN partnership pa ON pa.id = s.partnership_id WHERE s.id = $1`,
};

/**
 * The yearly "is this still right?" email for one organisation or service. The check row is
 * unique per record and year, and the ledger key names the record and year with the check as
 * its one recipient: however often the tick asks, and whichever contact is first now, the
 * record's contact gets one email that year. The link's token is minted once the claim is held.
 */
@Injectable()
export class DirectoryCheckHandler implements JobHandler<typeof JOBS.directoryCheck> {
  readonly job = JOBS.directoryCheck;
  private readonly logger = moduleLogger('directory-check');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ kind, recordId, period }: JobPayloads[typeof JOBS.directoryCheck]): Promise<void> {
    if ((kind !== 'organisation' && kind !== 'service') || !isUuid(recordId) || !/^[0-9]{4}$/.test(period ?? '')) throw new PermanentJobError('invalid directory check job');
    const [record]: CheckedRecord[] = await this.db.query(RECORD_SQL[kind], [recordId, this.options.directoryCheckMonths ?? 12, this.clock.now()]);
    if (!record?.stale) return;
    const column = kind === 'service' ? 'service_id' : 'organisation_id';
    // A service's own contact first, then its organisation's; the earliest added.
    const [contact]: { id: string }[] = await this.db.query(
      kind === 'service'
        ? `SELECT c.id FROM directory_contact c JOIN directory_service s ON s.id = $1
            WHERE (c.service_id = s.id OR c.organisation_id = s.organisation_id) AND c.email IS NOT NULL
            ORDER BY (c.service_id IS NULL), c.created_at, c.id LIMIT 1`
        : `SELECT c.id FROM directory_contact c WHERE c.organisation_id = $1 AND c.email IS NOT NULL ORDER BY c.created_at, c.id LIMIT 1`,
      [recordId],
    );
    if (!contact) return;
    const [check]: { id: string; contactId: string | null }[] = await this.db.query(
      `INSERT INTO directory_check (partnership_id, ${column}, contact_id, period) VALUES ($1, $2, $3, $4)
       ON CONFLICT (${column}, period) WHERE ${column} IS NOT NULL
       DO UPDATE SET contact_id = coalesce(directory_check.contact_id, EXCLUDED.contact_id)
       RETURNING id, contact_id AS "contactId"`,
      [record.partnershipId, recordId, contact.id, period],
    );
    const [to]: { name: string; email: string | null }[] = await this.db.query(`SELECT name, email FROM directory_contact WHERE id = $1`, [check.contactId]);
    if (!to?.email) return;
    const sent = await sendOnce(this.ledger, this.mailer, {
      purposeKey: `directory-check:${kind}:${recordId}:${period}`,
      recipientKey: check.id,
      compose: async () => {
        const token = newToken('check');
        await this.db.query(`UPDATE directory_check SET token_hash = $2, created_at = $3 WHERE id = $1`, [check.id, hashToken(token), this.clock.now()]);
        const rendered = renderDirectoryCheck({
          contactName: to.name,
          partnershipName: record.partnershipName,
          recordKind: kind,
          recordName: record.name,
          lastCheckedAt: record.lastCheckedAt,
          fields: record.fields,
          checkUrl: `${this.options.publicWebUrl}/email/directory-check/${token}`,
          daysValid: DIRECTORY_CHECK_DAYS_VALID,
        });
        return { to: { name: to.name, address: to.email! }, ...rendered };
      },
    });
    if (sent) this.logger.info({ kind, recordId, checkId: check.id }, 'directory check sent');
  }
}
