import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '@convene/errors';
import { SESSION_COOKIE, SessionService } from '@convene/identity';
import { disposition } from '@convene/papers';
import { MatrixService } from '../matrix/matrix.service';
import { answersCsv, answersXlsx } from './answer-formats';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * `GET /exports/foi/<campaignId>/answers.csv|xlsx`: a campaign's answers as a file, for those who
 * may read its matrix (session cookie or bearer token). Missing, forbidden and signed out all
 * answer 404 alike, except that signed out says to sign in (401).
 */
@Controller('exports/foi')
export class AnswersExportController {
  constructor(
    private readonly matrix: MatrixService,
    private readonly sessions: SessionService,
  ) {}

  @Get(':campaignId/answers.:format')
  async export(@Param('campaignId') campaignId: string, @Param('format') format: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const actor = await this.sessions.resolve(bearer || (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] || null);
    if (!actor) return void res.status(401).json({ errors: [{ message: 'Sign in to download this export.', extensions: { code: 'UNAUTHENTICATED' } }] });
    try {
      if (!(format in FORMATS)) throw new AppError('NOT_FOUND', 'Not found');
      const m = await this.matrix.matrix(actor, campaignId);
      const body = format === 'csv' ? answersCsv(m) : await answersXlsx(m);
      res
        .status(200)
        .setHeader('content-type', FORMATS[format as keyof typeof FORMATS])
        .setHeader('content-disposition', disposition('attachment', `foi-answers-${campaignId.slice(0, 8)}.${format}`))
        .setHeader('x-content-type-options', 'nosniff')
        .setHeader('cache-control', 'private, no-store')
        .send(body);
    } catch (error: unknown) {
      if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      res.status(404).json({ errors: [{ message: 'That campaign was not found.', extensions: { code: 'NOT_FOUND' } }] });
    }
  }
}
