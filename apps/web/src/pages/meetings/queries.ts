import { graphql } from '../../gql';

/** The agenda pack: everything the meeting page shows, in one request. */
export const MEETING_PACK = graphql(`
  query MeetingPack($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      endsAt
      location
      onlineUrl
      status
      cancelReason
      moved
      isPast
      packPdf {
        status
        url
        pageCount
        size
      }
      viewerCan {
        editAgenda
        publishAgenda
        proposeItem
        openInputs
        reply
        recordAttendance
        takeMinutes
        circulateMinutes
        approveMinutes
        publishMinutes
        commentOnMinutes
        move
        cancel
      }
      group {
        id
        name
        submissionDeadlineDays
        agendaPackDays
        members {
          id
          role
          person {
            id
            name
          }
        }
      }
      quorum {
        required
        expected
        present
        met
      }
      agendaItems {
        id
        position
        title
        description
        standing
        minutesAllotted
        status
        declineReason
        papers {
          title
          url
        }
        bankPapers {
          id
          resourceTitle
          resourceUrl
        }
        files {
          id
          title
          confidentiality
          filename
          contentType
          size
          pageCount
          downloadUrl
          scanStatus
          supplement
          readers {
            id
            name
          }
          version
          versionCreatedAt
          versionAuthor {
            name
          }
          viewerCan {
            manage
          }
        }
        presenter {
          id
          name
          organisation {
            name
          }
        }
        proposedBy {
          id
          name
        }
        inputsThread {
          id
          forumId
          title
          locked
        }
      }
      agendaVersions {
        version
        changeNote
        publishedAt
        items {
          id
          title
        }
      }
      assessment {
        id
        theme
        kind
        rating
        direction
        summary
        evidence
        source
        status
        carriedForward
        contributedBy {
          id
          name
        }
      }
      mattersArising {
        id
        title
        dueDate
        overdue
        owner {
          id
          name
        }
        meeting {
          id
          title
          startsAt
        }
      }
      attendance {
        id
        status
        note
        person {
          id
          name
        }
      }
      minutes {
        id
        status
        version
        files {
          id
          title
          confidentiality
          filename
          contentType
          size
          pageCount
          downloadUrl
          scanStatus
          supplement
          readers {
            id
            name
          }
          version
          versionCreatedAt
          versionAuthor {
            name
          }
          viewerCan {
            manage
          }
        }
        pdf {
          status
          url
          pageCount
          size
        }
        items {
          agendaItemId
          title
          notes
          notesHtml
          redacted
        }
        decisions
        attendanceNote
        circulatedAt
        approvedAt
        approvedBy {
          name
        }
        publishedAt
        comments {
          id
          body
          createdAt
          author {
            name
          }
        }
      }
      actions {
        id
        title
        dueDate
        status
        overdue
        owner {
          id
          name
        }
      }
    }
  }
`);

/** Saved versions of the minutes: for the chair, secretary and coordinators only. */
export const MEETING_MINUTES_REVISIONS = graphql(`
  query MeetingMinutesRevisions($id: ID!) {
    minutes(id: $id) {
      id
      revisions {
        version
        status
        createdAt
      }
    }
  }
`);

/** The group's meetings from this one on, to choose where the minutes were approved. */
export const MEETING_LATER_MEETINGS = graphql(`
  query MeetingLaterMeetings($groupId: ID!, $from: DateTime!) {
    group(id: $groupId) {
      id
      meetings(from: $from) {
        id
        title
        startsAt
        status
        hasStarted
      }
    }
  }
`);

/** How many people an email to the group would reach now, for the check step before sending. */
export const MEETING_RECIPIENT_COUNT = graphql(`
  query MeetingRecipientCount($id: ID!, $email: MeetingEmail!) {
    meeting(id: $id) {
      id
      recipientCount(email: $email)
    }
  }
`);

/** The group a new meeting is for, with its defaults. */
export const MEETING_NEW_GROUP = graphql(`
  query MeetingNewGroup($id: ID!) {
    group(id: $id) {
      id
      name
      meetingDurationMinutes
      defaultLocation
      defaultOnlineUrl
    }
  }
`);
