import type { ParsedMail } from 'mailparser';

/** HARD: a permanent failure (5.x.x). SOFT: the sending system gave up on a temporary one (4.x.x). */
export type ReportKind = 'HARD' | 'SOFT' | 'COMPLAINT';

export interface DeliveryReport {
  kind: ReportKind;
  /** The enhanced status code (RFC 3463), e.g. 5.1.1; null for complaints and reports that give none. */
  status: string | null;
  /** The failed recipient as the report names it (lower case), when it names one. */
  recipient: string | null;
  /** The Message-ID of the message that bounced, from the returned copy or its headers. */
  originalMessageId: string | null;
}

const STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

/** RFC 822-style fields of one block: folded lines joined, names lower-cased, first value kept. */
function fields(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!found.has(name)) found.set(name, line.slice(colon + 1).trim());
  }
  return found;
}

/** `rfc822; someone@example.org` → `someone@example.org`. */
function address(value: string | undefined): string | null {
  if (!value) return null;
  const bare = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  const cleaned = bare.trim().replace(/^<|>$/g, '').toLowerCase();
  return cleaned.includes('@') ? cleaned : null;
}

function messageIdIn(headers: string): string | null {
  const match = /^message-id:\s*(<[^>\r\n]+>)/im.exec(headers.replace(/\r?\n[ \t]+/g, ' '));
  return match ? match[1] : null;
}

function reportType(mail: ParsedMail): string | null {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (!type || typeof type !== 'object' || type.value?.toLowerCase() !== 'multipart/report') return null;
  return type.params?.['report-type']?.toLowerCase() ?? null;
}

function part(mail: ParsedMail, ...types: string[]): string | null {
  const found = mail.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
  return found ? found.content.toString('utf8') : null;
}

/** The returned message (message/rfc822) or its headers (text/rfc822-headers). */
function originalMessageId(mail: ParsedMail): string | null {
  const returned = part(mail, 'message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers');
  if (returned) return messageIdIn(returned.split(/\r?\n\r?\n/)[0]);
  // Some systems paste the original headers into the text.
  return mail.text ? messageIdIn(mail.text) : null;
}

/**
 * Reads a delivery status notification (RFC 3464: the message/delivery-status part, parsed with
 * mailparser's `keepDeliveryStatus`), a complaint (ARF, RFC 5965) or, failing both, a bounce in
 * plain words that at least carries a status code. Null for anything else, including "delayed"
 * notices: the sending system is still retrying those. With several recipients, the first that
 * failed counts (our messages have one).
 */
export function readDeliveryReport(mail: ParsedMail): DeliveryReport | null {
  const type = reportType(mail);
  const feedback = part(mail, 'message/feedback-report');
  if (type === 'feedback-report' || feedback) {
    const report = fields(feedback ?? '');
    return { kind: 'COMPLAINT', status: null, recipient: address(report.get('original-rcpt-to')), originalMessageId: originalMessageId(mail) };
  }

  // Without keepDeliveryStatus, mailparser folds the status part into the text: read it from there.
  const status = part(mail, 'message/delivery-status', 'message/global-delivery-status') ?? (type === 'delivery-status' || /^final-recipient:/im.test(mail.text ?? '') ? (mail.text ?? '') : null);
  if (status !== null) {
    const blocks = status.split(/\r?\n\s*\r?\n/).map(fields);
    const recipients = blocks.filter((b) => b.has('final-recipient') || b.has('action') || b.has('status'));
    const failed = recipients.find((r) => (r.get('action') ?? 'failed').toLowerCase().startsWith('failed'));
    if (!failed) return null;
    const code = STATUS.exec(failed.get('status') ?? '') ?? STATUS.exec(failed.get('diagnostic-code') ?? '');
    // A failure with no usable code counts as permanent: the sending system said "failed".
    const kind: ReportKind = code?.[1] === '4' ? 'SOFT' : 'HARD';
    return { kind, status: code ? code.slice(1, 4).join('.') : null, recipient: address(failed.get('final-recipient') ?? failed.get('original-recipient')), originalMessageId: originalMessageId(mail) };
  }

  // An older bounce in plain words (qmail, some appliances): only from a mailer daemon, with a code.
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? '';
  const subject = mail.subject ?? '';
  const daemon = /^(mailer-daemon|postmaster)@/.test(from) || /undeliver|delivery (status notification|failure)|returned mail|failure notice/i.test(subject);
  const code = daemon ? STATUS.exec(mail.text ?? '') : null;
  if (!code || code[1] === '2') return null;
  return { kind: code[1] === '4' ? 'SOFT' : 'HARD', status: code.slice(1, 4).join('.'), recipient: null, originalMessageId: originalMessageId(mail) };
}
