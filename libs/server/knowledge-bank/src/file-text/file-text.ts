import { OFFICE_TYPES, officeText } from './office-text';
import { pdfText } from './pdf-text';

/** Characters of a file's text kept for the search (weight C): enough for any report's words. */
export const FILE_TEXT_MAX = 200_000;

const CSV = /^text\/csv(;|$)/;

/** The file types whose text is read besides CSV (text/csv with any parameters): PDF, Word, PowerPoint, Excel and OpenDocument text. */
export const TEXT_TYPES = ['application/pdf', ...OFFICE_TYPES];

/**
 * A file's text for the search: runs of spaces folded, control characters (PostgreSQL refuses NUL
 * in text) dropped, cut to FILE_TEXT_MAX characters. Throws when the file cannot be read.
 */
export async function extractText(bytes: Buffer, contentType: string): Promise<string> {
  let raw: string;
  if (contentType === 'application/pdf') raw = await pdfText(bytes, FILE_TEXT_MAX);
  else if (CSV.test(contentType)) raw = bytes.subarray(0, FILE_TEXT_MAX * 4).toString('utf8');
  else raw = await officeText(bytes, contentType, FILE_TEXT_MAX);
  const text = raw
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  // Never cut a character in two (a surrogate pair).
  return text.slice(0, FILE_TEXT_MAX).replace(/[\ud800-\udbff]$/, '');
}
