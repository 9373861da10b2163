import { graphql } from '../../../gql';

/** One recorded answer, as the answer sheet shows it before and after saving. */
export const FOI_ANSWER_FIELDS = graphql(`
  fragment FoiAnswerFields on FoiAnswer {
    id
    qualifier
    value
    display
    note
    source
  }
`);

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
          ...FoiAnswerFields
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
          ...FoiAnswerFields
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

/** What the publish page shows, answered alike by the query and both mutations. */
export const FOI_PUBLISHING_FIELDS = graphql(`
  fragment FoiPublishingFields on FoiPublishing {
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
`);

export const FOI_PUBLISHING = graphql(`
  query FoiPublishing($campaignId: ID!) {
    foiPublishing(campaignId: $campaignId) {
      ...FoiPublishingFields
    }
  }
`);

export const SIGN_OFF_FOI_DATASET = graphql(`
  mutation SignOffFoiDataset($campaignId: ID!) {
    signOffFoiDataset(campaignId: $campaignId) {
      ...FoiPublishingFields
    }
  }
`);

export const WITHDRAW_FOI_DATASET = graphql(`
  mutation WithdrawFoiDataset($campaignId: ID!) {
    withdrawFoiDataset(campaignId: $campaignId) {
      ...FoiPublishingFields
    }
  }
`);
