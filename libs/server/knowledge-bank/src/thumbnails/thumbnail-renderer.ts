import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Thumbnails are this wide (in pixels); the height follows the page or image, at most 1.5× the width. */
export const THUMBNAIL_WIDTH = 240;
export const THUMBNAIL_TYPES = /^(application\/pdf|image\/png|image\/jpeg)$/;
const TIMEOUT_MS = 20_000;
const MAX_OUTPUT = 2 * 1024 * 1024;

/**
 * Runs in a child Node process: pdf.js (pdfjs-dist) draws the first page of a PDF, or
 * @napi-rs/canvas decodes an image, onto a canvas THUMBNAIL_WIDTH wide, written out as PNG.
 * A separate process with a small heap and a deadline, so a hostile or huge file costs at most
 * that child, never the worker. Scripts in the PDF never run (isEvalSupported: false).
 */
const SCRIPT = `
const [pdfjsUrl, canvasUrl, fontsDir, type, width] = process.argv.slice(1);
const { createCanvas, loadImage } = await import(canvasUrl);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const bytes = Buffer.concat(chunks);
const w = Number(width);
let canvas;
if (type === 'application/pdf') {
  const { getDocument } = await import(pdfjsUrl);
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, standardFontDataUrl: fontsDir, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: w / page.getViewport({ scale: 1 }).width });
  canvas = createCanvas(w, Math.min(Math.ceil(viewport.height), Math.round(w * 1.5)));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: ctx, viewport, canvas }).promise;
} else {
  const image = await loadImage(bytes);
  const h = Math.min(Math.max(1, Math.round((image.height / image.width) * w)), Math.round(w * 1.5));
  canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  const scale = w / image.width;
  ctx.drawImage(image, 0, 0, w, image.height * scale);
}
process.stdout.write(canvas.toBuffer('image/png'));
`;

const resolved = () => {
  const pdfjs = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  return {
    pdfjs: pathToFileURL(pdfjs).href,
    canvas: pathToFileURL(require.resolve('@napi-rs/canvas')).href,
    // pdf.js reads its standard fonts from a directory path in Node (with the trailing slash).
    fonts: `${join(dirname(pdfjs), '..', '..', 'standard_fonts')}/`,
  };
};

/** A PNG thumbnail of the file, or an error saying why none could be made. */
export function renderThumbnail(bytes: Buffer, contentType: string): Promise<Buffer> {
  if (!THUMBNAIL_TYPES.test(contentType)) return Promise.reject(new Error(`no thumbnail for ${contentType}`));
  const paths = resolved();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', '--input-type=module', '-e', SCRIPT, paths.pdfjs, paths.canvas, paths.fonts, contentType, String(THUMBNAIL_WIDTH)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) child.kill('SIGKILL');
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const png = Buffer.concat(out);
      if (code === 0 && png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) resolve(png);
      else reject(new Error(`thumbnail failed (${code ?? 'killed'}): ${Buffer.concat(err).toString('utf8').slice(0, 300)}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(bytes);
  });
}
