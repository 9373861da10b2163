import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { DataSource } from 'typeorm';
import { Clock } from '@convene/clock';
import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { BOUNCE_HANDLER, INBOUND_OPTIONS, type BounceHandler, type InboundOptions } from '../inbound.options';
import { ReplyAddresses, ReplyPurpose, type IssuedReply } from '../reply-addresses/reply-addresses';
import { ReplyActions, ReplyRefused } from '../replies/reply-actions';
import { isAutoReply } from './auto-reply';
import { replyText } from './reply-text';
import { verifySender } from './sender-auth';

export interface Envelope {
  mailFrom: string;
  rcptTo: string[];
  clientIp?: string;
  helo?: string;
}

/** What the SMTP service answers once the message is handled: accepted, or a retry later. */
export type Received = 'ACCEPTED' | 'DUPLICATE' | 'IGNORED' | 'REFUSED' | 'BOUNCE';

const BOUNCE_LOCAL = /^(bounce\+[^@]*|bounces)@/i;

/**
 * How long a claim holds a message that has not been settled. Past it, the process that claimed
 * it is taken to have died mid-way (an SMTP session never lasts this long), and the relay's retry
 * takes the message over instead of being answered as a duplicate.
 */
export const CLAIM_LEASE_MS = 120_000;

/** Another session holds this message right now: the relay is answered 451 and tries again later. */
export class MessageInProgress extends Error {
  constructor() {
    super('This message is being handled in another session.');
  }
}

/**
 * One inbound message, from bytes to effect: bounces to the bounce handler; otherwise the reply
 * address, the sender and (in production) SPF/DKIM/DMARC are checked, auto-replies are set aside,
 * and each Message-ID is claimed once (a unique row) before anything is done. Logs carry the
 * outcome and reason only: never the body, subject or addresses.
 */
