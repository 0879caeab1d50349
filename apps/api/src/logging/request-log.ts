import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { graphqlOperationName } from './graphql-operation';
import { GRAPHQL_ERROR_CODES } from './graphql-outcome.plugin';

/**
 * Set to true in `res.locals` by a handler whose 5xx answer is a known state it reports, not a failure of the API
 * (/health while Neo4j is down or restarting): its line is a warning.
 */
export const EXPECTED_UNAVAILABLE = 'expectedUnavailable';

/** Express's request, as pino-http sees it. */
type Request = IncomingMessage & { body?: unknown; originalUrl?: string };

/**
 * What the request line says: the GraphQL operation (when it is one), the HTTP status, the codes of the GraphQL
 * errors in the answer (most are sent with status 200) and the time taken.
 */
function requestLine(req: IncomingMessage, res: ServerResponse, durationMs: number): Record<string, unknown> {
  const { body, originalUrl } = req as Request;
  const errors = localsOf(res)[GRAPHQL_ERROR_CODES];
  return { method: req.method, url: originalUrl ?? req.url, operation: graphqlOperationName(body), status: res.statusCode, errors, durationMs };
}

/**
 * pino-http settings: exactly one line per request, written when the response is finished; no request headers (they
 * may carry tokens, and they would make each line ten times longer). 5xx lines are errors, or warnings when the
 * handler marked the answer EXPECTED_UNAVAILABLE; 4xx are the client's problem and stay at info. Request lines carry
 * no `err`: for a 5xx without an error pino-http makes one up ("failed with status code 503") whose stack is its own
 * and says nothing, and real errors are logged once, with their stack, by the error filter.
 */
export function requestLogOptions(logger: Logger): Options {
  const expected = (res: ServerResponse): boolean => localsOf(res)[EXPECTED_UNAVAILABLE] === true;
  return {
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_req, res, error) => (error ? 'error' : res.statusCode < 500 ? 'info' : expected(res) ? 'warn' : 'error'),
    customSuccessObject: (req, res, value: { responseTime: number }) => requestLine(req, res, value.responseTime),
    customErrorObject: (req, res, _error, value: { responseTime: number }) => requestLine(req, res, value.responseTime),
    customSuccessMessage: () => 'request',
    customErrorMessage: (_req, res) => (expected(res) ? 'request answered unavailable' : 'request failed'),
  };
}

function localsOf(res: ServerResponse): Record<string, unknown> {
  return (res as ServerResponse & { locals?: Record<string, unknown> }).locals ?? {};
}
