import { graphql } from '../../gql';

/** The forums I am in, with what is new. */
export const FORUMS = graphql(`
  query ForumList {
    forums {
      id
      name
      description
      myRole
      unreadCount
    }
  }
`);

export const FORUM = graphql(`
  query ForumPage($id: ID!, $after: ID) {
    forum(id: $id) {
      id
      name
      description
      groupId
      myRole
      unreadCount
      followLevel
      threads(first: 20, after: $after) {
        nodes {
          id
          title
          theme
          kind
          pinned
          locked
          lastPostAt
          unreadCount
          effectiveFollowLevel
          createdBy {
            id
            name
          }
        }
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Moderators only: the API refuses these fields to everyone else. */
export const FORUM_MODERATION = graphql(`
  query ForumModeration($id: ID!) {
    forum(id: $id) {
      id
      members {
        role
        viaGroup
        person {
          id
          name
          organisation {
            name
          }
        }
      }
      reports {
        id
        postId
        path
        reason
        createdAt
      }
    }
  }
`);

export const FORUM_REPORTS = graphql(`
  query ForumReports($id: ID!) {
    forum(id: $id) {
      id
      reports {
        id
        postId
        reason
        createdAt
      }
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation ForumRemoveMember($forumId: ID!, $personId: ID!) {
    removeForumMember(forumId: $forumId, personId: $personId)
  }
`);

export const RESOLVE_REPORT = graphql(`
  mutation ForumResolveReport($id: ID!) {
    resolvePostReport(id: $id)
  }
`);

export const CREATE_THREAD = graphql(`
  mutation ForumCreateThread($forumId: ID!, $title: String!, $body: String!, $clientId: String!, $theme: String, $personalData: PersonalDataConsentInput) {
    createThread(forumId: $forumId, title: $title, body: $body, clientId: $clientId, theme: $theme, personalData: $personalData) {
      id
      forumId
      waitingForApproval
    }
  }
`);

export const PREVIEW = graphql(`
  query ForumPreviewPost($body: String!) {
    previewPost(body: $body)
  }
`);

/** A post as the thread page shows it. */
export const POST_FIELDS = graphql(`
  fragment ForumPostFields on Post {
    id
    threadId
    clientId
    replyToId
    author {
      id
      name
    }
    bodyMarkdown
    bodyHtml
    hidden
    hiddenReason
    createdAt
    editedAt
    cursor
    approval {
      state
    }
  }
`);

export const THREAD = graphql(`
  query ForumThread($id: ID!) {
    thread(id: $id) {
      id
      forumId
      title
      theme
      kind
      pinned
      locked
      locksAt
      createdAt
      followLevel
      effectiveFollowLevel
      firstUnreadPostId
      waitingForApproval
      forum {
        id
        name
        myRole
        followLevel
      }
      agendaItem {
        id
        title
        position
        meeting {
          id
          title
          startsAt
        }
      }
    }
  }
`);

export const THREAD_POSTS = graphql(`
  query ForumThreadPosts($id: ID!, $after: String) {
    thread(id: $id) {
      id
      posts(first: 100, after: $after) {
        nodes {
          ...ForumPostFields
        }
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CREATE_POST = graphql(`
  mutation ForumCreatePost($threadId: ID!, $body: String!, $clientId: String!, $replyToId: ID, $personalData: PersonalDataConsentInput) {
    createPost(threadId: $threadId, body: $body, clientId: $clientId, replyToId: $replyToId, personalData: $personalData) {
      ...ForumPostFields
    }
  }
`);

export const EDIT_POST = graphql(`
  mutation ForumEditPost($id: ID!, $body: String!, $personalData: PersonalDataConsentInput) {
    editPost(id: $id, body: $body, personalData: $personalData) {
      ...ForumPostFields
    }
  }
`);

export const HIDE_POST = graphql(`
  mutation ForumHidePost($id: ID!, $reason: String!) {
    hidePost(id: $id, reason: $reason) {
      ...ForumPostFields
    }
  }
`);

export const SHOW_POST = graphql(`
  mutation ForumShowPost($id: ID!) {
    showPost(id: $id) {
      ...ForumPostFields
    }
  }
`);

export const REPORT_POST = graphql(`
  mutation ForumReportPost($id: ID!, $reason: String!) {
    reportPost(id: $id, reason: $reason)
  }
`);

export const PIN_THREAD = graphql(`
  mutation ForumPinThread($id: ID!, $pinned: Boolean!) {
    pinThread(id: $id, pinned: $pinned) {
      id
      pinned
      locked
    }
  }
`);

export const LOCK_THREAD = graphql(`
  mutation ForumLockThread($id: ID!, $locked: Boolean!) {
    lockThread(id: $id, locked: $locked) {
      id
      pinned
      locked
    }
  }
`);

export const MARK_READ = graphql(`
  mutation ForumMarkThreadRead($threadId: ID!, $postId: ID) {
    markThreadRead(threadId: $threadId, postId: $postId)
  }
`);

export const SEARCH = graphql(`
  query ForumSearch($query: String!, $forumId: ID) {
    searchForums(query: $query, forumId: $forumId, first: 50) {
      postId
      threadId
      forumId
      threadTitle
      snippet
      createdAt
    }
  }
`);
