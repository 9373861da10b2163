import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** `@[Display name](person-id)`: what the composer inserts when you pick someone to mention. */
const MENTION = /@\[([^\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;
const MAX_MENTIONS = 20;

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The people a post mentions, at most 20, in order of first mention. */
export function mentionedIds(markdown: string): string[] {
  const ids = [...markdown.matchAll(MENTION)].map((m) => m[2].toLowerCase());
  return [...new Set(ids)].slice(0, MAX_MENTIONS);
}

/**
 * Markdown to HTML that is safe to put in any page or email: whatever the author wrote, only
 * these tags and attributes survive, links are http(s) or mailto and open without referrer.
 */
export function renderPost(markdown: string): string {
  const withMentions = markdown.replace(MENTION, (_m, name: string, id: string) => `<span data-mention="${id.toLowerCase()}">@${escapeHtml(name)}</span>`);
  const html = marked.parse(withMentions, { async: false, gfm: true, breaks: true }) as string;
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'span', 'hr'],
    allowedAttributes: { a: ['href', 'rel'], span: ['data-mention', 'class'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    transformTags: {
      h1: 'h3',
      h2: 'h3',
      a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
      span: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: attribs['data-mention'] ? { 'data-mention': attribs['data-mention'], class: 'mention' } : {} }),
    },
    allowedClasses: { span: ['mention'] },
  });
}
