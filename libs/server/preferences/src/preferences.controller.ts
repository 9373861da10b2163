import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DigestFrequency } from '@convene/contracts';
import { renderInvalidLink, renderPreferences, renderUnsubscribeConfirm, renderUnsubscribed } from './preferences.html';
import { PreferencesService, type EmailPreferences } from './preferences.service';

const HTML = 'text/html; charset=utf-8';

/** Reads the preferences form; anything out of range is refused with a message, not stored. */
function fromForm(body: Record<string, unknown>): Partial<EmailPreferences> | string {
  const frequency = body.forumDigest;
  const hour = Number(body.digestHour);
  const weekday = Number(body.digestWeekday);
  if (!Object.values(DigestFrequency).includes(frequency as DigestFrequency)) return 'Choose how often you want the forum digest.';
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return 'Choose an hour between 00:00 and 23:00.';
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) return 'Choose a day of the week.';
  const on = (field: string) => body[field] === 'yes';
  return { agenda: on('agenda'), minutes: on('minutes'), mentions: on('mentions'), actionReminders: on('actionReminders'), forumDigest: frequency as DigestFrequency, digestHour: hour, digestWeekday: weekday };
}

/**
 * The links in every optional email. `POST /email/unsubscribe/:token` is RFC 8058 one-click:
 * mail clients post `List-Unsubscribe=One-Click` with no cookie, and the token alone decides.
 * GET only shows a page (link scanners prefetch GETs, so a GET never unsubscribes).
 */
@Controller('email')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get('unsubscribe/:token')
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const owner = await this.preferences.fromToken(token);
    if (!owner) return void res.status(404).type(HTML).send(renderInvalidLink());
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderUnsubscribeConfirm(owner.category, `/email/unsubscribe/${token}`, `/email/preferences/${token}`));
  }

  @Post('unsubscribe/:token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const owner = await this.preferences.fromToken(token);
    if (!owner) return void res.status(404).type(HTML).send(renderInvalidLink());
    await this.preferences.unsubscribe(owner.personId, owner.category, owner.purposeKey);
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderUnsubscribed(owner.category, `/email/preferences/${token}`));
  }

  @Get('preferences/:token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const owner = await this.preferences.fromToken(token);
    if (!owner) return void res.status(404).type(HTML).send(renderInvalidLink());
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderPreferences(owner.name, await this.preferences.get(owner.personId), `/email/preferences/${token}`));
  }

  @Post('preferences/:token')
  async save(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const owner = await this.preferences.fromToken(token);
    if (!owner) return void res.status(404).type(HTML).send(renderInvalidLink());
    const action = `/email/preferences/${token}`;
    const change = fromForm((req.body ?? {}) as Record<string, unknown>);
    if (typeof change === 'string') {
      return void res.status(400).type(HTML).send(renderPreferences(owner.name, await this.preferences.get(owner.personId), action, { error: change }));
    }
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderPreferences(owner.name, await this.preferences.update(owner.personId, change), action, { saved: true }));
  }
}
