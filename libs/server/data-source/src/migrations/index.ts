import { Foundation1763800000000 } from './1763800000000-foundation';
import { SteeringGroups1763900000000 } from './1763900000000-steering-groups';
import { Forums1764000000000 } from './1764000000000-forums';
import { Notifications1764100000000 } from './1764100000000-notifications';
import { GroupForumById1764250000000 } from './1764250000000-group-forum-by-id';
import { MeetingSequence1764420000000 } from './1764420000000-meeting-sequence';
import { AssessmentCarriedOnce1764500000000 } from './1764500000000-assessment-carried-once';
import { GroupPlannedUntil1764510000000 } from './1764510000000-group-planned-until';
import { DeliveryClaimedByRun1764600000000 } from './1764600000000-delivery-claimed-by-run';
import { GroupInvitations1764700000000 } from './1764700000000-group-invitations';
import { AttendanceAbsent1764800000000 } from './1764800000000-attendance-absent';
import { EmailConfirmation1764900000000 } from './1764900000000-email-confirmation';
import { Papers1765010000000 } from './1765010000000-papers';
import { PackPdfs1765100000000 } from './1765100000000-pack-pdfs';
import { PaperScansAndMinutes1765110000000 } from './1765110000000-paper-scans-and-minutes';
import { KnowledgeBank1765200000000 } from './1765200000000-knowledge-bank';
import { BankWordIndex1765200000001 } from './1765200000001-bank-word-index';
import { BankOrganisationIds1765200000002 } from './1765200000002-bank-organisation-ids';
import { BankOrganisationIdsTrigger1765200000003 } from './1765200000003-bank-organisation-ids-trigger';
import { BankExtras1765250000000 } from './1765250000000-bank-extras';
import { BankWordList1765260000000 } from './1765260000000-bank-word-list';
import { BankFileText1765270000000 } from './1765270000000-bank-file-text';
import { Directory1765300000000 } from './1765300000000-directory';
import { DirectoryUpkeep1765350000000 } from './1765350000000-directory-upkeep';
import { QuorumSeats1765360000000 } from './1765360000000-quorum-seats';
import { StoredFileUncompressed1765400000000 } from './1765400000000-stored-file-uncompressed';
import { BankSearchRows1765500000000 } from './1765500000000-bank-search-rows';
import { BankFileWords1765500000001 } from './1765500000001-bank-file-words';
import { Foi1765600000000 } from './1765600000000-foi';
import { FoiChase1765600000001 } from './1765600000001-foi-chase';
import { FoiPausedClock1765600000002 } from './1765600000002-foi-paused-clock';
import { FoiReviewChase1765600000003 } from './1765600000003-foi-review-chase';
import { FoiAnswers1765650000000 } from './1765650000000-foi-answers';
import { InboundReplies1765700000000 } from './1765700000000-inbound-replies';
import { BouncesAndSignInLinks1765750000000 } from './1765750000000-bounces-and-sign-in-links';
import { HeldPostsAndGuard1765800000000 } from './1765800000000-held-posts-and-guard';
import { HiddenThreadTitle1765800000001 } from './1765800000001-hidden-thread-title';
import { ForumGuests1765850000000 } from './1765850000000-forum-guests';
import { ForumFollowing1765900000000 } from './1765900000000-forum-following';
import { PostEmailOnce1766100000000 } from './1766100000000-post-email-once';
import { FoiReviewEmails1766200000000 } from './1766200000000-foi-review-emails';
import { BankSearchIndexDirect1766300000000 } from './1766300000000-bank-search-index-direct';
import { InboundSettledIndex1766300000001 } from './1766300000001-inbound-settled-index';

/** In order; each migration is a timestamped class. */
export const MIGRATIONS = [
  Foundation1763800000000,
  SteeringGroups1763900000000,
  Forums1764000000000,
  Notifications1764100000000,
  GroupForumById1764250000000,
  MeetingSequence1764420000000,
  AssessmentCarriedOnce1764500000000,
  GroupPlannedUntil1764510000000,
  DeliveryClaimedByRun1764600000000,
  GroupInvitations1764700000000,
  AttendanceAbsent1764800000000,
  EmailConfirmation1764900000000,
  Papers1765010000000,
  PackPdfs1765100000000,
  PaperScansAndMinutes1765110000000,
  KnowledgeBank1765200000000,
  BankWordIndex1765200000001,
  BankOrganisationIds1765200000002,
  BankOrganisationIdsTrigger1765200000003,
  BankExtras1765250000000,
  BankWordList1765260000000,
  BankFileText1765270000000,
  Directory1765300000000,
  DirectoryUpkeep1765350000000,
  QuorumSeats1765360000000,
  StoredFileUncompressed1765400000000,
  BankSearchRows1765500000000,
  BankFileWords1765500000001,
  Foi1765600000000,
  FoiChase1765600000001,
  FoiPausedClock1765600000002,
  FoiReviewChase1765600000003,
  FoiAnswers1765650000000,
  InboundReplies1765700000000,
  BouncesAndSignInLinks1765750000000,
  HeldPostsAndGuard1765800000000,
  HiddenThreadTitle1765800000001,
  ForumGuests1765850000000,
  ForumFollowing1765900000000,
  PostEmailOnce1766100000000,
  FoiReviewEmails1766200000000,
  BankSearchIndexDirect1766300000000,
  InboundSettledIndex1766300000001,
];
