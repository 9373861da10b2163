import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { isUuid } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import {
  checkPaper,
  cleanFilename,
  findUploadTicket,
  newUploadTicket,
  PAPER_STORAGE,
  PaperRefusal,
  PaperScanner,
  scannerSilentRefusal,
  sha256Of,
  UploadAllowance,
  useUploadTicket,
  type CheckedPaper,
  type PaperStorage,
} from '@convene/papers';
import { londonDay } from '../calendar/holiday-calendar.service';
import { parseDay } from '../calendar/working-days';
import { FOI_OPTIONS, type FoiOptions } from '../foi.options';
import type { FoiAttachmentModel, FoiCorrespondenceInput, FoiCorrespondenceModel } from './correspondence.models';

/** An email (or letter) to log on a request, as the inbound mail reader hands it over. */
export interface IncomingCorrespondence {
  direction: 'IN' | 'OUT';
  from: string;
  subject: string;
  text: string;
  receivedAt: Date;
  /** The email's Message-ID: the same message is logged once, however often it is handed over. */
  messageId?: string | null;
  files?: { filename: string; bytes: Buffer }[];
}

export interface RecordedCorrespondence {
  correspondenceId: string;
  /** false: this Message-ID was logged before; nothing changed. */
  created: boolean;
  /** Attachments not kept, with why (type not accepted, a virus found). */
  refused: { filename: string; reason: string }[];
}

export interface FoiTicket {
  id: string;
  correspondenceId: string;
  maxBytes: number;
}

const ENTRY = `x.id, x.request_id AS "requestId", x.direction, x.kind, x.from_address AS "fromAddress", x.to_address AS "toAddress", x.subject, x.body, x.occurred_at AS "occurredAt",
  x.email_status AS "emailStatus", x.emailed_at AS "emailedAt"`;

/**
 * A request's correspondence log: the letter as sent, what the authority sent back, what the
 * coordinator notes, each with attachments kept by the papers' pipeline (type from the bytes,
 * the virus scan, the content-addressed store). Readers are the request's readers.
 */
