export { InboundModule, INBOUND_RESOLVERS } from './inbound.module';
export { INBOUND_OPTIONS, INBOUND_LIMITS, BOUNCE_HANDLER, FOI_REPLIES, type InboundOptions, type BounceHandler, type FoiReplies } from './inbound.options';
export { ReplyAddresses, ReplyPurpose, REPLY_ADDRESS_OPTIONS, REPLY_KEY_DAYS, hashReplyKey, replyKeyOf, type ReplyBinding, type ReplyAddressOptions } from './reply-addresses/reply-addresses';
export { InboundMailService, CLAIM_LEASE_MS, MessageInProgress, type Envelope } from './receiving/inbound-mail.service';
export { InboundSmtpService } from './receiving/inbound-smtp.service';
export { replyText, agendaIntent, MAX_REPLY_CHARS } from './receiving/reply-text';
export { isAutoReply } from './receiving/auto-reply';
export { EmailReplyModel, MeetingEmailCommentModel, EmailReplyOutcome } from './comments/email-replies.models';
export * from './bounces';
