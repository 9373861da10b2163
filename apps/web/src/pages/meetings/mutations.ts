import { graphql } from '../../gql';

// Replies and contributions from group members.
export const MEETING_ACCEPT = graphql(`
  mutation MeetingAccept($meetingId: ID!) {
    acceptMeeting(meetingId: $meetingId) {
      id
    }
  }
`);
export const MEETING_SEND_APOLOGIES = graphql(`
  mutation MeetingSendApologies($meetingId: ID!, $note: String) {
    sendApologies(meetingId: $meetingId, note: $note) {
      id
    }
  }
`);
export const MEETING_RECORD_ATTENDANCE = graphql(`
  mutation MeetingRecordAttendance($meetingId: ID!, $personId: ID!, $status: AttendanceStatus!, $note: String) {
    recordAttendance(meetingId: $meetingId, personId: $personId, status: $status, note: $note) {
      id
    }
  }
`);
export const MEETING_PROPOSE_ITEM = graphql(`
  mutation MeetingProposeItem($meetingId: ID!, $input: AgendaItemInput!) {
    proposeAgendaItem(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
export const MEETING_CONTRIBUTE_ENTRY = graphql(`
  mutation MeetingContributeEntry($meetingId: ID!, $input: AssessmentEntryInput!) {
    contributeAssessmentEntry(meetingId: $meetingId, input: $input) {
      id
      status
    }
  }
`);

// The agenda, for the chair, secretary and coordinators.
export const MEETING_ADD_ITEM = graphql(`
  mutation MeetingAddItem($meetingId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
export const MEETING_REORDER = graphql(`
  mutation MeetingReorder($meetingId: ID!, $itemIds: [ID!]!) {
    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)
  }
`);
export const MEETING_ACCEPT_ITEM = graphql(`
  mutation MeetingAcceptItem($id: ID!) {
    acceptAgendaItem(id: $id) {
      id
    }
  }
`);
export const MEETING_DECLINE_ITEM = graphql(`
  mutation MeetingDeclineItem($id: ID!, $reason: String!) {
    declineAgendaItem(id: $id, reason: $reason) {
      id
    }
  }
`);
export const MEETING_REMOVE_ITEM = graphql(`
  mutation MeetingRemoveItem($id: ID!) {
    removeAgendaItem(id: $id)
  }
`);
export const MEETING_PUBLISH_AGENDA = graphql(`
  mutation MeetingPublishAgenda($meetingId: ID!, $changeNote: String) {
    publishAgenda(meetingId: $meetingId, changeNote: $changeNote) {
      version
    }
  }
`);

// The assessment, for the chair, secretary and coordinators.
export const MEETING_CURATE_ENTRY = graphql(`
  mutation MeetingCurateEntry($id: ID!, $input: AssessmentCurationInput!) {
    curateAssessmentEntry(id: $id, input: $input) {
      id
    }
  }
`);
export const MEETING_CARRY_FORWARD = graphql(`
  mutation MeetingCarryForward($meetingId: ID!) {
    carryForwardAssessment(meetingId: $meetingId)
  }
`);

// Minutes and actions.
export const MEETING_START_MINUTES = graphql(`
  mutation MeetingStartMinutes($meetingId: ID!) {
    startMinutes(meetingId: $meetingId) {
      id
    }
  }
`);
export const MEETING_UPDATE_MINUTES = graphql(`
  mutation MeetingUpdateMinutes($minutesId: ID!, $input: MinutesInput!) {
    updateMinutes(minutesId: $minutesId, input: $input) {
      id
      version
    }
  }
`);
export const MEETING_CIRCULATE_MINUTES = graphql(`
  mutation MeetingCirculateMinutes($minutesId: ID!) {
    circulateMinutes(minutesId: $minutesId) {
      id
    }
  }
`);
export const MEETING_APPROVE_MINUTES = graphql(`
  mutation MeetingApproveMinutes($minutesId: ID!, $atMeetingId: ID!) {
    approveMinutes(minutesId: $minutesId, atMeetingId: $atMeetingId) {
      id
    }
  }
`);
export const MEETING_PUBLISH_MINUTES = graphql(`
  mutation MeetingPublishMinutes($minutesId: ID!) {
    publishMinutes(minutesId: $minutesId) {
      id
    }
  }
`);
export const MEETING_ADD_ACTION = graphql(`
  mutation MeetingAddAction($meetingId: ID!, $input: ActionInput!) {
    addAction(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);

// Moving or cancelling one meeting.
export const MEETING_MOVE = graphql(`
  mutation MeetingMove($id: ID!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $reason: String!) {
    moveMeeting(id: $id, startsAt: $startsAt, endsAt: $endsAt, location: $location, reason: $reason) {
      id
    }
  }
`);
export const MEETING_CANCEL = graphql(`
  mutation MeetingCancel($id: ID!, $reason: String!) {
    cancelMeeting(id: $id, reason: $reason) {
      id
    }
  }
`);
export const MEETING_COMMENT_ON_MINUTES = graphql(`
  mutation MeetingCommentOnMinutes($minutesId: ID!, $body: String!) {
    commentOnMinutes(minutesId: $minutesId, body: $body) {
      id
    }
  }
`);

export const MEETING_SCHEDULE_ONE_OFF = graphql(`
  mutation MeetingScheduleOneOff($groupId: ID!, $title: String!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $onlineUrl: String) {
    scheduleOneOffMeeting(groupId: $groupId, title: $title, startsAt: $startsAt, endsAt: $endsAt, location: $location, onlineUrl: $onlineUrl) {
      id
    }
  }
`);
export const MEETING_UPDATE_ITEM = graphql(`
  mutation MeetingUpdateItem($id: ID!, $input: AgendaItemUpdateInput!) {
    updateAgendaItem(id: $id, input: $input) {
      id
    }
  }
`);
export const MEETING_OPEN_INPUTS = graphql(`
  mutation MeetingOpenInputs($agendaItemId: ID!) {
    openInputsThread(agendaItemId: $agendaItemId) {
      id
      forumId
    }
  }
`);
export const MEETING_UPDATE_ACTION = graphql(`
  mutation MeetingUpdateAction($id: ID!, $input: ActionUpdateInput!) {
    updateAction(id: $id, input: $input) {
      id
    }
  }
`);
export const MEETING_RECORD_ATTENDANCE_SHEET = graphql(`
  mutation MeetingRecordAttendanceSheet($meetingId: ID!, $input: AttendanceSheetInput!) {
    recordAttendanceSheet(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
