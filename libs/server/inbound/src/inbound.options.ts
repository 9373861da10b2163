import type { DnsResolver } from './receiving/sender-auth';

export const INBOUND_OPTIONS = Symbol('INBOUND_OPTIONS');

export interface InboundOptions {
  /** Where the SMTP service listens; null: this process issues and reads replies but does not listen. */
  port: number | null;
  host: string;
  /** The domain of reply and bounce addresses; null: replies are off. */
  domain: string | null;
  maxBytes: number;
  /** Refuse messages that fail SPF, DKIM and DMARC (on in production). */
  verifyAuth: boolean;
  /** Tests answer DNS locally; production asks the system resolver. */
  resolver?: DnsResolver;
}

/** How a bounce handler (libs/server/inbound/src/bounces) plugs into the receiving path. */
export const BOUNCE_HANDLER = Symbol('BOUNCE_HANDLER');
export interface BounceHandler {
  handle(mail: import('mailparser').ParsedMail, envelope: { mailFrom: string; rcptTo: string[] }): Promise<boolean>;
}

/** Where replies to FOI letters go, once FOI campaigns take them (FoiRequestsService.recordCorrespondence). */
export const FOI_REPLIES = Symbol('FOI_REPLIES');
export interface FoiReplies {
  recordCorrespondence(input: {
    requestId: string;
    fromAddress: string;
    subject: string;
    text: string;
    receivedAt: Date;
    attachments: { filename: string; contentType: string; content: Buffer }[];
  }): Promise<{ id: string }>;
}

/** Limits, named once, quoted in docs/api.md. */
export const INBOUND_LIMITS = {
  /** An SMTP connection idle this long is closed. */
  socketTimeoutMs: 60_000,
  /** Recipients one message may name. */
  maxRecipients: 10,
  /** Connections at once. */
  maxClients: 100,
} as const;
