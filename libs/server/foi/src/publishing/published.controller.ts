import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '@convene/errors';
import { renderPublishedDataset, renderPublishedList } from './published.html';
import { PublishingService } from './publishing.service';

const NOT_FOUND = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found – Convene</title></head><body><main><h1>Page not found</h1><p>This page does not exist, or it is not public.</p></main></body></html>';

/** Signed out, no JavaScript: the partnership's public page of FOI datasets, and each one. */
@Controller('public')
export class PublishedController {
  constructor(private readonly publishing: PublishingService) {}

  @Get(':partnership')
  async list(@Param('partnership') partnership: string, @Res() res: Response): Promise<void> {
    const list = await this.publishing.publishedList(partnership);
    if (!list) return void res.status(404).type('text/html; charset=utf-8').send(NOT_FOUND);
    res.status(200).type('text/html; charset=utf-8').setHeader('cache-control', 'no-cache').send(renderPublishedList(partnership, list));
  }

  @Get(':partnership/foi/:campaignId')
  async dataset(@Param('partnership') partnership: string, @Param('campaignId') campaignId: string, @Res() res: Response): Promise<void> {
    try {
      const dataset = await this.publishing.published(partnership, campaignId);
      res.status(200).type('text/html; charset=utf-8').setHeader('cache-control', 'no-cache').send(renderPublishedDataset(dataset));
    } catch (error: unknown) {
      if (!(error instanceof AppError)) throw error;
      res.status(404).type('text/html; charset=utf-8').send(NOT_FOUND);
    }
  }
}
