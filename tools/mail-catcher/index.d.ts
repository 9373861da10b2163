/** The development mail catcher (index.js): an SMTP server keeping what it receives, and a web page and JSON to read it. */
export interface CaughtMessage {
  id: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  messageId: string | null;
  text: string;
  html: string | null;
  headers: Record<string, unknown>;
  attachments: { filename?: string; contentType: string; size: number }[];
  /** The email's Reply-To address (a reply+… address), if any. */
  replyTo: string | null;
  /** Whom the reply form sends as: the email's recipient. */
  replyFrom: string;
}

export interface MailCatcher {
  smtpUrl: string;
  httpUrl: string;
  messages(): CaughtMessage[];
  summaries(): Pick<CaughtMessage, 'id' | 'from' | 'to' | 'subject' | 'date' | 'messageId'>[];
  clear(): void;
  stop(): Promise<unknown>;
}

export function startMailCatcher(options?: { smtpPort?: number; httpPort?: number; host?: string; inboundSmtpUrl?: string | null }): Promise<MailCatcher>;
