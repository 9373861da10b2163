import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import {
  findUploadTicket,
  newUploadTicket,
  infectedRefusal,
  PAPER_STORAGE,
  PaperScanner,
  scannerSilentRefusal,
  sha256Of,
  UploadAllowance,
  useUploadTicket,
  type CheckedPaper,
  type PaperStorage,
} from '@convene/papers';
import { BANK_OPTIONS, type BankOptions } from '../bank.options';

export interface ResourceTicket {
  id: string;
  resourceId: string;
  maxBytes: number;
}

/**
 * A resource's file: a single-use upload ticket, then a PUT checked by the papers' pipeline
 * (file-check) and kept in the same content-addressed storage. Replacing the file releases the
 * old bytes unless something else holds them (the release trigger counts papers and resources).
 */
@Injectable()
export class BankFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(PAPER_STORAGE) private readonly storage: PaperStorage,
    @Inject(BANK_OPTIONS) private readonly options: BankOptions,
    private readonly scanner: PaperScanner,
    private readonly allowance: UploadAllowance,
  ) {}

  async createUpload(actor: Actor, resourceId: string): Promise<{ token: string; expiresAt: Date; maxBytes: number }> {
    await this.access.assertAccess(actor, Permission.resourceManage, resourceId, 'That resource');
    // The same hourly allowance as papers' tickets.
    await this.allowance.consume(actor);
    const { token, tokenHash, expiresAt } = newUploadTicket(this.clock.now());
    await this.db.query(`INSERT INTO resource_upload (token_hash, person_id, resource_id, max_bytes, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      tokenHash,
      actor.personId,
      resourceId,
      this.options.maxBytes,
      expiresAt,
    ]);
    return { token, expiresAt, maxBytes: this.options.maxBytes };
  }

  /** The actor's unused, unexpired ticket; anything else is alike NOT_FOUND. */
  ticket(actor: Actor, token: string): Promise<ResourceTicket> {
    return findUploadTicket<ResourceTicket>(this.db, 'resource_upload', `id, resource_id AS "resourceId", max_bytes AS "maxBytes"`, actor, token, this.clock.now());
  }

  /** Saves the checked bytes as the resource's file, a new version of the resource, in one transaction. */
  async store(actor: Actor, ticket: ResourceTicket, filename: string, bytes: Buffer, checked: CheckedPaper): Promise<void> {
    await this.access.assertAccess(actor, Permission.resourceManage, ticket.resourceId, 'That resource');
    // The papers' scan step (CLAMD_URL). A resource has no quarantine, so bytes the scanner did
    // not answer for are not kept either: the uploader tries again.
    const scan = await this.scanner.scan(bytes);
    if (scan.status === 'INFECTED') {
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'resource.infected', subjectType: 'resource', subjectId: ticket.resourceId, detail: { signature: scan.signature, size: bytes.length } });
      throw infectedRefusal(scan.signature);
    }
    if (scan.status === 'PENDING') throw scannerSilentRefusal();
    const sha256 = sha256Of(bytes);
    await this.db.transaction(async (m) => {
      await useUploadTicket(m, 'resource_upload', ticket.id, this.clock.now());
      await this.storage.put(m, sha256, bytes);
      // A new file's text and thumbnail are made again from it (file_text is filled after upload).
      const [[{ version }]] = await m.query(
        `UPDATE resource SET file_sha256 = $2, file_name = $3, file_content_type = $4, file_size = $5, file_pages = $6, file_text = '', thumbnail_sha256 = NULL,
                version = version + 1, updated_at = $7
          WHERE id = $1 RETURNING version`,
        [ticket.resourceId, sha256, filename, checked.contentType, bytes.length, checked.pageCount, this.clock.now()],
      );
      await m.query(`SELECT resource_reindex($1)`, [ticket.resourceId]);
      await m.query(`INSERT INTO resource_version (resource_id, version, snapshot, person_id) SELECT r.id, r.version, to_jsonb(r) - 'search' - 'file_text', $2 FROM resource r WHERE r.id = $1`, [ticket.resourceId, actor.personId]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'resource.file-uploaded', subjectType: 'resource', subjectId: ticket.resourceId, detail: { version, size: bytes.length } }, m);
    });
  }

  /** The file's bytes, or null (missing and unreadable alike). The caller has checked the reader may read it. */
  async bytes(resourceId: string): Promise<{ bytes: Buffer; contentType: string; filename: string } | null> {
    const [row]: { sha256: string; contentType: string; filename: string }[] = await this.db.query(
      `SELECT file_sha256 AS sha256, file_content_type AS "contentType", file_name AS filename FROM resource WHERE id = $1 AND file_sha256 IS NOT NULL`,
      [resourceId],
    );
    const bytes = row && (await this.storage.get(row.sha256));
    return bytes ? { bytes, contentType: row.contentType, filename: row.filename } : null;
  }

  /** The thumbnail (PNG) the worker rendered, or null. */
  async thumbnail(resourceId: string): Promise<Buffer | null> {
    const [row]: { sha256: string }[] = await this.db.query(`SELECT thumbnail_sha256 AS sha256 FROM resource WHERE id = $1 AND thumbnail_sha256 IS NOT NULL`, [resourceId]);
    return row ? this.storage.get(row.sha256) : null;
  }
}
