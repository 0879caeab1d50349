export const POLICY_GRAPH_ERROR_CODES = [
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_EMPTY',
  'INPUT_BINARY',
  'INPUT_TOO_LARGE',
  'INPUT_NO_STRUCTURE',
  'BATCH_INVALID',
  'CYPHER_REJECTED',
  'CYPHER_TIMEOUT',
  'NOT_FOUND',
  'BAD_REQUEST',
  'CONSTRAINT_VIOLATION',
  'NEO4J_UNAVAILABLE',
  'NEO4J_ERROR',
] as const;
export type PolicyGraphErrorCode = (typeof POLICY_GRAPH_ERROR_CODES)[number];

/** An error a user can act on: the message names the file or query and the problem, and says what to do. */
export class PolicyGraphError extends Error {
  override readonly name = 'PolicyGraphError';
  constructor(
    readonly code: PolicyGraphErrorCode,
    message: string,
    readonly details: Readonly<Record<string, string | number | boolean | null>> = {},
  ) {
    super(message);
  }
}

export function isPolicyGraphError(error: unknown): error is PolicyGraphError {
  return error instanceof PolicyGraphError;
}
