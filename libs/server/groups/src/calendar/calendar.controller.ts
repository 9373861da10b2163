import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '@convene/errors';
import { IDENTITY_OPTIONS, SESSION_COOKIE, SessionService, type IdentityOptions } from '@convene/identity';
import { CalendarService } from './calendar.service';
import { renderNotFound, renderPublicGroup } from './public-page.html';
import { PublicPagesService } from './public-pages.service';

const ICS = 'text/calendar; charset=utf-8';

/** HTTP routes beside GraphQL: calendar files and the public pages of PUBLIC groups. */
@Controller()
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly publicPages: PublicPagesService,
    private readonly sessions: SessionService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** One meeting, for people who may read it (session cookie or bearer token). */
  @Get('meetings/:file')
  async meeting(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = this.calendar.isMeetingFile(file);
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const actor = await this.sessions.resolve(token);
    if (!actor) {
      res.status(401).type('text/plain').send('Sign in to download this meeting.');
      return;
    }
    try {
      if (!id) throw new AppError('NOT_FOUND', 'Not found');
      const ics = await this.calendar.meetingIcs(actor, id, this.options.publicWebUrl);
      res.status(200).type(ICS).setHeader('content-disposition', `attachment; filename="meeting-${id}.ics"`).send(ics);
    } catch (error: unknown) {
      if (!(error instanceof AppError)) throw error;
      res.status(404).type('text/plain').send('Not found');
    }
  }

  /** A person's private feed; the token in the path is the only credential. */
  @Get('calendar/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const ics = file.endsWith('.ics') ? await this.calendar.feedIcs(file.slice(0, -4), this.options.publicWebUrl) : null;
    if (!ics) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.status(200).type(ICS).setHeader('cache-control', 'private, max-age=300').send(ics);
  }

  @Get('public/:partnership/:group')
  async publicGroup(@Param('partnership') partnership: string, @Param('group') group: string, @Res() res: Response): Promise<void> {
    try {
      const found = await this.publicPages.group(partnership, group);
      res.status(200).type('text/html; charset=utf-8').send(renderPublicGroup(found));
    } catch (error: unknown) {
      if (!(error instanceof AppError)) throw error;
      res.status(404).type('text/html; charset=utf-8').send(renderNotFound());
    }
  }
}
