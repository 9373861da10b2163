import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '@convene/access';
import { AppError } from '@convene/errors';
import { SESSION_COOKIE, SessionService } from '@convene/identity';
import { checkPaper, cleanFilename, disposition, PaperRefusal, readBounded } from '@convene/papers';
import { FOI_OPTIONS, type FoiOptions } from '../foi.options';
import { CorrespondenceService } from './correspondence.service';

const fail = (res: Response, refusal: PaperRefusal) =>
  res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...(refusal.field ? { field: refusal.field } : {}) } }] });

/**
 * Attachments of FOI correspondence over plain HTTP: the upload against a single-use ticket
 * (checked and stored as papers are) and the download, for readers of the request only.
 */
@Controller('foi-files')
export class FoiFilesController {
  constructor(
    private readonly correspondence: CorrespondenceService,
    private readonly sessions: SessionService,
    @Inject(FOI_OPTIONS) private readonly options: FoiOptions,
  ) {}

  private credential(req: Request): { bearer: string | null; cookie: string | undefined } {
    const header = req.headers.authorization;
    return { bearer: header?.startsWith('Bearer ') ? header.slice(7).trim() : null, cookie: (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] };
  }

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { bearer, cookie } = this.credential(req);
      if (!bearer && cookie && req.headers.origin !== new URL(this.options.publicWebUrl).origin) {
        throw new PaperRefusal(403, 'FORBIDDEN', 'Uploads with a browser session must come from the Convene web client.');
      }
      const actor = await this.sessions.resolve(bearer || cookie || null);
      if (!actor) throw new PaperRefusal(401, 'UNAUTHENTICATED', 'Sign in to continue.');
      const ticket = await this.correspondence.ticket(actor, token);
      const raw = req.headers['x-filename'] ?? req.query.filename;
      const filename = cleanFilename(typeof raw === 'string' ? raw : undefined);
      const bytes = await readBounded(req, ticket.maxBytes);
      const checked = await checkPaper(bytes, filename);
      const id = await this.correspondence.store(actor, ticket, filename, bytes, checked);
      res.status(201).json({ attachment: { id, filename, contentType: checked.contentType, size: bytes.length, url: `/foi-files/${id}` } });
    } catch (error: unknown) {
      if (!req.complete) {
        res.setHeader('connection', 'close');
        req.resume();
      }
      if (error instanceof PaperRefusal) return void fail(res, error);
      if (error instanceof AppError) {
        const status = { NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400, FORBIDDEN: 404, UNAUTHENTICATED: 401, TOO_MANY_REQUESTS: 429 }[error.code as string] ?? 400;
        return void fail(res, new PaperRefusal(status, error.code === 'FORBIDDEN' ? 'NOT_FOUND' : (error.code as PaperRefusal['code']), error.message));
      }
      throw error;
    }
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { bearer, cookie } = this.credential(req);
    const actor: Actor | null = await this.sessions.resolve(bearer || cookie || null);
    const found = actor ? await this.correspondence.download(actor, id) : null;
    if (!found) return void res.status(404).type('text/plain').send('Not found');
    res
      .status(200)
      .setHeader('content-type', found.contentType)
      .setHeader('content-length', String(found.bytes.length))
      .setHeader('content-disposition', disposition('attachment', found.filename))
      .setHeader('x-content-type-options', 'nosniff')
      .setHeader('cache-control', 'private, no-store')
      .end(found.bytes);
  }
}
