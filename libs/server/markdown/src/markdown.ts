import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** `@[Display name](person-id)`: what the composer inserts when you pick someone to mention. */
const MENTION = /@\[([^\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;
const MAX_MENTIONS = 20;

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The people a text mentions, at most 20, in order of first mention. */
export function mentionedIds(markdown: string): string[] {
  const ids = [...markdown.matchAll(MENTION)].map((m) => m[2].toLowerCase());
  return [...new Set(ids)].slice(0, MAX_MENTIONS);
}

const SAFE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'span', 'hr'],
  allowedAttributes: { a: ['href', 'rel'], span: ['data-mention', 'class'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  transformTags: {
    // Headings written in a post or a note sit below the page's own.
    h1: 'h3',
    h2: 'h3',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
    span: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: attribs['data-mention'] ? { 'data-mention': attribs['data-mention'], class: 'mention' } : {} }),
  },
  allowedClasses: { span: ['mention'] },
};

/**
 * The one Markdown renderer: posts, minutes notes, terms of reference on the public page and
 * anything else people write. Whatever the author wrote, only these tags and attributes survive,
 * links are http(s) or mailto and open without referrer, and mentions become highlighted names.
 */
export function renderMarkdown(markdown: string): string {
  const withMentions = markdown.replace(MENTION, (_m, name: string, id: string) => `<span data-mention="${id.toLowerCase()}">@${escapeHtml(name)}</span>`);
  const html = marked.parse(withMentions, { async: false, gfm: true, breaks: true }) as string;
  return sanitizeHtml(html, SAFE);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

/**
 * The same text without markup, read by the same parser: for email excerpts, search snippets
 * and anything else that shows words rather than HTML. `max` cuts at a word with an ellipsis.
 */
export function plainText(markdown: string, max = Infinity): string {
  const html = renderMarkdown(markdown).replace(/<\/(p|li|h3|h4|blockquote|pre)>|<br\s*\/?>/g, ' ');
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (e) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
