/**
 * Everything that can be asked of the policy layer. Each permission is decided by exactly one
 * policy in ./policies; an unknown permission is denied.
 */
export const Permission = {
  partnershipRead: 'partnership.read',
  organisationRead: 'organisation.read',
  organisationManage: 'organisation.manage',
  personRead: 'person.read',
  /**
   * Everything about a person beyond their name (email address, job title, organisation, role,
   * language, whether active, when they joined): everyone in the partnership, but a forum guest only their own.
   */
  personContactRead: 'person.contact-read',
  personManage: 'person.manage',
  /** Whether their address bounces, their recent messages' outcomes, marking it working again: coordinators and admins. */
  personEmailHealth: 'person.email-health',
  invitationRead: 'invitation.read',
  invitationRevoke: 'invitation.revoke',
  auditRead: 'audit.read',
  groupRead: 'group.read',
  groupContribute: 'group.contribute',
  groupManage: 'group.manage',
  meetingRead: 'meeting.read',
  meetingContribute: 'meeting.contribute',
  meetingManage: 'meeting.manage',
  agendaItemRead: 'agenda-item.read',
  agendaItemManage: 'agenda-item.manage',
  /** A file on an agenda item, by its confidentiality (policies/papers.policy.ts). */
  paperRead: 'paper.read',
  /** New versions, confidentiality and readers, deletion: the item's managers and the paper's author. */
  paperManage: 'paper.manage',
  assessmentEntryRead: 'assessment-entry.read',
  assessmentEntryManage: 'assessment-entry.manage',
  /** Drafts (DRAFT, CIRCULATED) need minutesManage or, while circulated, minutesContribute. */
  minutesRead: 'minutes.read',
  minutesContribute: 'minutes.contribute',
  minutesManage: 'minutes.manage',
  actionRead: 'action.read',
  actionUpdate: 'action.update',
  termsRead: 'terms.read',
  termsManage: 'terms.manage',
  forumRead: 'forum.read',
  /** Start threads and post (locked threads refuse posts in the service). */
  forumPost: 'forum.post',
  /** Hide, pin, lock, members, reports. */
  forumModerate: 'forum.moderate',
  threadRead: 'thread.read',
  threadPost: 'thread.post',
  threadModerate: 'thread.moderate',
  postRead: 'post.read',
  postEdit: 'post.edit',
  postModerate: 'post.moderate',
  /** A knowledge bank resource, by its visibility (policies/resources.policy.ts). */
  resourceRead: 'resource.read',
  /** Edit, replace the file, delete: coordinators, and contributors on resources they read. */
  resourceManage: 'resource.manage',
  /** Add resources, asked about the partnership's id: coordinators and contributors. */
  resourceCreate: 'resource.create',
  /** A saved bank search (and its emails): only the person who saved it. */
  bankSavedSearchManage: 'bank-saved-search.manage',
  /** Directory services in the partnership (PUBLIC ones are also read signed out, policies/directory.policy.ts). */
  directoryServiceRead: 'directory-service.read',
  /** Profiles, services, locations, contacts, suggestions: coordinators and admins. */
  directoryOrganisationEdit: 'directory-organisation.edit',
  directoryServiceManage: 'directory-service.manage',
  directoryLocationManage: 'directory-location.manage',
  directoryContactManage: 'directory-contact.manage',
  directorySuggestionReview: 'directory-suggestion.review',
  /** An FOI campaign (policies/foi.policy.ts): coordinators, and the group's members once sent. */
  foiCampaignRead: 'foi-campaign.read',
  /** Edit, send, close a campaign: coordinators. */
  foiCampaignManage: 'foi-campaign.manage',
  /** A campaign's request to one authority, with its clock: as the campaign. */
  foiRequestRead: 'foi-request.read',
  /** Status, clarification, extension, review, portal sending: coordinators. */
  foiRequestManage: 'foi-request.manage',
  /** A correspondence entry and its attachments: as the request. */
  foiCorrespondenceRead: 'foi-correspondence.read',
  foiCorrespondenceManage: 'foi-correspondence.manage',
  /** A reusable recipient list: coordinators. */
  foiRecipientListManage: 'foi-recipient-list.manage',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Operations that are not about existing rows (creating, inviting): decided by role alone. */
export const Capability = {
  organisationCreate: 'organisation.create',
  invitationCreate: 'invitation.create',
  personList: 'person.list',
  groupCreate: 'group.create',
  groupArchive: 'group.archive',
  forumCreate: 'forum.create',
  /** Turn forum guests into members, and members who joined through a forum invitation into guests. */
  forumGuestsManage: 'forum-guests.manage',
  /** Name and remove the bank's contributors. */
  resourceContributorsManage: 'resource-contributors.manage',
  /** Add organisations, services, locations and contacts to the directory. */
  directoryEdit: 'directory.edit',
  directorySuggest: 'directory.suggest',
  directorySuggestionList: 'directory-suggestion.list',
  foiCampaignCreate: 'foi-campaign.create',
  /** The campaign list (each row then passes foiCampaignRead). */
  foiCampaignList: 'foi-campaign.list',
  foiRecipientListCreate: 'foi-recipient-list.create',
  /** Add or replace a year of bank holidays: coordinators and admins. */
  foiHolidaysManage: 'foi-holidays.manage',
} as const;
export type Capability = (typeof Capability)[keyof typeof Capability];
