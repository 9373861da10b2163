import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { badInput, conflict, notFound } from '@convene/errors';
import { checkText } from '@convene/graphql-kit';
import { hashToken, looksLikeToken, newToken } from '@convene/identity';
import { PaperConfidentiality, type PaperModel, type PaperVersionModel } from './papers.models';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { PAPER_STORAGE, sha256Of, type PaperStorage } from './storage/paper-storage';
import type { CheckedPaper } from './upload/file-check';

/** How long an upload ticket may be used. */
export const TICKET_MINUTES = 10;
/** Named readers of one RESTRICTED paper. */
const READERS_MAX = 200;

export interface UploadTicket {
  id: string;
  personId: string;
  agendaItemId: string;
  replacePaperId: string | null;
  title: string;
  confidentiality: PaperConfidentiality;
  maxBytes: number;
}

const PAPER_COLUMNS = `p.id, p.title, p.confidentiality, p.agenda_item_id AS "agendaItemId", p.author_person_id AS "authorPersonId", p.created_at AS "createdAt",
  p.current_version AS version, v.filename, v.content_type AS "contentType", v.size, v.page_count AS "pageCount"`;

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
  ) {}

  /** A single-use ticket for one PUT: a new paper on the item, or a new version of `replacePaperId`. */
  async createUpload(actor: Actor, input: { agendaItemId: string; title: string; confidentiality: PaperConfidentiality; replacePaperId?: string | null }): Promise<{ token: string; expiresAt: Date; maxBytes: number }> {
    const title = checkText(input.title, 'title', { max: 200 })!;
    if (/[\r\n]/.test(title)) throw badInput('A paper’s title must be one line.', { field: 'title' });
    await this.assertMayUpload(actor, input.agendaItemId, input.replacePaperId ?? null);
    const token = newToken('upload');
    const expiresAt = new Date(this.clock.now().getTime() + TICKET_MINUTES * 60_000);
    await this.db.query(
      `INSERT INTO paper_upload (token_hash, person_id, agenda_item_id, replace_paper_id, title, confidentiality, max_bytes, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [hashToken(token), actor.personId, input.agendaItemId, input.replacePaperId ?? null, title, input.confidentiality, this.options.maxBytes, expiresAt],
    );
    return { token, expiresAt, maxBytes: this.options.maxBytes };
  }

  /** New papers: whoever manages the item. New versions: whoever manages the paper, on its own item. */
  private async assertMayUpload(actor: Actor, agendaItemId: string, replacePaperId: string | null): Promise<void> {
    if (!replacePaperId) return this.access.assertAccess(actor, Permission.agendaItemManage, agendaItemId, 'That agenda item');
    await this.access.assertAccess(actor, Permission.paperManage, replacePaperId, 'That paper');
    const [row] = await this.db.query(`SELECT 1 FROM paper WHERE id = $1 AND agenda_item_id = $2`, [replacePaperId, agendaItemId]);
    if (!row) throw notFound('That paper');
  }

  /** The actor's unused, unexpired ticket; anything else is alike NOT_FOUND. */
  async ticket(actor: Actor, token: string): Promise<UploadTicket> {
    if (!looksLikeToken(token, 'upload')) throw notFound('That upload');
    const [row]: UploadTicket[] = await this.db.query(
      `SELECT id, person_id AS "personId", agenda_item_id AS "agendaItemId", replace_paper_id AS "replacePaperId", title, confidentiality, max_bytes AS "maxBytes"
         FROM paper_upload WHERE token_hash = $1 AND person_id = $2 AND used_at IS NULL AND expires_at > $3`,
      [hashToken(token), actor.personId, this.clock.now()],
    );
    if (!row) throw notFound('That upload');
    return row;
  }

  /** Saves checked bytes as the ticket says, in one transaction that also uses the ticket up. */
  async store(actor: Actor, ticket: UploadTicket, filename: string, bytes: Buffer, checked: CheckedPaper): Promise<PaperModel> {
    await this.assertMayUpload(actor, ticket.agendaItemId, ticket.replacePaperId);
    const sha256 = sha256Of(bytes);
    const paperId = await this.db.transaction(async (m) => {
      const used = await m.query(`UPDATE paper_upload SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id`, [ticket.id, this.clock.now()]);
      if (used[1] === 0 || (Array.isArray(used[0]) && used[0].length === 0)) throw conflict('This upload ticket has been used; ask for a new one.');
      await this.storage.put(m, sha256, bytes);
      let id: string;
      let version: number;
      if (ticket.replacePaperId) {
        // The row lock orders concurrent replacements: each gets the next number.
        [[{ id, version }]] = await m.query(`UPDATE paper SET current_version = current_version + 1, title = $2, confidentiality = $3, updated_at = now() WHERE id = $1 RETURNING id, current_version AS version`, [ticket.replacePaperId, ticket.title, ticket.confidentiality]);
      } else {
        [{ id, version }] = await m.query(`INSERT INTO paper (agenda_item_id, title, confidentiality, author_person_id) VALUES ($1, $2, $3, $4) RETURNING id, current_version AS version`, [ticket.agendaItemId, ticket.title, ticket.confidentiality, actor.personId]);
      }
      await m.query(`INSERT INTO paper_version (paper_id, version, sha256, filename, content_type, size, page_count, author_person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [id, version, sha256, filename, checked.contentType, bytes.length, checked.pageCount, actor.personId]);
      await m.query(`UPDATE paper_upload SET paper_id = $2 WHERE id = $1`, [ticket.id, id]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: version === 1 ? 'paper.uploaded' : 'paper.replaced', subjectType: 'paper', subjectId: id, detail: { version, size: bytes.length } }, m);
      return id;
    });
    return (await this.byIds(actor, [paperId]))[0];
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
    for (const row of rows.filter((r) => allowed.has(r.id))) byItem.set(row.agendaItemId, [...(byItem.get(row.agendaItemId) ?? []), toPaper(row)]);
    return byItem;
  }

  /** Every version of each paper (the caller read the paper), newest first. */
  async versions(paperIds: readonly string[]): Promise<Map<string, PaperVersionModel[]>> {
    const rows: Omit<PaperVersionModel, 'downloadUrl'>[] = await this.db.query(
      `SELECT paper_id AS "paperId", version, filename, content_type AS "contentType", size, page_count AS "pageCount", created_at AS "createdAt", author_person_id AS "authorPersonId"
         FROM paper_version WHERE paper_id = ANY($1::uuid[]) ORDER BY version DESC`,
      [paperIds],
    );
    const byPaper = new Map<string, PaperVersionModel[]>();
    for (const row of rows) byPaper.set(row.paperId, [...(byPaper.get(row.paperId) ?? []), { ...row, downloadUrl: `/papers/${row.paperId}/${row.version}` }]);
    return byPaper;
  }

  /** The bytes of a version (the current one unless given), or null: missing and forbidden alike. */
  async download(actor: Actor, paperId: string, version: number | null): Promise<{ bytes: Buffer; contentType: string; filename: string } | null> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.paperRead, ids: [paperId] });
    if (!allowed.has(paperId)) return null;
    const [row]: { sha256: string; contentType: string; filename: string }[] = await this.db.query(
      `SELECT v.sha256, v.content_type AS "contentType", v.filename FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = coalesce($2, p.current_version) WHERE p.id = $1`,
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
    const [{ itemId }] = await this.db.query(`SELECT agenda_item_id AS "itemId" FROM paper WHERE id = $1`, [paperId]);
    // Readers must be able to read the item itself: a name that cannot is refused, not kept.
    const able = await this.access.audience(Permission.agendaItemRead, itemId, readers);
    if (readers.some((id) => !able.has(id))) throw badInput('Each named reader must be someone who can read this agenda item.', { field: 'readerIds' });
    await this.db.transaction(async (m) => {
      await m.query(`UPDATE paper SET confidentiality = $2, updated_at = now() WHERE id = $1`, [paperId, confidentiality]);
      await m.query(`DELETE FROM paper_reader WHERE paper_id = $1`, [paperId]);
      if (readers.length) await m.query(`INSERT INTO paper_reader (paper_id, person_id) SELECT $1, unnest($2::uuid[])`, [paperId, readers]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'paper.confidentiality-set', subjectType: 'paper', subjectId: paperId, detail: { confidentiality, readers: readers.length } }, m);
    });
    this.access.forget(actor);
    return (await this.byIds(actor, [paperId]))[0];
  }

  /** Removes the paper and every version; bytes no other version refers to go with them. */
  async remove(actor: Actor, paperId: string): Promise<boolean> {
    await this.access.assertAccess(actor, Permission.paperManage, paperId, 'That paper');
    await this.db.transaction(async (m) => {
      const rows: { sha256: string }[] = await m.query(`SELECT DISTINCT sha256 FROM paper_version WHERE paper_id = $1`, [paperId]);
      await m.query(`DELETE FROM paper WHERE id = $1`, [paperId]);
      await this.storage.delete(m, rows.map((r) => r.sha256));
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'paper.deleted', subjectType: 'paper', subjectId: paperId }, m);
    });
    return true;
  }

  async readerIds(paperId: string): Promise<string[]> {
    return (await this.db.query(`SELECT person_id AS id FROM paper_reader WHERE paper_id = $1 ORDER BY person_id`, [paperId])).map((r: { id: string }) => r.id);
  }
}
