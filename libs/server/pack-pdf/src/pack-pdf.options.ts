export const PACK_PDF_OPTIONS = Symbol('PACK_PDF_OPTIONS');

export interface PackPdfOptions {
  /** Where the web client is served: links in the PDFs point there. */
  publicWebUrl: string;
  /** CHROMIUM_PATH; unset: Debian's chromium, else @sparticuz/chromium's build. Only the worker prints. */
  chromiumPath?: string | null;
}
