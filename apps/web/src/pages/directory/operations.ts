import { graphql } from '../../gql';

export const DIRECTORY_SEARCH = graphql(`
  query DirectorySearch($text: String!) {
    directorySearch(text: $text, limit: 10) {
      kind
      id
      title
      detail
    }
  }
`);

export const DIRECTORY_ORGANISATIONS = graphql(`
  query DirectoryOrganisations($first: Int!, $after: String, $search: String) {
    organisations(first: $first, after: $after, search: $search) {
      nodes {
        id
        name
        kind
        areasServed
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const DIRECTORY_ORGANISATION = graphql(`
  query DirectoryOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      description
      otherNames
      website
      contactEmail
      themes
      areasServed
      lastCheckedAt
      identifiers {
        charityNumber
        companyNumber
        odsCode
        gssCode
      }
      parent {
        id
        name
      }
      services {
        id
        name
        serviceType
        status
        visibility
        levels
        slots {
          weekday
          startsAt
          endsAt
        }
      }
      locations {
        id
        name
        address1
        address2
        city
        postcode
        stepFree
        hearingLoop
        accessibleToilet
        accessibilityNotes
      }
      contacts {
        id
        name
        role
        email
        phone
        visibility
        emailVisibility
        phoneVisibility
        lawfulBasis
      }
      seats {
        id
        groupId
        groupName
        personId
        personName
        seat
        deputyName
        startsOn
      }
      people {
        id
        personId
        personName
        title
        startsOn
      }
    }
  }
`);

export const ADD_ORGANISATION = graphql(`
  mutation DirectoryAddOrganisation($input: DirectoryOrganisationInput!) {
    addDirectoryOrganisation(input: $input) {
      id
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation DirectoryUpdateOrganisation($id: ID!, $input: DirectoryOrganisationInput!) {
    updateDirectoryOrganisation(id: $id, input: $input) {
      id
    }
  }
`);

export const CONFIRM_CHECKED = graphql(`
  mutation DirectoryConfirmChecked($id: ID!) {
    confirmOrganisationChecked(id: $id) {
      id
    }
  }
`);

export const SAVE_LOCATION = graphql(`
  mutation DirectorySaveLocation($id: ID, $input: DirectoryLocationInput!) {
    saveDirectoryLocation(id: $id, input: $input) {
      id
    }
  }
`);

export const REMOVE_LOCATION = graphql(`
  mutation DirectoryRemoveLocation($id: ID!) {
    removeDirectoryLocation(id: $id)
  }
`);

export const SAVE_CONTACT = graphql(`
  mutation DirectorySaveContact($id: ID, $input: DirectoryContactInput!) {
    saveDirectoryContact(id: $id, input: $input) {
      id
    }
  }
`);

export const REMOVE_CONTACT = graphql(`
  mutation DirectoryRemoveContact($id: ID!) {
    removeDirectoryContact(id: $id)
  }
`);

export const SERVICE = graphql(`
  query DirectoryServicePage($id: ID!, $partnership: String, $signedIn: Boolean!) {
    directoryService(id: $id, partnership: $partnership) {
      id
      organisationId
      organisationName
      locationId
      name
      description
      status
      visibility
      serviceType
      levels
      minAge
      maxAge
      eligibility
      immigrationNotes
      languages
      accessMethods
      free
      cost
      schedule
      scheduleStartsAt
      durationMinutes
      serviceAreas
      childcare
      spacesAvailable
      url
      email
      phone
      lastCheckedAt
      lastCheckedBy @include(if: $signedIn) {
        id
        name
      }
      slots {
        weekday
        startsAt
        endsAt
      }
      location {
        id
        name
        address1
        address2
        city
        postcode
        stepFree
        hearingLoop
        accessibleToilet
      }
      contacts {
        id
        name
        role
        email
        phone
        visibility
      }
    }
  }
`);

export const ADD_SERVICE = graphql(`
  mutation DirectoryAddService($input: DirectoryServiceInput!) {
    addDirectoryService(input: $input) {
      id
    }
  }
`);

export const UPDATE_SERVICE = graphql(`
  mutation DirectoryUpdateService($id: ID!, $input: DirectoryServiceInput!) {
    updateDirectoryService(id: $id, input: $input) {
      id
    }
  }
`);

export const ORGANISATION_LOCATIONS = graphql(`
  query DirectoryOrganisationLocations($id: ID!) {
    organisation(id: $id) {
      id
      name
      locations {
        id
        name
      }
    }
  }
`);

export const FIND_SERVICES = graphql(`
  query DirectoryFindServices($filter: ServiceFinderFilter!, $partnership: String, $first: Int!, $after: String) {
    findServices(filter: $filter, partnership: $partnership, first: $first, after: $after) {
      nodes {
        id
        name
        organisationName
        serviceType
        levels
        languages
        childcare
        spacesAvailable
        free
        cost
        slots {
          weekday
          startsAt
          endsAt
        }
        location {
          name
          postcode
          stepFree
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const SUGGEST = graphql(`
  mutation DirectorySuggest($input: DirectorySuggestionInput!) {
    suggestDirectoryChange(input: $input) {
      id
    }
  }
`);

export const SUGGESTIONS = graphql(`
  query DirectorySuggestions {
    directorySuggestions {
      id
      organisationId
      serviceId
      subjectName
      body
      suggestedByName
      createdAt
    }
  }
`);

export const RESOLVE_SUGGESTION = graphql(`
  mutation DirectoryResolveSuggestion($id: ID!, $status: SuggestionStatus!) {
    resolveDirectorySuggestion(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const MY_PARTNERSHIP = graphql(`
  query DirectoryMyPartnership {
    me {
      id
      partnership {
        id
        slug
      }
    }
  }
`);
