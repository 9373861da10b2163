import { PDFDocument } from 'pdf-lib';
import { ZipFile } from 'yazl';

/** Real files built in the test, so each check meets the bytes it will meet in use. */
export async function pdfBytes(pages = 2, title = 'Sector activity assessment'): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]);
  return Buffer.from(await pdf.save());
}

export function zipBytes(entries: Record<string, string | Buffer>, options: { compress?: boolean } = {}): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress: options.compress ?? true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const WORD_MACRO = 'application/vnd.ms-word.document.macroEnabled.main+xml';

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Terms of reference</w:t></w:r></w:p></w:body></w:document>`;

/** A Word document; `macros` adds a vbaProject.bin (as Word does) while keeping the .docx type. */
export function docxBytes({ macros = false, macroType = false } = {}): Promise<Buffer> {
  return zipBytes({
    '[Content_Types].xml': contentTypes(macroType ? WORD_MACRO : WORD),
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'word/document.xml': DOCUMENT,
    ...(macros ? { 'word/vbaProject.bin': Buffer.from('\xd0\xcf\x11\xe0 macro project', 'latin1') } : {}),
  });
}

/** A PNG (1 × 1, grey). */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');

/** The start of a Windows program (MZ header with a PE signature). */
export function exeBytes(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** Fifty megabytes of zeros in a zip of a few dozen kilobytes: a small zip bomb. */
export function zipBomb(): Promise<Buffer> {
  return zipBytes({ '[Content_Types].xml': contentTypes(WORD), 'word/document.xml': Buffer.alloc(50 * 1024 * 1024) });
}
