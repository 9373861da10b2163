import { graphql } from '../../gql';

export const FOI_CAMPAIGNS = graphql(`
  query FoiCampaigns {
    foiCampaigns {
      id
      title
      status
      sentAt
      createdAt
      group {
        id
        name
      }
      counts {
        requests
        open
        overdue
        unsent
      }
    }
  }
`);

export const FOI_CAMPAIGN = graphql(`
  query FoiCampaign($id: ID!) {
    foiCampaign(id: $id) {
      id
      title
      purpose
      letterTemplate
      publicationPolicy
      status
      groupId
      group {
        id
        name
      }
      sentAt
      closedAt
      letterPreview
      viewerCan {
        manage
      }
      questions {
        id
        number
        text
        unit
        definition
      }
      recipients {
        id
        listId
        listName
        version
        organisations {
          id
          name
          foiEmail
          foiPortalUrl
        }
      }
      counts {
        requests
        open
        overdue
        unsent
      }
      requests {
        id
        status
        sentVia
        sentTo
        sentAt
        dueOn
        refusalSection
        organisation {
          id
          name
        }
        clock {
          kind
          workingDays
          text
        }
      }
    }
  }
`);

export const FOI_CAMPAIGN_FORM_CHOICES = graphql(`
  query FoiCampaignFormChoices {
    groups {
      id
      name
    }
    foiRecipientLists {
      id
      name
      currentVersion
    }
  }
`);

export const CREATE_FOI_CAMPAIGN = graphql(`
  mutation CreateFoiCampaign($input: FoiCampaignInput!) {
    createFoiCampaign(input: $input) {
      id
    }
  }
`);

export const UPDATE_FOI_CAMPAIGN = graphql(`
  mutation UpdateFoiCampaign($id: ID!, $input: FoiCampaignInput!) {
    updateFoiCampaign(id: $id, input: $input) {
      id
    }
  }
`);

export const SET_FOI_QUESTIONS = graphql(`
  mutation SetFoiQuestions($campaignId: ID!, $input: FoiQuestionsInput!) {
    setFoiQuestions(campaignId: $campaignId, input: $input) {
      id
    }
  }
`);

export const CHOOSE_FOI_RECIPIENTS = graphql(`
  mutation ChooseFoiRecipients($campaignId: ID!, $listId: ID!) {
    chooseFoiRecipients(campaignId: $campaignId, listId: $listId) {
      id
    }
  }
`);

export const SEND_FOI_CAMPAIGN = graphql(`
  mutation SendFoiCampaign($campaignId: ID!) {
    sendFoiCampaign(campaignId: $campaignId) {
      email
      portal
    }
  }
`);

export const CLOSE_FOI_CAMPAIGN = graphql(`
  mutation CloseFoiCampaign($campaignId: ID!) {
    closeFoiCampaign(campaignId: $campaignId) {
      id
    }
  }
`);

export const DELETE_FOI_CAMPAIGN = graphql(`
  mutation DeleteFoiCampaign($id: ID!) {
    deleteFoiCampaign(id: $id)
  }
`);

export const FOI_REQUEST = graphql(`
  query FoiRequest($id: ID!) {
    foiRequest(id: $id) {
      id
      campaignId
      campaign {
        id
        title
      }
      organisation {
        id
        name
      }
      sentTo
      sentVia
      sentAt
      portalReference
      receivedOn
      dueOn
      status
      refusalSection
      answeredOn
      extensionWorkingDays
      extensionReason
      internalReviewRequestedOn
      internalReviewDueOn
      icoReference
      icoComplainedOn
      closedOn
      letterSubject
      letterText
      internalReviewDraft
      viewerCan {
        manage
      }
      clock {
        kind
        workingDays
        text
      }
      clarifications {
        id
        requestedOn
        answeredOn
      }
      correspondence {
        id
        direction
        kind
        fromAddress
        toAddress
        subject
        body
        occurredAt
        emailStatus
        emailedAt
        attachments {
          id
          filename
          contentType
          size
          url
        }
      }
    }
  }
`);

