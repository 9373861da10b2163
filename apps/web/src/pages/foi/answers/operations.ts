import { graphql } from '../../../gql';

export const FOI_ANSWER_SHEET = graphql(`
  query FoiAnswerSheet($requestId: ID!) {
    foiAnswerSheet(requestId: $requestId) {
      requestId
      campaignId
      authority
      canRecord
      questions {
        id
        number
        text
        unit
        definition
        answer {
          id
          qualifier
          value
          display
          note
          source
        }
      }
    }
  }
`);

export const RECORD_FOI_ANSWERS = graphql(`
  mutation RecordFoiAnswers($input: RecordFoiAnswersInput!) {
    recordFoiAnswers(input: $input) {
      requestId
      questions {
        id
        answer {
          id
          qualifier
          value
          display
          note
          source
        }
      }
    }
  }
`);

export const FOI_MATRIX = graphql(`
  query FoiMatrix($campaignId: ID!) {
    foiMatrix(campaignId: $campaignId) {
      campaignId
      title
      status
      requests
      replied
      responseRate
      csvUrl
      xlsxUrl
      questions {
        id
        number
        text
        unit
        definition
        totals {
          exactTotal
          withEstimatesTotal
          exactTotalText
          withEstimatesTotalText
          exact
          estimates
          fewerThanFive
          notHeld
          notKnown
          refused
          yes
          no
          unanswered
          summary
        }
      }
      rows {
        requestId
        authority
        status
        dueOn
        daysOverdue
        replied
        cells {
          questionId
          qualifier
          amount
          display
          note
        }
      }
      overdue {
        requestId
        authority
        dueOn
        internalReviewDueOn
        daysOverdue
        overdueFor
      }
    }
  }
`);

export const FOI_PUBLISHING = graphql(`
  query FoiPublishing($campaignId: ID!) {
    foiPublishing(campaignId: $campaignId) {
      campaignId
      publishable
      notPublishableReason
      datasets {
        id
        version
        signedOffAt
        signedOffByName
        withdrawnAt
        publicUrl
      }
    }
  }
`);

export const SIGN_OFF_FOI_DATASET = graphql(`
  mutation SignOffFoiDataset($campaignId: ID!) {
    signOffFoiDataset(campaignId: $campaignId) {
      campaignId
      datasets {
        id
        version
        signedOffAt
        signedOffByName
        withdrawnAt
        publicUrl
      }
    }
  }
`);

export const WITHDRAW_FOI_DATASET = graphql(`
  mutation WithdrawFoiDataset($campaignId: ID!) {
    withdrawFoiDataset(campaignId: $campaignId) {
      campaignId
      datasets {
        id
        version
        signedOffAt
        signedOffByName
        withdrawnAt
        publicUrl
      }
    }
  }
`);
