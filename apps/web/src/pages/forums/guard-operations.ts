import { graphql } from '../../gql';

/** The personal-data guard, held posts and moderated titles: their operations, beside the forum's own. */

export const HELD_POSTS = graphql(`
  query ForumHeldPosts($forumId: ID) {
    heldPosts(forumId: $forumId) {
      post {
        id
        threadId
        forumId
        bodyHtml
        createdAt
        author {
          id
          name
        }
      }
      threadTitle
      reason
      heldAt
      kinds
      authorReason
      forumId
    }
    forums {
      id
      name
      myRole
    }
  }
`);

export const APPROVE_POST = graphql(`
  mutation ForumApprovePost($id: ID!) {
    approvePost(id: $id) {
      id
    }
  }
`);

export const REJECT_POST = graphql(`
  mutation ForumRejectPost($id: ID!) {
    rejectPost(id: $id) {
      id
    }
  }
`);

export const FORUM_GUARD = graphql(`
  query ForumGuardSetting($id: ID!) {
    forum(id: $id) {
      id
      personalDataMode
      heldCount
    }
  }
`);

export const SET_PERSONAL_DATA_MODE = graphql(`
  mutation ForumSetPersonalDataMode($forumId: ID!, $mode: PersonalDataMode!) {
    setForumPersonalDataMode(forumId: $forumId, mode: $mode)
  }
`);

export const THREAD_TITLE = graphql(`
  query ForumThreadTitle($id: ID!) {
    thread(id: $id) {
      id
      title
      hiddenTitle
      waitingForApproval
      titleModeration {
        hidden
        reason
      }
    }
  }
`);

export const EDIT_THREAD_TITLE = graphql(`
  mutation ForumEditThreadTitle($id: ID!, $title: String!, $reason: String!, $personalData: PersonalDataConsentInput) {
    editThreadTitle(id: $id, title: $title, reason: $reason, personalData: $personalData) {
      id
      title
    }
  }
`);

export const HIDE_THREAD_TITLE = graphql(`
  mutation ForumHideThreadTitle($id: ID!, $reason: String!) {
    hideThreadTitle(id: $id, reason: $reason) {
      id
      title
    }
  }
`);

export const SHOW_THREAD_TITLE = graphql(`
  mutation ForumShowThreadTitle($id: ID!) {
    showThreadTitle(id: $id) {
      id
      title
    }
  }
`);