export const RECORD_FOI_PORTAL_SUBMISSION = graphql(`
  mutation RecordFoiPortalSubmission($requestId: ID!, $input: FoiPortalSubmissionInput!) {
    recordFoiPortalSubmission(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const SET_FOI_RECEIVED_ON = graphql(`
  mutation SetFoiReceivedOn($requestId: ID!, $input: FoiReceivedInput!) {
    setFoiReceivedOn(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const REQUEST_FOI_CLARIFICATION = graphql(`
  mutation RequestFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {
    requestFoiClarification(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const ANSWER_FOI_CLARIFICATION = graphql(`
  mutation AnswerFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {
    answerFoiClarification(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const EXTEND_FOI_REQUEST = graphql(`
  mutation ExtendFoiRequest($requestId: ID!, $input: FoiExtensionInput!) {
    extendFoiRequest(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const SET_FOI_REQUEST_STATUS = graphql(`
  mutation SetFoiRequestStatus($requestId: ID!, $input: FoiStatusInput!) {
    setFoiRequestStatus(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const START_FOI_INTERNAL_REVIEW = graphql(`
  mutation StartFoiInternalReview($requestId: ID!, $input: FoiInternalReviewInput!) {
    startFoiInternalReview(requestId: $requestId, input: $input) {
      id
    }
  }
`);

export const ADD_FOI_CORRESPONDENCE = graphql(`
  mutation AddFoiCorrespondence($requestId: ID!, $input: FoiCorrespondenceInput!) {
    addFoiCorrespondence(requestId: $requestId, input: $input)
  }
`);

export const CREATE_FOI_ATTACHMENT_UPLOAD = graphql(`
  mutation CreateFoiAttachmentUpload($correspondenceId: ID!) {
    createFoiAttachmentUpload(correspondenceId: $correspondenceId) {
      token
      maxBytes
    }
  }
`);

export const FOI_RECIPIENT_LISTS = graphql(`
  query FoiRecipientLists {
    foiRecipientLists {
      id
      name
      currentVersion
      updatedAt
      current {
        id
        version
        organisations {
          id
          name
          foiEmail
          foiPortalUrl
        }
      }
    }
  }
`);

export const FOI_ORGANISATION_CHOICES = graphql(`
  query FoiOrganisationChoices($search: String) {
    organisations(first: 100, search: $search) {
      nodes {
        id
        name
        kind
        foiEmail
        foiPortalUrl
      }
    }
  }
`);

export const CREATE_FOI_RECIPIENT_LIST = graphql(`
  mutation CreateFoiRecipientList($input: FoiRecipientListInput!) {
    createFoiRecipientList(input: $input)
  }
`);

export const UPDATE_FOI_RECIPIENT_LIST = graphql(`
  mutation UpdateFoiRecipientList($id: ID!, $input: FoiRecipientListInput!) {
    updateFoiRecipientList(id: $id, input: $input) {
      id
      currentVersion
    }
  }
`);

export const FOI_HOLIDAY_YEARS = graphql(`
  query FoiHolidayYears {
    foiHolidayYears {
      year
      source
      holidays {
        day
        name
      }
    }
    foiSettings {
      fromAddress
    }
  }
`);

export const SET_FOI_HOLIDAY_YEAR = graphql(`
  mutation SetFoiHolidayYear($input: FoiHolidayYearInput!) {
    setFoiHolidayYear(input: $input) {
      year
    }
  }
`);

export const REMOVE_FOI_HOLIDAY_YEAR = graphql(`
  mutation RemoveFoiHolidayYear($year: Int!) {
    removeFoiHolidayYear(year: $year)
  }
`);

export const SET_FOI_FROM_ADDRESS = graphql(`
  mutation SetFoiFromAddress($address: String) {
    setFoiFromAddress(address: $address) {
      fromAddress
    }
  }
`);

export const ORGANISATION_FOI_ADDRESS = graphql(`
  query OrganisationFoiAddress($id: ID!) {
    organisation(id: $id) {
      id
      foiEmail
      foiPortalUrl
    }
  }
`);

export const SET_ORGANISATION_FOI_ADDRESS = graphql(`
  mutation SetOrganisationFoiAddress($organisationId: ID!, $input: FoiAddressInput!) {
    setOrganisationFoiAddress(organisationId: $organisationId, input: $input) {
      id
    }
  }
`);
