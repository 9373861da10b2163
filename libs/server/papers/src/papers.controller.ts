import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '@convene/access';
import { isUuid } from '@convene/database';
import { SessionService } from '@convene/identity';
import { logger } from '@convene/logging';
import { PAPER_OPTIONS, type PaperOptions } from './papers.options';
import { PapersService } from './papers.service';
import { answerUploadFailure, readUpload, sendFile, sendRefusal as fail, uploaderOf } from './upload/http-upload';
import { PaperRefusal } from './upload/refusal';

/** Shown inline in the browser; everything else downloads. */
const INLINE = /^(application\/pdf|image\/png|image\/jpeg)$/;

/** Paper bytes over plain HTTP: uploads against a ticket, downloads through the policy layer. */
@Controller('papers')
export class PapersController {
  constructor(
    private readonly papers: PapersService,
    private readonly sessions: SessionService,
    @Inject(PAPER_OPTIONS) private readonly options: PaperOptions,
  ) {}

  /** A bearer token wins over the cookie; a cookie only counts on a request from the web client's origin. */
  private actorOf(req: Request, { upload }: { upload: boolean }): Promise<Actor> {
    return uploaderOf(req, this.sessions, this.options.publicWebUrl, { upload });
  }

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await this.actorOf(req, { upload: true });
      const ticket = await this.papers.ticket(actor, token);
      const { filename, bytes, checked } = await readUpload(req, ticket.maxBytes);
      const paper = await this.papers.store(actor, ticket, filename, bytes, checked);
      // 202: kept, but quarantined until the virus scanner answers.
      res.status(paper.scanStatus === 'PENDING' ? 202 : 201).json({ paper });
    } catch (error: unknown) {
      answerUploadFailure(req, res, error);
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
    sendFile(res, found, INLINE.test(found.contentType) ? 'inline' : 'attachment');
  }
}
