import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid } from '@convene/database';
import { notFound } from '@convene/errors';
import { quoteIdent as q } from '../merges/references';

/** Columns never exported: credentials and derived search data, not information about the person. */
const WITHHELD = /(^|_)(password|token|hash|search|secret)(_|$)|^body_html$/;
/** At most this many rows of any one table go in an export (the export says when it stopped). */
export const SUBJECT_ROWS_MAX = 5000;

export enum ErasureMode {
  /** The contact's rows go: nothing of them stays in the directory. */
  ERASE = 'ERASE',
  /** The rows stay, without name, role, email or phone: the organisation keeps a placeholder. */
  PSEUDONYMISE = 'PSEUDONYMISE',
}

type Row = Record<string, unknown>;

const withheld = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([k]) => !WITHHELD.test(k)));

/**
 * Subject access and erasure (UK GDPR articles 15 and 17) for a directory contact, and subject
 * access for a person. Coordinators and admins only; each export and erasure is audited with
 * ids alone. A person's export walks every column that points at `person` (read from the
 * catalogue, as merges do), so a table added later is included without a change here.
 *
 * Erasing a contact never touches minutes or the audit log: contacts are not named in minutes,
 * and audit rows hold ids only, which stop resolving to anyone once the contact is gone.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The contact and every contact row with the same email address in the partnership. */
  async exportContact(actor: Actor, contactId: string): Promise<string> {
    const contacts = await this.contactRows(actor, contactId);
    const ids = contacts.map((c) => c.id as string);
    const checks: Row[] = await this.db.query(`SELECT to_jsonb(k) AS row FROM directory_check k WHERE k.contact_id = ANY($1::uuid[]) ORDER BY k.created_at`, [ids]).then(rowsOf);
    const deliveries: Row[] = await this.db.query(
      `SELECT purpose_key AS purpose, status, sent_at AS "sentAt" FROM delivery WHERE recipient_key = ANY($1::text[]) ORDER BY created_at LIMIT $2`,
      [checks.map((k) => k.id as string), SUBJECT_ROWS_MAX],
    );
    const audit: Row[] = await this.db.query(
      `SELECT action, subject_type AS "subjectType", subject_id AS "subjectId", created_at AS "createdAt" FROM audit_event WHERE partnership_id = $1 AND subject_id = ANY($2::uuid[]) ORDER BY created_at LIMIT $3`,
      [actor.partnershipId, ids, SUBJECT_ROWS_MAX],
    );
    const personIds = [...new Set(contacts.map((c) => c.person_id as string | null).filter((p): p is string => !!p))];
    const people = [];
    for (const personId of personIds) people.push(await this.personRecords(actor, personId));
    await this.recordAudit(actor, 'directory.subject-access', 'directory_contact', contactId, { contacts: ids.length });
    return JSON.stringify({ generatedAt: this.clock.now().toISOString(), subject: { kind: 'contact', id: contactId }, contacts: contacts.map(withheld), checks: checks.map(withheld), emailsSent: deliveries, auditEvents: audit, people }, null, 2);
  }

  async exportPerson(actor: Actor, personId: string): Promise<string> {
    this.access.assertCan(actor, Capability.directoryEdit);
    assertUuid(personId);
    const records = await this.personRecords(actor, personId);
    await this.recordAudit(actor, 'directory.subject-access', 'person', personId, {});
    return JSON.stringify({ generatedAt: this.clock.now().toISOString(), subject: { kind: 'person', id: personId }, ...records }, null, 2);
  }

  /** Erases or pseudonymises the contact and every contact row with its email; returns how many. */
  async eraseContact(actor: Actor, contactId: string, mode: ErasureMode): Promise<number> {
    const contacts = await this.contactRows(actor, contactId);
    const ids = contacts.map((c) => c.id as string);
    return this.db.transaction(async (m) => {
      if (mode === ErasureMode.ERASE) await m.query(`DELETE FROM directory_contact WHERE id = ANY($1::uuid[])`, [ids]);
      else await m.query(`UPDATE directory_contact SET name = 'Former contact', role = '', email = NULL, phone = NULL, person_id = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
      await this.recordAudit(actor, mode === ErasureMode.ERASE ? 'directory.contact-erased' : 'directory.contact-pseudonymised', 'directory_contact', contactId, { contacts: ids.length }, m);
      return ids.length;
    });
  }

  private async contactRows(actor: Actor, contactId: string): Promise<Row[]> {
    assertUuid(contactId);
    await this.access.assertAccess(actor, Permission.directoryContactManage, contactId, 'Contact');
    return rowsOf(
      await this.db.query(
        `SELECT to_jsonb(c) AS row FROM directory_contact c, directory_contact me
          WHERE me.id = $1 AND c.partnership_id = me.partnership_id AND (c.id = me.id OR (me.email IS NOT NULL AND c.email = me.email))
          ORDER BY c.created_at, c.id`,
        [contactId],
      ),
    );
  }

  private async personRecords(actor: Actor, personId: string): Promise<Row> {
    const [person]: Row[] = await this.db
      .query(`SELECT to_jsonb(p) AS row, a.name, a.email, a.created_at AS "accountCreatedAt" FROM person p LEFT JOIN account a ON a.id = p.account_id WHERE p.id = $1 AND p.partnership_id = $2`, [personId, actor.partnershipId])
      .then((rows: (Row & { row: Row })[]) => rows.map((r) => ({ ...withheld(r.row), name: r.name, email: r.email, accountCreatedAt: r.accountCreatedAt })));
    if (!person) throw notFound('Person');
    const columns: { table: string; column: string }[] = await this.db.query(
      `SELECT t.relname::text AS table, a.attname::text AS column FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass AND array_length(c.conkey, 1) = 1 ORDER BY 1, 2`,
    );
    const records: Record<string, Row[]> = {};
    for (const { table, column } of columns) {
      const rows = rowsOf(await this.db.query(`SELECT to_jsonb(t) AS row FROM ${q(table)} t WHERE t.${q(column)} = $1 LIMIT $2`, [personId, SUBJECT_ROWS_MAX + 1]));
      if (rows.length) records[`${table}.${column}`] = rows.slice(0, SUBJECT_ROWS_MAX).map(withheld);
    }
    const emailsSent: Row[] = await this.db.query(`SELECT purpose_key AS purpose, status, sent_at AS "sentAt" FROM delivery WHERE recipient_key = $1 ORDER BY created_at LIMIT $2`, [personId, SUBJECT_ROWS_MAX]);
    return { person, records, emailsSent };
  }

  private recordAudit(actor: Actor, action: string, subjectType: string, subjectId: string, detail: Record<string, unknown>, manager = this.db.manager): Promise<void> {
    return this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType, subjectId, detail }, manager);
  }
}

const rowsOf = (rows: { row: Row }[]): Row[] => rows.map((r) => r.row);
