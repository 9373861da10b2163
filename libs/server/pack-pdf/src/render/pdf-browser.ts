import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { moduleLogger } from '@convene/logging';

/** The flags the browser tests use: no sandbox inside containers, /tmp instead of a small /dev/shm. */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--lang=en-GB'];

/** CHROMIUM_PATH, else Debian's chromium, else the build @sparticuz/chromium unpacks on first use. */
export async function chromiumExecutable(configured: string | null | undefined): Promise<string> {
  if (configured) return configured;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const packaged = (await import('@sparticuz/chromium')) as unknown as { default?: { executablePath(): Promise<string> }; executablePath?: () => Promise<string> };
  const found = packaged.default ?? (packaged as { executablePath(): Promise<string> });
  return found.executablePath();
}

/**
 * One headless Chromium per process, started on first use and reused for every PDF: starting
 * one costs about a second, rendering a page a few tens of milliseconds.
 */
export class PdfBrowser {
  private readonly logger = moduleLogger('pdf-browser');
  private browser: Promise<Browser> | null = null;

  constructor(private readonly chromiumPath: string | null = null) {}

  /** Renders one HTML document to a tagged PDF with Chromium's outline of its headings. */
  async render(html: string): Promise<Buffer> {
    const browser = await this.started();
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      // Nothing outside the document is fetched: the HTML carries its own styles.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' } });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private started(): Promise<Browser> {
    if (!this.browser) {
      const starting: Promise<Browser> = (async () => {
        const { chromium } = await import('playwright-core');
        // A browser that cannot start fails the build within 30 s (the job retries) rather than hang it.
        const browser = await chromium.launch({ executablePath: await chromiumExecutable(this.chromiumPath), args: LAUNCH_ARGS, timeout: 30_000 });
        // A crashed browser is started afresh on the next render.
        browser.on('disconnected', () => {
          if (this.browser === starting) this.browser = null;
        });
        this.logger.info('chromium started for PDFs');
        return browser;
      })();
      this.browser = starting;
      starting.catch(() => {
        if (this.browser === starting) this.browser = null;
      });
    }
    return this.browser;
  }

  async close(): Promise<void> {
    const running = this.browser;
    this.browser = null;
    if (running) await (await running.catch(() => null))?.close().catch(() => undefined);
  }
}
