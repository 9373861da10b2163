import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '@convene/access';
import { isUuid } from '@convene/database';
import { SESSION_COOKIE, SessionService } from '@convene/identity';
import { logger } from '@convene/logging';
import { PackPdfService, type PackPdfKind } from './pack-pdf.service';

/** How long a client waits before asking again for a PDF being built. */
export const RETRY_AFTER_SECONDS = 10;

const isoDate = (at: Date) => at.toISOString().slice(0, 10);
const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * The built PDFs over plain HTTP, for the signed-in reader's own view. Not built yet: 202 with
 * Retry-After (the build has been asked for). Missing and forbidden answer alike, 404.
 */
@Controller('packs')
export class PackPdfController {
  constructor(
    private readonly packs: PackPdfService,
    private readonly sessions: SessionService,
  ) {}

  private async actorOf(req: Request): Promise<Actor | null> {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    return this.sessions.resolve(bearer || cookie || null);
  }

  @Get('meetings/:meetingId/agenda.pdf')
  async agenda(@Param('meetingId') meetingId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    if (!actor) return void fail(res, 401, 'UNAUTHENTICATED', 'Sign in to continue.');
    const view = isUuid(meetingId) ? await this.packs.agendaView(actor, meetingId) : null;
    if (!view) return void fail(res, 404, 'NOT_FOUND', 'That agenda pack was not found.');
    await this.send(res, 'AGENDA', meetingId, view.version, view.viewKey, `agenda-pack-${isoDate(view.startsAt)}-v${view.version}.pdf`, () => this.packs.agendaPdf(actor, meetingId));
  }

  @Get('minutes/:minutesId/minutes.pdf')
  async minutes(@Param('minutesId') minutesId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    if (!actor) return void fail(res, 401, 'UNAUTHENTICATED', 'Sign in to continue.');
    const view = isUuid(minutesId) ? await this.packs.minutesView(actor, minutesId) : null;
    if (!view) return void fail(res, 404, 'NOT_FOUND', 'Those minutes were not found.');
    await this.send(res, 'MINUTES', view.meetingId, view.version, view.viewKey, `minutes-${isoDate(view.startsAt)}.pdf`, () => this.packs.minutesPdf(actor, minutesId));
  }

  private async send(res: Response, kind: PackPdfKind, meetingId: string, version: number, viewKey: string, filename: string, askForBuild: () => Promise<unknown>): Promise<void> {
    const bytes = await this.packs.bytes(kind, meetingId, version, viewKey);
    if (!bytes) {
      await askForBuild();
      res.status(202).setHeader('retry-after', String(RETRY_AFTER_SECONDS)).setHeader('cache-control', 'no-store').json({ status: 'PREPARING', retryAfterSeconds: RETRY_AFTER_SECONDS });
      return;
    }
    logger.debug({ kind, meetingId, version }, 'pack pdf downloaded');
    res
      .status(200)
      .setHeader('content-type', 'application/pdf')
      .setHeader('content-length', String(bytes.length))
      .setHeader('content-disposition', `inline; filename="${filename}"`)
      .setHeader('x-content-type-options', 'nosniff')
      .setHeader('content-security-policy', "sandbox; default-src 'none'")
      .setHeader('cache-control', 'private, no-store')
      .end(bytes);
  }
}
