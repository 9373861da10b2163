import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFRef,
  PDFString,
  StandardFonts,
  rgb,
  type PDFPage,
} from 'pdf-lib';

/** Anything that turns an HTML document into a tagged PDF (the worker's Chromium). */
export interface PdfRenderer {
  render(html: string): Promise<Buffer>;
}

/** A bookmark: its title, the 0-based page it opens, and the bookmarks under it. */
export interface Bookmark {
  title: string;
  page: number;
  children?: Bookmark[];
}

/** A paper's PDF as loaded for merging, or why it cannot be merged. */
export type LoadedPaper = { doc: PDFDocument; pages: number } | { note: string };

const text = (value: unknown): string | null => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

/**
 * Loads a paper for merging. An encrypted or broken PDF is not merged: the pack lists it with its
 * link instead, so one bad paper never stops the pack.
 */
export async function loadPaper(bytes: Buffer): Promise<LoadedPaper> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.isEncrypted) return { note: 'password-protected, so not included: open it from its link' };
    const pages = doc.getPageCount();
    return pages > 0 ? { doc, pages } : { note: 'could not be read, so not included: open it from its link' };
  } catch (error: unknown) {
    const encrypted = error instanceof Error && /encrypt/i.test(error.message);
    return { note: encrypted ? 'password-protected, so not included: open it from its link' : 'could not be read, so not included: open it from its link' };
  }
}

/**
 * The 0-based page of each heading Chromium put in its outline, in document order (the outline
 * nests h1 > h2 > h3; a depth-first walk gives them back in the order they were written).
 */
export function headingPages(doc: PDFDocument): { title: string; page: number }[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const found: { title: string; page: number }[] = [];
  const destPage = (item: PDFDict): number | null => {
    let dest: unknown = item.lookup(PDFName.of('Dest'));
    const action = item.lookup(PDFName.of('A'));
    if (!dest && action instanceof PDFDict) dest = action.lookup(PDFName.of('D'));
    if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString) dest = namedDestination(doc, dest);
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    if (!(dest instanceof PDFArray)) return null;
    const ref = dest.get(0);
    return ref instanceof PDFRef ? (pageIndex.get(ref.toString()) ?? null) : null;
  };
  const walk = (first: unknown, depth: number) => {
    let item = first instanceof PDFDict ? first : null;
    for (let guard = 0; item && guard < 10_000; guard++) {
      const page = destPage(item);
      found.push({ title: (text(item.lookup(PDFName.of('Title'))) ?? '').replace(/\s+/g, ' ').trim(), page: page ?? -1 });
      if (depth < 16) walk(item.lookup(PDFName.of('First')), depth + 1);
      const next = item.lookup(PDFName.of('Next'));
      item = next instanceof PDFDict ? next : null;
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')), 0);
  return found;
}

function namedDestination(doc: PDFDocument, name: PDFName | PDFString | PDFHexString): unknown {
  const key = name instanceof PDFName ? name.decodeText() : name.decodeText();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (dests instanceof PDFDict) return dests.lookup(PDFName.of(key));
  const names = doc.catalog.lookup(PDFName.of('Names'));
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : null;
  const search = (node: unknown, depth: number): unknown => {
    if (!(node instanceof PDFDict) || depth > 16) return null;
    const leaf = node.lookup(PDFName.of('Names'));
    if (leaf instanceof PDFArray) {
      for (let i = 0; i + 1 < leaf.size(); i += 2) if (text(leaf.lookup(i)) === key) return leaf.lookup(i + 1);
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) {
      const hit = search(kids.lookup(i), depth + 1);
      if (hit) return hit;
    }
    return null;
  };
  return search(tree, 0);
}

/** Copies every page of a loaded paper to the end of `base`; its own tags stay behind. */
export async function appendPaper(base: PDFDocument, paper: PDFDocument): Promise<void> {
  const pages = await base.copyPages(paper, paper.getPageIndices());
  for (const page of pages) {
    // The paper's structure tree is not merged, so its pages must not point into one.
    page.node.delete(PDFName.of('StructParents'));
    base.addPage(page);
  }
}

/** "Page 7 of 64" at the foot of every page, marked as a pagination artifact so readers skip it. */
export async function stampPageNumbers(doc: PDFDocument): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  const size = 9;
  pages.forEach((page: PDFPage, i) => {
    const box = page.getMediaBox();
    const label = `Page ${i + 1} of ${pages.length}`;
    const width = font.widthOfTextAtSize(label, size);
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), '<< /Type /Pagination /Subtype /Footer >>']));
    page.drawText(label, { x: box.x + (box.width - width) / 2, y: box.y + 18, size, font, color: rgb(0.31, 0.35, 0.37) });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
}

/** Replaces the outline with `bookmarks`, opened with the document. */
export function setOutline(doc: PDFDocument, bookmarks: Bookmark[]): void {
  const pages = doc.getPages();
  const context = doc.context;
  const root = context.obj({ Type: 'Outlines' });
  const rootRef = context.register(root);
  const build = (items: Bookmark[], parentRef: PDFRef, parent: PDFDict): number => {
    const refs = items.map(() => context.nextRef());
    let total = 0;
    items.forEach((item, i) => {
      const page = pages[Math.min(Math.max(item.page, 0), pages.length - 1)];
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parentRef);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      const children = item.children ?? [];
      if (children.length) {
        const count = build(children, refs[i], dict);
        dict.set(PDFName.of('Count'), PDFNumber.of(count));
        total += count;
      }
      context.assign(refs[i], dict);
      total += 1;
    });
    if (refs.length) {
      parent.set(PDFName.of('First'), refs[0]);
      parent.set(PDFName.of('Last'), refs[refs.length - 1]);
    }
    return total;
  };
  const count = build(bookmarks, rootRef, root);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Title, language and names of the document; Chromium's catalog (tags, MarkInfo) is kept. */
export function setMetadata(doc: PDFDocument, title: string, subject: string): void {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(subject);
  doc.setLanguage('en-GB');
  doc.setCreator('Convene');
  doc.setProducer('Convene (Chromium, pdf-lib)');
}
