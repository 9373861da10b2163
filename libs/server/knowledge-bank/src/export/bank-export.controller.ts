import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { bankReaderOf } from '@convene/access';
import { AppError } from '@convene/errors';
import { SESSION_COOKIE, SessionService } from '@convene/identity';
import { disposition } from '@convene/papers';
import { searchOf, stateOf } from '../pages/finder.html';
import { BankExportService, EXPORT_FORMATS, type ExportFormat } from './bank-export.service';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * `GET /bank/<slug>/export.csv|ris|bib?<the finder's query>`: the search as a file, for whoever
 * asks (signed out: the public resources; a session adds what the policy layer allows).
 * Registered before the finder's controller, whose `/bank/:slug/:id` would otherwise answer.
 */
@Controller('bank')
export class BankExportController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exports: BankExportService,
    private readonly sessions: SessionService,
  ) {}

  @Get(':slug/export.:format')
  async export(@Param('slug') slug: string, @Param('format') format: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const [partnership] = SLUG.test(slug) && format in EXPORT_FORMATS ? await this.db.query(`SELECT id, slug FROM partnership WHERE slug = $1`, [slug]) : [];
    if (!partnership) return void res.status(404).json({ errors: [{ message: 'That knowledge bank was not found.', extensions: { code: 'NOT_FOUND' } }] });
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const actor = await this.sessions.resolve(bearer || cookie || null);
    try {
      const file = await this.exports.export(bankReaderOf(actor, partnership.id), searchOf(stateOf(req.query as Record<string, unknown>)), format as ExportFormat);
      res
        .status(200)
        .setHeader('content-type', file.contentType)
        .setHeader('content-disposition', disposition('attachment', `knowledge-bank-${partnership.slug}.${format}`))
        .setHeader('x-content-type-options', 'nosniff')
        .setHeader('x-resource-count', String(file.count))
        .setHeader('cache-control', 'private, no-store')
        .send(file.body);
    } catch (error: unknown) {
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', field: error.details?.field } }] });
    }
  }
}
