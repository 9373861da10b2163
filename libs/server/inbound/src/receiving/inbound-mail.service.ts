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
import { AlreadyReceived, MessageClaim, type Settlement } from './message-claim';
import { verifySender } from './sender-auth';

export { CLAIM_LEASE_MS, MessageInProgress } from './message-claim';

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

    // The action takes the claim just before its effect, or with it in one statement (MessageClaim).
    const claim = new MessageClaim(this.db, this.clock, messageId, binding);
    let settlement: Settlement & { settled?: boolean };
    try {
      settlement = await this.actions.act(binding, replyText(mail), { claim, messageId, mail, fromAddress: from });
      if (!claim.id) throw new Error('A reply was acted on without its claim.');
    } catch (error: unknown) {
      if (error instanceof AlreadyReceived) return this.duplicate();
      if (!(error instanceof ReplyRefused)) {
        // Not the sender's doing (the database, Redis): release the claim so the relay's retry is acted on.
        await claim.release();
        throw error;
      }
      settlement = { outcome: 'REFUSED', reason: error.reason };
    }
    if (!settlement.settled) {
      try {
        // Refused before anything was claimed: claimed and settled in one statement.
        await (claim.id ? claim.settle(settlement) : claim.takeSettled(settlement));
      } catch (error: unknown) {
        if (error instanceof AlreadyReceived) return this.duplicate();
        throw error;
      }
    }
    const { outcome, reason } = settlement;
    const claimed = claim.id!;
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

  private duplicate(): Received {
    this.logger.info({ outcome: 'DUPLICATE' }, 'inbound message already received');
    return 'DUPLICATE';
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