@Injectable()
export class CorrespondenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
    @Inject(FOI_OPTIONS) private readonly options: FoiOptions,
    private readonly scanner: PaperScanner,
    private readonly allowance: UploadAllowance,
  ) {}

  /** Entries of requests the caller has checked the actor may read, oldest first. */
  async ofRequests(requestIds: readonly string[]): Promise<Map<string, FoiCorrespondenceModel[]>> {
    if (!requestIds.length) return new Map();
    const rows: FoiCorrespondenceModel[] = await this.db.query(`SELECT ${ENTRY} FROM foi_correspondence x WHERE x.request_id = ANY($1::uuid[]) ORDER BY x.occurred_at, x.created_at`, [requestIds]);
    const files: (FoiAttachmentModel & { correspondenceId: string })[] = rows.length
      ? await this.db.query(
          `SELECT f.id, f.correspondence_id AS "correspondenceId", f.filename, f.content_type AS "contentType", f.size FROM foi_correspondence_file f WHERE f.correspondence_id = ANY($1::uuid[]) ORDER BY f.created_at`,
          [rows.map((r) => r.id)],
        )
      : [];
    const byEntry = new Map<string, FoiAttachmentModel[]>();
    for (const f of files) byEntry.set(f.correspondenceId, [...(byEntry.get(f.correspondenceId) ?? []), { ...f, url: `/foi-files/${f.id}` }]);
    const out = new Map<string, FoiCorrespondenceModel[]>();
    for (const r of rows) out.set(r.requestId, [...(out.get(r.requestId) ?? []), { ...r, attachments: byEntry.get(r.id) ?? [] }]);
    return out;
  }

  /** A coordinator logs a letter, email or call by hand. */
  async add(actor: Actor, requestId: string, input: FoiCorrespondenceInput): Promise<string> {
    await this.access.assertAccess(actor, Permission.foiRequestManage, requestId, 'That request');
    try {
      parseDay(input.on);
    } catch {
      throw badInput('Give a real date as YYYY-MM-DD.', { field: 'on' });
    }
    const today = londonDay(this.clock.now());
    if (input.on > today) throw badInput('The date cannot be in the future.', { field: 'on' });
    if (!input.subject.trim() && !input.body.trim()) throw badInput('Give a subject or the text of the message.', { field: 'body' });
    return this.db.transaction(async (m) => {
      const [ends] = await m.query(`SELECT r.partnership_id AS "partnershipId", r.sent_to AS theirs, coalesce(pa.foi_email, '') AS ours FROM foi_request r JOIN partnership pa ON pa.id = r.partnership_id WHERE r.id = $1`, [requestId]);
      const theirs = input.address?.trim() || ends.theirs;
      const [from, to] = input.direction === 'IN' ? [theirs, ends.ours] : [ends.ours, theirs];
      const [{ id }] = await m.query(
        `INSERT INTO foi_correspondence (partnership_id, request_id, direction, kind, from_address, to_address, subject, body, occurred_at, recorded_by_person_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [ends.partnershipId, requestId, input.direction, input.kind, from, to, input.subject.trim(), input.body, input.on === today ? this.clock.now() : new Date(`${input.on}T12:00:00Z`), actor.personId],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.correspondence-added', subjectType: 'foi_request', subjectId: requestId, detail: { correspondenceId: id, direction: input.direction } }, m);
      return id as string;
    });
  }

  /**
   * For the inbound mail reader, once it has matched an email to `requestId`: the email enters
   * the log with its attachments, once per Message-ID. Attachments of a type the papers refuse,
   * or with a virus, are left out and named in the answer (and in the entry). Throws while the
   * virus scanner does not answer, so the caller retries the whole email later.
   */
  async recordCorrespondence(requestId: string, mail: IncomingCorrespondence): Promise<RecordedCorrespondence> {
    if (!isUuid(requestId)) throw notFound('That request');
    const [request] = await this.db.query(`SELECT r.partnership_id AS "partnershipId", coalesce(pa.foi_email, '') AS ours FROM foi_request r JOIN partnership pa ON pa.id = r.partnership_id WHERE r.id = $1`, [requestId]);
    if (!request) throw notFound('That request');
    const kept: { filename: string; bytes: Buffer; checked: CheckedPaper; sha256: string }[] = [];
    const refused: { filename: string; reason: string }[] = [];
    for (const file of mail.files ?? []) {
      const filename = cleanFilename(file.filename);
      if (file.bytes.length > this.options.maxBytes) {
        refused.push({ filename, reason: 'larger than the limit for attachments' });
        continue;
      }
      try {
        const checked = await checkPaper(file.bytes, filename);
        const scan = await this.scanner.scan(file.bytes);
        if (scan.status === 'PENDING') throw new PaperRefusal(503, 'SERVICE_UNAVAILABLE', 'The virus scanner did not answer; try again later.', 'file');
        if (scan.status === 'INFECTED') {
          refused.push({ filename, reason: `the virus scanner found ${scan.signature}` });
          continue;
        }
        kept.push({ filename, bytes: file.bytes, checked, sha256: sha256Of(file.bytes) });
      } catch (error) {
        if (error instanceof PaperRefusal && error.status !== 503) refused.push({ filename, reason: error.message });
        else throw error;
      }
    }
    const note = refused.length ? `\n\n[Attachments not kept: ${refused.map((r) => `${r.filename} (${r.reason})`).join('; ')}]` : '';
    return this.db.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO foi_correspondence (partnership_id, request_id, direction, kind, from_address, to_address, subject, body, occurred_at, message_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (request_id, message_id) WHERE message_id IS NOT NULL DO NOTHING RETURNING id`,
        [request.partnershipId, requestId, mail.direction, mail.direction === 'IN' ? 'REPLY' : 'MESSAGE', mail.from.slice(0, 320), mail.direction === 'IN' ? request.ours : '', mail.subject.slice(0, 500), `${mail.text}${note}`.slice(0, 200000), mail.receivedAt, mail.messageId ?? null],
      );
      if (!row) {
        const [existing] = await m.query(`SELECT id FROM foi_correspondence WHERE request_id = $1 AND message_id = $2`, [requestId, mail.messageId]);
        return { correspondenceId: existing.id as string, created: false, refused };
      }
      for (const f of kept) await this.keep(m, row.id, f.filename, f.bytes, f.checked, f.sha256);
      await this.audit.record({ partnershipId: request.partnershipId, actorPersonId: null, action: 'foi.correspondence-received', subjectType: 'foi_request', subjectId: requestId, detail: { correspondenceId: row.id, files: kept.length, refused: refused.length } }, m);
      return { correspondenceId: row.id as string, created: true, refused };
    });
  }

  /**
   * The same, in the shape the inbound mail reader's FOI_REPLIES hands over (it has already
   * matched the reply address to the request and acts once per Message-ID).
   */
  async recordReply(input: { requestId: string; fromAddress: string; subject: string; text: string; receivedAt: Date; attachments: { filename: string; contentType: string; content: Buffer }[] }): Promise<{ id: string }> {
    const saved = await this.recordCorrespondence(input.requestId, {
      direction: 'IN',
      from: input.fromAddress,
      subject: input.subject,
      text: input.text,
      receivedAt: input.receivedAt,
      files: input.attachments.map((a) => ({ filename: a.filename, bytes: a.content })),
    });
    return { id: saved.correspondenceId };
  }

  async createUpload(actor: Actor, correspondenceId: string): Promise<{ token: string; expiresAt: Date; maxBytes: number }> {
    await this.access.assertAccess(actor, Permission.foiCorrespondenceManage, correspondenceId, 'That entry');
    await this.allowance.consume(actor);
    const { token, tokenHash, expiresAt } = newUploadTicket(this.clock.now());
    await this.db.query(`INSERT INTO foi_upload (token_hash, person_id, correspondence_id, max_bytes, expires_at) VALUES ($1, $2, $3, $4, $5)`, [tokenHash, actor.personId, correspondenceId, this.options.maxBytes, expiresAt]);
    return { token, expiresAt, maxBytes: this.options.maxBytes };
  }

  ticket(actor: Actor, token: string): Promise<FoiTicket> {
    return findUploadTicket<FoiTicket>(this.db, 'foi_upload', `id, correspondence_id AS "correspondenceId", max_bytes AS "maxBytes"`, actor, token, this.clock.now());
  }

  async store(actor: Actor, ticket: FoiTicket, filename: string, bytes: Buffer, checked: CheckedPaper): Promise<string> {
    await this.access.assertAccess(actor, Permission.foiCorrespondenceManage, ticket.correspondenceId, 'That entry');
    const scan = await this.scanner.scan(bytes);
    if (scan.status === 'INFECTED') throw new PaperRefusal(422, 'INFECTED', `The virus scanner found ${scan.signature} in this file, so it was not kept.`, 'file');
    if (scan.status === 'PENDING') throw scannerSilentRefusal();
    return this.db.transaction(async (m) => {
      await useUploadTicket(m, 'foi_upload', ticket.id, this.clock.now());
      const id = await this.keep(m, ticket.correspondenceId, filename, bytes, checked, sha256Of(bytes));
      const [entry] = await m.query(`SELECT request_id AS "requestId" FROM foi_correspondence WHERE id = $1`, [ticket.correspondenceId]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'foi.attachment-added', subjectType: 'foi_request', subjectId: entry.requestId, detail: { correspondenceId: ticket.correspondenceId, size: bytes.length } }, m);
      return id;
    });
  }

  /** An attachment's bytes for a reader of its request; missing and forbidden alike null. */
  async download(actor: Actor, fileId: string): Promise<{ bytes: Buffer; contentType: string; filename: string } | null> {
    if (!isUuid(fileId)) return null;
    const [row]: { correspondenceId: string; sha256: string; contentType: string; filename: string }[] = await this.db.query(
      `SELECT correspondence_id AS "correspondenceId", sha256, content_type AS "contentType", filename FROM foi_correspondence_file WHERE id = $1`,
      [fileId],
    );
    if (!row) return null;
    const allowed = await this.access.requireAccess({ actor, permission: Permission.foiCorrespondenceRead, ids: [row.correspondenceId] });
    if (!allowed.has(row.correspondenceId)) return null;
    const bytes = await this.storage.get(row.sha256);
    return bytes ? { bytes, contentType: row.contentType, filename: row.filename } : null;
  }

  private async keep(m: EntityManager, correspondenceId: string, filename: string, bytes: Buffer, checked: CheckedPaper, sha256: string): Promise<string> {
    await this.storage.put(m, sha256, bytes);
    const [{ id }] = await m.query(`INSERT INTO foi_correspondence_file (correspondence_id, sha256, filename, content_type, size) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      correspondenceId,
      sha256,
      filename,
      checked.contentType,
      bytes.length,
    ]);
    return id;
  }
}
