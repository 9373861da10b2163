import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The API's own pages (public group pages, the email unsubscribe and preferences pages, sign-in
 * notices) are plain HTML with one inline <style> and forms back to the same origin: no scripts,
 * no frames, nothing from elsewhere.
 */
export const PAGE_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * bull-board is a single-page app: its scripts, styles and fonts come from its own static files,
 * with inline styles on its loading screen and its `<base href>`; it calls its own JSON API.
 */
export const QUEUES_BOARD_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  baseUri: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every answer: the pages' policy, no framing (clickjacking on the
 * unsubscribe and retry buttons), no MIME sniffing, and no Referer, since some addresses carry
 * a token. HSTS only when the site is served over https.
 */
export function securityHeaders({ https }: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000 } : false,
  });
}

/** Replaces the pages' policy with the board's on its routes. */
export const queuesBoardCsp = (): RequestHandler => helmet.contentSecurityPolicy({ useDefaults: false, directives: QUEUES_BOARD_CSP });
