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

  constructor(smtpUrl: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(smtpUrl.includes('pool=') ? smtpUrl : `${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}pool=true&maxConnections=5`);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: { name: headerSafe(mail.to.name ?? ''), address: headerSafe(mail.to.address) },
      subject: headerSafe(mail.subject),
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: Object.fromEntries(Object.entries(mail.headers ?? {}).map(([k, v]) => [headerSafe(k), headerSafe(v)])),
      attachments: mail.attachments,
    });
  }

  close(): void {
    this.transport.close();
  }
}
