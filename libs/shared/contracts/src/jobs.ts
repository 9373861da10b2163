/**
 * The job catalogue: queue names, job names (string constants, never class names) and the
 * payload of each. Payloads carry ids only; BullMQ stores them as plain text in Redis.
 */
export const QUEUES = {
  mail: 'mail',
  schedule: 'schedule',
  /** PDF builds run on their own queue, so a slow pack never holds up email. */
  pdf: 'pdf',
  /** Knowledge bank upkeep (link checks, thumbnails): slow outside calls, kept off the email queue. */
  bank: 'bank',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** Periodic: decides from the database what is due and enqueues it. */
  tick: 'tick',
  invitationEmail: 'invitation-email',
  passwordResetEmail: 'password-reset-email',
  /** A one-time sign-in link; also queued for addresses with no account, whose rows send nothing. */
  signInLinkEmail: 'sign-in-link-email',
  /** An address typed into a shareable invitation link, asked to confirm before anything else is sent to it. */
  emailConfirmationEmail: 'email-confirmation-email',
  /** A meeting's published agenda to its members; later versions send a short update note. */
  agendaPack: 'agenda-pack',
  /** A paper added after the agenda was published: one note to the members who had the pack. */
  agendaSupplement: 'agenda-supplement',
  /** The pack is due but the agenda is not published: tell the coordinators. */
  agendaReminder: 'agenda-reminder',
  minutesEmail: 'minutes-email',
  forumDigest: 'forum-digest',
  mentionsEmail: 'mentions-email',
  /** New posts in watched threads and forums, batched in five-minute windows as mentions are. */
  watchedPostsEmail: 'watched-posts-email',
  /** A post held for approval: one note to each of the forum's moderators. */
  heldPostEmail: 'held-post-email',
  actionReminder: 'action-reminder',
  /** A meeting moved or cancelled: its members get the news and an updated calendar entry. */
  meetingChange: 'meeting-change',
  /** Once a year a directory record's contact is asked whether it is still right. */
  directoryCheck: 'directory-check',
  /** The agenda pack as one PDF, for the view of one reader (readers with the same view share it). */
  agendaPdf: 'agenda-pdf',
  /** Approved minutes as one PDF. */
  minutesPdf: 'minutes-pdf',
  /** A saved bank search's new matches, weekly, to the person who saved it. */
  bankSearchDigest: 'bank-search-digest',
  /** The weekly check of resources' external links: one bounded batch per job. */
  bankLinkCheck: 'bank-link-check',
  /** A small PNG of a resource's file: the first page of a PDF, or the image scaled. */
  resourceThumbnail: 'resource-thumbnail',
  /** The text of a resource's file (PDF, CSV, Office, OpenDocument), for the search. */
  resourceText: 'resource-text',
  /** What an email reply did (or why nothing was done), told to its sender once. */
  replyOutcome: 'reply-outcome',
  /** A sent FOI campaign's letters still to go by email, one per authority through the ledger. */
  foiLetters: 'foi-letters',
  /** A few working days before FOI requests fall due: one reminder to the coordinator per campaign and due date. */
  foiChaser: 'foi-chaser',
  /** FOI requests past their due date: one note to the coordinator per campaign and due date, with an internal-review draft. */
  foiOverdue: 'foi-overdue',
  /** A coordinator's request for an internal review, to the authority's FOI address through the ledger, once. */
  foiInternalReview: 'foi-internal-review',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

export type MinutesMailState = 'CIRCULATED' | 'APPROVED';
export type ActionReminderKind = 'due-soon' | 'overdue';
export type DirectoryCheckKind = 'organisation' | 'service';

export interface JobPayloads {
  [JOBS.tick]: { at?: string };
  [JOBS.invitationEmail]: { invitationId: string };
  [JOBS.passwordResetEmail]: { passwordResetId: string };
  [JOBS.signInLinkEmail]: { signInLinkId: string };
  [JOBS.emailConfirmationEmail]: { emailConfirmationId: string };
  [JOBS.agendaPack]: { meetingId: string; version: number };
  /** `stamp` is the paper's last change (ms): naming new readers later queues a new round, which reaches only those not yet told. */
  [JOBS.agendaSupplement]: { paperId: string; stamp: number };
  [JOBS.agendaReminder]: { meetingId: string };
  [JOBS.minutesEmail]: { minutesId: string; state: MinutesMailState };
  /** `period` is a London date (2026-11-23) for daily digests or an ISO week (2026-W48). */
  [JOBS.forumDigest]: { personId: string; period: string };
  /** `window` is the ISO start of the five-minute batch. */
  [JOBS.mentionsEmail]: { personId: string; window: string };
  /** `window` is the ISO start of the five-minute batch in which the posts became visible. */
  [JOBS.watchedPostsEmail]: { personId: string; window: string };
  [JOBS.heldPostEmail]: { postId: string };
  [JOBS.actionReminder]: { actionId: string; kind: ActionReminderKind };
  /** `sequence` is the meeting's calendar sequence the change gave it; a later change supersedes it. */
  [JOBS.meetingChange]: { meetingId: string; sequence: number };
  /** `period` is the London year (2027) the check belongs to: one per record and year. */
  [JOBS.directoryCheck]: { kind: DirectoryCheckKind; recordId: string; period: string };
  /** `personId` is whose view (which papers) the pack is built for. */
  [JOBS.agendaPdf]: { meetingId: string; version: number; personId: string };
  [JOBS.minutesPdf]: { minutesId: string; version: number };
  /** `period` is the ISO week (2026-W48) whose Monday 08:00 (London) closes the window. */
  [JOBS.bankSearchDigest]: { savedSearchId: string; period: string };
  /** `period` is the ISO week (London); `done` is how many links it had checked when asked, so each batch has its own id. */
  [JOBS.bankLinkCheck]: { period: string; done: number };
  /** `sha256` is the file it is made from: a replaced file makes a new job. */
  [JOBS.resourceThumbnail]: { resourceId: string; sha256: string };
  /** `sha256` is the file it is read from: a replaced file makes a new job. */
  [JOBS.resourceText]: { resourceId: string; sha256: string };
  [JOBS.replyOutcome]: { inboundMessageId: string };
  [JOBS.foiLetters]: { campaignId: string };
  /** `dueOn` is the due date (YYYY-MM-DD) the reminder is about. */
  [JOBS.foiChaser]: { campaignId: string; dueOn: string };
  [JOBS.foiOverdue]: { campaignId: string; dueOn: string };
  /** The request's correspondence entry holding the review letter. */
  [JOBS.foiInternalReview]: { correspondenceId: string };
}

/** Which queue carries each job. */
export const JOB_QUEUE: { [J in JobName]: QueueName } = {
  [JOBS.tick]: QUEUES.schedule,
  [JOBS.invitationEmail]: QUEUES.mail,
  [JOBS.passwordResetEmail]: QUEUES.mail,
  [JOBS.signInLinkEmail]: QUEUES.mail,
  [JOBS.emailConfirmationEmail]: QUEUES.mail,
  [JOBS.agendaPack]: QUEUES.mail,
  [JOBS.agendaSupplement]: QUEUES.mail,
  [JOBS.agendaReminder]: QUEUES.mail,
  [JOBS.minutesEmail]: QUEUES.mail,
  [JOBS.forumDigest]: QUEUES.mail,
  [JOBS.mentionsEmail]: QUEUES.mail,
  [JOBS.watchedPostsEmail]: QUEUES.mail,
  [JOBS.heldPostEmail]: QUEUES.mail,
  [JOBS.actionReminder]: QUEUES.mail,
  [JOBS.meetingChange]: QUEUES.mail,
  [JOBS.directoryCheck]: QUEUES.mail,
  [JOBS.agendaPdf]: QUEUES.pdf,
  [JOBS.minutesPdf]: QUEUES.pdf,
  [JOBS.bankSearchDigest]: QUEUES.mail,
  [JOBS.bankLinkCheck]: QUEUES.bank,
  [JOBS.resourceThumbnail]: QUEUES.bank,
  [JOBS.resourceText]: QUEUES.bank,
  [JOBS.replyOutcome]: QUEUES.mail,
  [JOBS.foiLetters]: QUEUES.mail,
  [JOBS.foiChaser]: QUEUES.mail,
  [JOBS.foiOverdue]: QUEUES.mail,
  [JOBS.foiInternalReview]: QUEUES.mail,
};

/**
 * Job ids derive from the data, so enqueueing the same work twice is a no-op. BullMQ reserves
 * `:` in ids, so the parts are joined with `.`.
 */
export const JOB_ID: { [J in JobName]: (payload: JobPayloads[J]) => string } = {
  [JOBS.tick]: (p) => `tick.${p.at ?? 'now'}`,
  [JOBS.invitationEmail]: (p) => `invitation.${p.invitationId}`,
  [JOBS.passwordResetEmail]: (p) => `password-reset.${p.passwordResetId}`,
  [JOBS.signInLinkEmail]: (p) => `sign-in-link.${p.signInLinkId}`,
  [JOBS.emailConfirmationEmail]: (p) => `email-confirmation.${p.emailConfirmationId}`,
  [JOBS.agendaPack]: (p) => `agenda-pack.${p.meetingId}.v${p.version}`,
  [JOBS.agendaSupplement]: (p) => `agenda-supplement.${p.paperId}.${p.stamp}`,
  [JOBS.agendaReminder]: (p) => `agenda-reminder.${p.meetingId}`,
  [JOBS.minutesEmail]: (p) => `minutes.${p.minutesId}.${p.state}`,
  [JOBS.forumDigest]: (p) => `forum-digest.${p.personId}.${p.period}`,
  [JOBS.mentionsEmail]: (p) => `mentions.${p.personId}.${p.window.replace(/:/g, '-')}`,
  [JOBS.watchedPostsEmail]: (p) => `watched-posts.${p.personId}.${p.window.replace(/:/g, '-')}`,
  [JOBS.heldPostEmail]: (p) => `held-post.${p.postId}`,
  [JOBS.actionReminder]: (p) => `action-reminder.${p.actionId}.${p.kind}`,
  [JOBS.meetingChange]: (p) => `meeting-change.${p.meetingId}.${p.sequence}`,
  [JOBS.directoryCheck]: (p) => `directory-check.${p.kind}.${p.recordId}.${p.period}`,
  [JOBS.agendaPdf]: (p) => `agenda-pdf.${p.meetingId}.v${p.version}.${p.personId}`,
  [JOBS.minutesPdf]: (p) => `minutes-pdf.${p.minutesId}.v${p.version}`,
  [JOBS.bankSearchDigest]: (p) => `bank-search.${p.savedSearchId}.${p.period}`,
  [JOBS.bankLinkCheck]: (p) => `bank-link-check.${p.period}.${p.done}`,
  [JOBS.resourceThumbnail]: (p) => `resource-thumbnail.${p.resourceId}.${p.sha256}`,
  [JOBS.resourceText]: (p) => `resource-text.${p.resourceId}.${p.sha256}`,
  [JOBS.replyOutcome]: (p) => `reply-outcome.${p.inboundMessageId}`,
  [JOBS.foiLetters]: (p) => `foi-letters.${p.campaignId}`,
  [JOBS.foiChaser]: (p) => `foi-chaser.${p.campaignId}.${p.dueOn}`,
  [JOBS.foiOverdue]: (p) => `foi-overdue.${p.campaignId}.${p.dueOn}`,
  [JOBS.foiInternalReview]: (p) => `foi-internal-review.${p.correspondenceId}`,
};

/** What a person can unsubscribe from, one click each. Invitations and resets are not optional. */
export enum EmailCategory {
  AGENDA = 'AGENDA',
  MINUTES = 'MINUTES',
  FORUM_DIGEST = 'FORUM_DIGEST',
  MENTIONS = 'MENTIONS',
  ACTION_REMINDERS = 'ACTION_REMINDERS',
  /** One saved knowledge bank search: unsubscribing stops that search. */
  BANK_SEARCH = 'BANK_SEARCH',
  /** Posts in watched threads and forums: watching is the opt-in; unsubscribing stops every watch. */
  WATCHING = 'WATCHING',
}

export enum DigestFrequency {
  OFF = 'OFF',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

/** Purpose-key prefixes of the ledger, and the category a one-click unsubscribe turns off. */
export const PURPOSE_CATEGORY: Record<string, EmailCategory> = {
  'agenda-pack': EmailCategory.AGENDA,
  'agenda-updated': EmailCategory.AGENDA,
  'agenda-supplement': EmailCategory.AGENDA,
  'agenda-reminder': EmailCategory.AGENDA,
  minutes: EmailCategory.MINUTES,
  'forum-digest': EmailCategory.FORUM_DIGEST,
  mentions: EmailCategory.MENTIONS,
  'action-reminder': EmailCategory.ACTION_REMINDERS,
  'meeting-moved': EmailCategory.AGENDA,
  'meeting-cancelled': EmailCategory.AGENDA,
  'bank-search': EmailCategory.BANK_SEARCH,
  'watched-posts': EmailCategory.WATCHING,
};

export function categoryOfPurpose(purposeKey: string): EmailCategory | null {
  return PURPOSE_CATEGORY[purposeKey.split(':')[0]] ?? null;
}
