// Reads a PDF from stdin with pdfjs-dist (Mozilla's parser, independent of pdf-lib and Chromium)
// and prints what the tests check as JSON: pages, outline with target pages, language, tags, text.
// A separate process because pdfjs ships only ES modules, which jest cannot load.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;

async function pageOf(dest) {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit)) return null;
  return typeof explicit[0] === 'number' ? explicit[0] : await doc.getPageIndex(explicit[0]);
}
async function outline(items) {
  return Promise.all((items ?? []).map(async (item) => ({ title: item.title, page: item.dest ? await pageOf(item.dest) : null, children: await outline(item.items) })));
}

const { info } = await doc.getMetadata();
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const content = await page.getTextContent();
  const tree = await page.getStructTree().catch(() => null);
  pages.push({ text: content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '), tagged: Boolean(tree && tree.children && tree.children.length) });
}
const markInfo = await doc.getMarkInfo();
process.stdout.write(JSON.stringify({ numPages: doc.numPages, title: info.Title ?? null, language: info.Language ?? null, marked: Boolean(markInfo && markInfo.Marked), outline: await outline(await doc.getOutline()), pages }));
await doc.destroy();
