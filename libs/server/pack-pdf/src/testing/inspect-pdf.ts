import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface OutlineEntry {
  title: string;
  /** 0-based page the bookmark opens. */
  page: number | null;
  children: OutlineEntry[];
}

export interface InspectedPdf {
  numPages: number;
  title: string | null;
  language: string | null;
  /** MarkInfo /Marked: the document says it is tagged. */
  marked: boolean;
  outline: OutlineEntry[];
  /** Each page's text, and whether the structure tree reaches it. */
  pages: { text: string; tagged: boolean }[];
}

/** The PDF as pdfjs-dist reads it, in a child Node process (see pdfjs-reader.mjs). */
export function inspectPdf(bytes: Buffer): Promise<InspectedPdf> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'pdfjs-reader.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as InspectedPdf) : reject(new Error(`pdfjs failed (${code}): ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`))));
    child.stdin.end(bytes);
  });
}
