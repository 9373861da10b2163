import yauzl from 'yauzl';

/** An XML part bigger than this (inflated) is not read; nor is more than this in all. */
export const PART_MAX_BYTES = 8 * 1024 * 1024;
const TOTAL_MAX_BYTES = 32 * 1024 * 1024;
const PARTS_MAX = 500;

/**
 * Where each zipped format keeps its words: the XML parts to read (in order), the element whose
 * text is the document's (null: every text node, as in OpenDocument), and the elements that end a
 * line or stand for a space.
 */
interface ZipFormat {
  parts: (name: string) => boolean;
  textElement: string | null;
  lineEnds: string[];
  spaces: string[];
}

const FORMATS: Record<string, ZipFormat> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    parts: (n) => /^word\/(document|footnotes|endnotes)\.xml$/.test(n),
    textElement: 'w:t',
    lineEnds: ['w:p'],
    spaces: ['w:tab', 'w:br'],
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    parts: (n) => /^ppt\/slides\/slide\d+\.xml$/.test(n),
    textElement: 'a:t',
    lineEnds: ['a:p'],
    spaces: ['a:br'],
  },
  // Cells' words are in the shared strings; numbers are not worth searching.
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    parts: (n) => n === 'xl/sharedStrings.xml',
    textElement: 't',
    lineEnds: ['si'],
    spaces: [],
  },
  'application/vnd.oasis.opendocument.text': {
    parts: (n) => n === 'content.xml',
    textElement: null,
    lineEnds: ['text:p', 'text:h'],
    spaces: ['text:s', 'text:tab', 'text:line-break'],
  },
};

export const OFFICE_TYPES = Object.keys(FORMATS);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  });

/** The words of one XML part, as a reader would see them, line by line. */
export function xmlText(xml: string, format: Pick<ZipFormat, 'textElement' | 'lineEnds' | 'spaces'>): string {
  const out: string[] = [];
  let inText = format.textElement === null;
  // A tag (name, closing or self-closing) or the text between tags; no backtracking on either.
  for (const m of xml.matchAll(/<(\/?)([^\s/>!?]+)[^>]*>|<[!?][^>]*>|([^<]+)/g)) {
    if (m[3] !== undefined) {
      if (inText) out.push(decode(m[3]));
      continue;
    }
    const name = m[2];
    if (!name) continue;
    const closing = m[1] === '/';
    const selfClosing = m[0].endsWith('/>');
    if (name === format.textElement) inText = !closing && !selfClosing;
    else if (closing && format.lineEnds.includes(name)) out.push('\n');
    else if (format.spaces.includes(name)) out.push(' ');
  }
  return out.join('');
}

/** Slides and similar numbered parts in their own order (slide2 before slide10). */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function readParts(bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, strictFileNames: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip'));
      const parts = new Map<string, string>();
      let total = 0;
      const fail = (e: Error) => {
        zip.close();
        reject(e);
      };
      zip.on('error', fail);
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted(entry.fileName) || entry.isEncrypted() || entry.uncompressedSize > PART_MAX_BYTES || parts.size >= PARTS_MAX) return zip.readEntry();
        total += entry.uncompressedSize;
        if (total > TOTAL_MAX_BYTES) return fail(new Error('the parts are too large to read'));
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e ?? new Error('unreadable part'));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            // validateEntrySizes stops a part that inflates past its stated size; this is the cap besides.
            if (size > PART_MAX_BYTES) stream.destroy(new Error('part too large'));
            else chunks.push(chunk);
          });
          stream.on('error', fail);
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The text of a Word, PowerPoint, Excel or OpenDocument text file, read from its XML parts. */
export async function officeText(bytes: Buffer, contentType: string, max: number): Promise<string> {
  const format = FORMATS[contentType];
  if (!format) throw new Error(`no text for ${contentType}`);
  const parts = await readParts(bytes, format.parts);
  let text = '';
  for (const name of [...parts.keys()].sort(byNumber)) {
    text += xmlText(parts.get(name)!, format) + '\n';
    if (text.length >= max) break;
  }
  return text;
}
