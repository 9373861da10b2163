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
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n  }\n": typeof types.HomeDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n  }\n": types.HomeDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      partnership {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      partnershipName\n      role\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query Home($me: ID!) {\n    upcomingMeetings(first: 5) {\n      id\n      title\n      startsAt\n      location\n      onlineUrl\n      group {\n        id\n        name\n      }\n    }\n    actionLog(first: 10, ownerPersonId: $me, status: OPEN) {\n      nodes {\n        id\n        title\n        dueDate\n        status\n        overdue\n        meeting {\n          group {\n            name\n          }\n        }\n      }\n    }\n    forums {\n      id\n      name\n      unreadCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;