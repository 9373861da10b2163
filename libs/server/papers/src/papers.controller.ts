import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '@convene/access';
import { isUuid } from '@convene/database';
import { AppError } from '@convene/errors';
import { SESSION_COOKIE, SessionService } from '@convene/identity';
import { logger } from '@convene/logging';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { PapersService } from './papers.service';
import { readBounded } from './upload/bounded-body';
import { checkPaper } from './upload/file-check';
import { cleanFilename, disposition } from './upload/filename';
import { PaperRefusal } from './upload/refusal';

/** Shown inline in the browser; everything else downloads. */
const INLINE = /^(application\/pdf|image\/png|image\/jpeg)$/;

const fail = (res: Response, refusal: PaperRefusal) =>
  res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) } }] });

/** Paper bytes over plain HTTP: uploads against a ticket, downloads through the policy layer. */
@Controller('papers')
export class PapersController {
  constructor(
    private readonly papers: PapersService,
    private readonly sessions: SessionService,
    @Inject(PAPER_OPTIONS) private readonly options: PaperOptions,
  ) {}

  /** A bearer token wins over the cookie; a cookie only counts on a request from the web client's origin. */
  private async actorOf(req: Request, { upload }: { upload: boolean }): Promise<Actor> {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (!bearer && upload && cookie && req.headers.origin !== new URL(this.options.publicWebUrl).origin) {
      throw new PaperRefusal(403, 'FORBIDDEN', 'Uploads with a browser session must come from the Convene web client.');
    }
    const actor = await this.sessions.resolve(bearer || cookie || null);
    if (!actor) throw new PaperRefusal(401, 'UNAUTHENTICATED', 'Sign in to continue.');
    return actor;
  }

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await this.actorOf(req, { upload: true });
      const ticket = await this.papers.ticket(actor, token);
      const raw = req.headers['x-filename'] ?? req.query.filename;
      const filename = cleanFilename(typeof raw === 'string' ? raw : undefined);
      const bytes = await readBounded(req, ticket.maxBytes);
      const checked = await checkPaper(bytes, filename);
      const paper = await this.papers.store(actor, ticket, filename, bytes, checked);
      // 202: kept, but quarantined until the virus scanner answers.
      res.status(paper.scanStatus === 'PENDING' ? 202 : 201).json({ paper });
    } catch (error: unknown) {
      // Whatever is left of a refused body is dropped, so the answer reaches the client; the
      // connection then closes rather than read an unbounded rest.
      if (!req.complete) {
        res.setHeader('connection', 'close');
        req.resume();
      }
      if (error instanceof PaperRefusal) return void fail(res, error);
      if (error instanceof AppError) {
        const status = { NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400, FORBIDDEN: 404, UNAUTHENTICATED: 401 }[error.code as string] ?? 400;
        return void fail(res, new PaperRefusal(status, error.code === 'FORBIDDEN' ? 'NOT_FOUND' : (error.code as PaperRefusal['code']), error.message, (error.details?.field as string | undefined) ?? undefined));
      }
      throw error;
    }
  }

  @Get(':paperId')
  current(@Param('paperId') paperId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.download(paperId, null, req, res);
  }

  @Get(':paperId/:version')
  version(@Param('paperId') paperId: string, @Param('version') version: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.download(paperId, /^[1-9][0-9]{0,5}$/.test(version) ? Number(version) : -1, req, res);
  }

  private async download(paperId: string, version: number | null, req: Request, res: Response): Promise<void> {
    let actor: Actor;
    try {
      actor = await this.actorOf(req, { upload: false });
    } catch (error: unknown) {
      if (error instanceof PaperRefusal) return void fail(res, error);
      throw error;
    }
    const found = isUuid(paperId) && version !== -1 ? await this.papers.download(actor, paperId, version) : null;
    if (!found && isUuid(paperId) && version !== -1 && (await this.papers.pendingScan(actor, paperId, version))) {
      return void fail(res, new PaperRefusal(409, 'CONFLICT', 'This paper is still being checked for viruses; try again in a few minutes.'));
    }
    if (!found) return void fail(res, new PaperRefusal(404, 'NOT_FOUND', 'That paper was not found.'));
    logger.debug({ paperId, version }, 'paper downloaded');
    res
      .status(200)
      .setHeader('content-type', found.contentType)
      .setHeader('content-length', String(found.bytes.length))
      .setHeader('content-disposition', disposition(INLINE.test(found.contentType) ? 'inline' : 'attachment', found.filename))
      .setHeader('x-content-type-options', 'nosniff')
      .setHeader('content-security-policy', "sandbox; default-src 'none'")
      .setHeader('cache-control', 'private, no-store')
      .end(found.bytes);
  }
}