@Injectable()
export class InboundMailService {
  private readonly logger = moduleLogger('inbound');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly replies: ReplyAddresses,
    private readonly actions: ReplyActions,
    private readonly jobs: JobQueue,
    @Inject(INBOUND_OPTIONS) private readonly options: InboundOptions,
    @Optional() @Inject(BOUNCE_HANDLER) private readonly bounces?: BounceHandler,
  ) {}

  /** RCPT TO: only our reply addresses (live keys, answered with their binding) and the bounce address are taken. */
  async acceptsRecipient(address: string): Promise<IssuedReply | boolean> {
    const domain = this.options.domain;
    if (!domain || !address.toLowerCase().endsWith(`@${domain.toLowerCase()}`)) return false;
    if (BOUNCE_LOCAL.test(address)) return true;
    return (await this.replies.resolve(address)) ?? false;
  }

  /** `resolved`: the bindings RCPT already looked up, by recipient (others are looked up here). */
  async receive(raw: Buffer, envelope: Envelope, resolved: ReadonlyMap<string, IssuedReply> = new Map()): Promise<Received> {
    const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
    const isReport = /^multipart\/report/i.test(String((mail.headers.get('content-type') as { value?: string } | undefined)?.value ?? ''));
    if (isReport || envelope.rcptTo.some((r) => BOUNCE_LOCAL.test(r))) {
      if (this.bounces && (await this.bounces.handle(mail, { mailFrom: envelope.mailFrom, rcptTo: envelope.rcptTo }))) return 'BOUNCE';
      if (!envelope.rcptTo.some((r) => !BOUNCE_LOCAL.test(r))) return 'IGNORED';
    }
    // No Message-ID (rare, and against RFC 5322): the bytes stand in, so a retry is still the same message.
    const messageId = (mail.messageId ?? `<sha256:${createHash('sha256').update(raw).digest('hex')}>`).slice(0, 998);

    let binding: IssuedReply | null = null;
    for (const rcpt of envelope.rcptTo) if (!binding) binding = resolved.get(rcpt) ?? (BOUNCE_LOCAL.test(rcpt) ? null : await this.replies.resolve(rcpt));
    if (!binding) return this.settle(messageId, null, 'REFUSED', 'unknown or expired reply address');

    if (isAutoReply(mail)) return this.settle(messageId, binding, 'AUTO_REPLY', 'automatic reply');
    const from = fromAddress(mail);
    if (!from || from !== binding.address) return this.settle(messageId, binding, 'REFUSED', 'sender does not match the reply address');
    if (this.options.verifyAuth) {
      const verdict = await verifySender(raw, envelope, this.options.resolver);
      if (!verdict.ok) return this.settle(messageId, binding, 'REFUSED', verdict.reason ?? 'sender authentication failed');
    }

    const claimed = await this.claim(messageId, binding);
    if (!claimed) {
      this.logger.info({ outcome: 'DUPLICATE' }, 'inbound message already received');
      return 'DUPLICATE';
    }
    let outcome: string;
    let reason: string | null = null;
    let resultId: string | null = null;
    try {
      const acted = await this.actions.act(binding, replyText(mail), { inboundMessageId: claimed, messageId, mail, fromAddress: from });
      outcome = acted.outcome;
      resultId = acted.resultId;
    } catch (error: unknown) {
      if (!(error instanceof ReplyRefused)) {
        // Not the sender's doing (the database, Redis): release the claim so the relay's retry is acted on.
        await this.db.query(`DELETE FROM inbound_message WHERE id = $1`, [claimed]).catch(() => undefined);
        throw error;
      }
      outcome = 'REFUSED';
      reason = error.reason;
    }
    await this.db.query(`UPDATE inbound_message SET outcome = $2, reason = $3, result_id = $4, settled_at = $5 WHERE id = $1`, [claimed, outcome, reason, resultId, this.clock.now()]);
    this.logger.info({ outcome, purpose: binding.purpose, inboundMessageId: claimed, ...(reason ? { reason } : {}) }, 'inbound reply handled');
    // The sender hears what was done, or why not: once per inbound message (the ledger's key).
    // Not a public authority answering an FOI letter: the letter's coordinator is not the sender.
    // The reply is done and recorded: a queue that does not answer must not turn it into a 451
    // (the relay's retry would find it done), so the note is best effort.
    if (binding.personId && binding.purpose !== ReplyPurpose.FOI_REQUEST) {
      await this.jobs.nudge(JOBS.replyOutcome, { inboundMessageId: claimed }, (error) =>
        this.logger.warn({ inboundMessageId: claimed, err: error instanceof Error ? error.message : String(error) }, 'reply confirmation not queued'),
      );
    }
    return outcome === 'REFUSED' ? 'REFUSED' : 'ACCEPTED';
  }

  /**
   * The message's row, claimed once by the unique Message-ID. A row left unsettled past the lease
   * (its process died before acting) is taken over by the retry, so the reply is not lost; one
   * still within it answers 451, so a retry that races the first delivery waits rather than being
   * counted as done.
   */
  private async claim(messageId: string, binding: IssuedReply): Promise<string | null> {
    const now = this.clock.now();
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO inbound_message (message_id, reply_address_id, person_id, purpose, subject_id, received_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (message_id) DO UPDATE SET received_at = EXCLUDED.received_at
         WHERE inbound_message.outcome = 'RECEIVED' AND inbound_message.settled_at IS NULL AND inbound_message.received_at < $7
       RETURNING id`,
      // An FOI reply is the authority's, not the person's who sent the letter: not in their own replies.
      [messageId, binding.id, binding.purpose === ReplyPurpose.FOI_REQUEST ? null : binding.personId, binding.purpose, binding.subjectId, now, new Date(now.getTime() - CLAIM_LEASE_MS)],
    );
    if (row) return row.id;
    const [held]: { settled: boolean }[] = await this.db.query(`SELECT settled_at IS NOT NULL AS settled FROM inbound_message WHERE message_id = $1`, [messageId]);
    if (held && !held.settled) throw new MessageInProgress();
    return null;
  }

  /** Recorded and logged, nothing done, nobody told (a forged sender must not be answered). */
  private async settle(messageId: string, binding: IssuedReply | null, outcome: 'REFUSED' | 'AUTO_REPLY', reason: string): Promise<Received> {
    await this.db.query(
      `INSERT INTO inbound_message (message_id, reply_address_id, person_id, purpose, subject_id, outcome, reason, received_at, settled_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (message_id) DO NOTHING`,
      // A refused sender is not the person: the row is not theirs to see.
      [messageId, binding?.id ?? null, outcome === 'AUTO_REPLY' && binding?.purpose !== ReplyPurpose.FOI_REQUEST ? (binding?.personId ?? null) : null, binding?.purpose ?? null, binding?.subjectId ?? null, outcome, reason, this.clock.now()],
    );
    if (outcome === 'REFUSED') this.logger.warn({ outcome, reason }, 'inbound message refused');
    else this.logger.info({ outcome, reason }, 'inbound message ignored');
    return outcome === 'REFUSED' ? 'REFUSED' : 'IGNORED';
  }
}

function fromAddress(mail: ParsedMail): string | null {
  const from = mail.from?.value?.[0]?.address;
  return from ? from.trim().toLowerCase() : null;
}
