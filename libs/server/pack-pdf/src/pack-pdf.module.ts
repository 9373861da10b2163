import { Module, type DynamicModule, type OnApplicationShutdown, type Type } from '@nestjs/common';
import { PackPdfController } from './pack-pdf.controller';
import { PACK_PDF_OPTIONS, type PackPdfOptions } from './pack-pdf.options';
import { MeetingPackPdfResolver, MinutesPdfResolver } from './pack-pdf.resolver';
import { PackPdfService } from './pack-pdf.service';
import { PdfBrowser } from './render/pdf-browser';

export const PACK_PDF_RESOLVERS: Type[] = [MeetingPackPdfResolver, MinutesPdfResolver];

/** Closes the process's Chromium when the application closes. */
class BrowserCloser implements OnApplicationShutdown {
  constructor(private readonly browser: PdfBrowser) {}
  onApplicationShutdown(): Promise<void> {
    return this.browser.close();
  }
}

/**
 * Agenda packs and minutes as PDFs. The API has the route and the fields (`http`); the worker
 * builds, with one Chromium per process, started on the first build.
 */
@Module({})
export class PackPdfModule {
  static forRoot(options: PackPdfOptions, { http = true }: { http?: boolean } = {}): DynamicModule {
    return {
      module: PackPdfModule,
      global: true,
      providers: [
        { provide: PACK_PDF_OPTIONS, useValue: options },
        { provide: PdfBrowser, useFactory: () => new PdfBrowser(options.chromiumPath ?? null) },
        { provide: BrowserCloser, useFactory: (browser: PdfBrowser) => new BrowserCloser(browser), inject: [PdfBrowser] },
        PackPdfService,
        ...(http ? PACK_PDF_RESOLVERS : []),
      ],
      controllers: http ? [PackPdfController] : [],
      exports: [PackPdfService, PdfBrowser, PACK_PDF_OPTIONS],
    };
  }
}
