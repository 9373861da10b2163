import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { bankReaderOf, type Actor, type BankReader } from '@convene/access';
import { AppError } from '@convene/errors';
import { SessionService } from '@convene/identity';
import { logger } from '@convene/logging';
import { actorOf, answerUploadFailure, readUpload, sendFile, uploaderOf } from '@convene/papers';
import { BANK_OPTIONS, type BankOptions } from '../bank.options';
import { ResourceExtrasService } from '../citations/resource-extras.service';
import { BankFilesService } from '../files/bank-files.service';
import { ResourcesService } from '../resources/resources.service';
import { BankSearchService } from '../search/bank-search.service';
import { renderFinder, searchOf, stateOf } from './finder.html';
import { esc, page, PAGE_CSP, renderNotFound } from './html';
import { renderResource, VIEWABLE } from './resource.html';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The knowledge bank over plain HTTP: the finder and resource pages, server-rendered so they work
 * without JavaScript (state in the URL), the file's View and Download (counted), the thumbnail,
 * and file uploads against a ticket. Signed out, a reader sees the partnership's PUBLIC resources;
 * the session cookie adds what the policy layer lets them see.
 */
@Controller('bank')
export class BankController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: BankSearchService,
    private readonly resources: ResourcesService,
    private readonly files: BankFilesService,
    private readonly sessions: SessionService,
    @Inject(BANK_OPTIONS) private readonly options: BankOptions,
    private readonly extras: ResourceExtrasService,
  ) {}

  private actorOf(req: Request): Promise<Actor | null> {
    return actorOf(req, this.sessions);
  }

  private async partnership(slug: string): Promise<{ id: string; slug: string; name: string } | null> {
    if (!SLUG.test(slug)) return null;
    const [row] = await this.db.query(`SELECT id, slug, name FROM partnership WHERE slug = $1`, [slug]);
    return row ?? null;
  }

  private html(res: Response, status: number, body: string): void {
    res.status(status).type('text/html; charset=utf-8').setHeader('content-security-policy', PAGE_CSP).setHeader('x-content-type-options', 'nosniff').setHeader('cache-control', 'private, no-store').send(body);
  }

  /** `/bank`: your partnership's bank; signed out, the only partnership's, or a list. */
  @Get()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    const own = actor ? await this.db.query(`SELECT slug, name FROM partnership WHERE id = $1`, [actor.partnershipId]) : [];
    const all: { slug: string; name: string }[] = own.length ? own : await this.db.query(`SELECT slug, name FROM partnership ORDER BY name LIMIT 101`);
    if (all.length === 1) return void res.redirect(302, `/bank/${all[0].slug}`);
    this.html(
      res,
      200,
      page('Knowledge banks', `<h1 class="govuk-heading-l">Knowledge banks</h1><ul class="govuk-list">${all.map((p) => `<li><a class="govuk-link" href="/bank/${esc(p.slug)}">${esc(p.name)}</a></li>`).join('')}</ul>`, !!actor),
    );
  }

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const actor = await uploaderOf(req, this.sessions, this.options.publicWebUrl);
      const ticket = await this.files.ticket(actor, token);
      const { filename, bytes, checked } = await readUpload(req, ticket.maxBytes);
      await this.files.store(actor, ticket, filename, bytes, checked);
      res.status(201).json({ resource: await this.resources.one(actor, ticket.resourceId) });
    } catch (error: unknown) {
      answerUploadFailure(req, res, error);
    }
  }

  /** The finder: a GET form whose state is the URL. */
  @Get(':slug')
  async finder(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const actor = await this.actorOf(req);
    const partnership = await this.partnership(slug);
    if (!partnership) return this.html(res, 404, renderNotFound(!!actor));
    const reader = bankReaderOf(actor, partnership.id);
    const state = stateOf(req.query as Record<string, unknown>);
    try {
      const result = await this.search.search(reader, searchOf(state), actor);
      this.html(res, 200, renderFinder({ partnership, state, result, error: null, signedIn: !!reader.personId }));
    } catch (error: unknown) {
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
      const field = String(error.details?.field ?? 'text');
      this.html(res, 400, renderFinder({ partnership, state, result: null, error: { field, message: error.message }, signedIn: !!reader.personId }));
    }
  }

  private async found(slug: string, id: string, req: Request): Promise<{ reader: BankReader; actor: Actor | null; partnershipName: string; resource: Awaited<ReturnType<ResourcesService['forReader']>> }> {
    const actor = await this.actorOf(req);
    const partnership = await this.partnership(slug);
    const reader = bankReaderOf(actor, partnership?.id ?? undefined);
    const resource = partnership ? await this.resources.forReader(reader, actor, id) : null;
    return { reader, actor, partnershipName: partnership?.name ?? '', resource: resource && resource.partnershipId === partnership?.id ? resource : null };
  }

  @Get(':slug/:id')
  async resource(@Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { reader, actor, partnershipName, resource } = await this.found(slug, id, req);
    if (!resource) return this.html(res, 404, renderNotFound(!!reader.personId));
    const next = resource.supersededById ? await this.resources.forReader(reader, actor, resource.supersededById) : null;
    const extras = await this.extras.forPage(reader.personId ? actor : null, resource);
    this.html(res, 200, renderResource({ resource, partnershipName, supersededBy: next && { title: next.title, pageUrl: next.pageUrl }, signedIn: !!reader.personId, extras }));
  }

  @Get(':slug/:id/view')
  view(@Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.file(slug, id, 'view', req, res);
  }

  @Get(':slug/:id/download')
  download(@Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.file(slug, id, 'download', req, res);
  }

  @Get(':slug/:id/thumbnail')
  async thumbnail(@Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { resource } = await this.found(slug, id, req);
    const png = resource?.hasThumbnail ? await this.files.thumbnail(resource.id) : null;
    if (!png) return void res.status(404).type('text/plain').send('Not found');
    res.status(200).type('image/png').setHeader('x-content-type-options', 'nosniff').setHeader('cache-control', 'private, max-age=300').end(png);
  }

  /** View serves PDFs and images inline (anything else downloads); both are counted, nobody named. */
  private async file(slug: string, id: string, action: 'view' | 'download', req: Request, res: Response): Promise<void> {
    const { resource } = await this.found(slug, id, req);
    const found = resource?.fileName ? await this.files.bytes(resource.id) : null;
    if (!resource || !found) return void res.status(404).type('text/plain').send('Not found');
    const inline = action === 'view' && VIEWABLE.test(found.contentType);
    await this.resources.count(resource.id, inline ? 'views' : 'downloads');
    logger.debug({ resourceId: resource.id, action }, 'resource file served');
    sendFile(res, found, inline ? 'inline' : 'attachment');
  }
}
