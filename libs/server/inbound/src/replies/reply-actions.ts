import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ParsedMail } from 'mailparser';
import { isCoordinator, meetingContributableSql, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { AttendanceStatus, MinutesService, MeetingsService } from '@convene/groups';
import { PostsService } from '@convene/forums';
import { AppError } from '@convene/errors';
import { FOI_REPLIES, type FoiReplies } from '../inbound.options';
import { ReplyPurpose, type IssuedReply } from '../reply-addresses/reply-addresses';
import type { MessageClaim } from '../receiving/message-claim';
import { agendaIntent } from '../receiving/reply-text';

export type ReplyOutcome = 'APOLOGIES' | 'ACCEPTED' | 'MEETING_COMMENT' | 'FORUM_POST' | 'MINUTES_COMMENT' | 'FOI_CORRESPONDENCE';

export interface ActedReply {
  /** REFUSED only when the refusal was settled in the action's own statement (with `reason`). */
  outcome: ReplyOutcome | 'REFUSED';
  resultId: string | null;
  reason?: string | null;
  /** The claim was taken and settled in the statement that acted (nothing left to write). */
  settled?: boolean;
}

export interface ReplyContext {
  /** Taken just before the effect (or with it, for a row of our own): a duplicate stops there. */
  claim: MessageClaim;
  messageId: string;
  mail: ParsedMail;
  fromAddress: string;
}

/** A reply the service declined, with a reason the sender can read. */
export class ReplyRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ReplyRefused';
  }
}

/**
 * What a reply does, by what it answers. Each goes through the same service a web request uses,
 * so the policy layer, time rules, rate limits, sanitising, moderation and the personal-data
 * guard all hold; their refusals (coded errors) become a polite explanation.
 */
@Injectable()
export class ReplyActions {
  constructor(
    private readonly clock: Clock,
    private readonly meetings: MeetingsService,
    private readonly minutes: MinutesService,
    private readonly posts: PostsService,
    @Optional() @Inject(FOI_REPLIES) private readonly foi?: FoiReplies,
  ) {}

  async act(binding: IssuedReply, text: string, context: ReplyContext): Promise<ActedReply> {
    if (binding.purpose === ReplyPurpose.FOI_REQUEST) return this.refusingKindly(() => this.foiReply(binding, text, context));
    // Read with the key (ReplyAddresses.resolve): null once the person is deactivated. A fresh
    // object per message: the policy layer remembers its answers on the actor, and one relay
    // connection may carry many messages over a long time.
    const actor = binding.actor ? { ...binding.actor } : null;
    if (!actor) throw new ReplyRefused('Your account is no longer active, so replies by email are not taken from it.');
    if (!text) throw new ReplyRefused('We could not find any new text in your reply (only the quoted email).');
    try {
      switch (binding.purpose) {
        case ReplyPurpose.AGENDA_PACK:
          return await this.agendaReply(actor, binding.subjectId, text, context.claim);
        case ReplyPurpose.FORUM_THREAD: {
          // The client id is the message's: the same message can never post twice, whatever retries.
          const clientId = `email:${createHash('sha256').update(context.messageId).digest('hex').slice(0, 40)}`;
          await context.claim.take();
          const { post } = await this.posts.create(actor, { threadId: binding.subjectId, clientId, body: text });
          return { outcome: 'FORUM_POST', resultId: post.id };
        }
        case ReplyPurpose.MINUTES: {
          await context.claim.take();
          const comment = await this.minutes.comment(actor, binding.subjectId, text);
          return { outcome: 'MINUTES_COMMENT', resultId: comment.id };
        }
      }
    } catch (error: unknown) {
      if (error instanceof AppError && error.code !== 'SERVICE_UNAVAILABLE') throw new ReplyRefused(refusalWords(error));
      throw error;
    }
    throw new ReplyRefused('This reply address is not one we take replies on.');
  }

