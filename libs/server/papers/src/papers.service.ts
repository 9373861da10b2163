import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { badInput, notFound } from '@convene/errors';
import { checkText } from '@convene/graphql-kit';
import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { PaperConfidentiality, PaperScanStatus, type PaperModel, type PaperVersionModel } from './papers.models';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { PaperScanner } from './scan/paper-scanner';
import { PAPER_STORAGE, sha256Of, type PaperStorage, type Sql } from './storage/paper-storage';
import type { CheckedPaper } from './upload/file-check';
import { infectedRefusal } from './upload/refusal';
import { UploadAllowance } from './upload/upload-allowance';
import { findUploadTicket, newUploadTicket, useUploadTicket } from './upload/upload-tickets';

const logger = moduleLogger('papers');

/** Named readers of one RESTRICTED paper. */
const READERS_MAX = 200;
/** Quarantined versions scanned again per sweep. */
const RESCAN_BATCH = 20;

/** What a paper hangs off: an agenda item, or a meeting's minutes. */
export type PaperOwner = { agendaItemId: string; minutesId?: null } | { agendaItemId?: null; minutesId: string };

const OWNER_RULES = {
  item: { manage: Permission.agendaItemManage, read: Permission.agendaItemRead, label: 'That agenda item', subject: 'agenda_item' },
  minutes: { manage: Permission.minutesManage, read: Permission.minutesRead, label: 'Those minutes', subject: 'minutes' },
} as const;
const ownerOf = (o: { agendaItemId?: string | null; minutesId?: string | null }) =>
  o.minutesId ? { rule: OWNER_RULES.minutes, id: o.minutesId, column: 'minutes_id' } : { rule: OWNER_RULES.item, id: o.agendaItemId!, column: 'agenda_item_id' };

export interface UploadTicket {
  id: string;
  personId: string;
  agendaItemId: string | null;
  minutesId: string | null;
  replacePaperId: string | null;
  title: string;
  confidentiality: PaperConfidentiality;
  maxBytes: number;
  /** When the ticket was issued: a confidentiality set on the paper after it stands (see `store`). */
  createdAt: Date;
}

const PAPER_COLUMNS = `p.id, p.title, p.confidentiality, p.agenda_item_id AS "agendaItemId", p.minutes_id AS "minutesId", p.author_person_id AS "authorPersonId", p.created_at AS "createdAt",
  p.current_version AS version, p.supplement, v.filename, v.content_type AS "contentType", v.size, v.page_count AS "pageCount", v.scan_status AS "scanStatus",
  v.created_at AS "versionCreatedAt", v.author_person_id AS "versionAuthorPersonId"`;

const toPaper = (row: Omit<PaperModel, 'downloadUrl'>): PaperModel => ({ ...row, downloadUrl: `/papers/${row.id}` });

