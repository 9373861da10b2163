/** A minimal GraphQL-over-HTTP client, as an outside API client would speak it. */
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
  headers: Headers;
  raw: unknown;
}

export async function gql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  return postGraphQL<T>(baseUrl, { query, variables }, { token, headers });
}

export async function postGraphQL<T = Record<string, any>>(
  baseUrl: string,
  body: unknown,
  { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let raw: unknown = text;
  try {
    raw = JSON.parse(text);
  } catch {
    // leave as text
  }
  const parsed = (typeof raw === 'object' && raw !== null ? raw : {}) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: parsed.data ?? null, errors: parsed.errors, headers: response.headers, raw };
}

/** The code of the first error, for compact assertions. */
export const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;
