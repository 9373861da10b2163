import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { renderCheck, renderCheckInvalid, renderSuggestionSent } from './check.html';
import { CHECK_SUGGESTION_MAX, CheckService } from './check.service';

const HTML = 'text/html; charset=utf-8';

/**
 * `/email/directory-check/:token`: the link in the yearly check email. GET shows the record
 * and two forms; POST `confirm` is the one click, POST `suggest` sends a change for review.
 * No cookie is needed: the contact may not have an account.
 */
@Controller('email/directory-check')
export class CheckController {
  constructor(private readonly checks: CheckService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const check = await this.checks.fromToken(token);
    if (!check) return void res.status(404).type(HTML).send(renderCheckInvalid());
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderCheck(check, `/email/directory-check/${token}`));
  }

  @Post(':token/confirm')
  @HttpCode(200)
  async confirm(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const check = await this.checks.fromToken(token);
    if (!check) return void res.status(404).type(HTML).send(renderCheckInvalid());
    await this.checks.confirm(check);
    const after = (await this.checks.fromToken(token)) ?? check;
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderCheck(after, `/email/directory-check/${token}`));
  }

  @Post(':token/suggest')
  @HttpCode(200)
  async suggest(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const check = await this.checks.fromToken(token);
    if (!check) return void res.status(404).type(HTML).send(renderCheckInvalid());
    const raw = (req.body as Record<string, unknown> | undefined)?.body;
    const body = typeof raw === 'string' ? raw.trim() : '';
    const action = `/email/directory-check/${token}`;
    if (!body || body.length > CHECK_SUGGESTION_MAX || /[\u0000]/.test(body)) {
      return void res.status(400).type(HTML).send(renderCheck(check, action, { error: `Say what has changed, in ${CHECK_SUGGESTION_MAX} characters or fewer.` }));
    }
    await this.checks.suggest(check, body);
    res.status(200).type(HTML).setHeader('referrer-policy', 'no-referrer').send(renderSuggestionSent(check));
  }
}
