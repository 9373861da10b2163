import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionService } from '@convene/identity';
import { actorOf, answerUploadFailure, readUpload, sendFile, uploaderOf } from '@convene/papers';
import { FOI_OPTIONS, type FoiOptions } from '../foi.options';
import { CorrespondenceService } from './correspondence.service';

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

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await uploaderOf(req, this.sessions, this.options.publicWebUrl);
      const ticket = await this.correspondence.ticket(actor, token);
      const { filename, bytes, checked } = await readUpload(req, ticket.maxBytes);
      const id = await this.correspondence.store(actor, ticket, filename, bytes, checked);
      res.status(201).json({ attachment: { id, filename, contentType: checked.contentType, size: bytes.length, url: `/foi-files/${id}` } });
    } catch (error: unknown) {
      answerUploadFailure(req, res, error);
    }
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await actorOf(req, this.sessions);
    const found = actor ? await this.correspondence.download(actor, id) : null;
    if (!found) return void res.status(404).type('text/plain').send('Not found');
    sendFile(res, found, 'attachment');
  }
}
