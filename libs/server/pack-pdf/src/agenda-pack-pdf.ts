import { PDFDocument } from 'pdf-lib';
import type { AgendaPackMail } from '@convene/mail';
import { agendaHeadings, agendaHtml, packTitle, type AgendaPages, type FilePlace, type PackFile } from './render/agenda-html';
import { appendPaper, headingPages, loadPaper, setMetadata, setOutline, stampPageNumbers, type Bookmark, type LoadedPaper, type PdfRenderer } from './render/pdf-assembly';

export interface AgendaPackPdfInput {
  /** What the pack email shows, from the same reader (`readPack`). */
  pack: AgendaPackMail;
  /** Per agenda item (same order as `pack.items`), the files this reader may read. */
  files: PackFile[][];
}

export interface BuiltPdf {
  bytes: Buffer;
  pageCount: number;
}

/** Renders settle in two passes; more only when page numbers push the front matter onto a new page. */
const MAX_PASSES = 4;
const isPdf = (file: PackFile) => file.contentType === 'application/pdf' && file.bytes !== null;

/**
 * The agenda pack for one reader as one tagged PDF: Chromium prints the front matter (cover,
 * contents, agenda, assessment, matters arising) from HTML, then each PDF paper the reader may
 * read is appended in item order. Other files are listed with their links. Page numbers, the
 * contents page and the bookmarks all point at the pages things landed on.
 */
export async function buildAgendaPackPdf(renderer: PdfRenderer, input: AgendaPackPdfInput): Promise<BuiltPdf> {
  const { pack, files } = input;
  const loaded = new Map<PackFile, LoadedPaper>();
  for (const file of files.flat()) if (isPdf(file)) loaded.set(file, await loadPaper(file.bytes!));

  const headings = agendaHeadings(pack);
  let pages: AgendaPages = { contents: null, agenda: null, items: pack.items.map(() => null), assessment: null, matters: null };
  let places = placesAfter(files, loaded, 0);
  let front: PDFDocument | null = null;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const rendered = await PDFDocument.load(await renderer.render(agendaHtml(pack, files, places, pages)), { updateMetadata: false });
    const count = rendered.getPageCount();
    const found = headingPages(rendered);
    const at = (title: string, from: number) => {
      const index = found.findIndex((h, i) => i >= from && h.title === title);
      return index >= 0 ? found[index].page + 1 : null;
    };
    const next: AgendaPages = {
      contents: at(headings[1], 0),
      agenda: at(headings[2], 0),
      items: headings.slice(3, 3 + pack.items.length).map((title) => at(title, 2)),
      assessment: at(headings[headings.length - 2], 0),
      matters: at(headings[headings.length - 1], 0),
    };
    const nextPlaces = placesAfter(files, loaded, count);
    const settled = front !== null && sameNumbers(pages, next) && samePlaces(places, nextPlaces);
    front = rendered;
    pages = next;
    places = nextPlaces;
    if (settled) break;
  }
  const doc = front!;
  const frontPages = doc.getPageCount();
  for (const file of files.flat()) {
    const paper = loaded.get(file);
    if (paper && 'doc' in paper) await appendPaper(doc, paper.doc);
  }
  await stampPageNumbers(doc);
  const index = (page: number | null) => (page ?? 1) - 1;
  const bookmarks: Bookmark[] = [
    { title: 'Cover', page: 0 },
    { title: 'Contents', page: index(pages.contents) },
    {
      title: 'Agenda',
      page: index(pages.agenda),
      children: pack.items.map((item, i) => ({
        title: `${i + 1}. ${item.title}`,
        page: index(pages.items[i]),
        children: (files[i] ?? []).flatMap((file) => {
          const place = places.get(file);
          return place && 'page' in place ? [{ title: `Paper: ${file.title}`, page: place.page - 1 }] : [];
        }),
      })),
    },
    { title: 'Sector activity assessment', page: index(pages.assessment) },
    { title: 'Matters arising', page: index(pages.matters) },
  ];
  setOutline(doc, bookmarks);
  setMetadata(doc, packTitle(pack), `Agenda version ${pack.version}; ${frontPages} pages of agenda, then the papers`);
  const bytes = Buffer.from(await doc.save());
  return { bytes, pageCount: doc.getPageCount() };
}

/** Where each file lands when the front matter has `frontPages` pages. */
function placesAfter(files: PackFile[][], loaded: Map<PackFile, LoadedPaper>, frontPages: number): Map<PackFile, FilePlace> {
  const places = new Map<PackFile, FilePlace>();
  let next = frontPages + 1;
  for (const file of files.flat()) {
    const paper = loaded.get(file);
    if (!paper) places.set(file, { note: file.note ?? 'not a PDF: open it from its link' });
    else if ('note' in paper) places.set(file, { note: paper.note });
    else {
      places.set(file, { page: next, pages: paper.pages });
      next += paper.pages;
    }
  }
  return places;
}

const sameNumbers = (a: AgendaPages, b: AgendaPages) => JSON.stringify(a) === JSON.stringify(b);
function samePlaces(a: Map<PackFile, FilePlace>, b: Map<PackFile, FilePlace>): boolean {
  for (const [file, place] of a) if (JSON.stringify(place) !== JSON.stringify(b.get(file))) return false;
  return true;
}
