import { graphql } from '../../gql';

export const DIRECTORY_CHECK_MONTHS = graphql(`
  query DirectoryCheckMonths {
    directoryCheckMonths
  }
`);

export const MERGE_PROPOSALS = graphql(`
  query DirectoryMergeProposals {
    directoryMergeProposals(limit: 50) {
      first {
        id
        name
        kind
        website
        charityNumber
        services
        contacts
        people
      }
      second {
        id
        name
        kind
        website
        charityNumber
        services
        contacts
        people
      }
      reasons
      similarity
    }
    organisationMerges(limit: 20) {
      id
      survivorId
      survivorName
      mergedName
      mergedAt
      undoneAt
      moved
    }
  }
`);

export const MERGE_ORGANISATIONS = graphql(`
  mutation MergeOrganisations($survivorId: ID!, $mergedId: ID!, $reasons: [MergeReason!]!) {
    mergeOrganisations(survivorId: $survivorId, mergedId: $mergedId, reasons: $reasons) {
      id
      survivorName
      mergedName
    }
  }
`);

export const UNDO_MERGE = graphql(`
  mutation UndoOrganisationMerge($id: ID!) {
    undoOrganisationMerge(id: $id) {
      id
      undoneAt
    }
  }
`);

export const DISMISS_MERGE = graphql(`
  mutation DismissMergeProposal($firstId: ID!, $secondId: ID!) {
    dismissMergeProposal(firstId: $firstId, secondId: $secondId)
  }
`);

export const PREVIEW_IMPORT = graphql(`
  mutation PreviewDirectoryImport($input: DirectoryCsvInput!) {
    previewDirectoryImport(input: $input) {
      organisations
      locations
      services
      imported
      errors {
        file
        line
        field
        message
      }
    }
  }
`);

export const IMPORT_CSV = graphql(`
  mutation ImportDirectoryCsv($input: DirectoryCsvInput!) {
    importDirectoryCsv(input: $input) {
      organisations
      locations
      services
      imported
      errors {
        file
        line
        field
        message
      }
    }
  }
`);

export const EXPORT_CSV = graphql(`
  query DirectoryCsvExport {
    directoryCsvExport {
      organizations
      locations
      services
    }
  }
`);

export const CONTACT_SUBJECT_ACCESS = graphql(`
  query ContactSubjectAccess($contactId: ID!) {
    contactSubjectAccess(contactId: $contactId)
  }
`);

export const PERSON_SUBJECT_ACCESS = graphql(`
  query PersonSubjectAccess($personId: ID!) {
    personSubjectAccess(personId: $personId)
  }
`);

export const ERASE_CONTACT = graphql(`
  mutation EraseDirectoryContact($contactId: ID!, $mode: ErasureMode!) {
    eraseDirectoryContact(contactId: $contactId, mode: $mode)
  }
`);

export const SEAT_QUORUM = graphql(`
  query MeetingSeatQuorum($id: ID!) {
    meeting(id: $id) {
      id
      seatQuorum {
        met
        seats {
          seat
          required
          expected
          present
          met
        }
      }
    }
  }
`);
