import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TIMEOUT_MS = 20_000;
/** Pages read at most: the start of a long report says what it is about. */
export const PDF_TEXT_PAGES = 300;

/**
 * Runs in a child Node process, like the thumbnails: pdf.js (pdfjs-dist) reads each page's text
 * (getTextContent) and writes it out as UTF-8 until `max` characters. A separate process with a
 * small heap and a deadline, so a hostile or huge PDF costs at most that child, never the worker.
 * Scripts in the PDF never run (isEvalSupported: false).
 */
const SCRIPT = `
const [pdfjsUrl, fontsDir, max, pages] = process.argv.slice(1);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { getDocument } = await import(pdfjsUrl);
const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, disableFontFace: true, standardFontDataUrl: fontsDir, verbosity: 0 }).promise;
let size = 0;
for (let n = 1; n <= Math.min(doc.numPages, Number(pages)) && size < Number(max); n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : '') : '')).join('') + '\\n';
  size += text.length;
  process.stdout.write(text);
  page.cleanup();
}
`;

/** The text of a PDF's pages (up to about `max` characters), or an error saying why it could not be read. */
export function pdfText(bytes: Buffer, max: number): Promise<string> {
  const pdfjs = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js reads its standard fonts from a directory path in Node (with the trailing slash).
  const fonts = `${join(dirname(pdfjs), '..', '..', 'standard_fonts')}/`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', SCRIPT, pathToFileURL(pdfjs).href, fonts, String(max), String(PDF_TEXT_PAGES)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let capped = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      if (capped) return;
      out.push(chunk);
      size += chunk.length;
      // UTF-8 is at most 4 bytes a character: enough is read, the rest is not wanted.
      if (size > max * 4) {
        capped = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.length < 16 && err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 || capped) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`pdf text failed (${code ?? 'killed'}): ${Buffer.concat(err).toString('utf8').slice(0, 300)}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}
