export const NOTIFICATION_OPTIONS = Symbol('NOTIFICATION_OPTIONS');

export interface NotificationOptions {
  publicWebUrl: string;
  smtpUrl: string;
  mailFrom: string;
  claimStaleSeconds?: number;
  /** INBOUND_DOMAIN: each message's envelope sender becomes bounce+<token>@ it, so bounces map to the ledger row. */
  bounceDomain?: string;
  /** Agenda pack PDFs up to this size are attached to the pack email; larger ones are linked only (default 5 MB). */
  packPdfAttachMaxBytes?: number;
  /** Months after which a directory record's contact is asked to check it (default 12). */
  directoryCheckMonths?: number;
  /** The weekly knowledge bank link check (defaults: 200 links a run, 10 s each, 2 s between requests to a host, no private hosts). */
  bankLinkCheck?: { perRun: number; timeoutMs: number; hostGapMs: number; allowHosts: string[] };
}
