import type { TypedDocumentString } from './generated/graphql';

/** A GraphQL error as the user should see it: the API's `extensions.code` and its readable message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

/** Variables may be left out only when the operation requires none. */
type RequestArguments<V> = Record<string, never> extends V ? [variables?: V, signal?: AbortSignal] : [variables: V, signal?: AbortSignal];

/**
 * POSTs one operation to /graphql. The JSON content type matters: Apollo's CSRF guard refuses "simple" requests.
 * Network failures and non-JSON answers become ApiError too, so every caller has one error type to show.
 * The document is one `npm run codegen` typed: its result and variables types come with it.
 */
export async function graphqlRequest<T, V>(document: TypedDocumentString<T, V>, ...[variables, signal]: RequestArguments<V>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('NETWORK', `The API could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`HTTP_${response.status}`, `The API answered ${response.status} ${response.statusText} without a GraphQL body.`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
  if (body.data === undefined || body.data === null) throw new ApiError(`HTTP_${response.status}`, 'The API returned no data.');
  return body.data;
}

/** Turns anything thrown into the one error shape the UI renders. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('CLIENT_ERROR', error instanceof Error ? error.message : String(error));
}