@Injectable()
export class PapersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
    @Inject(PAPER_OPTIONS) private readonly options: PaperOptions,
    private readonly scanner: PaperScanner,
    private readonly jobs: JobQueue,
    private readonly allowance: UploadAllowance,
  ) {}

  /**
   * A single-use ticket for one PUT: a new paper on the agenda item or the minutes, or a new
   * version of `replacePaperId` (which must hang off the same).
   */
  async createUpload(actor: Actor, input: PaperOwner & { title: string; confidentiality: PaperConfidentiality; replacePaperId?: string | null }): Promise<{ token: string; expiresAt: Date; maxBytes: number }> {
    const title = checkText(input.title, 'title', { max: 200 })!;
    if (/[\r\n]/.test(title)) throw badInput('A paper’s title must be one line.', { field: 'title' });
    await this.assertMayUpload(actor, input, input.replacePaperId ?? null);
    // Counted once allowed: someone who may not upload learns nothing from the limit.
    await this.allowance.consume(actor);
    const { token, tokenHash, expiresAt } = newUploadTicket(this.clock.now());
    await this.db.query(
      `INSERT INTO paper_upload (token_hash, person_id, agenda_item_id, minutes_id, replace_paper_id, title, confidentiality, max_bytes, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [tokenHash, actor.personId, input.agendaItemId ?? null, input.minutesId ?? null, input.replacePaperId ?? null, title, input.confidentiality, this.options.maxBytes, expiresAt],
    );
    return { token, expiresAt, maxBytes: this.options.maxBytes };
  }

  /** New papers: whoever manages the item (or the minutes). New versions: whoever manages the paper, on its own owner. */
  private async assertMayUpload(actor: Actor, owner: { agendaItemId?: string | null; minutesId?: string | null }, replacePaperId: string | null): Promise<void> {
    const { rule, id, column } = ownerOf(owner);
    if (!replacePaperId) return this.access.assertAccess(actor, rule.manage, id, rule.label);
    await this.access.assertAccess(actor, Permission.paperManage, replacePaperId, 'That paper');
    const [row] = await this.db.query(`SELECT 1 FROM paper WHERE id = $1 AND ${column} = $2`, [replacePaperId, id]);
    if (!row) throw notFound('That paper');
  }

  /** The actor's unused, unexpired ticket; anything else is alike NOT_FOUND. */
  ticket(actor: Actor, token: string): Promise<UploadTicket> {
    return findUploadTicket<UploadTicket>(
      this.db,
      'paper_upload',
      `id, person_id AS "personId", agenda_item_id AS "agendaItemId", minutes_id AS "minutesId", replace_paper_id AS "replacePaperId", title, confidentiality, max_bytes AS "maxBytes", created_at AS "createdAt"`,
      actor,
      token,
      this.clock.now(),
    );
  }

  /**
   * Scans checked bytes, then saves them as the ticket says, in one transaction that also uses
   * the ticket up. Infected bytes are refused (and audited) before anything is written; bytes the
   * scanner did not answer for are saved quarantined (PENDING) and scanned again later.
   */
  async store(actor: Actor, ticket: UploadTicket, filename: string, bytes: Buffer, checked: CheckedPaper): Promise<PaperModel> {
    await this.assertMayUpload(actor, ticket, ticket.replacePaperId);
    const sha256 = sha256Of(bytes);
    const scan = await this.scanner.scan(bytes);
    if (scan.status === 'INFECTED') {
      const owner = ownerOf(ticket);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'paper.infected', subjectType: owner.rule.subject, subjectId: owner.id, detail: { signature: scan.signature, size: bytes.length, replacing: ticket.replacePaperId } });
      throw infectedRefusal(scan.signature);
    }
    const status = scan.status === 'CLEAN' ? PaperScanStatus.CLEAN : PaperScanStatus.PENDING;
    const { paperId, version: made } = await this.db.transaction(async (m) => {
      await useUploadTicket(m, 'paper_upload', ticket.id, this.clock.now());
      await this.storage.put(m, sha256, bytes);
      let id: string;
      let version: number;
      if (ticket.replacePaperId) {
        // The row lock orders concurrent replacements: each gets the next number. The ticket's
        // confidentiality applies only if the paper is unchanged since it was issued, so a manager
        // restricting the paper meanwhile is not undone by an upload asked for before.
        [[{ id, version }]] = await m.query(
          `UPDATE paper SET current_version = current_version + 1, title = $2, confidentiality = CASE WHEN updated_at <= $4 THEN $3 ELSE confidentiality END, updated_at = now() WHERE id = $1 RETURNING id, current_version AS version`,
          [ticket.replacePaperId, ticket.title, ticket.confidentiality, ticket.createdAt],
        );
      } else {
        // Added once the item's agenda was published: a supplement to the pack members already have.
        [{ id, version }] = await m.query(
          `INSERT INTO paper (agenda_item_id, minutes_id, title, confidentiality, author_person_id, supplement)
           VALUES ($1, $2, $3, $4, $5, EXISTS (SELECT 1 FROM agenda_item i JOIN agenda_version av ON av.meeting_id = i.meeting_id WHERE i.id = $1)) RETURNING id, current_version AS version`,
          [ticket.agendaItemId, ticket.minutesId, ticket.title, ticket.confidentiality, actor.personId],
        );
      }
      await m.query(
        `INSERT INTO paper_version (paper_id, version, sha256, filename, content_type, size, page_count, author_person_id, scan_status, scanned_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [id, version, sha256, filename, checked.contentType, bytes.length, checked.pageCount, actor.personId, status, this.scanner.configured && status === PaperScanStatus.CLEAN ? this.clock.now() : null],
      );
      await m.query(`UPDATE paper_upload SET paper_id = $2 WHERE id = $1`, [ticket.id, id]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: version === 1 ? 'paper.uploaded' : 'paper.replaced', subjectType: 'paper', subjectId: id, detail: { version, size: bytes.length } }, m);
      return { paperId: id, version };
    });
    if (status === PaperScanStatus.CLEAN) await this.noteSupplement(paperId);
    // The answer describes the version this upload made, even if a concurrent replacement has
    // already made a later one current.
    const paper = (await this.byIds(actor, [paperId]))[0];
    return paper && { ...paper, version: made, filename, contentType: checked.contentType, size: bytes.length, pageCount: checked.pageCount, scanStatus: status };
  }

  /** A clean supplement: members who had the pack get a note (the worker decides who, and the ledger that it is once). */
  private async noteSupplement(paperId: string): Promise<void> {
    const [row]: { stamp: number }[] = await this.db.query(
      `SELECT (extract(epoch FROM p.updated_at) * 1000)::float8 AS stamp FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = 1 AND v.scan_status = 'CLEAN' WHERE p.id = $1 AND p.supplement AND p.supplement_noted_at IS NULL`,
      [paperId],
    );
    if (row) await this.jobs.nudge(JOBS.agendaSupplement, { paperId, stamp: row.stamp }, (error) => logger.warn({ paperId, err: (error as Error).message }, 'supplement note not queued; the tick will find it'));
  }

  /**
   * Scans quarantined versions again (a sweep, every minute while a scanner is configured).
   * Clean ones become readable; infected ones are removed with their bytes, and audited.
   * Stops at the first version the scanner still does not answer for.
   */
  async rescanPending(): Promise<{ clean: number; infected: number; pending: number }> {
    const counts = { clean: 0, infected: 0, pending: 0 };
    if (!this.scanner.configured) return counts;
    const rows: { paperId: string; version: number; sha256: string; partnershipId: string; authorPersonId: string | null }[] = await this.db.query(
      `SELECT v.paper_id AS "paperId", v.version, v.sha256, g.partnership_id AS "partnershipId", v.author_person_id AS "authorPersonId"
         FROM paper_version v JOIN paper p ON p.id = v.paper_id
         LEFT JOIN agenda_item i ON i.id = p.agenda_item_id LEFT JOIN minutes mi ON mi.id = p.minutes_id
         JOIN meeting m ON m.id = coalesce(i.meeting_id, mi.meeting_id) JOIN "group" g ON g.id = m.group_id
        WHERE v.scan_status = 'PENDING' ORDER BY v.created_at LIMIT ${RESCAN_BATCH}`,
    );
    for (const row of rows) {
      const bytes = await this.storage.get(row.sha256);
      // Gone meanwhile (the paper was deleted): nothing left to scan.
      if (!bytes) continue;
      const scan = await this.scanner.scan(bytes);
      if (scan.status === 'PENDING') {
        counts.pending = rows.length - counts.clean - counts.infected;
        break;
      }
      if (scan.status === 'CLEAN') {
        await this.db.query(`UPDATE paper_version SET scan_status = 'CLEAN', scanned_at = $3 WHERE paper_id = $1 AND version = $2`, [row.paperId, row.version, this.clock.now()]);
        counts.clean += 1;
        await this.noteSupplement(row.paperId);
        continue;
      }
      await this.db.transaction(async (m) => {
        await this.dropVersion(m, row.paperId, row.version);
        await this.audit.record({ partnershipId: row.partnershipId, actorPersonId: row.authorPersonId, action: 'paper.infected', subjectType: 'paper', subjectId: row.paperId, detail: { signature: scan.signature, version: row.version } }, m);
      });
      await this.storage.sweep?.([row.sha256]);
      counts.infected += 1;
    }
    return counts;
  }

  /** Removes one version: the paper too if it was the only one, else the paper falls back to its latest other version. */
  private async dropVersion(m: Sql, paperId: string, version: number): Promise<void> {
    const [{ others, sha256 }] = (await m.query(
      `SELECT (SELECT count(*)::int FROM paper_version WHERE paper_id = $1 AND version <> $2) AS others, (SELECT sha256 FROM paper_version WHERE paper_id = $1 AND version = $2) AS sha256`,
      [paperId, version],
    )) as { others: number; sha256: string }[];
    await m.query(`DELETE FROM paper_version WHERE paper_id = $1 AND version = $2`, [paperId, version]);
    if (others === 0) await m.query(`DELETE FROM paper WHERE id = $1`, [paperId]);
    else await m.query(`UPDATE paper SET current_version = (SELECT max(version) FROM paper_version WHERE paper_id = $1), updated_at = now() WHERE id = $1`, [paperId]);
    await this.storage.delete(m, [sha256]);
  }

  /** Whether the actor may read the paper but its version is still being checked (for a clear answer instead of 404). */
  async pendingScan(actor: Actor, paperId: string, version: number | null): Promise<boolean> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.paperRead, ids: [paperId] });
    if (!allowed.has(paperId)) return false;
    const [row] = await this.db.query(`SELECT 1 FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = coalesce($2, p.current_version) WHERE p.id = $1 AND v.scan_status = 'PENDING'`, [paperId, version]);
    return Boolean(row);
  }

  /** Papers the actor may read, in `ids` order of what exists. */
  async byIds(actor: Actor, ids: readonly string[]): Promise<PaperModel[]> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.paperRead, ids });
    if (allowed.size === 0) return [];
    const rows = await this.db.query(`SELECT ${PAPER_COLUMNS} FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = p.current_version WHERE p.id = ANY($1::uuid[])`, [[...allowed]]);
    return rows.map(toPaper);
  }

  /** Each item's papers the actor may read, oldest first: one statement, then the policy layer. */
  async ofItems(actor: Actor, itemIds: readonly string[]): Promise<Map<string, PaperModel[]>> {
    const rows: Omit<PaperModel, 'downloadUrl'>[] = await this.db.query(
      `SELECT ${PAPER_COLUMNS} FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = p.current_version WHERE p.agenda_item_id = ANY($1::uuid[]) ORDER BY p.created_at, p.id`,
      [itemIds],
    );
    const allowed = await this.access.requireAccess({ actor, permission: Permission.paperRead, ids: rows.map((r) => r.id) });
    const byItem = new Map<string, PaperModel[]>();
    for (const row of rows.filter((r) => allowed.has(r.id))) byItem.set(row.agendaItemId!, [...(byItem.get(row.agendaItemId!) ?? []), toPaper(row)]);
    return byItem;
  }

  /** Each minutes record's papers the actor may read, oldest first. */
  async ofMinutes(actor: Actor, minutesIds: readonly string[]): Promise<Map<string, PaperModel[]>> {
    const rows: Omit<PaperModel, 'downloadUrl'>[] = await this.db.query(
      `SELECT ${PAPER_COLUMNS} FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = p.current_version WHERE p.minutes_id = ANY($1::uuid[]) ORDER BY p.created_at, p.id`,
      [minutesIds],
    );
    const allowed = await this.access.requireAccess({ actor, permission: Permission.paperRead, ids: rows.map((r) => r.id) });
    const byMinutes = new Map<string, PaperModel[]>();
    for (const row of rows.filter((r) => allowed.has(r.id))) byMinutes.set(row.minutesId!, [...(byMinutes.get(row.minutesId!) ?? []), toPaper(row)]);
    return byMinutes;
  }

  /** Every version of each paper (the caller read the paper), newest first. */
  async versions(paperIds: readonly string[]): Promise<Map<string, PaperVersionModel[]>> {
    const rows: Omit<PaperVersionModel, 'downloadUrl'>[] = await this.db.query(
      `SELECT paper_id AS "paperId", version, filename, content_type AS "contentType", size, page_count AS "pageCount", created_at AS "createdAt", author_person_id AS "authorPersonId", scan_status AS "scanStatus"
         FROM paper_version WHERE paper_id = ANY($1::uuid[]) ORDER BY version DESC`,
      [paperIds],
    );
    const byPaper = new Map<string, PaperVersionModel[]>();
    for (const row of rows) byPaper.set(row.paperId, [...(byPaper.get(row.paperId) ?? []), { ...row, downloadUrl: `/papers/${row.paperId}/${row.version}` }]);
    return byPaper;
  }

  /** The bytes of a version (the current one unless given), or null: missing, forbidden and quarantined alike. */
  async download(actor: Actor, paperId: string, version: number | null): Promise<{ bytes: Buffer; contentType: string; filename: string } | null> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.paperRead, ids: [paperId] });
    if (!allowed.has(paperId)) return null;
    const [row]: { sha256: string; contentType: string; filename: string }[] = await this.db.query(
      `SELECT v.sha256, v.content_type AS "contentType", v.filename FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = coalesce($2, p.current_version) WHERE p.id = $1 AND v.scan_status = 'CLEAN'`,
      [paperId, version],
    );
    const bytes = row && (await this.storage.get(row.sha256));
    return bytes ? { bytes, contentType: row.contentType, filename: row.filename } : null;
  }

  async setConfidentiality(actor: Actor, paperId: string, confidentiality: PaperConfidentiality, readerIds: string[] | null): Promise<PaperModel> {
    await this.access.assertAccess(actor, Permission.paperManage, paperId, 'That paper');
    const readers = [...new Set(readerIds ?? [])];
    if (confidentiality !== PaperConfidentiality.RESTRICTED && readers.length) throw badInput('Named readers are only for RESTRICTED papers.', { field: 'readerIds' });
    if (readers.length > READERS_MAX) throw badInput(`A paper may name at most ${READERS_MAX} readers.`, { field: 'readerIds' });
    const [owner] = await this.db.query(`SELECT agenda_item_id AS "agendaItemId", minutes_id AS "minutesId" FROM paper WHERE id = $1`, [paperId]);
    const { rule, id: ownerId } = ownerOf(owner);
    // Readers must be able to read the item (or minutes) itself: a name that cannot is refused, not kept.
    const able = await this.access.audience(rule.read, ownerId, readers);
    if (readers.some((id) => !able.has(id))) throw badInput(`Each named reader must be someone who can read ${rule === OWNER_RULES.item ? 'this agenda item' : 'these minutes'}.`, { field: 'readerIds' });
    await this.db.transaction(async (m) => {
      // A supplement's note goes again to whoever may now read it and was not told yet.
      await m.query(`UPDATE paper SET confidentiality = $2, updated_at = clock_timestamp(), supplement_noted_at = NULL WHERE id = $1`, [paperId, confidentiality]);
      await m.query(`DELETE FROM paper_reader WHERE paper_id = $1`, [paperId]);
      if (readers.length) await m.query(`INSERT INTO paper_reader (paper_id, person_id) SELECT $1, unnest($2::uuid[])`, [paperId, readers]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'paper.confidentiality-set', subjectType: 'paper', subjectId: paperId, detail: { confidentiality, readers: readers.length } }, m);
    });
    this.access.forget(actor);
    await this.noteSupplement(paperId);
    return (await this.byIds(actor, [paperId]))[0];
  }

  /** Removes the paper and every version; bytes no other version refers to go with them. */
  async remove(actor: Actor, paperId: string): Promise<boolean> {
    await this.access.assertAccess(actor, Permission.paperManage, paperId, 'That paper');
    const released = await this.db.transaction(async (m) => {
      const rows: { sha256: string }[] = await m.query(`SELECT DISTINCT sha256 FROM paper_version WHERE paper_id = $1`, [paperId]);
      await m.query(`DELETE FROM paper WHERE id = $1`, [paperId]);
      await this.storage.delete(m, rows.map((r) => r.sha256));
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'paper.deleted', subjectType: 'paper', subjectId: paperId }, m);
      return rows.map((r) => r.sha256);
    });
    // After the commit: bytes kept outside PostgreSQL go now, or on a later sweep if that fails.
    await this.storage.sweep?.(released);
    return true;
  }

  /** Whether the actor manages each paper (sees and sets its readers). */
  async managed(actor: Actor, paperIds: readonly string[]): Promise<Set<string>> {
    return this.access.requireAccess({ actor, permission: Permission.paperManage, ids: paperIds });
  }

  /** Who may be named a reader: active people of the partnership who can read the paper's item or minutes (managers only). */
  async readerChoices(actor: Actor, paperId: string): Promise<string[]> {
    if (!(await this.managed(actor, [paperId])).has(paperId)) return [];
    const [owner] = await this.db.query(`SELECT agenda_item_id AS "agendaItemId", minutes_id AS "minutesId" FROM paper WHERE id = $1`, [paperId]);
    const people: { id: string }[] = await this.db.query(`SELECT id FROM person WHERE partnership_id = $1 AND deactivated_at IS NULL ORDER BY id LIMIT 2000`, [actor.partnershipId]);
    const { rule, id } = ownerOf(owner);
    const able = await this.access.audience(rule.read, id, people.map((p) => p.id));
    return people.map((p) => p.id).filter((personId) => able.has(personId));
  }

  async readerIds(paperId: string): Promise<string[]> {
    return (await this.db.query(`SELECT person_id AS id FROM paper_reader WHERE paper_id = $1 ORDER BY person_id`, [paperId])).map((r: { id: string }) => r.id);
  }
}
