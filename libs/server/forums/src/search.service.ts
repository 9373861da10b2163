import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type Actor } from '@convene/access';
import { assertUuid } from '@convene/database';
import { badInput } from '@convene/errors';
import { escapeHtml, plainText } from '@convene/markdown';
import { redactPersonalData } from './guard/personal-data';

export interface SearchHit {
  postId: string;
  threadId: string;
  forumId: string;
  threadTitle: string;
  /** HTML-escaped text with matches in <mark>. */
  snippet: string;
  rank: number;
  createdAt: Date;
}

// Control characters cannot appear in stored text, so they mark matches safely until escaping.
const START = '\u0002';
const STOP = '\u0003';
const highlight = (text: string) => escapeHtml(text.replace(/[\u0000-\u0001\u0004-\u0008]/g, '')).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');

/**
 * Full-text search over the posts and thread titles the reader may see: only forums the policy
 * layer says they read, never hidden posts. The query goes through `websearch_to_tsquery`, which
 * accepts anything a person types.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async search(actor: Actor, query: string, options: { forumId?: string | null; first: number }): Promise<SearchHit[]> {
    const text = query.replace(/[\u0000-\u001f]/g, ' ').trim();
    if (!text) return [];
    if (text.length > 200) throw badInput('Search for up to 200 characters.');
    if (options.forumId) assertUuid(options.forumId, 'forumId');
    const readable = [...(await this.access.forumsOf(actor)).keys()].filter((id) => !options.forumId || id === options.forumId);
    if (!readable.length) return [];
    const found: SearchHit[] = await this.db.query(
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query)
       SELECT p.id AS "postId", p.thread_id AS "threadId", p.forum_id AS "forumId", t.title AS "threadTitle", p.created_at AS "createdAt",
              ts_rank(p.search, q.query) + ts_rank(t.search, q.query) AS rank,
              ts_headline('english', p.body_markdown, q.query, 'StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=" … "') AS snippet
         FROM post p JOIN thread t ON t.id = p.thread_id, q
        WHERE p.forum_id = ANY($2::uuid[]) AND p.hidden_at IS NULL AND p.held_reason IS NULL AND t.held_reason IS NULL
          AND (p.search @@ q.query OR (t.search @@ q.query AND p.created_seq = (SELECT min(f.created_seq) FROM post f WHERE f.thread_id = t.id)))
        ORDER BY rank DESC, p.created_at DESC
        LIMIT $3`,
      [text, readable, options.first],
    );
    // The snippet is read as Markdown, like the post itself: words, not markup or mention ids. What
    // the personal-data guard finds (in a post its author posted anyway) never shows in a snippet.
    return found.map((hit) => ({ ...hit, snippet: highlight(redactPersonalData(plainText(hit.snippet))), threadTitle: redactPersonalData(hit.threadTitle) }));
  }
}