  private async refusingKindly<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error: unknown) {
      if (error instanceof AppError && error.code !== 'SERVICE_UNAVAILABLE') throw new ReplyRefused(refusalWords(error));
      throw error;
    }
  }

  /** "apologies…" and "attending…" answer for the sender; anything else is a comment for the coordinators. */
  private async agendaReply(actor: Actor, meetingId: string, text: string, claim: MessageClaim): Promise<ActedReply> {
    const intent = agendaIntent(text);
    if (intent === 'APOLOGIES' || intent === 'ATTENDING') {
      // The meetings service checks (membership, the time rules) and gives the answer's write, which
      // runs in the statement that claims and settles the message: a duplicate writes nothing.
      const outcome = intent === 'APOLOGIES' ? 'APOLOGIES' : 'ACCEPTED';
      const status = intent === 'APOLOGIES' ? AttendanceStatus.APOLOGIES : AttendanceStatus.ACCEPTED;
      const write = await this.meetings.prepareResponse(actor, meetingId, status, intent === 'APOLOGIES' ? text.slice(0, 1000) : null);
      await claim.takeSettled({ outcome }, (p) => write(p, 'claim'));
      return { outcome, resultId: null, settled: true };
    }
    // The comment is a row of our own: the policy layer's rule (meeting.contribute, as SQL), the
    // claim, the comment and the settled outcome, or the refusal, are one statement.
    const commentId = randomUUID();
    const kept = await claim.takeSettledIf(
      (p) => meetingContributableSql({ meeting: p(meetingId), partnership: p(actor.partnershipId), person: p(actor.personId), coordinator: p(isCoordinator(actor)) }),
      { outcome: 'MEETING_COMMENT', resultId: commentId },
      { outcome: 'REFUSED', reason: NO_LONGER_ALLOWED },
      (p) => `INSERT INTO meeting_email_comment (id, meeting_id, person_id, inbound_message_id, body, created_at)
              SELECT ${p(commentId)}::uuid, ${p(meetingId)}::uuid, ${p(actor.personId)}::uuid, claim.id, ${p(text)}::text, ${p(this.clock.now())}::timestamptz FROM claim, gate WHERE gate.ok
              ON CONFLICT (inbound_message_id) DO NOTHING`,
    );
    if (kept.outcome === 'REFUSED') return { outcome: 'REFUSED', resultId: null, reason: kept.reason ?? null, settled: true };
    return { outcome: 'MEETING_COMMENT', resultId: commentId, settled: true };
  }

  private async foiReply(binding: IssuedReply, text: string, context: ReplyContext): Promise<ActedReply> {
    if (!this.foi) throw new ReplyRefused('Replies to this letter are not taken by email yet.');
    await context.claim.take();
    const attachments = (context.mail.attachments ?? []).map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType, content: a.content }));
    const saved = await this.foi.recordCorrespondence({
      requestId: binding.subjectId,
      fromAddress: context.fromAddress,
      subject: context.mail.subject ?? '',
      text,
      receivedAt: this.clock.now(),
      attachments,
    });
    return { outcome: 'FOI_CORRESPONDENCE', resultId: saved.id };
  }
}

/** A service's refusal in words for an email: not-found (also "no longer allowed") said kindly. */
const NO_LONGER_ALLOWED = 'You can no longer do this: you may have left the group or forum, or it has been closed or removed.';

function refusalWords(error: AppError): string {
  if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') return NO_LONGER_ALLOWED;
  // The guard's own words offer choices a reply by email cannot make: say what it found, and where to choose.
  if (error.code === 'PERSONAL_DATA') return `${error.message.split('. ')[0]}. Your reply was not posted: remove it and reply again, or post from the thread's page in Convene, where you can choose what to do.`;
  if (error.code === 'TOO_MANY_REQUESTS') return 'You have sent a lot of replies in a short time. Please wait a few minutes and send it again.';
  return error.message;
}
