import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '@convene/access';
import { esc } from '../pages/html';
import type { ResourceModel } from '../resources/resource.models';
import type { CitationModel } from './citation.models';
import { CitationsService } from './citations.service';

/** The warning shown beside a link the weekly check could not open (the page and the cards). */
export const BROKEN_LINK_WORDS = 'This link may be broken';

export function renderBrokenLinkNotice(outcome: string): string {
  return `<div class="govuk-warning-text bank-link-broken"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>${BROKEN_LINK_WORDS}: the weekly check found that it ${esc(outcome)}.</strong></div>`;
}

export function renderCitedIn(citations: CitationModel[]): string {
  if (!citations.length) return '';
  return `<h2 class="govuk-heading-m">Where it was cited</h2><ul class="govuk-list govuk-list--bullet bank-cited-in">${citations
    .map((c) => `<li><a class="govuk-link" href="${esc(c.url)}">${esc(c.label)}</a>${c.asPaper ? ' (as a paper)' : ''}</li>`)
    .join('')}</ul>`;
}

/**
 * What the resource page adds from the bank's links to the rest of Convene: the broken-link
 * notice, and where the resource was cited (only places the reader may open; nothing signed out).
 */
@Injectable()
export class ResourceExtrasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly citations: CitationsService,
  ) {}

  async forPage(actor: Actor | null, resource: ResourceModel): Promise<{ notice: string; sections: string }> {
    const [check] = resource.externalUrl
      ? await this.db.query(`SELECT outcome FROM resource_link_check WHERE resource_id = $1 AND url = $2 AND broken_since IS NOT NULL`, [resource.id, resource.externalUrl])
      : [];
    const cited = actor ? await this.citations.ofResources(actor, [resource.id]) : [];
    return { notice: check ? renderBrokenLinkNotice(check.outcome) : '', sections: renderCitedIn(cited) };
  }

  /** Which of these resources have a link the check found broken (for the finder's cards). */
  async brokenLinks(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT r.id FROM resource r JOIN resource_link_check c ON c.resource_id = r.id AND c.url = r.external_url AND c.broken_since IS NOT NULL WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
