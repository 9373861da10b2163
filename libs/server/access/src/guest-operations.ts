import type { Actor } from './actor';
import { isGuest } from './policies/guests.policy';

/**
 * The GraphQL operations and field resolvers ("Type.field") a forum guest may call: their forums,
 * threads and posts, the names of the people there, their own profile, and signing in and out.
 * Everything else answers FORBIDDEN (an operation) or null / an empty list (a field), so a new
 * operation is closed to guests until it is named here. Inside these, the guest policy
 * (policies/guests.policy.ts) still decides which rows.
 */
export const GUEST_OPERATIONS: ReadonlySet<string> = new Set([
  // Signing in and out, joining, their own account.
  'Mutation.signIn',
  'Mutation.requestSignInLink',
  'Mutation.signInWithLink',
  'Mutation.signOut',
  'Mutation.signOutEverywhere',
  'Mutation.switchPartnership',
  'Mutation.acceptInvitation',
  'Mutation.confirmEmail',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.changePassword',
  'Mutation.updateMyProfile',
  'Mutation.updateEmailPreferences',
  'Query.invitationPreview',
  'Query.emailPreferences',
  // What their own replies by email did (their preferences page lists them).
  'Query.myEmailReplies',
  'Query.me',
  // A group's published page answers a guest exactly as it answers the public.
  'Query.publicGroup',
  'Me.forums',
  'Me.organisation',
  'Me.organisationName',
  // What they may create (nothing: guests have no capabilities), so the client shows no such buttons.
  'Partnership.viewerCan',
  // Their forums, and the people there by name.
  'Query.person',
  'Query.forums',
  'Query.forum',
  'Query.thread',
  'Query.searchForums',
  'Query.mentionCandidates',
  'Query.previewPost',
  'Mutation.createThread',
  'Mutation.createPost',
  'Mutation.editPost',
  'Mutation.markThreadRead',
  'Mutation.reportPost',
  'Forum.threads',
  'Forum.members',
  'Forum.myRole',
  'Forum.unreadCount',
  'Forum.viewerCan',
  'Forum.reports',
  'Forum.guestPostsHeld',
  'ForumMember.person',
  'ForumMember.guest',
  'Thread.forum',
  'Thread.posts',
  'Thread.createdBy',
  'Post.author',
  'Post.revisions',
  // Following and reading what they may read.
  'Mutation.followThread',
  'Mutation.followForum',
  'Forum.followLevel',
  'Thread.followLevel',
  'Thread.effectiveFollowLevel',
  'Thread.unreadCount',
  'Thread.lastReadPosition',
  'Thread.firstUnreadPostId',
  // Held posts and the personal-data guard, as any poster sees them (moderators' own fields answer empty to others).
  'Query.heldPosts',
  'Post.approval',
  'Forum.personalDataMode',
  'Forum.heldCount',
  'Thread.titleModeration',
  'Thread.hiddenTitle',
  'Thread.waitingForApproval',
  'Person.forums',
  'Person.organisationName',
  // Their own; anyone else's answer FORBIDDEN (personContactRead, applied by PeopleService.byIds).
  'Person.role',
  'Person.preferredLanguage',
  'Person.active',
  'Person.joinedAt',
]);

/** May `actor` call the operation or field `key` ("Type.field")? Only guests are limited here. */
export const guestMayCall = (actor: Actor | null | undefined, key: string): boolean => !actor || !isGuest(actor) || GUEST_OPERATIONS.has(key);
