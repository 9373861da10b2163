import { graphql } from '../../gql';

export const PREVIEW_IMPORT = graphql(`
  mutation BankPreviewImport($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {
    previewResourceImport(csv: $csv, visibility: $visibility, groupId: $groupId) {
      fileProblems
      readyCount
      problemCount
      rows {
        line
        title
        type
        year
        organisations
        outsideAuthors
        themes
        link
        problems {
          field
          message
        }
      }
    }
  }
`);

export const IMPORT_RESOURCES = graphql(`
  mutation BankImportResources($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {
    importResources(csv: $csv, visibility: $visibility, groupId: $groupId) {
      imported
    }
  }
`);

export const SAVED_SEARCHES = graphql(`
  query BankSavedSearches {
    bankSavedSearches {
      id
      label
      finderUrl
      createdAt
    }
  }
`);

export const SAVE_SEARCH = graphql(`
  mutation BankSaveSearch($search: ResourceSearchInput!) {
    saveBankSearch(search: $search) {
      id
      label
    }
  }
`);

export const DELETE_SAVED_SEARCH = graphql(`
  mutation BankDeleteSavedSearch($id: ID!) {
    deleteBankSavedSearch(id: $id)
  }
`);

export const ITEM_BANK_PAPERS = graphql(`
  query BankItemPapers($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      agendaItems {
        id
        bankPapers {
          id
          resourceTitle
          resourceUrl
        }
      }
    }
  }
`);

export const BANK_PICKER_SEARCH = graphql(`
  query BankPickerSearch($text: String) {
    resources(search: { text: $text, pageSize: 8 }) {
      total
      items {
        id
        title
        type
        year
      }
    }
  }
`);

export const CITE_RESOURCE = graphql(`
  mutation BankCiteResource($input: CitationInput!) {
    citeResource(input: $input) {
      id
    }
  }
`);

export const REMOVE_CITATION = graphql(`
  mutation BankRemoveCitation($id: ID!) {
    removeCitation(id: $id)
  }
`);
