import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import type { PaperModel } from '@convene/papers';
import { PaperScanStatus, PapersService } from '@convene/papers';
import { PackPdfStatus, type PackPdfModel } from './pack-pdf.models';
import { PACK_PDF_OPTIONS, type PackPdfOptions } from './pack-pdf.options';
import type { PackFile } from './render/agenda-html';

export type PackPdfKind = 'AGENDA' | 'MINUTES';

/** What one reader may see of a published agenda: the version and their papers, in item order. */
export interface AgendaView {
  meetingId: string;
  startsAt: Date;
  version: number;
  itemIds: string[];
  papers: PaperModel[];
  /** sha256 of the version and the paper versions: readers with the same key share one PDF. */
  viewKey: string;
}

/** Approved minutes: everyone who may read them sees the same document. */
export interface MinutesView {
  minutesId: string;
  meetingId: string;
  startsAt: Date;
  version: number;
  viewKey: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const paperVersion = (p: PaperModel) => `${p.id}:${p.version}`;
export const agendaPdfUrl = (meetingId: string) => `/packs/meetings/${meetingId}/agenda.pdf`;
export const minutesPdfUrl = (minutesId: string) => `/packs/minutes/${minutesId}/minutes.pdf`;

/**
 * The cache of built PDFs and the views they are built for. The API asks here what a reader's
 * pack is and whether it is built (enqueueing the build if not); the worker builds and stores.
 */
@Injectable()
export class PackPdfService {
  private readonly logger = moduleLogger('pack-pdf');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly papers: PapersService,
    private readonly jobs: JobQueue,
    @Inject(PACK_PDF_OPTIONS) private readonly options: PackPdfOptions,
  ) {}

