import type { DataSource } from 'typeorm';
import type { Actor } from '@convene/access';
import { PartnershipRole } from '@convene/contracts';
import { buildAgendaPackPdf, buildMinutesPdf, readMinutesDocument, type PackPdfService, type PdfBrowser } from '@convene/pack-pdf';
import { readMeeting, readPack } from './agenda-pack.reader';

export interface PackPdfDeps {
  db: DataSource;
  packs: PackPdfService;
  browser: PdfBrowser;
  publicWebUrl: string;
}

/** A built PDF as an email links to it, with the bytes when the caller wants them. */
export interface ReadyPdf {
  url: string;
  size: number;
  pageCount: number;
  viewKey: string;
}

/** The person as the policy layer's actor, or null once deactivated. */
export async function personActor(db: DataSource, personId: string): Promise<Actor | null> {
  const [row]: { accountId: string; partnershipId: string; role: PartnershipRole }[] = await db.query(
    `SELECT account_id AS "accountId", partnership_id AS "partnershipId", role FROM person WHERE id = $1 AND deactivated_at IS NULL`,
    [personId],
  );
  return row ? { ...row, personId, sessionId: 'worker' } : null;
}

/**
 * The reader's agenda pack PDF, built now unless a reader with the same view had it built
 * already. The front matter comes from `readPack`, the reader the pack email uses. Null when
 * there is no published agenda they may read, or `version` is no longer the latest.
 */
export async function ensureAgendaPdf(deps: PackPdfDeps, actor: Actor, meetingId: string, version?: number): Promise<ReadyPdf | null> {
  const view = await deps.packs.agendaView(actor, meetingId);
  if (!view || (version !== undefined && view.version !== version)) return null;
  const url = `${deps.publicWebUrl.replace(/\/$/, '')}/packs/meetings/${meetingId}/agenda.pdf`;
  const cached = await deps.packs.cached('AGENDA', meetingId, view.version, view.viewKey);
  if (cached) return { url, ...cached, viewKey: view.viewKey };
  const meeting = await readMeeting(deps.db, meetingId);
  if (!meeting || meeting.version !== view.version) return null;
  const pack = await readPack(deps.db, meeting, deps.publicWebUrl);
  const built = await buildAgendaPackPdf(deps.browser, { pack, files: await deps.packs.filesOf(actor, view) });
  await deps.packs.store('AGENDA', meetingId, view.version, view.viewKey, view.papers, built);
  return { url, size: built.bytes.length, pageCount: built.pageCount, viewKey: view.viewKey };
}

/** Approved minutes as a PDF, built unless cached. Null unless approved at `version`. */
export async function ensureMinutesPdf(deps: PackPdfDeps, minutesId: string, version: number): Promise<ReadyPdf | null> {
  const minutes = await readMinutesDocument(deps.db, minutesId);
  const [row]: { meetingId: string }[] = await deps.db.query(`SELECT meeting_id AS "meetingId" FROM minutes WHERE id = $1`, [minutesId]);
  if (!minutes || !row || minutes.version !== version) return null;
  const viewKey = deps.packs.minutesKey(minutesId, version);
  const url = `${deps.publicWebUrl.replace(/\/$/, '')}/packs/minutes/${minutesId}/minutes.pdf`;
  const cached = await deps.packs.cached('MINUTES', row.meetingId, version, viewKey);
  if (cached) return { url, ...cached, viewKey };
  const built = await buildMinutesPdf(deps.browser, minutes);
  await deps.packs.store('MINUTES', row.meetingId, version, viewKey, [], built);
  return { url, size: built.bytes.length, pageCount: built.pageCount, viewKey };
}
