import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import { graphqlOperationName } from './graphql-operation';
import { GRAPHQL_ERROR_CODES } from './graphql-outcome.plugin';

/** Express's request, as pino-http sees it. */
type Request = IncomingMessage & { body?: unknown; originalUrl?: string };

/**
 * What the request line says: the GraphQL operation (when it is one), the HTTP status, the codes of the GraphQL
 * errors in the answer (most are sent with status 200) and the time taken.
 */
function requestLine(req: IncomingMessage, res: ServerResponse, durationMs: number): Record<string, unknown> {
  const { body, originalUrl } = req as Request;
  const errors = (res as ServerResponse & { locals?: Record<string, unknown> }).locals?.[GRAPHQL_ERROR_CODES];
  return { method: req.method, url: originalUrl ?? req.url, operation: graphqlOperationName(body), status: res.statusCode, errors, durationMs };
}

/**
 * pino-http settings: exactly one line per request, written when the response is finished; no request headers (they
 * may carry tokens, and they would make each line ten times longer). 5xx lines are errors; 4xx are the client's
 * problem and stay at info.
 */
export function requestLogOptions(logger: Logger): Options {
  return {
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (req, res, value: { responseTime: number }) => requestLine(req, res, value.responseTime),
    customErrorObject: (req, res, error, value: { responseTime: number }) => ({ ...requestLine(req, res, value.responseTime), err: error }),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
  };
}
