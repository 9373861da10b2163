/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n        viewerCan {\n          createGroup\n          createForum\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n      groupName\n      groupRole\n      forumName\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      expiresAt\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  query ActionsSummary($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId) {\n      nodes {\n        id\n        status\n        meeting {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ActionsSummaryDocument,
    "\n  fragment ActionsItemFields on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n      startsAt\n      group {\n        id\n        name\n        myRole\n      }\n    }\n  }\n": typeof types.ActionsItemFieldsFragmentDoc,
    "\n  query ActionsLog($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID, $status: ActionStatus, $overdue: Boolean) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId, status: $status, overdue: $overdue) {\n      nodes {\n        ...ActionsItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ActionsLogDocument,
    "\n  query ActionsLinked($id: ID!) {\n    action(id: $id) {\n      ...ActionsItemFields\n    }\n  }\n": typeof types.ActionsLinkedDocument,
    "\n  query ActionsGroups {\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.ActionsGroupsDocument,
    "\n  query ActionsPeople($first: Int!, $after: String) {\n    people(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ActionsPeopleDocument,
    "\n  query ActionsProgress($id: ID!) {\n    action(id: $id) {\n      id\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n": typeof types.ActionsProgressDocument,
    "\n  mutation ActionsUpdate($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n      status\n      overdue\n      dueDate\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n": typeof types.ActionsUpdateDocument,
    "\n  query MyEmailReplies {\n    myEmailReplies(first: 20) {\n      id\n      outcome\n      purpose\n      reason\n      receivedAt\n    }\n  }\n": typeof types.MyEmailRepliesDocument,
    "\n  query ForumGuestsAdmin {\n    forumGuests {\n      id\n      name\n      organisationName\n      forums {\n        id\n        name\n      }\n    }\n    forumInvitationJoiners {\n      person {\n        id\n        name\n      }\n      forum {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ForumGuestsAdminDocument,
    "\n  mutation MakeGuestMember($personId: ID!) {\n    makeGuestMember(personId: $personId)\n  }\n": typeof types.MakeGuestMemberDocument,
    "\n  mutation MakeForumGuest($personId: ID!) {\n    makeForumGuest(personId: $personId)\n  }\n": typeof types.MakeForumGuestDocument,
    "\n  query AdminInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        email\n        role\n        status\n        maxUses\n        uses\n        expiresAt\n        sentAt\n        createdAt\n        organisation {\n          id\n          name\n        }\n        invitedBy {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminInvitationsDocument,
    "\n  mutation AdminInviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.AdminInviteByEmailDocument,
    "\n  mutation AdminCreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        role\n        maxUses\n        expiresAt\n      }\n    }\n  }\n": typeof types.AdminCreateInvitationLinkDocument,
    "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminRevokeInvitationDocument,
    "\n  query AdminOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        area\n        themes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n": typeof types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminRemoveOrganisation($id: ID!) {\n    removeOrganisation(id: $id)\n  }\n": typeof types.AdminRemoveOrganisationDocument,
    "\n  query AdminPeople($first: Int!, $after: String, $search: String, $role: PartnershipRole, $organisationId: ID, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, role: $role, organisationId: $organisationId, includeDeactivated: $includeDeactivated) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  query AdminOrganisationOptions($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminOrganisationOptionsDocument,
    "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      role\n      active\n      jobTitle\n      joinedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminPersonDocument,
    "\n  mutation AdminSetPersonRole($personId: ID!, $role: PartnershipRole!) {\n    setPersonRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.AdminSetPersonRoleDocument,
    "\n  mutation AdminSetPersonOrganisation($personId: ID!, $organisationId: ID) {\n    setPersonOrganisation(personId: $personId, organisationId: $organisationId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminSetPersonOrganisationDocument,
    "\n  mutation AdminDeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": typeof types.AdminDeactivatePersonDocument,
    "\n  mutation AdminReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": typeof types.AdminReactivatePersonDocument,
    "\n  query PreferencesEmail {\n    emailPreferences {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n": typeof types.PreferencesEmailDocument,
    "\n  mutation PreferencesUpdate($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n": typeof types.PreferencesUpdateDocument,
    "\n  mutation BankPreviewImport($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    previewResourceImport(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      fileProblems\n      readyCount\n      problemCount\n      rows {\n        line\n        title\n        type\n        year\n        organisations\n        outsideAuthors\n        themes\n        link\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.BankPreviewImportDocument,
    "\n  mutation BankImportResources($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    importResources(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      imported\n    }\n  }\n": typeof types.BankImportResourcesDocument,
    "\n  query BankSavedSearches {\n    bankSavedSearches {\n      id\n      label\n      finderUrl\n      createdAt\n    }\n  }\n": typeof types.BankSavedSearchesDocument,
    "\n  mutation BankSaveSearch($search: ResourceSearchInput!) {\n    saveBankSearch(search: $search) {\n      id\n      label\n    }\n  }\n": typeof types.BankSaveSearchDocument,
    "\n  mutation BankDeleteSavedSearch($id: ID!) {\n    deleteBankSavedSearch(id: $id)\n  }\n": typeof types.BankDeleteSavedSearchDocument,
    "\n  query BankItemPapers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n      }\n    }\n  }\n": typeof types.BankItemPapersDocument,
    "\n  query BankPickerSearch($text: String) {\n    resources(search: { text: $text, pageSize: 8 }) {\n      total\n      items {\n        id\n        title\n        type\n        year\n      }\n    }\n  }\n": typeof types.BankPickerSearchDocument,
    "\n  mutation BankCiteResource($input: CitationInput!) {\n    citeResource(input: $input) {\n      id\n    }\n  }\n": typeof types.BankCiteResourceDocument,
    "\n  mutation BankRemoveCitation($id: ID!) {\n    removeCitation(id: $id)\n  }\n": typeof types.BankRemoveCitationDocument,
    "\n  query BankResources($search: ResourceSearchInput) {\n    resources(search: $search) {\n      total\n      page\n      pageSize\n      viewerCanAdd\n      finderUrl\n      suggestion\n      items {\n        id\n        title\n        type\n        year\n        visibility\n        canManage\n        pageUrl\n        fileName\n        externalUrl\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.BankResourcesDocument,
    "\n  query BankResource($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      type\n      year\n      publishedOn\n      themes\n      policyAreas\n      geography\n      language\n      licence\n      externalUrl\n      organisations {\n        id\n        name\n      }\n      outsideAuthors\n      supersededById\n      reviewOn\n      visibility\n      groupId\n      fileName\n      fileSize\n      version\n      pageUrl\n      canManage\n    }\n  }\n": typeof types.BankResourceDocument,
    "\n  query BankFormChoices {\n    groups {\n      id\n      name\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BankFormChoicesDocument,
    "\n  mutation BankCreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      id\n      pageUrl\n    }\n  }\n": typeof types.BankCreateResourceDocument,
    "\n  mutation BankUpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      id\n      pageUrl\n    }\n  }\n": typeof types.BankUpdateResourceDocument,
    "\n  mutation BankDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n": typeof types.BankDeleteResourceDocument,
    "\n  mutation BankResourceUpload($resourceId: ID!) {\n    createResourceUpload(resourceId: $resourceId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.BankResourceUploadDocument,
    "\n  query BankContributors {\n    resourceContributors {\n      personId\n      name\n      grantedAt\n    }\n  }\n": typeof types.BankContributorsDocument,
    "\n  mutation BankSetContributor($personId: ID!, $contributor: Boolean!) {\n    setResourceContributor(personId: $personId, contributor: $contributor) {\n      personId\n      name\n      grantedAt\n    }\n  }\n": typeof types.BankSetContributorDocument,
    "\n  query DirectoryAffiliations($id: ID!) {\n    person(id: $id) {\n      id\n      affiliations {\n        id\n        organisationId\n        organisationName\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.DirectoryAffiliationsDocument,
    "\n  mutation DirectoryRecordAffiliation($input: PastAffiliationInput!) {\n    recordPastAffiliation(input: $input) {\n      id\n    }\n  }\n": typeof types.DirectoryRecordAffiliationDocument,
    "\n  query DirectorySearch($text: String!) {\n    directorySearch(text: $text, limit: 10) {\n      kind\n      id\n      title\n      detail\n    }\n  }\n": typeof types.DirectorySearchDocument,
    "\n  query DirectoryOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        areasServed\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DirectoryOrganisationsDocument,
    "\n  query DirectoryOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      otherNames\n      website\n      contactEmail\n      themes\n      areasServed\n      lastCheckedAt\n      identifiers {\n        charityNumber\n        companyNumber\n        odsCode\n        gssCode\n      }\n      parent {\n        id\n        name\n      }\n      services {\n        id\n        name\n        serviceType\n        status\n        visibility\n        levels\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n      }\n      locations {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n        accessibilityNotes\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n        emailVisibility\n        phoneVisibility\n        lawfulBasis\n      }\n      seats {\n        id\n        groupId\n        groupName\n        personId\n        personName\n        seat\n        deputyName\n        startsOn\n      }\n      people {\n        id\n        personId\n        personName\n        title\n        startsOn\n      }\n    }\n  }\n": typeof types.DirectoryOrganisationDocument,
    "\n  mutation DirectoryAddOrganisation($input: DirectoryOrganisationInput!) {\n    addDirectoryOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.DirectoryAddOrganisationDocument,
    "\n  mutation DirectoryUpdateOrganisation($id: ID!, $input: DirectoryOrganisationInput!) {\n    updateDirectoryOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DirectoryUpdateOrganisationDocument,
    "\n  mutation DirectoryConfirmChecked($id: ID!) {\n    confirmOrganisationChecked(id: $id) {\n      id\n    }\n  }\n": typeof types.DirectoryConfirmCheckedDocument,
    "\n  mutation DirectorySaveLocation($id: ID, $input: DirectoryLocationInput!) {\n    saveDirectoryLocation(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DirectorySaveLocationDocument,
    "\n  mutation DirectoryRemoveLocation($id: ID!) {\n    removeDirectoryLocation(id: $id)\n  }\n": typeof types.DirectoryRemoveLocationDocument,
    "\n  mutation DirectorySaveContact($id: ID, $input: DirectoryContactInput!) {\n    saveDirectoryContact(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DirectorySaveContactDocument,
    "\n  mutation DirectoryRemoveContact($id: ID!) {\n    removeDirectoryContact(id: $id)\n  }\n": typeof types.DirectoryRemoveContactDocument,
    "\n  query DirectoryServicePage($id: ID!, $partnership: String, $signedIn: Boolean!) {\n    directoryService(id: $id, partnership: $partnership) {\n      id\n      organisationId\n      organisationName\n      locationId\n      name\n      description\n      status\n      visibility\n      serviceType\n      levels\n      minAge\n      maxAge\n      eligibility\n      immigrationNotes\n      languages\n      accessMethods\n      free\n      cost\n      schedule\n      scheduleStartsAt\n      durationMinutes\n      serviceAreas\n      childcare\n      spacesAvailable\n      url\n      email\n      phone\n      lastCheckedAt\n      lastCheckedBy @include(if: $signedIn) {\n        id\n        name\n      }\n      slots {\n        weekday\n        startsAt\n        endsAt\n      }\n      location {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n      }\n    }\n  }\n": typeof types.DirectoryServicePageDocument,
    "\n  mutation DirectoryAddService($input: DirectoryServiceInput!) {\n    addDirectoryService(input: $input) {\n      id\n    }\n  }\n": typeof types.DirectoryAddServiceDocument,
    "\n  mutation DirectoryUpdateService($id: ID!, $input: DirectoryServiceInput!) {\n    updateDirectoryService(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DirectoryUpdateServiceDocument,
    "\n  query DirectoryOrganisationLocations($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      locations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DirectoryOrganisationLocationsDocument,
    "\n  query DirectoryFindServices($filter: ServiceFinderFilter!, $partnership: String, $first: Int!, $after: String) {\n    findServices(filter: $filter, partnership: $partnership, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        organisationName\n        serviceType\n        levels\n        languages\n        childcare\n        spacesAvailable\n        free\n        cost\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n        location {\n          name\n          postcode\n          stepFree\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DirectoryFindServicesDocument,
    "\n  mutation DirectorySuggest($input: DirectorySuggestionInput!) {\n    suggestDirectoryChange(input: $input) {\n      id\n    }\n  }\n": typeof types.DirectorySuggestDocument,
    "\n  query DirectorySuggestions {\n    directorySuggestions {\n      id\n      organisationId\n      serviceId\n      subjectName\n      body\n      suggestedByName\n      createdAt\n    }\n  }\n": typeof types.DirectorySuggestionsDocument,
    "\n  mutation DirectoryResolveSuggestion($id: ID!, $status: SuggestionStatus!) {\n    resolveDirectorySuggestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.DirectoryResolveSuggestionDocument,
    "\n  query DirectoryMyPartnership {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.DirectoryMyPartnershipDocument,
    "\n  mutation DirectorySetSeat($input: RepresentationInput!) {\n    setRepresentation(input: $input) {\n      id\n      seat\n    }\n  }\n": typeof types.DirectorySetSeatDocument,
    "\n  query DirectoryCheckMonths {\n    directoryCheckMonths\n  }\n": typeof types.DirectoryCheckMonthsDocument,
    "\n  query DirectoryMergeProposals {\n    directoryMergeProposals(limit: 50) {\n      first {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      second {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      reasons\n      similarity\n    }\n    organisationMerges(limit: 20) {\n      id\n      survivorId\n      survivorName\n      mergedName\n      mergedAt\n      undoneAt\n      moved\n    }\n  }\n": typeof types.DirectoryMergeProposalsDocument,
    "\n  mutation MergeOrganisations($survivorId: ID!, $mergedId: ID!, $reasons: [MergeReason!]!) {\n    mergeOrganisations(survivorId: $survivorId, mergedId: $mergedId, reasons: $reasons) {\n      id\n      survivorName\n      mergedName\n    }\n  }\n": typeof types.MergeOrganisationsDocument,
    "\n  mutation UndoOrganisationMerge($id: ID!) {\n    undoOrganisationMerge(id: $id) {\n      id\n      undoneAt\n    }\n  }\n": typeof types.UndoOrganisationMergeDocument,
    "\n  mutation DismissMergeProposal($firstId: ID!, $secondId: ID!) {\n    dismissMergeProposal(firstId: $firstId, secondId: $secondId)\n  }\n": typeof types.DismissMergeProposalDocument,
    "\n  mutation PreviewDirectoryImport($input: DirectoryCsvInput!) {\n    previewDirectoryImport(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.PreviewDirectoryImportDocument,
    "\n  mutation ImportDirectoryCsv($input: DirectoryCsvInput!) {\n    importDirectoryCsv(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportDirectoryCsvDocument,
    "\n  query DirectoryCsvExport {\n    directoryCsvExport {\n      organizations\n      locations\n      services\n    }\n  }\n": typeof types.DirectoryCsvExportDocument,
    "\n  query ContactSubjectAccess($contactId: ID!) {\n    contactSubjectAccess(contactId: $contactId)\n  }\n": typeof types.ContactSubjectAccessDocument,
    "\n  query PersonSubjectAccess($personId: ID!) {\n    personSubjectAccess(personId: $personId)\n  }\n": typeof types.PersonSubjectAccessDocument,
    "\n  mutation EraseDirectoryContact($contactId: ID!, $mode: ErasureMode!) {\n    eraseDirectoryContact(contactId: $contactId, mode: $mode)\n  }\n": typeof types.EraseDirectoryContactDocument,
    "\n  query MeetingSeatQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      seatQuorum {\n        met\n        seats {\n          seat\n          required\n          expected\n          present\n          met\n        }\n      }\n    }\n  }\n": typeof types.MeetingSeatQuorumDocument,
    "\n  fragment FoiAnswerFields on FoiAnswer {\n    id\n    qualifier\n    value\n    display\n    note\n    source\n  }\n": typeof types.FoiAnswerFieldsFragmentDoc,
    "\n  query FoiAnswerSheet($requestId: ID!) {\n    foiAnswerSheet(requestId: $requestId) {\n      requestId\n      campaignId\n      authority\n      canRecord\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n": typeof types.FoiAnswerSheetDocument,
    "\n  mutation RecordFoiAnswers($input: RecordFoiAnswersInput!) {\n    recordFoiAnswers(input: $input) {\n      requestId\n      questions {\n        id\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n": typeof types.RecordFoiAnswersDocument,
    "\n  query FoiMatrix($campaignId: ID!) {\n    foiMatrix(campaignId: $campaignId) {\n      campaignId\n      title\n      status\n      requests\n      replied\n      responseRate\n      csvUrl\n      xlsxUrl\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        totals {\n          exactTotal\n          withEstimatesTotal\n          exactTotalText\n          withEstimatesTotalText\n          exact\n          estimates\n          fewerThanFive\n          notHeld\n          notKnown\n          refused\n          yes\n          no\n          unanswered\n          summary\n        }\n      }\n      rows {\n        requestId\n        authority\n        status\n        dueOn\n        daysOverdue\n        replied\n        cells {\n          questionId\n          qualifier\n          amount\n          display\n          note\n        }\n      }\n      overdue {\n        requestId\n        authority\n        dueOn\n        internalReviewDueOn\n        daysOverdue\n        overdueFor\n      }\n    }\n  }\n": typeof types.FoiMatrixDocument,
    "\n  fragment FoiPublishingFields on FoiPublishing {\n    campaignId\n    publishable\n    notPublishableReason\n    datasets {\n      id\n      version\n      signedOffAt\n      signedOffByName\n      withdrawnAt\n      publicUrl\n    }\n  }\n": typeof types.FoiPublishingFieldsFragmentDoc,
    "\n  query FoiPublishing($campaignId: ID!) {\n    foiPublishing(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n": typeof types.FoiPublishingDocument,
    "\n  mutation SignOffFoiDataset($campaignId: ID!) {\n    signOffFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n": typeof types.SignOffFoiDatasetDocument,
    "\n  mutation WithdrawFoiDataset($campaignId: ID!) {\n    withdrawFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n": typeof types.WithdrawFoiDatasetDocument,
    "\n  query FoiCampaigns {\n    foiCampaigns {\n      id\n      title\n      status\n      sentAt\n      createdAt\n      group {\n        id\n        name\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n    }\n  }\n": typeof types.FoiCampaignsDocument,
    "\n  query FoiCampaign($id: ID!) {\n    foiCampaign(id: $id) {\n      id\n      title\n      purpose\n      letterTemplate\n      publicationPolicy\n      status\n      groupId\n      group {\n        id\n        name\n      }\n      sentAt\n      closedAt\n      letterPreview\n      viewerCan {\n        manage\n      }\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n      }\n      recipients {\n        id\n        listId\n        listName\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n      requests {\n        id\n        status\n        sentVia\n        sentTo\n        sentAt\n        dueOn\n        refusalSection\n        organisation {\n          id\n          name\n        }\n        clock {\n          kind\n          workingDays\n          text\n        }\n      }\n    }\n  }\n": typeof types.FoiCampaignDocument,
    "\n  query FoiCampaignFormChoices {\n    groups {\n      id\n      name\n    }\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n    }\n  }\n": typeof types.FoiCampaignFormChoicesDocument,
    "\n  mutation CreateFoiCampaign($input: FoiCampaignInput!) {\n    createFoiCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFoiCampaignDocument,
    "\n  mutation UpdateFoiCampaign($id: ID!, $input: FoiCampaignInput!) {\n    updateFoiCampaign(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateFoiCampaignDocument,
    "\n  mutation SetFoiQuestions($campaignId: ID!, $input: FoiQuestionsInput!) {\n    setFoiQuestions(campaignId: $campaignId, input: $input) {\n      id\n    }\n  }\n": typeof types.SetFoiQuestionsDocument,
    "\n  mutation ChooseFoiRecipients($campaignId: ID!, $listId: ID!) {\n    chooseFoiRecipients(campaignId: $campaignId, listId: $listId) {\n      id\n    }\n  }\n": typeof types.ChooseFoiRecipientsDocument,
    "\n  mutation SendFoiCampaign($campaignId: ID!) {\n    sendFoiCampaign(campaignId: $campaignId) {\n      email\n      portal\n    }\n  }\n": typeof types.SendFoiCampaignDocument,
    "\n  mutation CloseFoiCampaign($campaignId: ID!) {\n    closeFoiCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n": typeof types.CloseFoiCampaignDocument,
    "\n  mutation DeleteFoiCampaign($id: ID!) {\n    deleteFoiCampaign(id: $id)\n  }\n": typeof types.DeleteFoiCampaignDocument,
    "\n  query FoiRequest($id: ID!) {\n    foiRequest(id: $id) {\n      id\n      campaignId\n      campaign {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      sentTo\n      sentVia\n      sentAt\n      portalReference\n      receivedOn\n      dueOn\n      status\n      refusalSection\n      answeredOn\n      extensionWorkingDays\n      extensionReason\n      internalReviewRequestedOn\n      internalReviewDueOn\n      icoReference\n      icoComplainedOn\n      closedOn\n      letterSubject\n      letterText\n      internalReviewDraft\n      viewerCan {\n        manage\n      }\n      clock {\n        kind\n        workingDays\n        text\n      }\n      clarifications {\n        id\n        requestedOn\n        answeredOn\n      }\n      correspondence {\n        id\n        direction\n        kind\n        fromAddress\n        toAddress\n        subject\n        body\n        occurredAt\n        emailStatus\n        emailedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n        }\n      }\n    }\n  }\n": typeof types.FoiRequestDocument,
    "\n  mutation RecordFoiPortalSubmission($requestId: ID!, $input: FoiPortalSubmissionInput!) {\n    recordFoiPortalSubmission(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordFoiPortalSubmissionDocument,
    "\n  mutation SetFoiReceivedOn($requestId: ID!, $input: FoiReceivedInput!) {\n    setFoiReceivedOn(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.SetFoiReceivedOnDocument,
    "\n  mutation RequestFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    requestFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.RequestFoiClarificationDocument,
    "\n  mutation AnswerFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    answerFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerFoiClarificationDocument,
    "\n  mutation ExtendFoiRequest($requestId: ID!, $input: FoiExtensionInput!) {\n    extendFoiRequest(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.ExtendFoiRequestDocument,
    "\n  mutation SetFoiRequestStatus($requestId: ID!, $input: FoiStatusInput!) {\n    setFoiRequestStatus(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.SetFoiRequestStatusDocument,
    "\n  mutation StartFoiInternalReview($requestId: ID!, $input: FoiInternalReviewInput!) {\n    startFoiInternalReview(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": typeof types.StartFoiInternalReviewDocument,
    "\n  mutation AddFoiCorrespondence($requestId: ID!, $input: FoiCorrespondenceInput!) {\n    addFoiCorrespondence(requestId: $requestId, input: $input)\n  }\n": typeof types.AddFoiCorrespondenceDocument,
    "\n  mutation CreateFoiAttachmentUpload($correspondenceId: ID!) {\n    createFoiAttachmentUpload(correspondenceId: $correspondenceId) {\n      token\n      maxBytes\n    }\n  }\n": typeof types.CreateFoiAttachmentUploadDocument,
    "\n  query FoiRecipientLists {\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n      updatedAt\n      current {\n        id\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n    }\n  }\n": typeof types.FoiRecipientListsDocument,
    "\n  query FoiOrganisationChoices($search: String) {\n    organisations(first: 100, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        foiEmail\n        foiPortalUrl\n      }\n    }\n  }\n": typeof types.FoiOrganisationChoicesDocument,
    "\n  mutation CreateFoiRecipientList($input: FoiRecipientListInput!) {\n    createFoiRecipientList(input: $input)\n  }\n": typeof types.CreateFoiRecipientListDocument,
    "\n  mutation UpdateFoiRecipientList($id: ID!, $input: FoiRecipientListInput!) {\n    updateFoiRecipientList(id: $id, input: $input) {\n      id\n      currentVersion\n    }\n  }\n": typeof types.UpdateFoiRecipientListDocument,
    "\n  query FoiHolidayYears {\n    foiHolidayYears {\n      year\n      source\n      holidays {\n        day\n        name\n      }\n    }\n    foiSettings {\n      fromAddress\n    }\n  }\n": typeof types.FoiHolidayYearsDocument,
    "\n  mutation SetFoiHolidayYear($input: FoiHolidayYearInput!) {\n    setFoiHolidayYear(input: $input) {\n      year\n    }\n  }\n": typeof types.SetFoiHolidayYearDocument,
    "\n  mutation RemoveFoiHolidayYear($year: Int!) {\n    removeFoiHolidayYear(year: $year)\n  }\n": typeof types.RemoveFoiHolidayYearDocument,
    "\n  mutation SetFoiFromAddress($address: String) {\n    setFoiFromAddress(address: $address) {\n      fromAddress\n    }\n  }\n": typeof types.SetFoiFromAddressDocument,
    "\n  query OrganisationFoiAddress($id: ID!) {\n    organisation(id: $id) {\n      id\n      foiEmail\n      foiPortalUrl\n    }\n  }\n": typeof types.OrganisationFoiAddressDocument,
    "\n  mutation SetOrganisationFoiAddress($organisationId: ID!, $input: FoiAddressInput!) {\n    setOrganisationFoiAddress(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n": typeof types.SetOrganisationFoiAddressDocument,
    "\n  mutation FollowThread($threadId: ID!, $level: FollowLevel) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      followLevel\n      effectiveFollowLevel\n      unreadCount\n    }\n  }\n": typeof types.FollowThreadDocument,
    "\n  mutation FollowForum($forumId: ID!, $level: FollowLevel) {\n    followForum(forumId: $forumId, level: $level) {\n      id\n      followLevel\n      unreadCount\n    }\n  }\n": typeof types.FollowForumDocument,
    "\n  query ForumNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        createForum\n      }\n      forum {\n        id\n      }\n    }\n  }\n": typeof types.ForumNewGroupDocument,
    "\n  mutation ForumCreate($name: String!, $description: String, $groupId: ID) {\n    createForum(name: $name, description: $description, groupId: $groupId) {\n      id\n    }\n  }\n": typeof types.ForumCreateDocument,
    "\n  query ForumMembers($id: ID!) {\n    forum(id: $id) {\n      id\n      name\n      groupId\n      viewerCan {\n        manageMembers\n        invite\n      }\n      guestPostsHeld\n      members {\n        role\n        viaGroup\n        guest\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumMembersDocument,
    "\n  mutation ForumSetMember($forumId: ID!, $personId: ID!, $role: ForumRole!) {\n    setForumMember(forumId: $forumId, personId: $personId, role: $role)\n  }\n": typeof types.ForumSetMemberDocument,
    "\n  mutation ForumManageRemove($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n": typeof types.ForumManageRemoveDocument,
    "\n  mutation ForumInviteEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.ForumInviteEmailDocument,
    "\n  mutation ForumInviteLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        maxUses\n        expiresAt\n      }\n    }\n  }\n": typeof types.ForumInviteLinkDocument,
    "\n  query ForumHeldPosts($forumId: ID) {\n    heldPosts(forumId: $forumId) {\n      post {\n        id\n        threadId\n        forumId\n        bodyHtml\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      threadTitle\n      reason\n      heldAt\n      kinds\n      authorReason\n      forumId\n    }\n    forums {\n      id\n      name\n      myRole\n    }\n  }\n": typeof types.ForumHeldPostsDocument,
    "\n  mutation ForumApprovePost($id: ID!) {\n    approvePost(id: $id) {\n      id\n    }\n  }\n": typeof types.ForumApprovePostDocument,
    "\n  mutation ForumRejectPost($id: ID!) {\n    rejectPost(id: $id) {\n      id\n    }\n  }\n": typeof types.ForumRejectPostDocument,
    "\n  query ForumGuardSetting($id: ID!) {\n    forum(id: $id) {\n      id\n      personalDataMode\n      heldCount\n    }\n  }\n": typeof types.ForumGuardSettingDocument,
    "\n  mutation ForumSetPersonalDataMode($forumId: ID!, $mode: PersonalDataMode!) {\n    setForumPersonalDataMode(forumId: $forumId, mode: $mode)\n  }\n": typeof types.ForumSetPersonalDataModeDocument,
    "\n  query ForumThreadTitle($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      hiddenTitle\n      waitingForApproval\n      titleModeration {\n        hidden\n        reason\n      }\n    }\n  }\n": typeof types.ForumThreadTitleDocument,
    "\n  mutation ForumEditThreadTitle($id: ID!, $title: String!, $reason: String!, $personalData: PersonalDataConsentInput) {\n    editThreadTitle(id: $id, title: $title, reason: $reason, personalData: $personalData) {\n      id\n      title\n    }\n  }\n": typeof types.ForumEditThreadTitleDocument,
    "\n  mutation ForumHideThreadTitle($id: ID!, $reason: String!) {\n    hideThreadTitle(id: $id, reason: $reason) {\n      id\n      title\n    }\n  }\n": typeof types.ForumHideThreadTitleDocument,
    "\n  mutation ForumShowThreadTitle($id: ID!) {\n    showThreadTitle(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.ForumShowThreadTitleDocument,
    "\n  mutation SetForumGuestPostsHeld($forumId: ID!, $count: Int!) {\n    setForumGuestPostsHeld(forumId: $forumId, count: $count)\n  }\n": typeof types.SetForumGuestPostsHeldDocument,
    "\n  query MentionCandidates($forumId: ID!, $query: String!) {\n    mentionCandidates(forumId: $forumId, query: $query, first: 8) {\n      id\n      name\n      organisation\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query ForumList {\n    forums {\n      id\n      name\n      description\n      myRole\n      unreadCount\n    }\n  }\n": typeof types.ForumListDocument,
    "\n  query ForumPage($id: ID!, $after: ID) {\n    forum(id: $id) {\n      id\n      name\n      description\n      groupId\n      myRole\n      unreadCount\n      followLevel\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          theme\n          kind\n          pinned\n          locked\n          lastPostAt\n          unreadCount\n          effectiveFollowLevel\n          createdBy {\n            id\n            name\n          }\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ForumPageDocument,
    "\n  query ForumModeration($id: ID!) {\n    forum(id: $id) {\n      id\n      members {\n        role\n        viaGroup\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n      reports {\n        id\n        postId\n        path\n        reason\n        createdAt\n      }\n    }\n  }\n": typeof types.ForumModerationDocument,
    "\n  query ForumReports($id: ID!) {\n    forum(id: $id) {\n      id\n      reports {\n        id\n        postId\n        reason\n        createdAt\n      }\n    }\n  }\n": typeof types.ForumReportsDocument,
    "\n  mutation ForumRemoveMember($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n": typeof types.ForumRemoveMemberDocument,
    "\n  mutation ForumResolveReport($id: ID!) {\n    resolvePostReport(id: $id)\n  }\n": typeof types.ForumResolveReportDocument,
    "\n  mutation ForumCreateThread($forumId: ID!, $title: String!, $body: String!, $clientId: String!, $theme: String, $personalData: PersonalDataConsentInput) {\n    createThread(forumId: $forumId, title: $title, body: $body, clientId: $clientId, theme: $theme, personalData: $personalData) {\n      id\n      forumId\n      waitingForApproval\n    }\n  }\n": typeof types.ForumCreateThreadDocument,
    "\n  query ForumPreviewPost($body: String!) {\n    previewPost(body: $body)\n  }\n": typeof types.ForumPreviewPostDocument,
    "\n  fragment ForumPostFields on Post {\n    id\n    threadId\n    clientId\n    replyToId\n    author {\n      id\n      name\n    }\n    bodyMarkdown\n    bodyHtml\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    cursor\n    approval {\n      state\n    }\n  }\n": typeof types.ForumPostFieldsFragmentDoc,
    "\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      id\n      forumId\n      title\n      theme\n      kind\n      pinned\n      locked\n      locksAt\n      createdAt\n      followLevel\n      effectiveFollowLevel\n      firstUnreadPostId\n      waitingForApproval\n      forum {\n        id\n        name\n        myRole\n        followLevel\n      }\n      agendaItem {\n        id\n        title\n        position\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadDocument,
    "\n  query ForumThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      posts(first: 100, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ForumThreadPostsDocument,
    "\n  mutation ForumCreatePost($threadId: ID!, $body: String!, $clientId: String!, $replyToId: ID, $personalData: PersonalDataConsentInput) {\n    createPost(threadId: $threadId, body: $body, clientId: $clientId, replyToId: $replyToId, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ForumCreatePostDocument,
    "\n  mutation ForumEditPost($id: ID!, $body: String!, $personalData: PersonalDataConsentInput) {\n    editPost(id: $id, body: $body, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ForumEditPostDocument,
    "\n  mutation ForumHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ForumHidePostDocument,
    "\n  mutation ForumShowPost($id: ID!) {\n    showPost(id: $id) {\n      ...ForumPostFields\n    }\n  }\n": typeof types.ForumShowPostDocument,
    "\n  mutation ForumReportPost($id: ID!, $reason: String!) {\n    reportPost(id: $id, reason: $reason)\n  }\n": typeof types.ForumReportPostDocument,
    "\n  mutation ForumPinThread($id: ID!, $pinned: Boolean!) {\n    pinThread(id: $id, pinned: $pinned) {\n      id\n      pinned\n      locked\n    }\n  }\n": typeof types.ForumPinThreadDocument,
    "\n  mutation ForumLockThread($id: ID!, $locked: Boolean!) {\n    lockThread(id: $id, locked: $locked) {\n      id\n      pinned\n      locked\n    }\n  }\n": typeof types.ForumLockThreadDocument,
    "\n  mutation ForumMarkThreadRead($threadId: ID!, $postId: ID) {\n    markThreadRead(threadId: $threadId, postId: $postId)\n  }\n": typeof types.ForumMarkThreadReadDocument,
    "\n  query ForumSearch($query: String!, $forumId: ID) {\n    searchForums(query: $query, forumId: $forumId, first: 50) {\n      postId\n      threadId\n      forumId\n      threadTitle\n      snippet\n      createdAt\n    }\n  }\n": typeof types.ForumSearchDocument,
    "\n  fragment GroupsTermsFields on TermsOfReference {\n    id\n    version\n    status\n    purpose\n    membership\n    quorum\n    quorumSeats\n    cadence\n    reviewDate\n    reviewDue\n    body\n    approvedAt\n    approvedBy {\n      name\n    }\n    createdAt\n  }\n": typeof types.GroupsTermsFieldsFragmentDoc,
    "\n  query GroupSettings($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      archivedAt\n      standingAgenda {\n        title\n        standing\n        minutesAllotted\n      }\n      viewerCan {\n        edit\n        archive\n      }\n    }\n  }\n": typeof types.GroupSettingsDocument,
    "\n  mutation GroupCreate($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.GroupCreateDocument,
    "\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.GroupUpdateDocument,
    "\n  mutation GroupArchive($id: ID!, $archived: Boolean!) {\n    archiveGroup(id: $id, archived: $archived) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.GroupArchiveDocument,
    "\n  query GroupMembers($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyPersonId\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  mutation GroupSetMember($groupId: ID!, $personId: ID!, $role: GroupRole!, $organisationId: ID) {\n    setGroupMember(groupId: $groupId, personId: $personId, role: $role, organisationId: $organisationId) {\n      id\n    }\n  }\n": typeof types.GroupSetMemberDocument,
    "\n  mutation GroupRemoveMember($groupId: ID!, $personId: ID!) {\n    removeGroupMember(groupId: $groupId, personId: $personId)\n  }\n": typeof types.GroupRemoveMemberDocument,
    "\n  mutation GroupInvite($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.GroupInviteDocument,
    "\n  query GroupsGroup($id: ID!) {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n    group(id: $id) {\n      id\n      name\n      slug\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      myRole\n      archivedAt\n      viewerCan {\n        edit\n        manageMembers\n        createForum\n      }\n      forum {\n        id\n        name\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyName\n        }\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        endsAt\n        location\n        onlineUrl\n        status\n        cancelReason\n        moved\n        oneOff\n      }\n    }\n    assessmentComparison(groupId: $id, lastN: 6) {\n      theme\n      cells {\n        meetingId\n        startsAt\n        rating\n        direction\n      }\n    }\n  }\n": typeof types.GroupsGroupDocument,
    "\n  query GroupsList($from: DateTime!, $includeArchived: Boolean!) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      visibility\n      archivedAt\n      myRole\n      meetings(from: $from) {\n        id\n        startsAt\n        status\n        location\n        onlineUrl\n      }\n    }\n  }\n": typeof types.GroupsListDocument,
    "\n  query GroupsTerms($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      myRole\n      viewerCan {\n        edit\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n    }\n  }\n": typeof types.GroupsTermsDocument,
    "\n  mutation GroupsCreateTermsDraft($groupId: ID!) {\n    createTermsDraft(groupId: $groupId) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.GroupsCreateTermsDraftDocument,
    "\n  mutation GroupsUpdateTermsDraft($id: ID!, $input: TermsInput!) {\n    updateTermsDraft(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.GroupsUpdateTermsDraftDocument,
    "\n  mutation GroupsProposeTerms($id: ID!) {\n    proposeTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.GroupsProposeTermsDocument,
    "\n  mutation GroupsApproveTerms($id: ID!) {\n    approveTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.GroupsApproveTermsDocument,
    "\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n    person(id: $me) {\n      id\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query MeetingEmailComments($meetingId: ID!) {\n    meetingEmailComments(meetingId: $meetingId) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n": typeof types.MeetingEmailCommentsDocument,
    "\n  mutation MeetingAccept($meetingId: ID!) {\n    acceptMeeting(meetingId: $meetingId) {\n      id\n    }\n  }\n": typeof types.MeetingAcceptDocument,
    "\n  mutation MeetingSendApologies($meetingId: ID!, $note: String) {\n    sendApologies(meetingId: $meetingId, note: $note) {\n      id\n    }\n  }\n": typeof types.MeetingSendApologiesDocument,
    "\n  mutation MeetingRecordAttendance($meetingId: ID!, $personId: ID!, $status: AttendanceStatus!, $note: String) {\n    recordAttendance(meetingId: $meetingId, personId: $personId, status: $status, note: $note) {\n      id\n    }\n  }\n": typeof types.MeetingRecordAttendanceDocument,
    "\n  mutation MeetingProposeItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingProposeItemDocument,
    "\n  mutation MeetingContributeEntry($meetingId: ID!, $input: AssessmentEntryInput!) {\n    contributeAssessmentEntry(meetingId: $meetingId, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MeetingContributeEntryDocument,
    "\n  mutation MeetingAddItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingAddItemDocument,
    "\n  mutation MeetingReorder($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)\n  }\n": typeof types.MeetingReorderDocument,
    "\n  mutation MeetingAcceptItem($id: ID!) {\n    acceptAgendaItem(id: $id) {\n      id\n    }\n  }\n": typeof types.MeetingAcceptItemDocument,
    "\n  mutation MeetingDeclineItem($id: ID!, $reason: String!) {\n    declineAgendaItem(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.MeetingDeclineItemDocument,
    "\n  mutation MeetingRemoveItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n": typeof types.MeetingRemoveItemDocument,
    "\n  mutation MeetingPublishAgenda($meetingId: ID!, $changeNote: String) {\n    publishAgenda(meetingId: $meetingId, changeNote: $changeNote) {\n      version\n    }\n  }\n": typeof types.MeetingPublishAgendaDocument,
    "\n  mutation MeetingCurateEntry($id: ID!, $input: AssessmentCurationInput!) {\n    curateAssessmentEntry(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingCurateEntryDocument,
    "\n  mutation MeetingCarryForward($meetingId: ID!) {\n    carryForwardAssessment(meetingId: $meetingId)\n  }\n": typeof types.MeetingCarryForwardDocument,
    "\n  mutation MeetingStartMinutes($meetingId: ID!) {\n    startMinutes(meetingId: $meetingId) {\n      id\n    }\n  }\n": typeof types.MeetingStartMinutesDocument,
    "\n  mutation MeetingUpdateMinutes($minutesId: ID!, $input: MinutesInput!) {\n    updateMinutes(minutesId: $minutesId, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.MeetingUpdateMinutesDocument,
    "\n  mutation MeetingCirculateMinutes($minutesId: ID!) {\n    circulateMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n": typeof types.MeetingCirculateMinutesDocument,
    "\n  mutation MeetingApproveMinutes($minutesId: ID!, $atMeetingId: ID!) {\n    approveMinutes(minutesId: $minutesId, atMeetingId: $atMeetingId) {\n      id\n    }\n  }\n": typeof types.MeetingApproveMinutesDocument,
    "\n  mutation MeetingPublishMinutes($minutesId: ID!) {\n    publishMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n": typeof types.MeetingPublishMinutesDocument,
    "\n  mutation MeetingAddAction($meetingId: ID!, $input: ActionInput!) {\n    addAction(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingAddActionDocument,
    "\n  mutation MeetingMove($id: ID!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $reason: String!) {\n    moveMeeting(id: $id, startsAt: $startsAt, endsAt: $endsAt, location: $location, reason: $reason) {\n      id\n    }\n  }\n": typeof types.MeetingMoveDocument,
    "\n  mutation MeetingCancel($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.MeetingCancelDocument,
    "\n  mutation MeetingCommentOnMinutes($minutesId: ID!, $body: String!) {\n    commentOnMinutes(minutesId: $minutesId, body: $body) {\n      id\n    }\n  }\n": typeof types.MeetingCommentOnMinutesDocument,
    "\n  mutation MeetingScheduleOneOff($groupId: ID!, $title: String!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $onlineUrl: String) {\n    scheduleOneOffMeeting(groupId: $groupId, title: $title, startsAt: $startsAt, endsAt: $endsAt, location: $location, onlineUrl: $onlineUrl) {\n      id\n    }\n  }\n": typeof types.MeetingScheduleOneOffDocument,
    "\n  mutation MeetingUpdateItem($id: ID!, $input: AgendaItemUpdateInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingUpdateItemDocument,
    "\n  mutation MeetingOpenInputs($agendaItemId: ID!) {\n    openInputsThread(agendaItemId: $agendaItemId) {\n      id\n      forumId\n    }\n  }\n": typeof types.MeetingOpenInputsDocument,
    "\n  mutation MeetingUpdateAction($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingUpdateActionDocument,
    "\n  mutation MeetingRecordAttendanceSheet($meetingId: ID!, $input: AttendanceSheetInput!) {\n    recordAttendanceSheet(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": typeof types.MeetingRecordAttendanceSheetDocument,
    "\n  mutation PaperCreateUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.PaperCreateUploadDocument,
    "\n  mutation MinutesPaperCreateUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.MinutesPaperCreateUploadDocument,
    "\n  mutation PaperReplaceUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.PaperReplaceUploadDocument,
    "\n  mutation MinutesPaperReplaceUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": typeof types.MinutesPaperReplaceUploadDocument,
    "\n  mutation PaperDelete($paperId: ID!) {\n    deletePaper(paperId: $paperId)\n  }\n": typeof types.PaperDeleteDocument,
    "\n  query PaperHistory($id: ID!) {\n    paper(id: $id) {\n      id\n      versions {\n        version\n        filename\n        size\n        createdAt\n        downloadUrl\n        scanStatus\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PaperHistoryDocument,
    "\n  query PaperReaderChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n      minutes {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PaperReaderChoicesDocument,
    "\n  mutation PaperSetConfidentiality($paperId: ID!, $confidentiality: PaperConfidentiality!, $readerIds: [ID!]) {\n    setPaperConfidentiality(paperId: $paperId, confidentiality: $confidentiality, readerIds: $readerIds) {\n      id\n      confidentiality\n    }\n  }\n": typeof types.PaperSetConfidentialityDocument,
    "\n  query MeetingPack($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      status\n      cancelReason\n      moved\n      isPast\n      packPdf {\n        status\n        url\n        pageCount\n        size\n      }\n      viewerCan {\n        editAgenda\n        publishAgenda\n        proposeItem\n        openInputs\n        reply\n        recordAttendance\n        takeMinutes\n        circulateMinutes\n        approveMinutes\n        publishMinutes\n        commentOnMinutes\n        move\n        cancel\n      }\n      group {\n        id\n        name\n        submissionDeadlineDays\n        agendaPackDays\n        members {\n          id\n          role\n          person {\n            id\n            name\n          }\n        }\n      }\n      quorum {\n        required\n        expected\n        present\n        met\n      }\n      agendaItems {\n        id\n        position\n        title\n        description\n        standing\n        minutesAllotted\n        status\n        declineReason\n        papers {\n          title\n          url\n        }\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        presenter {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n        proposedBy {\n          id\n          name\n        }\n        inputsThread {\n          id\n          forumId\n          title\n          locked\n        }\n      }\n      agendaVersions {\n        version\n        changeNote\n        publishedAt\n        items {\n          id\n          title\n        }\n      }\n      assessment {\n        id\n        theme\n        kind\n        rating\n        direction\n        summary\n        evidence\n        source\n        status\n        carriedForward\n        contributedBy {\n          id\n          name\n        }\n      }\n      mattersArising {\n        id\n        title\n        dueDate\n        overdue\n        owner {\n          id\n          name\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      attendance {\n        id\n        status\n        note\n        person {\n          id\n          name\n        }\n      }\n      minutes {\n        id\n        status\n        version\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        pdf {\n          status\n          url\n          pageCount\n          size\n        }\n        items {\n          agendaItemId\n          title\n          notes\n          notesHtml\n          redacted\n        }\n        decisions\n        attendanceNote\n        circulatedAt\n        approvedAt\n        approvedBy {\n          name\n        }\n        publishedAt\n        comments {\n          id\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n      actions {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetingPackDocument,
    "\n  query MeetingMinutesRevisions($id: ID!) {\n    minutes(id: $id) {\n      id\n      revisions {\n        version\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.MeetingMinutesRevisionsDocument,
    "\n  query MeetingLaterMeetings($groupId: ID!, $from: DateTime!) {\n    group(id: $groupId) {\n      id\n      meetings(from: $from) {\n        id\n        title\n        startsAt\n        status\n        hasStarted\n      }\n    }\n  }\n": typeof types.MeetingLaterMeetingsDocument,
    "\n  query MeetingRecipientCount($id: ID!, $email: MeetingEmail!) {\n    meeting(id: $id) {\n      id\n      recipientCount(email: $email)\n    }\n  }\n": typeof types.MeetingRecipientCountDocument,
    "\n  query MeetingNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n    }\n  }\n": typeof types.MeetingNewGroupDocument,
    "\n  mutation AccountUpdateName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AccountUpdateNameDocument,
    "\n  mutation AccountChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.AccountChangePasswordDocument,
    "\n  query PersonEmail($personId: ID!) {\n    personEmail(personId: $personId) {\n      personId\n      failure {\n        reason\n        statusCode\n        since\n      }\n      messages {\n        id\n        kind\n        outcome\n        statusCode\n        sentAt\n        outcomeAt\n      }\n    }\n  }\n": typeof types.PersonEmailDocument,
    "\n  mutation MarkEmailWorking($personId: ID!) {\n    markEmailWorking(personId: $personId) {\n      personId\n      failure {\n        reason\n      }\n    }\n  }\n": typeof types.MarkEmailWorkingDocument,
    "\n  query PersonPage($id: ID!, $nameOnly: Boolean!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n      active @skip(if: $nameOnly)\n      organisation {\n        id\n        name\n      }\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n          kind\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(first: 10, search: $search) {\n      nodes {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email)\n  }\n": typeof types.RequestSignInLinkDocument,
    "\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      expiresAt\n    }\n  }\n": typeof types.SignInWithLinkDocument,
    "\n  query HomeTasks {\n    myTasks {\n      kind\n      title\n      context\n      path\n      dueAt\n      overdue\n      subjectId\n    }\n  }\n": typeof types.HomeTasksDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n        viewerCan {\n          createGroup\n          createForum\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n      groupName\n      groupRole\n      forumName\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      expiresAt\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  query ActionsSummary($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId) {\n      nodes {\n        id\n        status\n        meeting {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ActionsSummaryDocument,
    "\n  fragment ActionsItemFields on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n      startsAt\n      group {\n        id\n        name\n        myRole\n      }\n    }\n  }\n": types.ActionsItemFieldsFragmentDoc,
    "\n  query ActionsLog($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID, $status: ActionStatus, $overdue: Boolean) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId, status: $status, overdue: $overdue) {\n      nodes {\n        ...ActionsItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ActionsLogDocument,
    "\n  query ActionsLinked($id: ID!) {\n    action(id: $id) {\n      ...ActionsItemFields\n    }\n  }\n": types.ActionsLinkedDocument,
    "\n  query ActionsGroups {\n    groups {\n      id\n      name\n    }\n  }\n": types.ActionsGroupsDocument,
    "\n  query ActionsPeople($first: Int!, $after: String) {\n    people(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ActionsPeopleDocument,
    "\n  query ActionsProgress($id: ID!) {\n    action(id: $id) {\n      id\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n": types.ActionsProgressDocument,
    "\n  mutation ActionsUpdate($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n      status\n      overdue\n      dueDate\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n": types.ActionsUpdateDocument,
    "\n  query MyEmailReplies {\n    myEmailReplies(first: 20) {\n      id\n      outcome\n      purpose\n      reason\n      receivedAt\n    }\n  }\n": types.MyEmailRepliesDocument,
    "\n  query ForumGuestsAdmin {\n    forumGuests {\n      id\n      name\n      organisationName\n      forums {\n        id\n        name\n      }\n    }\n    forumInvitationJoiners {\n      person {\n        id\n        name\n      }\n      forum {\n        id\n        name\n      }\n    }\n  }\n": types.ForumGuestsAdminDocument,
    "\n  mutation MakeGuestMember($personId: ID!) {\n    makeGuestMember(personId: $personId)\n  }\n": types.MakeGuestMemberDocument,
    "\n  mutation MakeForumGuest($personId: ID!) {\n    makeForumGuest(personId: $personId)\n  }\n": types.MakeForumGuestDocument,
    "\n  query AdminInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        email\n        role\n        status\n        maxUses\n        uses\n        expiresAt\n        sentAt\n        createdAt\n        organisation {\n          id\n          name\n        }\n        invitedBy {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminInvitationsDocument,
    "\n  mutation AdminInviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n      status\n    }\n  }\n": types.AdminInviteByEmailDocument,
    "\n  mutation AdminCreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        role\n        maxUses\n        expiresAt\n      }\n    }\n  }\n": types.AdminCreateInvitationLinkDocument,
    "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminRevokeInvitationDocument,
    "\n  query AdminOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        area\n        themes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n": types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminRemoveOrganisation($id: ID!) {\n    removeOrganisation(id: $id)\n  }\n": types.AdminRemoveOrganisationDocument,
    "\n  query AdminPeople($first: Int!, $after: String, $search: String, $role: PartnershipRole, $organisationId: ID, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, role: $role, organisationId: $organisationId, includeDeactivated: $includeDeactivated) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  query AdminOrganisationOptions($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminOrganisationOptionsDocument,
    "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      role\n      active\n      jobTitle\n      joinedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AdminPersonDocument,
    "\n  mutation AdminSetPersonRole($personId: ID!, $role: PartnershipRole!) {\n    setPersonRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n": types.AdminSetPersonRoleDocument,
    "\n  mutation AdminSetPersonOrganisation($personId: ID!, $organisationId: ID) {\n    setPersonOrganisation(personId: $personId, organisationId: $organisationId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AdminSetPersonOrganisationDocument,
    "\n  mutation AdminDeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": types.AdminDeactivatePersonDocument,
    "\n  mutation AdminReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": types.AdminReactivatePersonDocument,
    "\n  query PreferencesEmail {\n    emailPreferences {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n": types.PreferencesEmailDocument,
    "\n  mutation PreferencesUpdate($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n": types.PreferencesUpdateDocument,
    "\n  mutation BankPreviewImport($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    previewResourceImport(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      fileProblems\n      readyCount\n      problemCount\n      rows {\n        line\n        title\n        type\n        year\n        organisations\n        outsideAuthors\n        themes\n        link\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.BankPreviewImportDocument,
    "\n  mutation BankImportResources($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    importResources(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      imported\n    }\n  }\n": types.BankImportResourcesDocument,
    "\n  query BankSavedSearches {\n    bankSavedSearches {\n      id\n      label\n      finderUrl\n      createdAt\n    }\n  }\n": types.BankSavedSearchesDocument,
    "\n  mutation BankSaveSearch($search: ResourceSearchInput!) {\n    saveBankSearch(search: $search) {\n      id\n      label\n    }\n  }\n": types.BankSaveSearchDocument,
    "\n  mutation BankDeleteSavedSearch($id: ID!) {\n    deleteBankSavedSearch(id: $id)\n  }\n": types.BankDeleteSavedSearchDocument,
    "\n  query BankItemPapers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n      }\n    }\n  }\n": types.BankItemPapersDocument,
    "\n  query BankPickerSearch($text: String) {\n    resources(search: { text: $text, pageSize: 8 }) {\n      total\n      items {\n        id\n        title\n        type\n        year\n      }\n    }\n  }\n": types.BankPickerSearchDocument,
    "\n  mutation BankCiteResource($input: CitationInput!) {\n    citeResource(input: $input) {\n      id\n    }\n  }\n": types.BankCiteResourceDocument,
    "\n  mutation BankRemoveCitation($id: ID!) {\n    removeCitation(id: $id)\n  }\n": types.BankRemoveCitationDocument,
    "\n  query BankResources($search: ResourceSearchInput) {\n    resources(search: $search) {\n      total\n      page\n      pageSize\n      viewerCanAdd\n      finderUrl\n      suggestion\n      items {\n        id\n        title\n        type\n        year\n        visibility\n        canManage\n        pageUrl\n        fileName\n        externalUrl\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.BankResourcesDocument,
    "\n  query BankResource($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      type\n      year\n      publishedOn\n      themes\n      policyAreas\n      geography\n      language\n      licence\n      externalUrl\n      organisations {\n        id\n        name\n      }\n      outsideAuthors\n      supersededById\n      reviewOn\n      visibility\n      groupId\n      fileName\n      fileSize\n      version\n      pageUrl\n      canManage\n    }\n  }\n": types.BankResourceDocument,
    "\n  query BankFormChoices {\n    groups {\n      id\n      name\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.BankFormChoicesDocument,
    "\n  mutation BankCreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      id\n      pageUrl\n    }\n  }\n": types.BankCreateResourceDocument,
    "\n  mutation BankUpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      id\n      pageUrl\n    }\n  }\n": types.BankUpdateResourceDocument,
    "\n  mutation BankDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n": types.BankDeleteResourceDocument,
    "\n  mutation BankResourceUpload($resourceId: ID!) {\n    createResourceUpload(resourceId: $resourceId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.BankResourceUploadDocument,
    "\n  query BankContributors {\n    resourceContributors {\n      personId\n      name\n      grantedAt\n    }\n  }\n": types.BankContributorsDocument,
    "\n  mutation BankSetContributor($personId: ID!, $contributor: Boolean!) {\n    setResourceContributor(personId: $personId, contributor: $contributor) {\n      personId\n      name\n      grantedAt\n    }\n  }\n": types.BankSetContributorDocument,
    "\n  query DirectoryAffiliations($id: ID!) {\n    person(id: $id) {\n      id\n      affiliations {\n        id\n        organisationId\n        organisationName\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.DirectoryAffiliationsDocument,
    "\n  mutation DirectoryRecordAffiliation($input: PastAffiliationInput!) {\n    recordPastAffiliation(input: $input) {\n      id\n    }\n  }\n": types.DirectoryRecordAffiliationDocument,
    "\n  query DirectorySearch($text: String!) {\n    directorySearch(text: $text, limit: 10) {\n      kind\n      id\n      title\n      detail\n    }\n  }\n": types.DirectorySearchDocument,
    "\n  query DirectoryOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        areasServed\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DirectoryOrganisationsDocument,
    "\n  query DirectoryOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      otherNames\n      website\n      contactEmail\n      themes\n      areasServed\n      lastCheckedAt\n      identifiers {\n        charityNumber\n        companyNumber\n        odsCode\n        gssCode\n      }\n      parent {\n        id\n        name\n      }\n      services {\n        id\n        name\n        serviceType\n        status\n        visibility\n        levels\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n      }\n      locations {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n        accessibilityNotes\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n        emailVisibility\n        phoneVisibility\n        lawfulBasis\n      }\n      seats {\n        id\n        groupId\n        groupName\n        personId\n        personName\n        seat\n        deputyName\n        startsOn\n      }\n      people {\n        id\n        personId\n        personName\n        title\n        startsOn\n      }\n    }\n  }\n": types.DirectoryOrganisationDocument,
    "\n  mutation DirectoryAddOrganisation($input: DirectoryOrganisationInput!) {\n    addDirectoryOrganisation(input: $input) {\n      id\n    }\n  }\n": types.DirectoryAddOrganisationDocument,
    "\n  mutation DirectoryUpdateOrganisation($id: ID!, $input: DirectoryOrganisationInput!) {\n    updateDirectoryOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DirectoryUpdateOrganisationDocument,
    "\n  mutation DirectoryConfirmChecked($id: ID!) {\n    confirmOrganisationChecked(id: $id) {\n      id\n    }\n  }\n": types.DirectoryConfirmCheckedDocument,
    "\n  mutation DirectorySaveLocation($id: ID, $input: DirectoryLocationInput!) {\n    saveDirectoryLocation(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DirectorySaveLocationDocument,
    "\n  mutation DirectoryRemoveLocation($id: ID!) {\n    removeDirectoryLocation(id: $id)\n  }\n": types.DirectoryRemoveLocationDocument,
    "\n  mutation DirectorySaveContact($id: ID, $input: DirectoryContactInput!) {\n    saveDirectoryContact(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DirectorySaveContactDocument,
    "\n  mutation DirectoryRemoveContact($id: ID!) {\n    removeDirectoryContact(id: $id)\n  }\n": types.DirectoryRemoveContactDocument,
    "\n  query DirectoryServicePage($id: ID!, $partnership: String, $signedIn: Boolean!) {\n    directoryService(id: $id, partnership: $partnership) {\n      id\n      organisationId\n      organisationName\n      locationId\n      name\n      description\n      status\n      visibility\n      serviceType\n      levels\n      minAge\n      maxAge\n      eligibility\n      immigrationNotes\n      languages\n      accessMethods\n      free\n      cost\n      schedule\n      scheduleStartsAt\n      durationMinutes\n      serviceAreas\n      childcare\n      spacesAvailable\n      url\n      email\n      phone\n      lastCheckedAt\n      lastCheckedBy @include(if: $signedIn) {\n        id\n        name\n      }\n      slots {\n        weekday\n        startsAt\n        endsAt\n      }\n      location {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n      }\n    }\n  }\n": types.DirectoryServicePageDocument,
    "\n  mutation DirectoryAddService($input: DirectoryServiceInput!) {\n    addDirectoryService(input: $input) {\n      id\n    }\n  }\n": types.DirectoryAddServiceDocument,
    "\n  mutation DirectoryUpdateService($id: ID!, $input: DirectoryServiceInput!) {\n    updateDirectoryService(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DirectoryUpdateServiceDocument,
    "\n  query DirectoryOrganisationLocations($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      locations {\n        id\n        name\n      }\n    }\n  }\n": types.DirectoryOrganisationLocationsDocument,
    "\n  query DirectoryFindServices($filter: ServiceFinderFilter!, $partnership: String, $first: Int!, $after: String) {\n    findServices(filter: $filter, partnership: $partnership, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        organisationName\n        serviceType\n        levels\n        languages\n        childcare\n        spacesAvailable\n        free\n        cost\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n        location {\n          name\n          postcode\n          stepFree\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DirectoryFindServicesDocument,
    "\n  mutation DirectorySuggest($input: DirectorySuggestionInput!) {\n    suggestDirectoryChange(input: $input) {\n      id\n    }\n  }\n": types.DirectorySuggestDocument,
    "\n  query DirectorySuggestions {\n    directorySuggestions {\n      id\n      organisationId\n      serviceId\n      subjectName\n      body\n      suggestedByName\n      createdAt\n    }\n  }\n": types.DirectorySuggestionsDocument,
    "\n  mutation DirectoryResolveSuggestion($id: ID!, $status: SuggestionStatus!) {\n    resolveDirectorySuggestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.DirectoryResolveSuggestionDocument,
    "\n  query DirectoryMyPartnership {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n  }\n": types.DirectoryMyPartnershipDocument,
    "\n  mutation DirectorySetSeat($input: RepresentationInput!) {\n    setRepresentation(input: $input) {\n      id\n      seat\n    }\n  }\n": types.DirectorySetSeatDocument,
    "\n  query DirectoryCheckMonths {\n    directoryCheckMonths\n  }\n": types.DirectoryCheckMonthsDocument,
    "\n  query DirectoryMergeProposals {\n    directoryMergeProposals(limit: 50) {\n      first {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      second {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      reasons\n      similarity\n    }\n    organisationMerges(limit: 20) {\n      id\n      survivorId\n      survivorName\n      mergedName\n      mergedAt\n      undoneAt\n      moved\n    }\n  }\n": types.DirectoryMergeProposalsDocument,
    "\n  mutation MergeOrganisations($survivorId: ID!, $mergedId: ID!, $reasons: [MergeReason!]!) {\n    mergeOrganisations(survivorId: $survivorId, mergedId: $mergedId, reasons: $reasons) {\n      id\n      survivorName\n      mergedName\n    }\n  }\n": types.MergeOrganisationsDocument,
    "\n  mutation UndoOrganisationMerge($id: ID!) {\n    undoOrganisationMerge(id: $id) {\n      id\n      undoneAt\n    }\n  }\n": types.UndoOrganisationMergeDocument,
    "\n  mutation DismissMergeProposal($firstId: ID!, $secondId: ID!) {\n    dismissMergeProposal(firstId: $firstId, secondId: $secondId)\n  }\n": types.DismissMergeProposalDocument,
    "\n  mutation PreviewDirectoryImport($input: DirectoryCsvInput!) {\n    previewDirectoryImport(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n": types.PreviewDirectoryImportDocument,
    "\n  mutation ImportDirectoryCsv($input: DirectoryCsvInput!) {\n    importDirectoryCsv(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportDirectoryCsvDocument,
    "\n  query DirectoryCsvExport {\n    directoryCsvExport {\n      organizations\n      locations\n      services\n    }\n  }\n": types.DirectoryCsvExportDocument,
    "\n  query ContactSubjectAccess($contactId: ID!) {\n    contactSubjectAccess(contactId: $contactId)\n  }\n": types.ContactSubjectAccessDocument,
    "\n  query PersonSubjectAccess($personId: ID!) {\n    personSubjectAccess(personId: $personId)\n  }\n": types.PersonSubjectAccessDocument,
    "\n  mutation EraseDirectoryContact($contactId: ID!, $mode: ErasureMode!) {\n    eraseDirectoryContact(contactId: $contactId, mode: $mode)\n  }\n": types.EraseDirectoryContactDocument,
    "\n  query MeetingSeatQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      seatQuorum {\n        met\n        seats {\n          seat\n          required\n          expected\n          present\n          met\n        }\n      }\n    }\n  }\n": types.MeetingSeatQuorumDocument,
    "\n  fragment FoiAnswerFields on FoiAnswer {\n    id\n    qualifier\n    value\n    display\n    note\n    source\n  }\n": types.FoiAnswerFieldsFragmentDoc,
    "\n  query FoiAnswerSheet($requestId: ID!) {\n    foiAnswerSheet(requestId: $requestId) {\n      requestId\n      campaignId\n      authority\n      canRecord\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n": types.FoiAnswerSheetDocument,
    "\n  mutation RecordFoiAnswers($input: RecordFoiAnswersInput!) {\n    recordFoiAnswers(input: $input) {\n      requestId\n      questions {\n        id\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n": types.RecordFoiAnswersDocument,
    "\n  query FoiMatrix($campaignId: ID!) {\n    foiMatrix(campaignId: $campaignId) {\n      campaignId\n      title\n      status\n      requests\n      replied\n      responseRate\n      csvUrl\n      xlsxUrl\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        totals {\n          exactTotal\n          withEstimatesTotal\n          exactTotalText\n          withEstimatesTotalText\n          exact\n          estimates\n          fewerThanFive\n          notHeld\n          notKnown\n          refused\n          yes\n          no\n          unanswered\n          summary\n        }\n      }\n      rows {\n        requestId\n        authority\n        status\n        dueOn\n        daysOverdue\n        replied\n        cells {\n          questionId\n          qualifier\n          amount\n          display\n          note\n        }\n      }\n      overdue {\n        requestId\n        authority\n        dueOn\n        internalReviewDueOn\n        daysOverdue\n        overdueFor\n      }\n    }\n  }\n": types.FoiMatrixDocument,
    "\n  fragment FoiPublishingFields on FoiPublishing {\n    campaignId\n    publishable\n    notPublishableReason\n    datasets {\n      id\n      version\n      signedOffAt\n      signedOffByName\n      withdrawnAt\n      publicUrl\n    }\n  }\n": types.FoiPublishingFieldsFragmentDoc,
    "\n  query FoiPublishing($campaignId: ID!) {\n    foiPublishing(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n": types.FoiPublishingDocument,
    "\n  mutation SignOffFoiDataset($campaignId: ID!) {\n    signOffFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n": types.SignOffFoiDatasetDocument,
    "\n  mutation WithdrawFoiDataset($campaignId: ID!) {\n    withdrawFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n": types.WithdrawFoiDatasetDocument,
    "\n  query FoiCampaigns {\n    foiCampaigns {\n      id\n      title\n      status\n      sentAt\n      createdAt\n      group {\n        id\n        name\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n    }\n  }\n": types.FoiCampaignsDocument,
    "\n  query FoiCampaign($id: ID!) {\n    foiCampaign(id: $id) {\n      id\n      title\n      purpose\n      letterTemplate\n      publicationPolicy\n      status\n      groupId\n      group {\n        id\n        name\n      }\n      sentAt\n      closedAt\n      letterPreview\n      viewerCan {\n        manage\n      }\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n      }\n      recipients {\n        id\n        listId\n        listName\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n      requests {\n        id\n        status\n        sentVia\n        sentTo\n        sentAt\n        dueOn\n        refusalSection\n        organisation {\n          id\n          name\n        }\n        clock {\n          kind\n          workingDays\n          text\n        }\n      }\n    }\n  }\n": types.FoiCampaignDocument,
    "\n  query FoiCampaignFormChoices {\n    groups {\n      id\n      name\n    }\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n    }\n  }\n": types.FoiCampaignFormChoicesDocument,
    "\n  mutation CreateFoiCampaign($input: FoiCampaignInput!) {\n    createFoiCampaign(input: $input) {\n      id\n    }\n  }\n": types.CreateFoiCampaignDocument,
    "\n  mutation UpdateFoiCampaign($id: ID!, $input: FoiCampaignInput!) {\n    updateFoiCampaign(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateFoiCampaignDocument,
    "\n  mutation SetFoiQuestions($campaignId: ID!, $input: FoiQuestionsInput!) {\n    setFoiQuestions(campaignId: $campaignId, input: $input) {\n      id\n    }\n  }\n": types.SetFoiQuestionsDocument,
    "\n  mutation ChooseFoiRecipients($campaignId: ID!, $listId: ID!) {\n    chooseFoiRecipients(campaignId: $campaignId, listId: $listId) {\n      id\n    }\n  }\n": types.ChooseFoiRecipientsDocument,
    "\n  mutation SendFoiCampaign($campaignId: ID!) {\n    sendFoiCampaign(campaignId: $campaignId) {\n      email\n      portal\n    }\n  }\n": types.SendFoiCampaignDocument,
    "\n  mutation CloseFoiCampaign($campaignId: ID!) {\n    closeFoiCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n": types.CloseFoiCampaignDocument,
    "\n  mutation DeleteFoiCampaign($id: ID!) {\n    deleteFoiCampaign(id: $id)\n  }\n": types.DeleteFoiCampaignDocument,
    "\n  query FoiRequest($id: ID!) {\n    foiRequest(id: $id) {\n      id\n      campaignId\n      campaign {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      sentTo\n      sentVia\n      sentAt\n      portalReference\n      receivedOn\n      dueOn\n      status\n      refusalSection\n      answeredOn\n      extensionWorkingDays\n      extensionReason\n      internalReviewRequestedOn\n      internalReviewDueOn\n      icoReference\n      icoComplainedOn\n      closedOn\n      letterSubject\n      letterText\n      internalReviewDraft\n      viewerCan {\n        manage\n      }\n      clock {\n        kind\n        workingDays\n        text\n      }\n      clarifications {\n        id\n        requestedOn\n        answeredOn\n      }\n      correspondence {\n        id\n        direction\n        kind\n        fromAddress\n        toAddress\n        subject\n        body\n        occurredAt\n        emailStatus\n        emailedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n        }\n      }\n    }\n  }\n": types.FoiRequestDocument,
    "\n  mutation RecordFoiPortalSubmission($requestId: ID!, $input: FoiPortalSubmissionInput!) {\n    recordFoiPortalSubmission(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.RecordFoiPortalSubmissionDocument,
    "\n  mutation SetFoiReceivedOn($requestId: ID!, $input: FoiReceivedInput!) {\n    setFoiReceivedOn(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.SetFoiReceivedOnDocument,
    "\n  mutation RequestFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    requestFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.RequestFoiClarificationDocument,
    "\n  mutation AnswerFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    answerFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.AnswerFoiClarificationDocument,
    "\n  mutation ExtendFoiRequest($requestId: ID!, $input: FoiExtensionInput!) {\n    extendFoiRequest(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.ExtendFoiRequestDocument,
    "\n  mutation SetFoiRequestStatus($requestId: ID!, $input: FoiStatusInput!) {\n    setFoiRequestStatus(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.SetFoiRequestStatusDocument,
    "\n  mutation StartFoiInternalReview($requestId: ID!, $input: FoiInternalReviewInput!) {\n    startFoiInternalReview(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n": types.StartFoiInternalReviewDocument,
    "\n  mutation AddFoiCorrespondence($requestId: ID!, $input: FoiCorrespondenceInput!) {\n    addFoiCorrespondence(requestId: $requestId, input: $input)\n  }\n": types.AddFoiCorrespondenceDocument,
    "\n  mutation CreateFoiAttachmentUpload($correspondenceId: ID!) {\n    createFoiAttachmentUpload(correspondenceId: $correspondenceId) {\n      token\n      maxBytes\n    }\n  }\n": types.CreateFoiAttachmentUploadDocument,
    "\n  query FoiRecipientLists {\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n      updatedAt\n      current {\n        id\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n    }\n  }\n": types.FoiRecipientListsDocument,
    "\n  query FoiOrganisationChoices($search: String) {\n    organisations(first: 100, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        foiEmail\n        foiPortalUrl\n      }\n    }\n  }\n": types.FoiOrganisationChoicesDocument,
    "\n  mutation CreateFoiRecipientList($input: FoiRecipientListInput!) {\n    createFoiRecipientList(input: $input)\n  }\n": types.CreateFoiRecipientListDocument,
    "\n  mutation UpdateFoiRecipientList($id: ID!, $input: FoiRecipientListInput!) {\n    updateFoiRecipientList(id: $id, input: $input) {\n      id\n      currentVersion\n    }\n  }\n": types.UpdateFoiRecipientListDocument,
    "\n  query FoiHolidayYears {\n    foiHolidayYears {\n      year\n      source\n      holidays {\n        day\n        name\n      }\n    }\n    foiSettings {\n      fromAddress\n    }\n  }\n": types.FoiHolidayYearsDocument,
    "\n  mutation SetFoiHolidayYear($input: FoiHolidayYearInput!) {\n    setFoiHolidayYear(input: $input) {\n      year\n    }\n  }\n": types.SetFoiHolidayYearDocument,
    "\n  mutation RemoveFoiHolidayYear($year: Int!) {\n    removeFoiHolidayYear(year: $year)\n  }\n": types.RemoveFoiHolidayYearDocument,
    "\n  mutation SetFoiFromAddress($address: String) {\n    setFoiFromAddress(address: $address) {\n      fromAddress\n    }\n  }\n": types.SetFoiFromAddressDocument,
    "\n  query OrganisationFoiAddress($id: ID!) {\n    organisation(id: $id) {\n      id\n      foiEmail\n      foiPortalUrl\n    }\n  }\n": types.OrganisationFoiAddressDocument,
    "\n  mutation SetOrganisationFoiAddress($organisationId: ID!, $input: FoiAddressInput!) {\n    setOrganisationFoiAddress(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n": types.SetOrganisationFoiAddressDocument,
    "\n  mutation FollowThread($threadId: ID!, $level: FollowLevel) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      followLevel\n      effectiveFollowLevel\n      unreadCount\n    }\n  }\n": types.FollowThreadDocument,
    "\n  mutation FollowForum($forumId: ID!, $level: FollowLevel) {\n    followForum(forumId: $forumId, level: $level) {\n      id\n      followLevel\n      unreadCount\n    }\n  }\n": types.FollowForumDocument,
    "\n  query ForumNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        createForum\n      }\n      forum {\n        id\n      }\n    }\n  }\n": types.ForumNewGroupDocument,
    "\n  mutation ForumCreate($name: String!, $description: String, $groupId: ID) {\n    createForum(name: $name, description: $description, groupId: $groupId) {\n      id\n    }\n  }\n": types.ForumCreateDocument,
    "\n  query ForumMembers($id: ID!) {\n    forum(id: $id) {\n      id\n      name\n      groupId\n      viewerCan {\n        manageMembers\n        invite\n      }\n      guestPostsHeld\n      members {\n        role\n        viaGroup\n        guest\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ForumMembersDocument,
    "\n  mutation ForumSetMember($forumId: ID!, $personId: ID!, $role: ForumRole!) {\n    setForumMember(forumId: $forumId, personId: $personId, role: $role)\n  }\n": types.ForumSetMemberDocument,
    "\n  mutation ForumManageRemove($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n": types.ForumManageRemoveDocument,
    "\n  mutation ForumInviteEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n    }\n  }\n": types.ForumInviteEmailDocument,
    "\n  mutation ForumInviteLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        maxUses\n        expiresAt\n      }\n    }\n  }\n": types.ForumInviteLinkDocument,
    "\n  query ForumHeldPosts($forumId: ID) {\n    heldPosts(forumId: $forumId) {\n      post {\n        id\n        threadId\n        forumId\n        bodyHtml\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      threadTitle\n      reason\n      heldAt\n      kinds\n      authorReason\n      forumId\n    }\n    forums {\n      id\n      name\n      myRole\n    }\n  }\n": types.ForumHeldPostsDocument,
    "\n  mutation ForumApprovePost($id: ID!) {\n    approvePost(id: $id) {\n      id\n    }\n  }\n": types.ForumApprovePostDocument,
    "\n  mutation ForumRejectPost($id: ID!) {\n    rejectPost(id: $id) {\n      id\n    }\n  }\n": types.ForumRejectPostDocument,
    "\n  query ForumGuardSetting($id: ID!) {\n    forum(id: $id) {\n      id\n      personalDataMode\n      heldCount\n    }\n  }\n": types.ForumGuardSettingDocument,
    "\n  mutation ForumSetPersonalDataMode($forumId: ID!, $mode: PersonalDataMode!) {\n    setForumPersonalDataMode(forumId: $forumId, mode: $mode)\n  }\n": types.ForumSetPersonalDataModeDocument,
    "\n  query ForumThreadTitle($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      hiddenTitle\n      waitingForApproval\n      titleModeration {\n        hidden\n        reason\n      }\n    }\n  }\n": types.ForumThreadTitleDocument,
    "\n  mutation ForumEditThreadTitle($id: ID!, $title: String!, $reason: String!, $personalData: PersonalDataConsentInput) {\n    editThreadTitle(id: $id, title: $title, reason: $reason, personalData: $personalData) {\n      id\n      title\n    }\n  }\n": types.ForumEditThreadTitleDocument,
    "\n  mutation ForumHideThreadTitle($id: ID!, $reason: String!) {\n    hideThreadTitle(id: $id, reason: $reason) {\n      id\n      title\n    }\n  }\n": types.ForumHideThreadTitleDocument,
    "\n  mutation ForumShowThreadTitle($id: ID!) {\n    showThreadTitle(id: $id) {\n      id\n      title\n    }\n  }\n": types.ForumShowThreadTitleDocument,
    "\n  mutation SetForumGuestPostsHeld($forumId: ID!, $count: Int!) {\n    setForumGuestPostsHeld(forumId: $forumId, count: $count)\n  }\n": types.SetForumGuestPostsHeldDocument,
    "\n  query MentionCandidates($forumId: ID!, $query: String!) {\n    mentionCandidates(forumId: $forumId, query: $query, first: 8) {\n      id\n      name\n      organisation\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query ForumList {\n    forums {\n      id\n      name\n      description\n      myRole\n      unreadCount\n    }\n  }\n": types.ForumListDocument,
    "\n  query ForumPage($id: ID!, $after: ID) {\n    forum(id: $id) {\n      id\n      name\n      description\n      groupId\n      myRole\n      unreadCount\n      followLevel\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          theme\n          kind\n          pinned\n          locked\n          lastPostAt\n          unreadCount\n          effectiveFollowLevel\n          createdBy {\n            id\n            name\n          }\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ForumPageDocument,
    "\n  query ForumModeration($id: ID!) {\n    forum(id: $id) {\n      id\n      members {\n        role\n        viaGroup\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n      reports {\n        id\n        postId\n        path\n        reason\n        createdAt\n      }\n    }\n  }\n": types.ForumModerationDocument,
    "\n  query ForumReports($id: ID!) {\n    forum(id: $id) {\n      id\n      reports {\n        id\n        postId\n        reason\n        createdAt\n      }\n    }\n  }\n": types.ForumReportsDocument,
    "\n  mutation ForumRemoveMember($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n": types.ForumRemoveMemberDocument,
    "\n  mutation ForumResolveReport($id: ID!) {\n    resolvePostReport(id: $id)\n  }\n": types.ForumResolveReportDocument,
    "\n  mutation ForumCreateThread($forumId: ID!, $title: String!, $body: String!, $clientId: String!, $theme: String, $personalData: PersonalDataConsentInput) {\n    createThread(forumId: $forumId, title: $title, body: $body, clientId: $clientId, theme: $theme, personalData: $personalData) {\n      id\n      forumId\n      waitingForApproval\n    }\n  }\n": types.ForumCreateThreadDocument,
    "\n  query ForumPreviewPost($body: String!) {\n    previewPost(body: $body)\n  }\n": types.ForumPreviewPostDocument,
    "\n  fragment ForumPostFields on Post {\n    id\n    threadId\n    clientId\n    replyToId\n    author {\n      id\n      name\n    }\n    bodyMarkdown\n    bodyHtml\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    cursor\n    approval {\n      state\n    }\n  }\n": types.ForumPostFieldsFragmentDoc,
    "\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      id\n      forumId\n      title\n      theme\n      kind\n      pinned\n      locked\n      locksAt\n      createdAt\n      followLevel\n      effectiveFollowLevel\n      firstUnreadPostId\n      waitingForApproval\n      forum {\n        id\n        name\n        myRole\n        followLevel\n      }\n      agendaItem {\n        id\n        title\n        position\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n": types.ForumThreadDocument,
    "\n  query ForumThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      posts(first: 100, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ForumThreadPostsDocument,
    "\n  mutation ForumCreatePost($threadId: ID!, $body: String!, $clientId: String!, $replyToId: ID, $personalData: PersonalDataConsentInput) {\n    createPost(threadId: $threadId, body: $body, clientId: $clientId, replyToId: $replyToId, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n": types.ForumCreatePostDocument,
    "\n  mutation ForumEditPost($id: ID!, $body: String!, $personalData: PersonalDataConsentInput) {\n    editPost(id: $id, body: $body, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n": types.ForumEditPostDocument,
    "\n  mutation ForumHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ForumPostFields\n    }\n  }\n": types.ForumHidePostDocument,
    "\n  mutation ForumShowPost($id: ID!) {\n    showPost(id: $id) {\n      ...ForumPostFields\n    }\n  }\n": types.ForumShowPostDocument,
    "\n  mutation ForumReportPost($id: ID!, $reason: String!) {\n    reportPost(id: $id, reason: $reason)\n  }\n": types.ForumReportPostDocument,
    "\n  mutation ForumPinThread($id: ID!, $pinned: Boolean!) {\n    pinThread(id: $id, pinned: $pinned) {\n      id\n      pinned\n      locked\n    }\n  }\n": types.ForumPinThreadDocument,
    "\n  mutation ForumLockThread($id: ID!, $locked: Boolean!) {\n    lockThread(id: $id, locked: $locked) {\n      id\n      pinned\n      locked\n    }\n  }\n": types.ForumLockThreadDocument,
    "\n  mutation ForumMarkThreadRead($threadId: ID!, $postId: ID) {\n    markThreadRead(threadId: $threadId, postId: $postId)\n  }\n": types.ForumMarkThreadReadDocument,
    "\n  query ForumSearch($query: String!, $forumId: ID) {\n    searchForums(query: $query, forumId: $forumId, first: 50) {\n      postId\n      threadId\n      forumId\n      threadTitle\n      snippet\n      createdAt\n    }\n  }\n": types.ForumSearchDocument,
    "\n  fragment GroupsTermsFields on TermsOfReference {\n    id\n    version\n    status\n    purpose\n    membership\n    quorum\n    quorumSeats\n    cadence\n    reviewDate\n    reviewDue\n    body\n    approvedAt\n    approvedBy {\n      name\n    }\n    createdAt\n  }\n": types.GroupsTermsFieldsFragmentDoc,
    "\n  query GroupSettings($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      archivedAt\n      standingAgenda {\n        title\n        standing\n        minutesAllotted\n      }\n      viewerCan {\n        edit\n        archive\n      }\n    }\n  }\n": types.GroupSettingsDocument,
    "\n  mutation GroupCreate($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": types.GroupCreateDocument,
    "\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n    }\n  }\n": types.GroupUpdateDocument,
    "\n  mutation GroupArchive($id: ID!, $archived: Boolean!) {\n    archiveGroup(id: $id, archived: $archived) {\n      id\n      archivedAt\n    }\n  }\n": types.GroupArchiveDocument,
    "\n  query GroupMembers($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyPersonId\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  mutation GroupSetMember($groupId: ID!, $personId: ID!, $role: GroupRole!, $organisationId: ID) {\n    setGroupMember(groupId: $groupId, personId: $personId, role: $role, organisationId: $organisationId) {\n      id\n    }\n  }\n": types.GroupSetMemberDocument,
    "\n  mutation GroupRemoveMember($groupId: ID!, $personId: ID!) {\n    removeGroupMember(groupId: $groupId, personId: $personId)\n  }\n": types.GroupRemoveMemberDocument,
    "\n  mutation GroupInvite($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n      email\n    }\n  }\n": types.GroupInviteDocument,
    "\n  query GroupsGroup($id: ID!) {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n    group(id: $id) {\n      id\n      name\n      slug\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      myRole\n      archivedAt\n      viewerCan {\n        edit\n        manageMembers\n        createForum\n      }\n      forum {\n        id\n        name\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyName\n        }\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        endsAt\n        location\n        onlineUrl\n        status\n        cancelReason\n        moved\n        oneOff\n      }\n    }\n    assessmentComparison(groupId: $id, lastN: 6) {\n      theme\n      cells {\n        meetingId\n        startsAt\n        rating\n        direction\n      }\n    }\n  }\n": types.GroupsGroupDocument,
    "\n  query GroupsList($from: DateTime!, $includeArchived: Boolean!) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      visibility\n      archivedAt\n      myRole\n      meetings(from: $from) {\n        id\n        startsAt\n        status\n        location\n        onlineUrl\n      }\n    }\n  }\n": types.GroupsListDocument,
    "\n  query GroupsTerms($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      myRole\n      viewerCan {\n        edit\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n    }\n  }\n": types.GroupsTermsDocument,
    "\n  mutation GroupsCreateTermsDraft($groupId: ID!) {\n    createTermsDraft(groupId: $groupId) {\n      id\n      version\n      status\n    }\n  }\n": types.GroupsCreateTermsDraftDocument,
    "\n  mutation GroupsUpdateTermsDraft($id: ID!, $input: TermsInput!) {\n    updateTermsDraft(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.GroupsUpdateTermsDraftDocument,
    "\n  mutation GroupsProposeTerms($id: ID!) {\n    proposeTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.GroupsProposeTermsDocument,
    "\n  mutation GroupsApproveTerms($id: ID!) {\n    approveTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n": types.GroupsApproveTermsDocument,
    "\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n    person(id: $me) {\n      id\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query MeetingEmailComments($meetingId: ID!) {\n    meetingEmailComments(meetingId: $meetingId) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n": types.MeetingEmailCommentsDocument,
    "\n  mutation MeetingAccept($meetingId: ID!) {\n    acceptMeeting(meetingId: $meetingId) {\n      id\n    }\n  }\n": types.MeetingAcceptDocument,
    "\n  mutation MeetingSendApologies($meetingId: ID!, $note: String) {\n    sendApologies(meetingId: $meetingId, note: $note) {\n      id\n    }\n  }\n": types.MeetingSendApologiesDocument,
    "\n  mutation MeetingRecordAttendance($meetingId: ID!, $personId: ID!, $status: AttendanceStatus!, $note: String) {\n    recordAttendance(meetingId: $meetingId, personId: $personId, status: $status, note: $note) {\n      id\n    }\n  }\n": types.MeetingRecordAttendanceDocument,
    "\n  mutation MeetingProposeItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.MeetingProposeItemDocument,
    "\n  mutation MeetingContributeEntry($meetingId: ID!, $input: AssessmentEntryInput!) {\n    contributeAssessmentEntry(meetingId: $meetingId, input: $input) {\n      id\n      status\n    }\n  }\n": types.MeetingContributeEntryDocument,
    "\n  mutation MeetingAddItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.MeetingAddItemDocument,
    "\n  mutation MeetingReorder($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)\n  }\n": types.MeetingReorderDocument,
    "\n  mutation MeetingAcceptItem($id: ID!) {\n    acceptAgendaItem(id: $id) {\n      id\n    }\n  }\n": types.MeetingAcceptItemDocument,
    "\n  mutation MeetingDeclineItem($id: ID!, $reason: String!) {\n    declineAgendaItem(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.MeetingDeclineItemDocument,
    "\n  mutation MeetingRemoveItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n": types.MeetingRemoveItemDocument,
    "\n  mutation MeetingPublishAgenda($meetingId: ID!, $changeNote: String) {\n    publishAgenda(meetingId: $meetingId, changeNote: $changeNote) {\n      version\n    }\n  }\n": types.MeetingPublishAgendaDocument,
    "\n  mutation MeetingCurateEntry($id: ID!, $input: AssessmentCurationInput!) {\n    curateAssessmentEntry(id: $id, input: $input) {\n      id\n    }\n  }\n": types.MeetingCurateEntryDocument,
    "\n  mutation MeetingCarryForward($meetingId: ID!) {\n    carryForwardAssessment(meetingId: $meetingId)\n  }\n": types.MeetingCarryForwardDocument,
    "\n  mutation MeetingStartMinutes($meetingId: ID!) {\n    startMinutes(meetingId: $meetingId) {\n      id\n    }\n  }\n": types.MeetingStartMinutesDocument,
    "\n  mutation MeetingUpdateMinutes($minutesId: ID!, $input: MinutesInput!) {\n    updateMinutes(minutesId: $minutesId, input: $input) {\n      id\n      version\n    }\n  }\n": types.MeetingUpdateMinutesDocument,
    "\n  mutation MeetingCirculateMinutes($minutesId: ID!) {\n    circulateMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n": types.MeetingCirculateMinutesDocument,
    "\n  mutation MeetingApproveMinutes($minutesId: ID!, $atMeetingId: ID!) {\n    approveMinutes(minutesId: $minutesId, atMeetingId: $atMeetingId) {\n      id\n    }\n  }\n": types.MeetingApproveMinutesDocument,
    "\n  mutation MeetingPublishMinutes($minutesId: ID!) {\n    publishMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n": types.MeetingPublishMinutesDocument,
    "\n  mutation MeetingAddAction($meetingId: ID!, $input: ActionInput!) {\n    addAction(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.MeetingAddActionDocument,
    "\n  mutation MeetingMove($id: ID!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $reason: String!) {\n    moveMeeting(id: $id, startsAt: $startsAt, endsAt: $endsAt, location: $location, reason: $reason) {\n      id\n    }\n  }\n": types.MeetingMoveDocument,
    "\n  mutation MeetingCancel($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.MeetingCancelDocument,
    "\n  mutation MeetingCommentOnMinutes($minutesId: ID!, $body: String!) {\n    commentOnMinutes(minutesId: $minutesId, body: $body) {\n      id\n    }\n  }\n": types.MeetingCommentOnMinutesDocument,
    "\n  mutation MeetingScheduleOneOff($groupId: ID!, $title: String!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $onlineUrl: String) {\n    scheduleOneOffMeeting(groupId: $groupId, title: $title, startsAt: $startsAt, endsAt: $endsAt, location: $location, onlineUrl: $onlineUrl) {\n      id\n    }\n  }\n": types.MeetingScheduleOneOffDocument,
    "\n  mutation MeetingUpdateItem($id: ID!, $input: AgendaItemUpdateInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n": types.MeetingUpdateItemDocument,
    "\n  mutation MeetingOpenInputs($agendaItemId: ID!) {\n    openInputsThread(agendaItemId: $agendaItemId) {\n      id\n      forumId\n    }\n  }\n": types.MeetingOpenInputsDocument,
    "\n  mutation MeetingUpdateAction($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n": types.MeetingUpdateActionDocument,
    "\n  mutation MeetingRecordAttendanceSheet($meetingId: ID!, $input: AttendanceSheetInput!) {\n    recordAttendanceSheet(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n": types.MeetingRecordAttendanceSheetDocument,
    "\n  mutation PaperCreateUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.PaperCreateUploadDocument,
    "\n  mutation MinutesPaperCreateUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.MinutesPaperCreateUploadDocument,
    "\n  mutation PaperReplaceUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.PaperReplaceUploadDocument,
    "\n  mutation MinutesPaperReplaceUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n": types.MinutesPaperReplaceUploadDocument,
    "\n  mutation PaperDelete($paperId: ID!) {\n    deletePaper(paperId: $paperId)\n  }\n": types.PaperDeleteDocument,
    "\n  query PaperHistory($id: ID!) {\n    paper(id: $id) {\n      id\n      versions {\n        version\n        filename\n        size\n        createdAt\n        downloadUrl\n        scanStatus\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PaperHistoryDocument,
    "\n  query PaperReaderChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n      minutes {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PaperReaderChoicesDocument,
    "\n  mutation PaperSetConfidentiality($paperId: ID!, $confidentiality: PaperConfidentiality!, $readerIds: [ID!]) {\n    setPaperConfidentiality(paperId: $paperId, confidentiality: $confidentiality, readerIds: $readerIds) {\n      id\n      confidentiality\n    }\n  }\n": types.PaperSetConfidentialityDocument,
    "\n  query MeetingPack($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      status\n      cancelReason\n      moved\n      isPast\n      packPdf {\n        status\n        url\n        pageCount\n        size\n      }\n      viewerCan {\n        editAgenda\n        publishAgenda\n        proposeItem\n        openInputs\n        reply\n        recordAttendance\n        takeMinutes\n        circulateMinutes\n        approveMinutes\n        publishMinutes\n        commentOnMinutes\n        move\n        cancel\n      }\n      group {\n        id\n        name\n        submissionDeadlineDays\n        agendaPackDays\n        members {\n          id\n          role\n          person {\n            id\n            name\n          }\n        }\n      }\n      quorum {\n        required\n        expected\n        present\n        met\n      }\n      agendaItems {\n        id\n        position\n        title\n        description\n        standing\n        minutesAllotted\n        status\n        declineReason\n        papers {\n          title\n          url\n        }\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        presenter {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n        proposedBy {\n          id\n          name\n        }\n        inputsThread {\n          id\n          forumId\n          title\n          locked\n        }\n      }\n      agendaVersions {\n        version\n        changeNote\n        publishedAt\n        items {\n          id\n          title\n        }\n      }\n      assessment {\n        id\n        theme\n        kind\n        rating\n        direction\n        summary\n        evidence\n        source\n        status\n        carriedForward\n        contributedBy {\n          id\n          name\n        }\n      }\n      mattersArising {\n        id\n        title\n        dueDate\n        overdue\n        owner {\n          id\n          name\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      attendance {\n        id\n        status\n        note\n        person {\n          id\n          name\n        }\n      }\n      minutes {\n        id\n        status\n        version\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        pdf {\n          status\n          url\n          pageCount\n          size\n        }\n        items {\n          agendaItemId\n          title\n          notes\n          notesHtml\n          redacted\n        }\n        decisions\n        attendanceNote\n        circulatedAt\n        approvedAt\n        approvedBy {\n          name\n        }\n        publishedAt\n        comments {\n          id\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n      actions {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeetingPackDocument,
    "\n  query MeetingMinutesRevisions($id: ID!) {\n    minutes(id: $id) {\n      id\n      revisions {\n        version\n        status\n        createdAt\n      }\n    }\n  }\n": types.MeetingMinutesRevisionsDocument,
    "\n  query MeetingLaterMeetings($groupId: ID!, $from: DateTime!) {\n    group(id: $groupId) {\n      id\n      meetings(from: $from) {\n        id\n        title\n        startsAt\n        status\n        hasStarted\n      }\n    }\n  }\n": types.MeetingLaterMeetingsDocument,
    "\n  query MeetingRecipientCount($id: ID!, $email: MeetingEmail!) {\n    meeting(id: $id) {\n      id\n      recipientCount(email: $email)\n    }\n  }\n": types.MeetingRecipientCountDocument,
    "\n  query MeetingNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n    }\n  }\n": types.MeetingNewGroupDocument,
    "\n  mutation AccountUpdateName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.AccountUpdateNameDocument,
    "\n  mutation AccountChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.AccountChangePasswordDocument,
    "\n  query PersonEmail($personId: ID!) {\n    personEmail(personId: $personId) {\n      personId\n      failure {\n        reason\n        statusCode\n        since\n      }\n      messages {\n        id\n        kind\n        outcome\n        statusCode\n        sentAt\n        outcomeAt\n      }\n    }\n  }\n": types.PersonEmailDocument,
    "\n  mutation MarkEmailWorking($personId: ID!) {\n    markEmailWorking(personId: $personId) {\n      personId\n      failure {\n        reason\n      }\n    }\n  }\n": types.MarkEmailWorkingDocument,
    "\n  query PersonPage($id: ID!, $nameOnly: Boolean!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n      active @skip(if: $nameOnly)\n      organisation {\n        id\n        name\n      }\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n          kind\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        name\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(first: 10, search: $search) {\n      nodes {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email)\n  }\n": types.RequestSignInLinkDocument,
    "\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      expiresAt\n    }\n  }\n": types.SignInWithLinkDocument,
    "\n  query HomeTasks {\n    myTasks {\n      kind\n      title\n      context\n      path\n      dueAt\n      overdue\n      subjectId\n    }\n  }\n": types.HomeTasksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n        viewerCan {\n          createGroup\n          createForum\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n        viewerCan {\n          createGroup\n          createForum\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n      groupName\n      groupRole\n      forumName\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n      groupName\n      groupRole\n      forumName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsSummary($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId) {\n      nodes {\n        id\n        status\n        meeting {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsSummary($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId) {\n      nodes {\n        id\n        status\n        meeting {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionsItemFields on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n      startsAt\n      group {\n        id\n        name\n        myRole\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActionsItemFields on ActionItem {\n    id\n    title\n    dueDate\n    status\n    overdue\n    owner {\n      id\n      name\n    }\n    meeting {\n      id\n      title\n      startsAt\n      group {\n        id\n        name\n        myRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsLog($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID, $status: ActionStatus, $overdue: Boolean) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId, status: $status, overdue: $overdue) {\n      nodes {\n        ...ActionsItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsLog($first: Int!, $after: String, $groupId: ID, $ownerPersonId: ID, $status: ActionStatus, $overdue: Boolean) {\n    actionLog(first: $first, after: $after, groupId: $groupId, ownerPersonId: $ownerPersonId, status: $status, overdue: $overdue) {\n      nodes {\n        ...ActionsItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsLinked($id: ID!) {\n    action(id: $id) {\n      ...ActionsItemFields\n    }\n  }\n"): (typeof documents)["\n  query ActionsLinked($id: ID!) {\n    action(id: $id) {\n      ...ActionsItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsGroups {\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActionsGroups {\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsPeople($first: Int!, $after: String) {\n    people(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsPeople($first: Int!, $after: String) {\n    people(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsProgress($id: ID!) {\n    action(id: $id) {\n      id\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsProgress($id: ID!) {\n    action(id: $id) {\n      id\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActionsUpdate($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n      status\n      overdue\n      dueDate\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActionsUpdate($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n      status\n      overdue\n      dueDate\n      progress {\n        status\n        note\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmailReplies {\n    myEmailReplies(first: 20) {\n      id\n      outcome\n      purpose\n      reason\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  query MyEmailReplies {\n    myEmailReplies(first: 20) {\n      id\n      outcome\n      purpose\n      reason\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumGuestsAdmin {\n    forumGuests {\n      id\n      name\n      organisationName\n      forums {\n        id\n        name\n      }\n    }\n    forumInvitationJoiners {\n      person {\n        id\n        name\n      }\n      forum {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumGuestsAdmin {\n    forumGuests {\n      id\n      name\n      organisationName\n      forums {\n        id\n        name\n      }\n    }\n    forumInvitationJoiners {\n      person {\n        id\n        name\n      }\n      forum {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeGuestMember($personId: ID!) {\n    makeGuestMember(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation MakeGuestMember($personId: ID!) {\n    makeGuestMember(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MakeForumGuest($personId: ID!) {\n    makeForumGuest(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation MakeForumGuest($personId: ID!) {\n    makeForumGuest(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        email\n        role\n        status\n        maxUses\n        uses\n        expiresAt\n        sentAt\n        createdAt\n        organisation {\n          id\n          name\n        }\n        invitedBy {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        email\n        role\n        status\n        maxUses\n        uses\n        expiresAt\n        sentAt\n        createdAt\n        organisation {\n          id\n          name\n        }\n        invitedBy {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        role\n        maxUses\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateInvitationLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        role\n        maxUses\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        area\n        themes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        area\n        themes\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      kind\n      area\n      themes\n      website\n      contactEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveOrganisation($id: ID!) {\n    removeOrganisation(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveOrganisation($id: ID!) {\n    removeOrganisation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($first: Int!, $after: String, $search: String, $role: PartnershipRole, $organisationId: ID, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, role: $role, organisationId: $organisationId, includeDeactivated: $includeDeactivated) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople($first: Int!, $after: String, $search: String, $role: PartnershipRole, $organisationId: ID, $includeDeactivated: Boolean) {\n    people(first: $first, after: $after, search: $search, role: $role, organisationId: $organisationId, includeDeactivated: $includeDeactivated) {\n      nodes {\n        id\n        name\n        email\n        role\n        active\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisationOptions($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisationOptions($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      role\n      active\n      jobTitle\n      joinedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      role\n      active\n      jobTitle\n      joinedAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPersonRole($personId: ID!, $role: PartnershipRole!) {\n    setPersonRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetPersonRole($personId: ID!, $role: PartnershipRole!) {\n    setPersonRole(personId: $personId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPersonOrganisation($personId: ID!, $organisationId: ID) {\n    setPersonOrganisation(personId: $personId, organisationId: $organisationId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetPersonOrganisation($personId: ID!, $organisationId: ID) {\n    setPersonOrganisation(personId: $personId, organisationId: $organisationId) {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesEmail {\n    emailPreferences {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n"): (typeof documents)["\n  query PreferencesEmail {\n    emailPreferences {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesUpdate($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n"): (typeof documents)["\n  mutation PreferencesUpdate($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      agenda\n      minutes\n      mentions\n      actionReminders\n      forumDigest\n      digestHour\n      digestWeekday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankPreviewImport($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    previewResourceImport(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      fileProblems\n      readyCount\n      problemCount\n      rows {\n        line\n        title\n        type\n        year\n        organisations\n        outsideAuthors\n        themes\n        link\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BankPreviewImport($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    previewResourceImport(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      fileProblems\n      readyCount\n      problemCount\n      rows {\n        line\n        title\n        type\n        year\n        organisations\n        outsideAuthors\n        themes\n        link\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankImportResources($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    importResources(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      imported\n    }\n  }\n"): (typeof documents)["\n  mutation BankImportResources($csv: String!, $visibility: ResourceVisibility!, $groupId: ID) {\n    importResources(csv: $csv, visibility: $visibility, groupId: $groupId) {\n      imported\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankSavedSearches {\n    bankSavedSearches {\n      id\n      label\n      finderUrl\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query BankSavedSearches {\n    bankSavedSearches {\n      id\n      label\n      finderUrl\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankSaveSearch($search: ResourceSearchInput!) {\n    saveBankSearch(search: $search) {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation BankSaveSearch($search: ResourceSearchInput!) {\n    saveBankSearch(search: $search) {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankDeleteSavedSearch($id: ID!) {\n    deleteBankSavedSearch(id: $id)\n  }\n"): (typeof documents)["\n  mutation BankDeleteSavedSearch($id: ID!) {\n    deleteBankSavedSearch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankItemPapers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankItemPapers($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankPickerSearch($text: String) {\n    resources(search: { text: $text, pageSize: 8 }) {\n      total\n      items {\n        id\n        title\n        type\n        year\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankPickerSearch($text: String) {\n    resources(search: { text: $text, pageSize: 8 }) {\n      total\n      items {\n        id\n        title\n        type\n        year\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCiteResource($input: CitationInput!) {\n    citeResource(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BankCiteResource($input: CitationInput!) {\n    citeResource(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankRemoveCitation($id: ID!) {\n    removeCitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation BankRemoveCitation($id: ID!) {\n    removeCitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankResources($search: ResourceSearchInput) {\n    resources(search: $search) {\n      total\n      page\n      pageSize\n      viewerCanAdd\n      finderUrl\n      suggestion\n      items {\n        id\n        title\n        type\n        year\n        visibility\n        canManage\n        pageUrl\n        fileName\n        externalUrl\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankResources($search: ResourceSearchInput) {\n    resources(search: $search) {\n      total\n      page\n      pageSize\n      viewerCanAdd\n      finderUrl\n      suggestion\n      items {\n        id\n        title\n        type\n        year\n        visibility\n        canManage\n        pageUrl\n        fileName\n        externalUrl\n        organisations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankResource($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      type\n      year\n      publishedOn\n      themes\n      policyAreas\n      geography\n      language\n      licence\n      externalUrl\n      organisations {\n        id\n        name\n      }\n      outsideAuthors\n      supersededById\n      reviewOn\n      visibility\n      groupId\n      fileName\n      fileSize\n      version\n      pageUrl\n      canManage\n    }\n  }\n"): (typeof documents)["\n  query BankResource($id: ID!) {\n    resource(id: $id) {\n      id\n      title\n      summary\n      type\n      year\n      publishedOn\n      themes\n      policyAreas\n      geography\n      language\n      licence\n      externalUrl\n      organisations {\n        id\n        name\n      }\n      outsideAuthors\n      supersededById\n      reviewOn\n      visibility\n      groupId\n      fileName\n      fileSize\n      version\n      pageUrl\n      canManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankFormChoices {\n    groups {\n      id\n      name\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BankFormChoices {\n    groups {\n      id\n      name\n    }\n    organisations(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankCreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      id\n      pageUrl\n    }\n  }\n"): (typeof documents)["\n  mutation BankCreateResource($input: ResourceInput!) {\n    createResource(input: $input) {\n      id\n      pageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankUpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      id\n      pageUrl\n    }\n  }\n"): (typeof documents)["\n  mutation BankUpdateResource($id: ID!, $input: ResourceInput!) {\n    updateResource(id: $id, input: $input) {\n      id\n      pageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n"): (typeof documents)["\n  mutation BankDeleteResource($id: ID!) {\n    deleteResource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankResourceUpload($resourceId: ID!) {\n    createResourceUpload(resourceId: $resourceId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation BankResourceUpload($resourceId: ID!) {\n    createResourceUpload(resourceId: $resourceId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankContributors {\n    resourceContributors {\n      personId\n      name\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  query BankContributors {\n    resourceContributors {\n      personId\n      name\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BankSetContributor($personId: ID!, $contributor: Boolean!) {\n    setResourceContributor(personId: $personId, contributor: $contributor) {\n      personId\n      name\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  mutation BankSetContributor($personId: ID!, $contributor: Boolean!) {\n    setResourceContributor(personId: $personId, contributor: $contributor) {\n      personId\n      name\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryAffiliations($id: ID!) {\n    person(id: $id) {\n      id\n      affiliations {\n        id\n        organisationId\n        organisationName\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryAffiliations($id: ID!) {\n    person(id: $id) {\n      id\n      affiliations {\n        id\n        organisationId\n        organisationName\n        title\n        startsOn\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryRecordAffiliation($input: PastAffiliationInput!) {\n    recordPastAffiliation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryRecordAffiliation($input: PastAffiliationInput!) {\n    recordPastAffiliation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearch($text: String!) {\n    directorySearch(text: $text, limit: 10) {\n      kind\n      id\n      title\n      detail\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearch($text: String!) {\n    directorySearch(text: $text, limit: 10) {\n      kind\n      id\n      title\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        areasServed\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryOrganisations($first: Int!, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        areasServed\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      otherNames\n      website\n      contactEmail\n      themes\n      areasServed\n      lastCheckedAt\n      identifiers {\n        charityNumber\n        companyNumber\n        odsCode\n        gssCode\n      }\n      parent {\n        id\n        name\n      }\n      services {\n        id\n        name\n        serviceType\n        status\n        visibility\n        levels\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n      }\n      locations {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n        accessibilityNotes\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n        emailVisibility\n        phoneVisibility\n        lawfulBasis\n      }\n      seats {\n        id\n        groupId\n        groupName\n        personId\n        personName\n        seat\n        deputyName\n        startsOn\n      }\n      people {\n        id\n        personId\n        personName\n        title\n        startsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      description\n      otherNames\n      website\n      contactEmail\n      themes\n      areasServed\n      lastCheckedAt\n      identifiers {\n        charityNumber\n        companyNumber\n        odsCode\n        gssCode\n      }\n      parent {\n        id\n        name\n      }\n      services {\n        id\n        name\n        serviceType\n        status\n        visibility\n        levels\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n      }\n      locations {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n        accessibilityNotes\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n        emailVisibility\n        phoneVisibility\n        lawfulBasis\n      }\n      seats {\n        id\n        groupId\n        groupName\n        personId\n        personName\n        seat\n        deputyName\n        startsOn\n      }\n      people {\n        id\n        personId\n        personName\n        title\n        startsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryAddOrganisation($input: DirectoryOrganisationInput!) {\n    addDirectoryOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryAddOrganisation($input: DirectoryOrganisationInput!) {\n    addDirectoryOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryUpdateOrganisation($id: ID!, $input: DirectoryOrganisationInput!) {\n    updateDirectoryOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryUpdateOrganisation($id: ID!, $input: DirectoryOrganisationInput!) {\n    updateDirectoryOrganisation(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryConfirmChecked($id: ID!) {\n    confirmOrganisationChecked(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryConfirmChecked($id: ID!) {\n    confirmOrganisationChecked(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorySaveLocation($id: ID, $input: DirectoryLocationInput!) {\n    saveDirectoryLocation(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorySaveLocation($id: ID, $input: DirectoryLocationInput!) {\n    saveDirectoryLocation(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryRemoveLocation($id: ID!) {\n    removeDirectoryLocation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DirectoryRemoveLocation($id: ID!) {\n    removeDirectoryLocation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorySaveContact($id: ID, $input: DirectoryContactInput!) {\n    saveDirectoryContact(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorySaveContact($id: ID, $input: DirectoryContactInput!) {\n    saveDirectoryContact(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryRemoveContact($id: ID!) {\n    removeDirectoryContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation DirectoryRemoveContact($id: ID!) {\n    removeDirectoryContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryServicePage($id: ID!, $partnership: String, $signedIn: Boolean!) {\n    directoryService(id: $id, partnership: $partnership) {\n      id\n      organisationId\n      organisationName\n      locationId\n      name\n      description\n      status\n      visibility\n      serviceType\n      levels\n      minAge\n      maxAge\n      eligibility\n      immigrationNotes\n      languages\n      accessMethods\n      free\n      cost\n      schedule\n      scheduleStartsAt\n      durationMinutes\n      serviceAreas\n      childcare\n      spacesAvailable\n      url\n      email\n      phone\n      lastCheckedAt\n      lastCheckedBy @include(if: $signedIn) {\n        id\n        name\n      }\n      slots {\n        weekday\n        startsAt\n        endsAt\n      }\n      location {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryServicePage($id: ID!, $partnership: String, $signedIn: Boolean!) {\n    directoryService(id: $id, partnership: $partnership) {\n      id\n      organisationId\n      organisationName\n      locationId\n      name\n      description\n      status\n      visibility\n      serviceType\n      levels\n      minAge\n      maxAge\n      eligibility\n      immigrationNotes\n      languages\n      accessMethods\n      free\n      cost\n      schedule\n      scheduleStartsAt\n      durationMinutes\n      serviceAreas\n      childcare\n      spacesAvailable\n      url\n      email\n      phone\n      lastCheckedAt\n      lastCheckedBy @include(if: $signedIn) {\n        id\n        name\n      }\n      slots {\n        weekday\n        startsAt\n        endsAt\n      }\n      location {\n        id\n        name\n        address1\n        address2\n        city\n        postcode\n        stepFree\n        hearingLoop\n        accessibleToilet\n      }\n      contacts {\n        id\n        name\n        role\n        email\n        phone\n        visibility\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryAddService($input: DirectoryServiceInput!) {\n    addDirectoryService(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryAddService($input: DirectoryServiceInput!) {\n    addDirectoryService(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryUpdateService($id: ID!, $input: DirectoryServiceInput!) {\n    updateDirectoryService(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryUpdateService($id: ID!, $input: DirectoryServiceInput!) {\n    updateDirectoryService(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganisationLocations($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      locations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryOrganisationLocations($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      locations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryFindServices($filter: ServiceFinderFilter!, $partnership: String, $first: Int!, $after: String) {\n    findServices(filter: $filter, partnership: $partnership, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        organisationName\n        serviceType\n        levels\n        languages\n        childcare\n        spacesAvailable\n        free\n        cost\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n        location {\n          name\n          postcode\n          stepFree\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryFindServices($filter: ServiceFinderFilter!, $partnership: String, $first: Int!, $after: String) {\n    findServices(filter: $filter, partnership: $partnership, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        organisationName\n        serviceType\n        levels\n        languages\n        childcare\n        spacesAvailable\n        free\n        cost\n        slots {\n          weekday\n          startsAt\n          endsAt\n        }\n        location {\n          name\n          postcode\n          stepFree\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorySuggest($input: DirectorySuggestionInput!) {\n    suggestDirectoryChange(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorySuggest($input: DirectorySuggestionInput!) {\n    suggestDirectoryChange(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySuggestions {\n    directorySuggestions {\n      id\n      organisationId\n      serviceId\n      subjectName\n      body\n      suggestedByName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DirectorySuggestions {\n    directorySuggestions {\n      id\n      organisationId\n      serviceId\n      subjectName\n      body\n      suggestedByName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryResolveSuggestion($id: ID!, $status: SuggestionStatus!) {\n    resolveDirectorySuggestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DirectoryResolveSuggestion($id: ID!, $status: SuggestionStatus!) {\n    resolveDirectorySuggestion(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryMyPartnership {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryMyPartnership {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectorySetSeat($input: RepresentationInput!) {\n    setRepresentation(input: $input) {\n      id\n      seat\n    }\n  }\n"): (typeof documents)["\n  mutation DirectorySetSeat($input: RepresentationInput!) {\n    setRepresentation(input: $input) {\n      id\n      seat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryCheckMonths {\n    directoryCheckMonths\n  }\n"): (typeof documents)["\n  query DirectoryCheckMonths {\n    directoryCheckMonths\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryMergeProposals {\n    directoryMergeProposals(limit: 50) {\n      first {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      second {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      reasons\n      similarity\n    }\n    organisationMerges(limit: 20) {\n      id\n      survivorId\n      survivorName\n      mergedName\n      mergedAt\n      undoneAt\n      moved\n    }\n  }\n"): (typeof documents)["\n  query DirectoryMergeProposals {\n    directoryMergeProposals(limit: 50) {\n      first {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      second {\n        id\n        name\n        kind\n        website\n        charityNumber\n        services\n        contacts\n        people\n      }\n      reasons\n      similarity\n    }\n    organisationMerges(limit: 20) {\n      id\n      survivorId\n      survivorName\n      mergedName\n      mergedAt\n      undoneAt\n      moved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrganisations($survivorId: ID!, $mergedId: ID!, $reasons: [MergeReason!]!) {\n    mergeOrganisations(survivorId: $survivorId, mergedId: $mergedId, reasons: $reasons) {\n      id\n      survivorName\n      mergedName\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrganisations($survivorId: ID!, $mergedId: ID!, $reasons: [MergeReason!]!) {\n    mergeOrganisations(survivorId: $survivorId, mergedId: $mergedId, reasons: $reasons) {\n      id\n      survivorName\n      mergedName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoOrganisationMerge($id: ID!) {\n    undoOrganisationMerge(id: $id) {\n      id\n      undoneAt\n    }\n  }\n"): (typeof documents)["\n  mutation UndoOrganisationMerge($id: ID!) {\n    undoOrganisationMerge(id: $id) {\n      id\n      undoneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissMergeProposal($firstId: ID!, $secondId: ID!) {\n    dismissMergeProposal(firstId: $firstId, secondId: $secondId)\n  }\n"): (typeof documents)["\n  mutation DismissMergeProposal($firstId: ID!, $secondId: ID!) {\n    dismissMergeProposal(firstId: $firstId, secondId: $secondId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewDirectoryImport($input: DirectoryCsvInput!) {\n    previewDirectoryImport(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewDirectoryImport($input: DirectoryCsvInput!) {\n    previewDirectoryImport(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDirectoryCsv($input: DirectoryCsvInput!) {\n    importDirectoryCsv(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDirectoryCsv($input: DirectoryCsvInput!) {\n    importDirectoryCsv(input: $input) {\n      organisations\n      locations\n      services\n      imported\n      errors {\n        file\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryCsvExport {\n    directoryCsvExport {\n      organizations\n      locations\n      services\n    }\n  }\n"): (typeof documents)["\n  query DirectoryCsvExport {\n    directoryCsvExport {\n      organizations\n      locations\n      services\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactSubjectAccess($contactId: ID!) {\n    contactSubjectAccess(contactId: $contactId)\n  }\n"): (typeof documents)["\n  query ContactSubjectAccess($contactId: ID!) {\n    contactSubjectAccess(contactId: $contactId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonSubjectAccess($personId: ID!) {\n    personSubjectAccess(personId: $personId)\n  }\n"): (typeof documents)["\n  query PersonSubjectAccess($personId: ID!) {\n    personSubjectAccess(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseDirectoryContact($contactId: ID!, $mode: ErasureMode!) {\n    eraseDirectoryContact(contactId: $contactId, mode: $mode)\n  }\n"): (typeof documents)["\n  mutation EraseDirectoryContact($contactId: ID!, $mode: ErasureMode!) {\n    eraseDirectoryContact(contactId: $contactId, mode: $mode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSeatQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      seatQuorum {\n        met\n        seats {\n          seat\n          required\n          expected\n          present\n          met\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSeatQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      seatQuorum {\n        met\n        seats {\n          seat\n          required\n          expected\n          present\n          met\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FoiAnswerFields on FoiAnswer {\n    id\n    qualifier\n    value\n    display\n    note\n    source\n  }\n"): (typeof documents)["\n  fragment FoiAnswerFields on FoiAnswer {\n    id\n    qualifier\n    value\n    display\n    note\n    source\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiAnswerSheet($requestId: ID!) {\n    foiAnswerSheet(requestId: $requestId) {\n      requestId\n      campaignId\n      authority\n      canRecord\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiAnswerSheet($requestId: ID!) {\n    foiAnswerSheet(requestId: $requestId) {\n      requestId\n      campaignId\n      authority\n      canRecord\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFoiAnswers($input: RecordFoiAnswersInput!) {\n    recordFoiAnswers(input: $input) {\n      requestId\n      questions {\n        id\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFoiAnswers($input: RecordFoiAnswersInput!) {\n    recordFoiAnswers(input: $input) {\n      requestId\n      questions {\n        id\n        answer {\n          ...FoiAnswerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiMatrix($campaignId: ID!) {\n    foiMatrix(campaignId: $campaignId) {\n      campaignId\n      title\n      status\n      requests\n      replied\n      responseRate\n      csvUrl\n      xlsxUrl\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        totals {\n          exactTotal\n          withEstimatesTotal\n          exactTotalText\n          withEstimatesTotalText\n          exact\n          estimates\n          fewerThanFive\n          notHeld\n          notKnown\n          refused\n          yes\n          no\n          unanswered\n          summary\n        }\n      }\n      rows {\n        requestId\n        authority\n        status\n        dueOn\n        daysOverdue\n        replied\n        cells {\n          questionId\n          qualifier\n          amount\n          display\n          note\n        }\n      }\n      overdue {\n        requestId\n        authority\n        dueOn\n        internalReviewDueOn\n        daysOverdue\n        overdueFor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiMatrix($campaignId: ID!) {\n    foiMatrix(campaignId: $campaignId) {\n      campaignId\n      title\n      status\n      requests\n      replied\n      responseRate\n      csvUrl\n      xlsxUrl\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n        totals {\n          exactTotal\n          withEstimatesTotal\n          exactTotalText\n          withEstimatesTotalText\n          exact\n          estimates\n          fewerThanFive\n          notHeld\n          notKnown\n          refused\n          yes\n          no\n          unanswered\n          summary\n        }\n      }\n      rows {\n        requestId\n        authority\n        status\n        dueOn\n        daysOverdue\n        replied\n        cells {\n          questionId\n          qualifier\n          amount\n          display\n          note\n        }\n      }\n      overdue {\n        requestId\n        authority\n        dueOn\n        internalReviewDueOn\n        daysOverdue\n        overdueFor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FoiPublishingFields on FoiPublishing {\n    campaignId\n    publishable\n    notPublishableReason\n    datasets {\n      id\n      version\n      signedOffAt\n      signedOffByName\n      withdrawnAt\n      publicUrl\n    }\n  }\n"): (typeof documents)["\n  fragment FoiPublishingFields on FoiPublishing {\n    campaignId\n    publishable\n    notPublishableReason\n    datasets {\n      id\n      version\n      signedOffAt\n      signedOffByName\n      withdrawnAt\n      publicUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiPublishing($campaignId: ID!) {\n    foiPublishing(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n"): (typeof documents)["\n  query FoiPublishing($campaignId: ID!) {\n    foiPublishing(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffFoiDataset($campaignId: ID!) {\n    signOffFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffFoiDataset($campaignId: ID!) {\n    signOffFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFoiDataset($campaignId: ID!) {\n    withdrawFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFoiDataset($campaignId: ID!) {\n    withdrawFoiDataset(campaignId: $campaignId) {\n      ...FoiPublishingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiCampaigns {\n    foiCampaigns {\n      id\n      title\n      status\n      sentAt\n      createdAt\n      group {\n        id\n        name\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiCampaigns {\n    foiCampaigns {\n      id\n      title\n      status\n      sentAt\n      createdAt\n      group {\n        id\n        name\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiCampaign($id: ID!) {\n    foiCampaign(id: $id) {\n      id\n      title\n      purpose\n      letterTemplate\n      publicationPolicy\n      status\n      groupId\n      group {\n        id\n        name\n      }\n      sentAt\n      closedAt\n      letterPreview\n      viewerCan {\n        manage\n      }\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n      }\n      recipients {\n        id\n        listId\n        listName\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n      requests {\n        id\n        status\n        sentVia\n        sentTo\n        sentAt\n        dueOn\n        refusalSection\n        organisation {\n          id\n          name\n        }\n        clock {\n          kind\n          workingDays\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiCampaign($id: ID!) {\n    foiCampaign(id: $id) {\n      id\n      title\n      purpose\n      letterTemplate\n      publicationPolicy\n      status\n      groupId\n      group {\n        id\n        name\n      }\n      sentAt\n      closedAt\n      letterPreview\n      viewerCan {\n        manage\n      }\n      questions {\n        id\n        number\n        text\n        unit\n        definition\n      }\n      recipients {\n        id\n        listId\n        listName\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n      counts {\n        requests\n        open\n        overdue\n        unsent\n      }\n      requests {\n        id\n        status\n        sentVia\n        sentTo\n        sentAt\n        dueOn\n        refusalSection\n        organisation {\n          id\n          name\n        }\n        clock {\n          kind\n          workingDays\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiCampaignFormChoices {\n    groups {\n      id\n      name\n    }\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n    }\n  }\n"): (typeof documents)["\n  query FoiCampaignFormChoices {\n    groups {\n      id\n      name\n    }\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFoiCampaign($input: FoiCampaignInput!) {\n    createFoiCampaign(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFoiCampaign($input: FoiCampaignInput!) {\n    createFoiCampaign(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFoiCampaign($id: ID!, $input: FoiCampaignInput!) {\n    updateFoiCampaign(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFoiCampaign($id: ID!, $input: FoiCampaignInput!) {\n    updateFoiCampaign(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFoiQuestions($campaignId: ID!, $input: FoiQuestionsInput!) {\n    setFoiQuestions(campaignId: $campaignId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetFoiQuestions($campaignId: ID!, $input: FoiQuestionsInput!) {\n    setFoiQuestions(campaignId: $campaignId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseFoiRecipients($campaignId: ID!, $listId: ID!) {\n    chooseFoiRecipients(campaignId: $campaignId, listId: $listId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseFoiRecipients($campaignId: ID!, $listId: ID!) {\n    chooseFoiRecipients(campaignId: $campaignId, listId: $listId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFoiCampaign($campaignId: ID!) {\n    sendFoiCampaign(campaignId: $campaignId) {\n      email\n      portal\n    }\n  }\n"): (typeof documents)["\n  mutation SendFoiCampaign($campaignId: ID!) {\n    sendFoiCampaign(campaignId: $campaignId) {\n      email\n      portal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFoiCampaign($campaignId: ID!) {\n    closeFoiCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFoiCampaign($campaignId: ID!) {\n    closeFoiCampaign(campaignId: $campaignId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFoiCampaign($id: ID!) {\n    deleteFoiCampaign(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFoiCampaign($id: ID!) {\n    deleteFoiCampaign(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiRequest($id: ID!) {\n    foiRequest(id: $id) {\n      id\n      campaignId\n      campaign {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      sentTo\n      sentVia\n      sentAt\n      portalReference\n      receivedOn\n      dueOn\n      status\n      refusalSection\n      answeredOn\n      extensionWorkingDays\n      extensionReason\n      internalReviewRequestedOn\n      internalReviewDueOn\n      icoReference\n      icoComplainedOn\n      closedOn\n      letterSubject\n      letterText\n      internalReviewDraft\n      viewerCan {\n        manage\n      }\n      clock {\n        kind\n        workingDays\n        text\n      }\n      clarifications {\n        id\n        requestedOn\n        answeredOn\n      }\n      correspondence {\n        id\n        direction\n        kind\n        fromAddress\n        toAddress\n        subject\n        body\n        occurredAt\n        emailStatus\n        emailedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiRequest($id: ID!) {\n    foiRequest(id: $id) {\n      id\n      campaignId\n      campaign {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      sentTo\n      sentVia\n      sentAt\n      portalReference\n      receivedOn\n      dueOn\n      status\n      refusalSection\n      answeredOn\n      extensionWorkingDays\n      extensionReason\n      internalReviewRequestedOn\n      internalReviewDueOn\n      icoReference\n      icoComplainedOn\n      closedOn\n      letterSubject\n      letterText\n      internalReviewDraft\n      viewerCan {\n        manage\n      }\n      clock {\n        kind\n        workingDays\n        text\n      }\n      clarifications {\n        id\n        requestedOn\n        answeredOn\n      }\n      correspondence {\n        id\n        direction\n        kind\n        fromAddress\n        toAddress\n        subject\n        body\n        occurredAt\n        emailStatus\n        emailedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFoiPortalSubmission($requestId: ID!, $input: FoiPortalSubmissionInput!) {\n    recordFoiPortalSubmission(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFoiPortalSubmission($requestId: ID!, $input: FoiPortalSubmissionInput!) {\n    recordFoiPortalSubmission(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFoiReceivedOn($requestId: ID!, $input: FoiReceivedInput!) {\n    setFoiReceivedOn(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetFoiReceivedOn($requestId: ID!, $input: FoiReceivedInput!) {\n    setFoiReceivedOn(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    requestFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    requestFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    answerFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFoiClarification($requestId: ID!, $input: FoiClarificationInput!) {\n    answerFoiClarification(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendFoiRequest($requestId: ID!, $input: FoiExtensionInput!) {\n    extendFoiRequest(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendFoiRequest($requestId: ID!, $input: FoiExtensionInput!) {\n    extendFoiRequest(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFoiRequestStatus($requestId: ID!, $input: FoiStatusInput!) {\n    setFoiRequestStatus(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetFoiRequestStatus($requestId: ID!, $input: FoiStatusInput!) {\n    setFoiRequestStatus(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartFoiInternalReview($requestId: ID!, $input: FoiInternalReviewInput!) {\n    startFoiInternalReview(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartFoiInternalReview($requestId: ID!, $input: FoiInternalReviewInput!) {\n    startFoiInternalReview(requestId: $requestId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFoiCorrespondence($requestId: ID!, $input: FoiCorrespondenceInput!) {\n    addFoiCorrespondence(requestId: $requestId, input: $input)\n  }\n"): (typeof documents)["\n  mutation AddFoiCorrespondence($requestId: ID!, $input: FoiCorrespondenceInput!) {\n    addFoiCorrespondence(requestId: $requestId, input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFoiAttachmentUpload($correspondenceId: ID!) {\n    createFoiAttachmentUpload(correspondenceId: $correspondenceId) {\n      token\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFoiAttachmentUpload($correspondenceId: ID!) {\n    createFoiAttachmentUpload(correspondenceId: $correspondenceId) {\n      token\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiRecipientLists {\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n      updatedAt\n      current {\n        id\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiRecipientLists {\n    foiRecipientLists {\n      id\n      name\n      currentVersion\n      updatedAt\n      current {\n        id\n        version\n        organisations {\n          id\n          name\n          foiEmail\n          foiPortalUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiOrganisationChoices($search: String) {\n    organisations(first: 100, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        foiEmail\n        foiPortalUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query FoiOrganisationChoices($search: String) {\n    organisations(first: 100, search: $search) {\n      nodes {\n        id\n        name\n        kind\n        foiEmail\n        foiPortalUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFoiRecipientList($input: FoiRecipientListInput!) {\n    createFoiRecipientList(input: $input)\n  }\n"): (typeof documents)["\n  mutation CreateFoiRecipientList($input: FoiRecipientListInput!) {\n    createFoiRecipientList(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFoiRecipientList($id: ID!, $input: FoiRecipientListInput!) {\n    updateFoiRecipientList(id: $id, input: $input) {\n      id\n      currentVersion\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFoiRecipientList($id: ID!, $input: FoiRecipientListInput!) {\n    updateFoiRecipientList(id: $id, input: $input) {\n      id\n      currentVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoiHolidayYears {\n    foiHolidayYears {\n      year\n      source\n      holidays {\n        day\n        name\n      }\n    }\n    foiSettings {\n      fromAddress\n    }\n  }\n"): (typeof documents)["\n  query FoiHolidayYears {\n    foiHolidayYears {\n      year\n      source\n      holidays {\n        day\n        name\n      }\n    }\n    foiSettings {\n      fromAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFoiHolidayYear($input: FoiHolidayYearInput!) {\n    setFoiHolidayYear(input: $input) {\n      year\n    }\n  }\n"): (typeof documents)["\n  mutation SetFoiHolidayYear($input: FoiHolidayYearInput!) {\n    setFoiHolidayYear(input: $input) {\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFoiHolidayYear($year: Int!) {\n    removeFoiHolidayYear(year: $year)\n  }\n"): (typeof documents)["\n  mutation RemoveFoiHolidayYear($year: Int!) {\n    removeFoiHolidayYear(year: $year)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFoiFromAddress($address: String) {\n    setFoiFromAddress(address: $address) {\n      fromAddress\n    }\n  }\n"): (typeof documents)["\n  mutation SetFoiFromAddress($address: String) {\n    setFoiFromAddress(address: $address) {\n      fromAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationFoiAddress($id: ID!) {\n    organisation(id: $id) {\n      id\n      foiEmail\n      foiPortalUrl\n    }\n  }\n"): (typeof documents)["\n  query OrganisationFoiAddress($id: ID!) {\n    organisation(id: $id) {\n      id\n      foiEmail\n      foiPortalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationFoiAddress($organisationId: ID!, $input: FoiAddressInput!) {\n    setOrganisationFoiAddress(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationFoiAddress($organisationId: ID!, $input: FoiAddressInput!) {\n    setOrganisationFoiAddress(organisationId: $organisationId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThread($threadId: ID!, $level: FollowLevel) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      followLevel\n      effectiveFollowLevel\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowThread($threadId: ID!, $level: FollowLevel) {\n    followThread(threadId: $threadId, level: $level) {\n      id\n      followLevel\n      effectiveFollowLevel\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowForum($forumId: ID!, $level: FollowLevel) {\n    followForum(forumId: $forumId, level: $level) {\n      id\n      followLevel\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowForum($forumId: ID!, $level: FollowLevel) {\n    followForum(forumId: $forumId, level: $level) {\n      id\n      followLevel\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        createForum\n      }\n      forum {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        createForum\n      }\n      forum {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumCreate($name: String!, $description: String, $groupId: ID) {\n    createForum(name: $name, description: $description, groupId: $groupId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ForumCreate($name: String!, $description: String, $groupId: ID) {\n    createForum(name: $name, description: $description, groupId: $groupId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumMembers($id: ID!) {\n    forum(id: $id) {\n      id\n      name\n      groupId\n      viewerCan {\n        manageMembers\n        invite\n      }\n      guestPostsHeld\n      members {\n        role\n        viaGroup\n        guest\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumMembers($id: ID!) {\n    forum(id: $id) {\n      id\n      name\n      groupId\n      viewerCan {\n        manageMembers\n        invite\n      }\n      guestPostsHeld\n      members {\n        role\n        viaGroup\n        guest\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumSetMember($forumId: ID!, $personId: ID!, $role: ForumRole!) {\n    setForumMember(forumId: $forumId, personId: $personId, role: $role)\n  }\n"): (typeof documents)["\n  mutation ForumSetMember($forumId: ID!, $personId: ID!, $role: ForumRole!) {\n    setForumMember(forumId: $forumId, personId: $personId, role: $role)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumManageRemove($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation ForumManageRemove($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumInviteEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ForumInviteEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumInviteLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        maxUses\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForumInviteLink($input: CreateInvitationLinkInput!) {\n    createInvitationLink(input: $input) {\n      url\n      invitation {\n        id\n        maxUses\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumHeldPosts($forumId: ID) {\n    heldPosts(forumId: $forumId) {\n      post {\n        id\n        threadId\n        forumId\n        bodyHtml\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      threadTitle\n      reason\n      heldAt\n      kinds\n      authorReason\n      forumId\n    }\n    forums {\n      id\n      name\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query ForumHeldPosts($forumId: ID) {\n    heldPosts(forumId: $forumId) {\n      post {\n        id\n        threadId\n        forumId\n        bodyHtml\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n      threadTitle\n      reason\n      heldAt\n      kinds\n      authorReason\n      forumId\n    }\n    forums {\n      id\n      name\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumApprovePost($id: ID!) {\n    approvePost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ForumApprovePost($id: ID!) {\n    approvePost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumRejectPost($id: ID!) {\n    rejectPost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ForumRejectPost($id: ID!) {\n    rejectPost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumGuardSetting($id: ID!) {\n    forum(id: $id) {\n      id\n      personalDataMode\n      heldCount\n    }\n  }\n"): (typeof documents)["\n  query ForumGuardSetting($id: ID!) {\n    forum(id: $id) {\n      id\n      personalDataMode\n      heldCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumSetPersonalDataMode($forumId: ID!, $mode: PersonalDataMode!) {\n    setForumPersonalDataMode(forumId: $forumId, mode: $mode)\n  }\n"): (typeof documents)["\n  mutation ForumSetPersonalDataMode($forumId: ID!, $mode: PersonalDataMode!) {\n    setForumPersonalDataMode(forumId: $forumId, mode: $mode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThreadTitle($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      hiddenTitle\n      waitingForApproval\n      titleModeration {\n        hidden\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumThreadTitle($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      hiddenTitle\n      waitingForApproval\n      titleModeration {\n        hidden\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumEditThreadTitle($id: ID!, $title: String!, $reason: String!, $personalData: PersonalDataConsentInput) {\n    editThreadTitle(id: $id, title: $title, reason: $reason, personalData: $personalData) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ForumEditThreadTitle($id: ID!, $title: String!, $reason: String!, $personalData: PersonalDataConsentInput) {\n    editThreadTitle(id: $id, title: $title, reason: $reason, personalData: $personalData) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumHideThreadTitle($id: ID!, $reason: String!) {\n    hideThreadTitle(id: $id, reason: $reason) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ForumHideThreadTitle($id: ID!, $reason: String!) {\n    hideThreadTitle(id: $id, reason: $reason) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumShowThreadTitle($id: ID!) {\n    showThreadTitle(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation ForumShowThreadTitle($id: ID!) {\n    showThreadTitle(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetForumGuestPostsHeld($forumId: ID!, $count: Int!) {\n    setForumGuestPostsHeld(forumId: $forumId, count: $count)\n  }\n"): (typeof documents)["\n  mutation SetForumGuestPostsHeld($forumId: ID!, $count: Int!) {\n    setForumGuestPostsHeld(forumId: $forumId, count: $count)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($forumId: ID!, $query: String!) {\n    mentionCandidates(forumId: $forumId, query: $query, first: 8) {\n      id\n      name\n      organisation\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($forumId: ID!, $query: String!) {\n    mentionCandidates(forumId: $forumId, query: $query, first: 8) {\n      id\n      name\n      organisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumList {\n    forums {\n      id\n      name\n      description\n      myRole\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query ForumList {\n    forums {\n      id\n      name\n      description\n      myRole\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPage($id: ID!, $after: ID) {\n    forum(id: $id) {\n      id\n      name\n      description\n      groupId\n      myRole\n      unreadCount\n      followLevel\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          theme\n          kind\n          pinned\n          locked\n          lastPostAt\n          unreadCount\n          effectiveFollowLevel\n          createdBy {\n            id\n            name\n          }\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumPage($id: ID!, $after: ID) {\n    forum(id: $id) {\n      id\n      name\n      description\n      groupId\n      myRole\n      unreadCount\n      followLevel\n      threads(first: 20, after: $after) {\n        nodes {\n          id\n          title\n          theme\n          kind\n          pinned\n          locked\n          lastPostAt\n          unreadCount\n          effectiveFollowLevel\n          createdBy {\n            id\n            name\n          }\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumModeration($id: ID!) {\n    forum(id: $id) {\n      id\n      members {\n        role\n        viaGroup\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n      reports {\n        id\n        postId\n        path\n        reason\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumModeration($id: ID!) {\n    forum(id: $id) {\n      id\n      members {\n        role\n        viaGroup\n        person {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n      }\n      reports {\n        id\n        postId\n        path\n        reason\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumReports($id: ID!) {\n    forum(id: $id) {\n      id\n      reports {\n        id\n        postId\n        reason\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumReports($id: ID!) {\n    forum(id: $id) {\n      id\n      reports {\n        id\n        postId\n        reason\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumRemoveMember($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation ForumRemoveMember($forumId: ID!, $personId: ID!) {\n    removeForumMember(forumId: $forumId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumResolveReport($id: ID!) {\n    resolvePostReport(id: $id)\n  }\n"): (typeof documents)["\n  mutation ForumResolveReport($id: ID!) {\n    resolvePostReport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumCreateThread($forumId: ID!, $title: String!, $body: String!, $clientId: String!, $theme: String, $personalData: PersonalDataConsentInput) {\n    createThread(forumId: $forumId, title: $title, body: $body, clientId: $clientId, theme: $theme, personalData: $personalData) {\n      id\n      forumId\n      waitingForApproval\n    }\n  }\n"): (typeof documents)["\n  mutation ForumCreateThread($forumId: ID!, $title: String!, $body: String!, $clientId: String!, $theme: String, $personalData: PersonalDataConsentInput) {\n    createThread(forumId: $forumId, title: $title, body: $body, clientId: $clientId, theme: $theme, personalData: $personalData) {\n      id\n      forumId\n      waitingForApproval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPreviewPost($body: String!) {\n    previewPost(body: $body)\n  }\n"): (typeof documents)["\n  query ForumPreviewPost($body: String!) {\n    previewPost(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumPostFields on Post {\n    id\n    threadId\n    clientId\n    replyToId\n    author {\n      id\n      name\n    }\n    bodyMarkdown\n    bodyHtml\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    cursor\n    approval {\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment ForumPostFields on Post {\n    id\n    threadId\n    clientId\n    replyToId\n    author {\n      id\n      name\n    }\n    bodyMarkdown\n    bodyHtml\n    hidden\n    hiddenReason\n    createdAt\n    editedAt\n    cursor\n    approval {\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      id\n      forumId\n      title\n      theme\n      kind\n      pinned\n      locked\n      locksAt\n      createdAt\n      followLevel\n      effectiveFollowLevel\n      firstUnreadPostId\n      waitingForApproval\n      forum {\n        id\n        name\n        myRole\n        followLevel\n      }\n      agendaItem {\n        id\n        title\n        position\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumThread($id: ID!) {\n    thread(id: $id) {\n      id\n      forumId\n      title\n      theme\n      kind\n      pinned\n      locked\n      locksAt\n      createdAt\n      followLevel\n      effectiveFollowLevel\n      firstUnreadPostId\n      waitingForApproval\n      forum {\n        id\n        name\n        myRole\n        followLevel\n      }\n      agendaItem {\n        id\n        title\n        position\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      posts(first: 100, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) {\n      id\n      posts(first: 100, after: $after) {\n        nodes {\n          ...ForumPostFields\n        }\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumCreatePost($threadId: ID!, $body: String!, $clientId: String!, $replyToId: ID, $personalData: PersonalDataConsentInput) {\n    createPost(threadId: $threadId, body: $body, clientId: $clientId, replyToId: $replyToId, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForumCreatePost($threadId: ID!, $body: String!, $clientId: String!, $replyToId: ID, $personalData: PersonalDataConsentInput) {\n    createPost(threadId: $threadId, body: $body, clientId: $clientId, replyToId: $replyToId, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumEditPost($id: ID!, $body: String!, $personalData: PersonalDataConsentInput) {\n    editPost(id: $id, body: $body, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForumEditPost($id: ID!, $body: String!, $personalData: PersonalDataConsentInput) {\n    editPost(id: $id, body: $body, personalData: $personalData) {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForumHidePost($id: ID!, $reason: String!) {\n    hidePost(id: $id, reason: $reason) {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumShowPost($id: ID!) {\n    showPost(id: $id) {\n      ...ForumPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForumShowPost($id: ID!) {\n    showPost(id: $id) {\n      ...ForumPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumReportPost($id: ID!, $reason: String!) {\n    reportPost(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation ForumReportPost($id: ID!, $reason: String!) {\n    reportPost(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumPinThread($id: ID!, $pinned: Boolean!) {\n    pinThread(id: $id, pinned: $pinned) {\n      id\n      pinned\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation ForumPinThread($id: ID!, $pinned: Boolean!) {\n    pinThread(id: $id, pinned: $pinned) {\n      id\n      pinned\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumLockThread($id: ID!, $locked: Boolean!) {\n    lockThread(id: $id, locked: $locked) {\n      id\n      pinned\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation ForumLockThread($id: ID!, $locked: Boolean!) {\n    lockThread(id: $id, locked: $locked) {\n      id\n      pinned\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForumMarkThreadRead($threadId: ID!, $postId: ID) {\n    markThreadRead(threadId: $threadId, postId: $postId)\n  }\n"): (typeof documents)["\n  mutation ForumMarkThreadRead($threadId: ID!, $postId: ID) {\n    markThreadRead(threadId: $threadId, postId: $postId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumSearch($query: String!, $forumId: ID) {\n    searchForums(query: $query, forumId: $forumId, first: 50) {\n      postId\n      threadId\n      forumId\n      threadTitle\n      snippet\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ForumSearch($query: String!, $forumId: ID) {\n    searchForums(query: $query, forumId: $forumId, first: 50) {\n      postId\n      threadId\n      forumId\n      threadTitle\n      snippet\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupsTermsFields on TermsOfReference {\n    id\n    version\n    status\n    purpose\n    membership\n    quorum\n    quorumSeats\n    cadence\n    reviewDate\n    reviewDue\n    body\n    approvedAt\n    approvedBy {\n      name\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment GroupsTermsFields on TermsOfReference {\n    id\n    version\n    status\n    purpose\n    membership\n    quorum\n    quorumSeats\n    cadence\n    reviewDate\n    reviewDue\n    body\n    approvedAt\n    approvedBy {\n      name\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupSettings($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      archivedAt\n      standingAgenda {\n        title\n        standing\n        minutesAllotted\n      }\n      viewerCan {\n        edit\n        archive\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupSettings($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      archivedAt\n      standingAgenda {\n        title\n        standing\n        minutesAllotted\n      }\n      viewerCan {\n        edit\n        archive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupCreate($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GroupCreate($input: GroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GroupUpdate($id: ID!, $input: GroupUpdateInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupArchive($id: ID!, $archived: Boolean!) {\n    archiveGroup(id: $id, archived: $archived) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GroupArchive($id: ID!, $archived: Boolean!) {\n    archiveGroup(id: $id, archived: $archived) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyPersonId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          organisation {\n            id\n            name\n          }\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyPersonId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupSetMember($groupId: ID!, $personId: ID!, $role: GroupRole!, $organisationId: ID) {\n    setGroupMember(groupId: $groupId, personId: $personId, role: $role, organisationId: $organisationId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation GroupSetMember($groupId: ID!, $personId: ID!, $role: GroupRole!, $organisationId: ID) {\n    setGroupMember(groupId: $groupId, personId: $personId, role: $role, organisationId: $organisationId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupRemoveMember($groupId: ID!, $personId: ID!) {\n    removeGroupMember(groupId: $groupId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation GroupRemoveMember($groupId: ID!, $personId: ID!) {\n    removeGroupMember(groupId: $groupId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupInvite($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation GroupInvite($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsGroup($id: ID!) {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n    group(id: $id) {\n      id\n      name\n      slug\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      myRole\n      archivedAt\n      viewerCan {\n        edit\n        manageMembers\n        createForum\n      }\n      forum {\n        id\n        name\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyName\n        }\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        endsAt\n        location\n        onlineUrl\n        status\n        cancelReason\n        moved\n        oneOff\n      }\n    }\n    assessmentComparison(groupId: $id, lastN: 6) {\n      theme\n      cells {\n        meetingId\n        startsAt\n        rating\n        direction\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsGroup($id: ID!) {\n    me {\n      id\n      partnership {\n        id\n        slug\n      }\n    }\n    group(id: $id) {\n      id\n      name\n      slug\n      kind\n      visibility\n      description\n      cadence\n      cadenceStart\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n      submissionDeadlineDays\n      agendaPackDays\n      myRole\n      archivedAt\n      viewerCan {\n        edit\n        manageMembers\n        createForum\n      }\n      forum {\n        id\n        name\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        seat {\n          seat\n          deputyName\n        }\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n      meetings {\n        id\n        title\n        startsAt\n        endsAt\n        location\n        onlineUrl\n        status\n        cancelReason\n        moved\n        oneOff\n      }\n    }\n    assessmentComparison(groupId: $id, lastN: 6) {\n      theme\n      cells {\n        meetingId\n        startsAt\n        rating\n        direction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsList($from: DateTime!, $includeArchived: Boolean!) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      visibility\n      archivedAt\n      myRole\n      meetings(from: $from) {\n        id\n        startsAt\n        status\n        location\n        onlineUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsList($from: DateTime!, $includeArchived: Boolean!) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      visibility\n      archivedAt\n      myRole\n      meetings(from: $from) {\n        id\n        startsAt\n        status\n        location\n        onlineUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsTerms($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      myRole\n      viewerCan {\n        edit\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupsTerms($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      myRole\n      viewerCan {\n        edit\n      }\n      currentTerms {\n        ...GroupsTermsFields\n      }\n      termsHistory {\n        ...GroupsTermsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsCreateTermsDraft($groupId: ID!) {\n    createTermsDraft(groupId: $groupId) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsCreateTermsDraft($groupId: ID!) {\n    createTermsDraft(groupId: $groupId) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsUpdateTermsDraft($id: ID!, $input: TermsInput!) {\n    updateTermsDraft(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsUpdateTermsDraft($id: ID!, $input: TermsInput!) {\n    updateTermsDraft(id: $id, input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsProposeTerms($id: ID!) {\n    proposeTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsProposeTerms($id: ID!) {\n    proposeTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsApproveTerms($id: ID!) {\n    approveTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsApproveTerms($id: ID!) {\n    approveTerms(id: $id) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n    person(id: $me) {\n      id\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n    person(id: $me) {\n      id\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingEmailComments($meetingId: ID!) {\n    meetingEmailComments(meetingId: $meetingId) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n"): (typeof documents)["\n  query MeetingEmailComments($meetingId: ID!) {\n    meetingEmailComments(meetingId: $meetingId) {\n      id\n      body\n      createdAt\n      authorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAccept($meetingId: ID!) {\n    acceptMeeting(meetingId: $meetingId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAccept($meetingId: ID!) {\n    acceptMeeting(meetingId: $meetingId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingSendApologies($meetingId: ID!, $note: String) {\n    sendApologies(meetingId: $meetingId, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingSendApologies($meetingId: ID!, $note: String) {\n    sendApologies(meetingId: $meetingId, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingRecordAttendance($meetingId: ID!, $personId: ID!, $status: AttendanceStatus!, $note: String) {\n    recordAttendance(meetingId: $meetingId, personId: $personId, status: $status, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingRecordAttendance($meetingId: ID!, $personId: ID!, $status: AttendanceStatus!, $note: String) {\n    recordAttendance(meetingId: $meetingId, personId: $personId, status: $status, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingProposeItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingProposeItem($meetingId: ID!, $input: AgendaItemInput!) {\n    proposeAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingContributeEntry($meetingId: ID!, $input: AssessmentEntryInput!) {\n    contributeAssessmentEntry(meetingId: $meetingId, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingContributeEntry($meetingId: ID!, $input: AssessmentEntryInput!) {\n    contributeAssessmentEntry(meetingId: $meetingId, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAddItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAddItem($meetingId: ID!, $input: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingReorder($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)\n  }\n"): (typeof documents)["\n  mutation MeetingReorder($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAcceptItem($id: ID!) {\n    acceptAgendaItem(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAcceptItem($id: ID!) {\n    acceptAgendaItem(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingDeclineItem($id: ID!, $reason: String!) {\n    declineAgendaItem(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingDeclineItem($id: ID!, $reason: String!) {\n    declineAgendaItem(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingRemoveItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n"): (typeof documents)["\n  mutation MeetingRemoveItem($id: ID!) {\n    removeAgendaItem(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingPublishAgenda($meetingId: ID!, $changeNote: String) {\n    publishAgenda(meetingId: $meetingId, changeNote: $changeNote) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingPublishAgenda($meetingId: ID!, $changeNote: String) {\n    publishAgenda(meetingId: $meetingId, changeNote: $changeNote) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCurateEntry($id: ID!, $input: AssessmentCurationInput!) {\n    curateAssessmentEntry(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCurateEntry($id: ID!, $input: AssessmentCurationInput!) {\n    curateAssessmentEntry(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCarryForward($meetingId: ID!) {\n    carryForwardAssessment(meetingId: $meetingId)\n  }\n"): (typeof documents)["\n  mutation MeetingCarryForward($meetingId: ID!) {\n    carryForwardAssessment(meetingId: $meetingId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingStartMinutes($meetingId: ID!) {\n    startMinutes(meetingId: $meetingId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingStartMinutes($meetingId: ID!) {\n    startMinutes(meetingId: $meetingId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingUpdateMinutes($minutesId: ID!, $input: MinutesInput!) {\n    updateMinutes(minutesId: $minutesId, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingUpdateMinutes($minutesId: ID!, $input: MinutesInput!) {\n    updateMinutes(minutesId: $minutesId, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCirculateMinutes($minutesId: ID!) {\n    circulateMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCirculateMinutes($minutesId: ID!) {\n    circulateMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingApproveMinutes($minutesId: ID!, $atMeetingId: ID!) {\n    approveMinutes(minutesId: $minutesId, atMeetingId: $atMeetingId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingApproveMinutes($minutesId: ID!, $atMeetingId: ID!) {\n    approveMinutes(minutesId: $minutesId, atMeetingId: $atMeetingId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingPublishMinutes($minutesId: ID!) {\n    publishMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingPublishMinutes($minutesId: ID!) {\n    publishMinutes(minutesId: $minutesId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingAddAction($meetingId: ID!, $input: ActionInput!) {\n    addAction(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingAddAction($meetingId: ID!, $input: ActionInput!) {\n    addAction(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingMove($id: ID!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $reason: String!) {\n    moveMeeting(id: $id, startsAt: $startsAt, endsAt: $endsAt, location: $location, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingMove($id: ID!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $reason: String!) {\n    moveMeeting(id: $id, startsAt: $startsAt, endsAt: $endsAt, location: $location, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCancel($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCancel($id: ID!, $reason: String!) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingCommentOnMinutes($minutesId: ID!, $body: String!) {\n    commentOnMinutes(minutesId: $minutesId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingCommentOnMinutes($minutesId: ID!, $body: String!) {\n    commentOnMinutes(minutesId: $minutesId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingScheduleOneOff($groupId: ID!, $title: String!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $onlineUrl: String) {\n    scheduleOneOffMeeting(groupId: $groupId, title: $title, startsAt: $startsAt, endsAt: $endsAt, location: $location, onlineUrl: $onlineUrl) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingScheduleOneOff($groupId: ID!, $title: String!, $startsAt: DateTime!, $endsAt: DateTime, $location: String, $onlineUrl: String) {\n    scheduleOneOffMeeting(groupId: $groupId, title: $title, startsAt: $startsAt, endsAt: $endsAt, location: $location, onlineUrl: $onlineUrl) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingUpdateItem($id: ID!, $input: AgendaItemUpdateInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingUpdateItem($id: ID!, $input: AgendaItemUpdateInput!) {\n    updateAgendaItem(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingOpenInputs($agendaItemId: ID!) {\n    openInputsThread(agendaItemId: $agendaItemId) {\n      id\n      forumId\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingOpenInputs($agendaItemId: ID!) {\n    openInputsThread(agendaItemId: $agendaItemId) {\n      id\n      forumId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingUpdateAction($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingUpdateAction($id: ID!, $input: ActionUpdateInput!) {\n    updateAction(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingRecordAttendanceSheet($meetingId: ID!, $input: AttendanceSheetInput!) {\n    recordAttendanceSheet(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MeetingRecordAttendanceSheet($meetingId: ID!, $input: AttendanceSheetInput!) {\n    recordAttendanceSheet(meetingId: $meetingId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperCreateUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation PaperCreateUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MinutesPaperCreateUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation MinutesPaperCreateUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperReplaceUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation PaperReplaceUpload($agendaItemId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createPaperUpload(agendaItemId: $agendaItemId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MinutesPaperReplaceUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation MinutesPaperReplaceUpload($minutesId: ID!, $title: String!, $confidentiality: PaperConfidentiality!, $replacePaperId: ID!) {\n    createMinutesPaperUpload(minutesId: $minutesId, title: $title, confidentiality: $confidentiality, replacePaperId: $replacePaperId) {\n      uploadUrl\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperDelete($paperId: ID!) {\n    deletePaper(paperId: $paperId)\n  }\n"): (typeof documents)["\n  mutation PaperDelete($paperId: ID!) {\n    deletePaper(paperId: $paperId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaperHistory($id: ID!) {\n    paper(id: $id) {\n      id\n      versions {\n        version\n        filename\n        size\n        createdAt\n        downloadUrl\n        scanStatus\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaperHistory($id: ID!) {\n    paper(id: $id) {\n      id\n      versions {\n        version\n        filename\n        size\n        createdAt\n        downloadUrl\n        scanStatus\n        author {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaperReaderChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n      minutes {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaperReaderChoices($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      agendaItems {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n      minutes {\n        id\n        files {\n          id\n          readerChoices {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaperSetConfidentiality($paperId: ID!, $confidentiality: PaperConfidentiality!, $readerIds: [ID!]) {\n    setPaperConfidentiality(paperId: $paperId, confidentiality: $confidentiality, readerIds: $readerIds) {\n      id\n      confidentiality\n    }\n  }\n"): (typeof documents)["\n  mutation PaperSetConfidentiality($paperId: ID!, $confidentiality: PaperConfidentiality!, $readerIds: [ID!]) {\n    setPaperConfidentiality(paperId: $paperId, confidentiality: $confidentiality, readerIds: $readerIds) {\n      id\n      confidentiality\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPack($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      status\n      cancelReason\n      moved\n      isPast\n      packPdf {\n        status\n        url\n        pageCount\n        size\n      }\n      viewerCan {\n        editAgenda\n        publishAgenda\n        proposeItem\n        openInputs\n        reply\n        recordAttendance\n        takeMinutes\n        circulateMinutes\n        approveMinutes\n        publishMinutes\n        commentOnMinutes\n        move\n        cancel\n      }\n      group {\n        id\n        name\n        submissionDeadlineDays\n        agendaPackDays\n        members {\n          id\n          role\n          person {\n            id\n            name\n          }\n        }\n      }\n      quorum {\n        required\n        expected\n        present\n        met\n      }\n      agendaItems {\n        id\n        position\n        title\n        description\n        standing\n        minutesAllotted\n        status\n        declineReason\n        papers {\n          title\n          url\n        }\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        presenter {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n        proposedBy {\n          id\n          name\n        }\n        inputsThread {\n          id\n          forumId\n          title\n          locked\n        }\n      }\n      agendaVersions {\n        version\n        changeNote\n        publishedAt\n        items {\n          id\n          title\n        }\n      }\n      assessment {\n        id\n        theme\n        kind\n        rating\n        direction\n        summary\n        evidence\n        source\n        status\n        carriedForward\n        contributedBy {\n          id\n          name\n        }\n      }\n      mattersArising {\n        id\n        title\n        dueDate\n        overdue\n        owner {\n          id\n          name\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      attendance {\n        id\n        status\n        note\n        person {\n          id\n          name\n        }\n      }\n      minutes {\n        id\n        status\n        version\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        pdf {\n          status\n          url\n          pageCount\n          size\n        }\n        items {\n          agendaItemId\n          title\n          notes\n          notesHtml\n          redacted\n        }\n        decisions\n        attendanceNote\n        circulatedAt\n        approvedAt\n        approvedBy {\n          name\n        }\n        publishedAt\n        comments {\n          id\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n      actions {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPack($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      status\n      cancelReason\n      moved\n      isPast\n      packPdf {\n        status\n        url\n        pageCount\n        size\n      }\n      viewerCan {\n        editAgenda\n        publishAgenda\n        proposeItem\n        openInputs\n        reply\n        recordAttendance\n        takeMinutes\n        circulateMinutes\n        approveMinutes\n        publishMinutes\n        commentOnMinutes\n        move\n        cancel\n      }\n      group {\n        id\n        name\n        submissionDeadlineDays\n        agendaPackDays\n        members {\n          id\n          role\n          person {\n            id\n            name\n          }\n        }\n      }\n      quorum {\n        required\n        expected\n        present\n        met\n      }\n      agendaItems {\n        id\n        position\n        title\n        description\n        standing\n        minutesAllotted\n        status\n        declineReason\n        papers {\n          title\n          url\n        }\n        bankPapers {\n          id\n          resourceTitle\n          resourceUrl\n        }\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        presenter {\n          id\n          name\n          organisation {\n            name\n          }\n        }\n        proposedBy {\n          id\n          name\n        }\n        inputsThread {\n          id\n          forumId\n          title\n          locked\n        }\n      }\n      agendaVersions {\n        version\n        changeNote\n        publishedAt\n        items {\n          id\n          title\n        }\n      }\n      assessment {\n        id\n        theme\n        kind\n        rating\n        direction\n        summary\n        evidence\n        source\n        status\n        carriedForward\n        contributedBy {\n          id\n          name\n        }\n      }\n      mattersArising {\n        id\n        title\n        dueDate\n        overdue\n        owner {\n          id\n          name\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      attendance {\n        id\n        status\n        note\n        person {\n          id\n          name\n        }\n      }\n      minutes {\n        id\n        status\n        version\n        files {\n          id\n          title\n          confidentiality\n          filename\n          contentType\n          size\n          pageCount\n          downloadUrl\n          scanStatus\n          supplement\n          readers {\n            id\n            name\n          }\n          version\n          versionCreatedAt\n          versionAuthor {\n            name\n          }\n          viewerCan {\n            manage\n          }\n        }\n        pdf {\n          status\n          url\n          pageCount\n          size\n        }\n        items {\n          agendaItemId\n          title\n          notes\n          notesHtml\n          redacted\n        }\n        decisions\n        attendanceNote\n        circulatedAt\n        approvedAt\n        approvedBy {\n          name\n        }\n        publishedAt\n        comments {\n          id\n          body\n          createdAt\n          author {\n            name\n          }\n        }\n      }\n      actions {\n        id\n        title\n        dueDate\n        status\n        overdue\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutesRevisions($id: ID!) {\n    minutes(id: $id) {\n      id\n      revisions {\n        version\n        status\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingMinutesRevisions($id: ID!) {\n    minutes(id: $id) {\n      id\n      revisions {\n        version\n        status\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingLaterMeetings($groupId: ID!, $from: DateTime!) {\n    group(id: $groupId) {\n      id\n      meetings(from: $from) {\n        id\n        title\n        startsAt\n        status\n        hasStarted\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingLaterMeetings($groupId: ID!, $from: DateTime!) {\n    group(id: $groupId) {\n      id\n      meetings(from: $from) {\n        id\n        title\n        startsAt\n        status\n        hasStarted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRecipientCount($id: ID!, $email: MeetingEmail!) {\n    meeting(id: $id) {\n      id\n      recipientCount(email: $email)\n    }\n  }\n"): (typeof documents)["\n  query MeetingRecipientCount($id: ID!, $email: MeetingEmail!) {\n    meeting(id: $id) {\n      id\n      recipientCount(email: $email)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n    }\n  }\n"): (typeof documents)["\n  query MeetingNewGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      meetingDurationMinutes\n      defaultLocation\n      defaultOnlineUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountUpdateName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AccountUpdateName($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation AccountChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonEmail($personId: ID!) {\n    personEmail(personId: $personId) {\n      personId\n      failure {\n        reason\n        statusCode\n        since\n      }\n      messages {\n        id\n        kind\n        outcome\n        statusCode\n        sentAt\n        outcomeAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonEmail($personId: ID!) {\n    personEmail(personId: $personId) {\n      personId\n      failure {\n        reason\n        statusCode\n        since\n      }\n      messages {\n        id\n        kind\n        outcome\n        statusCode\n        sentAt\n        outcomeAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkEmailWorking($personId: ID!) {\n    markEmailWorking(personId: $personId) {\n      personId\n      failure {\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkEmailWorking($personId: ID!) {\n    markEmailWorking(personId: $personId) {\n      personId\n      failure {\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!, $nameOnly: Boolean!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n      active @skip(if: $nameOnly)\n      organisation {\n        id\n        name\n      }\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n          kind\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!, $nameOnly: Boolean!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n      active @skip(if: $nameOnly)\n      organisation {\n        id\n        name\n      }\n      groupMemberships {\n        id\n        role\n        group {\n          id\n          name\n          kind\n        }\n        organisation {\n          id\n          name\n        }\n      }\n      forums {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: String!) {\n    people(first: 10, search: $search) {\n      nodes {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($search: String!) {\n    people(first: 10, search: $search) {\n      nodes {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithLink($token: String!) {\n    signInWithLink(token: $token) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeTasks {\n    myTasks {\n      kind\n      title\n      context\n      path\n      dueAt\n      overdue\n      subjectId\n    }\n  }\n"): (typeof documents)["\n  query HomeTasks {\n    myTasks {\n      kind\n      title\n      context\n      path\n      dueAt\n      overdue\n      subjectId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;