import { graphql } from '../../gql';

export const BANK_RESOURCES = graphql(`
  query BankResources($search: ResourceSearchInput) {
    resources(search: $search) {
      total
      page
      pageSize
      viewerCanAdd
      finderUrl
      suggestion
      items {
        id
        title
        type
        year
        visibility
        canManage
        pageUrl
        fileName
        externalUrl
        organisations {
          id
          name
        }
      }
    }
  }
`);

export const BANK_RESOURCE = graphql(`
  query BankResource($id: ID!) {
    resource(id: $id) {
      id
      title
      summary
      type
      year
      publishedOn
      themes
      policyAreas
      geography
      language
      licence
      externalUrl
      organisations {
        id
        name
      }
      outsideAuthors
      supersededById
      reviewOn
      visibility
      groupId
      fileName
      fileSize
      version
      pageUrl
      canManage
    }
  }
`);

export const BANK_FORM_CHOICES = graphql(`
  query BankFormChoices {
    groups {
      id
      name
    }
    organisations(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CREATE_RESOURCE = graphql(`
  mutation BankCreateResource($input: ResourceInput!) {
    createResource(input: $input) {
      id
      pageUrl
    }
  }
`);

export const UPDATE_RESOURCE = graphql(`
  mutation BankUpdateResource($id: ID!, $input: ResourceInput!) {
    updateResource(id: $id, input: $input) {
      id
      pageUrl
    }
  }
`);

export const DELETE_RESOURCE = graphql(`
  mutation BankDeleteResource($id: ID!) {
    deleteResource(id: $id)
  }
`);

export const RESOURCE_UPLOAD = graphql(`
  mutation BankResourceUpload($resourceId: ID!) {
    createResourceUpload(resourceId: $resourceId) {
      uploadUrl
      maxBytes
    }
  }
`);

export const CONTRIBUTORS = graphql(`
  query BankContributors {
    resourceContributors {
      personId
      name
      grantedAt
    }
  }
`);

export const SET_CONTRIBUTOR = graphql(`
  mutation BankSetContributor($personId: ID!, $contributor: Boolean!) {
    setResourceContributor(personId: $personId, contributor: $contributor) {
      personId
      name
      grantedAt
    }
  }
`);
