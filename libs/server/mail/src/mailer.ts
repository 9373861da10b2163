import { randomBytes } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: { name?: string | null; address: string };
  subject: string;
  html: string;
  text: string;
  /** Deterministic, from the delivery ledger, so a resend is recognisably the same message. */
  messageId: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
  /** A per-recipient reply address (reply+<key>@<inbound domain>) for mail whose replies act. */
  replyTo?: string;
  /** Whom the message is from, when not MAIL_FROM: an FOI letter comes from the partnership's FOI address. */
  from?: { name: string; address: string };
  /** The ledger row's bounce token: the envelope sender becomes bounce+<token>@<bounce domain> (VERP). */
  bounceToken?: string;
}

/** Random, lower-case hex: survives mail systems that fold the case of local parts, and fits in one (64 octets). */
export function newBounceToken(): string {
  return randomBytes(16).toString('hex');
}

/** The envelope sender that carries a bounce token: nothing personal, only the token. */
export function bounceAddress(token: string, domain: string): string {
  return `bounce+${token}@${domain}`;
}

/**
 * Text as one line: each run of CR, LF and other controls (C0, DEL, C1) becomes a space, so no
 * stored name or title can add a line to an email header or a calendar file.
 */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Pooled SMTP through nodemailer. `send` resolves only when the server has accepted the
 * message (250), which is when the ledger may mark it sent.
 */
export class Mailer {
  private readonly transport: Transporter;

  /** `bounceDomain`: where bounces come back (INBOUND_DOMAIN); unset, the envelope sender is MAIL_FROM's address. */
  constructor(smtpUrl: string, private readonly from: string, private readonly bounceDomain?: string) {
    this.transport = nodemailer.createTransport(smtpUrl.includes('pool=') ? smtpUrl : `${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=5`);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: mail.from ? { name: headerSafe(mail.from.name), address: headerSafe(mail.from.address) } : this.from,
      to: { name: headerSafe(mail.to.name ?? ''), address: headerSafe(mail.to.address) },
      subject: headerSafe(mail.subject),
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: Object.fromEntries(Object.entries(mail.headers ?? {}).map(([k, v]) => [headerSafe(k), headerSafe(v)])),
      attachments: mail.attachments,
      ...(mail.replyTo ? { replyTo: headerSafe(mail.replyTo) } : {}),
      // Only the envelope changes: replies still go to From (or Reply-To), bounces to the token's address.
      ...(this.bounceDomain && mail.bounceToken ? { envelope: { from: bounceAddress(mail.bounceToken, this.bounceDomain), to: headerSafe(mail.to.address) } } : {}),
    });
  }

  close(): void {
    this.transport.close();
  }
}
