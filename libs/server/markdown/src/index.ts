export { renderMarkdown, plainText, mentionedIds, escapeHtml } from './markdown';
