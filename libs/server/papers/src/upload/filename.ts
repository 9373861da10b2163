import { PaperRefusal } from './refusal';

export const FILENAME_MAX = 150;

// Control characters (C0, DEL, C1) and the bidirectional overrides that make `gpj.exe` read as `exe.jpg`.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const refuse = (message: string) => new PaperRefusal(400, 'BAD_USER_INPUT', message, 'filename');

/**
 * The file's name as given (`X-Filename`, percent-encoded UTF-8, or `?filename=`), trimmed and
 * in NFC. Refused rather than silently changed: names with folders, control characters, more than
 * 150 characters, or no extension.
 */
export function cleanFilename(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') throw refuse('Give the file’s name in the X-Filename header or the filename parameter.');
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw refuse('The file’s name is not valid percent-encoded UTF-8.');
  }
  name = name.normalize('NFC').trim();
  if (CONTROL.test(name)) throw refuse('The file’s name holds control characters.');
  if (/[/\\]/.test(name) || name === '.' || name === '..') throw refuse('The file’s name must not include folders (no / or \\).');
  if ([...name].length > FILENAME_MAX) throw refuse(`The file’s name must be ${FILENAME_MAX} characters or fewer.`);
  if (!/\.[A-Za-z0-9]{1,5}$/.test(name) || name.startsWith('.')) throw refuse('The file’s name needs an extension, like report.pdf.');
  return name;
}

export const extensionOf = (filename: string): string => filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function disposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