  /** The reader's view of the meeting's latest published agenda, or null (none, or not theirs to read). */
  async agendaView(actor: Actor, meetingId: string): Promise<AgendaView | null> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: [meetingId] });
    if (!allowed.has(meetingId)) return null;
    const [row]: { version: number; startsAt: Date; itemIds: string[] }[] = await this.db.query(
      `SELECT v.version, m.starts_at AS "startsAt", coalesce((SELECT array_agg((i ->> 'id')::uuid ORDER BY n) FROM jsonb_array_elements(v.snapshot) WITH ORDINALITY AS s(i, n) WHERE i ->> 'id' IS NOT NULL), '{}') AS "itemIds"
         FROM meeting m JOIN agenda_version v ON v.meeting_id = m.id WHERE m.id = $1 ORDER BY v.version DESC LIMIT 1`,
      [meetingId],
    );
    if (!row) return null;
    const byItem = row.itemIds.length ? await this.papers.ofItems(actor, row.itemIds) : new Map<string, PaperModel[]>();
    // Quarantined versions are left out; once clean, the view (and its key) changes and the pack is built again.
    const papers = row.itemIds.flatMap((id) => byItem.get(id) ?? []).filter((p) => p.scanStatus === PaperScanStatus.CLEAN);
    const viewKey = sha256(JSON.stringify({ version: row.version, papers: papers.map(paperVersion) }));
    return { meetingId, startsAt: new Date(row.startsAt), version: row.version, itemIds: row.itemIds, papers, viewKey };
  }

  /** Approved (or published) minutes the actor may read, or null. */
  async minutesView(actor: Actor, minutesId: string): Promise<MinutesView | null> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.minutesRead, ids: [minutesId] });
    if (!allowed.has(minutesId)) return null;
    const [row]: { meetingId: string; startsAt: Date; version: number }[] = await this.db.query(
      `SELECT mi.meeting_id AS "meetingId", m.starts_at AS "startsAt", mi.version FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id WHERE mi.id = $1 AND mi.status IN ('APPROVED', 'PUBLISHED')`,
      [minutesId],
    );
    return row ? { minutesId, meetingId: row.meetingId, startsAt: new Date(row.startsAt), version: row.version, viewKey: this.minutesKey(minutesId, row.version) } : null;
  }

  /** Every reader of approved minutes sees the same document: one key per version. */
  minutesKey(minutesId: string, version: number): string {
    return sha256(`minutes:${minutesId}:${version}`);
  }

  /** The agenda pack's state for the actor; asks the worker to build it when it is not built yet. */
  async agendaPdf(actor: Actor, meetingId: string): Promise<PackPdfModel | null> {
    const view = await this.agendaView(actor, meetingId);
    if (!view) return null;
    const built = await this.cached('AGENDA', meetingId, view.version, view.viewKey);
    if (!built) await this.requestBuild(JOBS.agendaPdf, { meetingId, version: view.version, personId: actor.personId });
    return this.state(agendaPdfUrl(meetingId), built);
  }

  async minutesPdf(actor: Actor, minutesId: string): Promise<PackPdfModel | null> {
    const view = await this.minutesView(actor, minutesId);
    if (!view) return null;
    const built = await this.cached('MINUTES', view.meetingId, view.version, view.viewKey);
    if (!built) await this.requestBuild(JOBS.minutesPdf, { minutesId, version: view.version });
    return this.state(minutesPdfUrl(minutesId), built);
  }

  private state(url: string, built: { size: number; pageCount: number } | null): PackPdfModel {
    return built ? { status: PackPdfStatus.READY, url, size: built.size, pageCount: built.pageCount } : { status: PackPdfStatus.PREPARING, url, size: null, pageCount: null };
  }

  private async requestBuild<J extends typeof JOBS.agendaPdf | typeof JOBS.minutesPdf>(job: J, payload: Parameters<JobQueue['ensure']>[1] & object): Promise<void> {
    // Best effort: the next request (or the pack email) asks again.
    await this.jobs.ensure(job, payload as never).catch((error: Error) => this.logger.warn({ job, err: error.message }, 'could not ask for a PDF build'));
  }

  async cached(kind: PackPdfKind, meetingId: string, version: number, viewKey: string): Promise<{ size: number; pageCount: number } | null> {
    const [row] = await this.db.query(`SELECT size, page_count AS "pageCount" FROM pack_pdf WHERE kind = $1 AND meeting_id = $2 AND version = $3 AND view_key = $4`, [kind, meetingId, version, viewKey]);
    return row ?? null;
  }

  async bytes(kind: PackPdfKind, meetingId: string, version: number, viewKey: string): Promise<Buffer | null> {
    const [row]: { bytes: Buffer }[] = await this.db.query(`SELECT bytes FROM pack_pdf WHERE kind = $1 AND meeting_id = $2 AND version = $3 AND view_key = $4`, [kind, meetingId, version, viewKey]);
    return row?.bytes ?? null;
  }

  /**
   * Keeps a built PDF; a concurrent build of the same view stores nothing (the unique key). Packs
   * of earlier versions, or carrying paper versions since replaced, go.
   */
  async store(kind: PackPdfKind, meetingId: string, version: number, viewKey: string, papers: PaperModel[], built: { bytes: Buffer; pageCount: number }): Promise<boolean> {
    const stored = await this.db.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO pack_pdf (kind, meeting_id, version, view_key, paper_versions, paper_ids, bytes, size, page_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (kind, meeting_id, version, view_key) DO NOTHING RETURNING id`,
        [kind, meetingId, version, viewKey, papers.map(paperVersion), [...new Set(papers.map((p) => p.id))], built.bytes, built.bytes.length, built.pageCount],
      );
      await m.query(
        `DELETE FROM pack_pdf p WHERE p.kind = $1 AND p.meeting_id = $2 AND (p.version < $3
           OR EXISTS (SELECT 1 FROM unnest(p.paper_versions) pv WHERE NOT EXISTS (SELECT 1 FROM paper x WHERE x.id::text || ':' || x.current_version = pv)))`,
        [kind, meetingId, version],
      );
      return inserted.length > 0;
    });
    return stored;
  }

  /** The files of the view as the pack shows them: PDFs with their bytes, others as links. */
  async filesOf(actor: Actor, view: AgendaView): Promise<PackFile[][]> {
    const web = this.options.publicWebUrl.replace(/\/$/, '');
    const files: PackFile[][] = [];
    for (const itemId of view.itemIds) {
      const own: PackFile[] = [];
      for (const paper of view.papers.filter((p) => p.agendaItemId === itemId)) {
        const pdf = paper.contentType === 'application/pdf';
        const found = pdf ? await this.papers.download(actor, paper.id, paper.version) : null;
        // Only clean papers are in a view; bytes that cannot be fetched are listed with their link.
        const note = pdf && !found ? 'could not be read, so not included: open it from its link' : undefined;
        own.push({ title: paper.title, url: `${web}${paper.downloadUrl}`, contentType: paper.contentType, bytes: found?.bytes ?? null, note });
      }
      files.push(own);
    }
    return files;
  }
}
