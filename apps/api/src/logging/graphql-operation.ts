/** `query Name`, `mutation Name`: the first named operation in a GraphQL document. */
const NAMED_OPERATION = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * The operation a GraphQL request body asks for, for the request log: the `operationName` it gives, else the first
 * operation's name in the query text, else 'anonymous'. Undefined when the body is not a GraphQL request.
 * A cheap textual look (no parse): the log line must not cost a second parse of every query.
 */
export function graphqlOperationName(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { operationName, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string' && operationName !== '') return operationName;
  if (typeof query !== 'string') return undefined;
  return NAMED_OPERATION.exec(query)?.[1] ?? 'anonymous';
}
