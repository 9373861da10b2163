import { ActionReminderHandler } from './handlers/action-reminder.handler';
import { AgendaPackHandler } from './handlers/agenda-pack.handler';
import { AgendaReminderHandler } from './handlers/agenda-reminder.handler';
import { AgendaSupplementHandler } from './handlers/agenda-supplement.handler';
import { ForumDigestHandler } from './handlers/forum-digest.handler';
import { MentionsEmailHandler } from './handlers/mentions-email.handler';
import { WatchedPostsHandler } from './handlers/watched-posts.handler';
import { HeldPostHandler } from './handlers/held-post.handler';
import { MeetingChangeHandler } from './handlers/meeting-change.handler';
import { MinutesEmailHandler } from './handlers/minutes-email.handler';
import { AgendaPdfHandler, MinutesPdfHandler } from './handlers/pack-pdf.handlers';
import { DirectoryCheckHandler } from './handlers/directory-check.handler';
import { BankSearchDigestHandler } from './handlers/bank-search-digest.handler';
import { BankLinkCheckHandler } from './handlers/bank-link-check.handler';
import { ResourceThumbnailHandler } from './handlers/resource-thumbnail.handler';
import { ResourceTextHandler } from './handlers/resource-text.handler';
import { EmailConfirmationEmailHandler } from './email-confirmation-email.handler';
import { InvitationEmailHandler } from './invitation-email.handler';
import { PasswordResetEmailHandler } from './password-reset-email.handler';
import { SignInLinkEmailHandler } from './sign-in-link-email.handler';
import { ReplyOutcomeEmailHandler } from './reply-outcome-email.handler';
import { FoiChaserHandler, FoiInternalReviewHandler, FoiLettersHandler, FoiOverdueHandler } from './handlers/foi.handlers';
import { TickHandler } from './tick.handler';

/** Every handler the worker runs. Adding a job to the catalogue means adding its handler here. */
export const HANDLER_CLASSES = [
  TickHandler,
  InvitationEmailHandler,
  PasswordResetEmailHandler,
  SignInLinkEmailHandler,
  EmailConfirmationEmailHandler,
  AgendaPackHandler,
  AgendaReminderHandler,
  AgendaSupplementHandler,
  MinutesEmailHandler,
  ForumDigestHandler,
  MentionsEmailHandler,
  WatchedPostsHandler,
  HeldPostHandler,
  ActionReminderHandler,
  MeetingChangeHandler,
  AgendaPdfHandler,
  MinutesPdfHandler,
  DirectoryCheckHandler,
  BankSearchDigestHandler,
  BankLinkCheckHandler,
  ResourceThumbnailHandler,
  ResourceTextHandler,
  ReplyOutcomeEmailHandler,
  FoiLettersHandler,
  FoiChaserHandler,
  FoiOverdueHandler,
  FoiInternalReviewHandler,
];
