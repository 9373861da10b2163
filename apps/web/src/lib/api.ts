import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql/language/printer';

/** A GraphQL error as the API sends it: a code, a plain message, and sometimes the field. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The rest of the error's `extensions` (e.g. PERSONAL_DATA's kinds and spans). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const printed = new WeakMap<object, string>();
const source = (doc: TypedDocumentNode<unknown, never>) => {
  let text = printed.get(doc);
  if (!text) printed.set(doc, (text = print(doc)));
  return text;
};

/**
 * One operation against the API, over the same origin so the httpOnly session cookie goes with
 * it. Resolves with the data, or throws an ApiError with the API's code and message (a failed
 * network gives SERVICE_UNAVAILABLE, never a stack trace).
 */
export async function request<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData> {
  let body: { data?: TData; errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source(doc as TypedDocumentNode<unknown, never>), variables: variables ?? {} }),
    });
    body = await response.json();
  } catch {
    throw new ApiError('SERVICE_UNAVAILABLE', 'Convene is not answering. Check your connection and try again.');
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message, first.extensions?.field, first.extensions);
  return body.data as TData;
}
