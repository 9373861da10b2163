import { graphql } from '../../gql';

/** A version of the terms of reference, as the group page and the terms page show it. */
export const TERMS_FIELDS = graphql(`
  fragment GroupsTermsFields on TermsOfReference {
    id
    version
    status
    purpose
    membership
    quorum
    quorumSeats
    cadence
    reviewDate
    reviewDue
    body
    approvedAt
    approvedBy {
      name
    }
    createdAt
  }
`);
