import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedMail } from 'mailparser';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { AttendanceStatus, MinutesService, MeetingsService } from '@convene/groups';
import { PostsService } from '@convene/forums';
import { AppError, notFound } from '@convene/errors';
import { FOI_REPLIES, type FoiReplies } from '../inbound.options';
import { ReplyPurpose, type IssuedReply } from '../reply-addresses/reply-addresses';
import { agendaIntent } from '../receiving/reply-text';

export type ReplyOutcome = 'APOLOGIES' | 'ACCEPTED' | 'MEETING_COMMENT' | 'FORUM_POST' | 'MINUTES_COMMENT' | 'FOI_CORRESPONDENCE';

export interface ActedReply {
  outcome: ReplyOutcome;
  resultId: string | null;
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly meetings: MeetingsService,
    private readonly minutes: MinutesService,
    private readonly posts: PostsService,
    @Optional() @Inject(FOI_REPLIES) private readonly foi?: FoiReplies,
  ) {}

  async act(binding: IssuedReply, text: string, context: { inboundMessageId: string; messageId: string; mail: ParsedMail; fromAddress: string }): Promise<ActedReply> {
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
          return await this.agendaReply(actor, binding.subjectId, text, context.inboundMessageId);
        case ReplyPurpose.FORUM_THREAD: {
          // The client id is the message's: the same message can never post twice, whatever retries.
          const clientId = `email:${createHash('sha256').update(context.messageId).digest('hex').slice(0, 40)}`;
          const { post } = await this.posts.create(actor, { threadId: binding.subjectId, clientId, body: text });
          return { outcome: 'FORUM_POST', resultId: post.id };
        }
        case ReplyPurpose.MINUTES: {
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
  private async agendaReply(actor: Actor, meetingId: string, text: string, inboundMessageId: string): Promise<ActedReply> {
    const intent = agendaIntent(text);
    if (intent === 'APOLOGIES') {
      await this.meetings.respond(actor, meetingId, AttendanceStatus.APOLOGIES, text.slice(0, 1000));
      return { outcome: 'APOLOGIES', resultId: null };
    }
    if (intent === 'ATTENDING') {
      await this.meetings.respond(actor, meetingId, AttendanceStatus.ACCEPTED, null);
      return { outcome: 'ACCEPTED', resultId: null };
    }
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingContribute, ids: [meetingId] });
    if (!allowed.has(meetingId)) throw notFound('Meeting');
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO meeting_email_comment (meeting_id, person_id, inbound_message_id, body, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (inbound_message_id) DO UPDATE SET body = meeting_email_comment.body RETURNING id`,
      [meetingId, actor.personId, inboundMessageId, text, this.clock.now()],
    );
    return { outcome: 'MEETING_COMMENT', resultId: row.id };
  }

  private async foiReply(binding: IssuedReply, text: string, context: { mail: ParsedMail; fromAddress: string }): Promise<ActedReply> {
    if (!this.foi) throw new ReplyRefused('Replies to this letter are not taken by email yet.');
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
function refusalWords(error: AppError): string {
  if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') return 'You can no longer do this: you may have left the group or forum, or it has been closed or removed.';
  // The guard's own words offer choices a reply by email cannot make: say what it found, and where to choose.
  if (error.code === 'PERSONAL_DATA') return `${error.message.split('. ')[0]}. Your reply was not posted: remove it and reply again, or post from the thread's page in Convene, where you can choose what to do.`;
  if (error.code === 'TOO_MANY_REQUESTS') return 'You have sent a lot of replies in a short time. Please wait a few minutes and send it again.';
  return error.message;
}
