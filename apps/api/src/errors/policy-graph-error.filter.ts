import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { PolicyGraphError, type PolicyGraphErrorCode } from '@policygraph/graph-types';

/** Every domain error code has a GraphQL code; the Record type makes a new code without a mapping a compile error. */
const GRAPHQL_CODE: Record<PolicyGraphErrorCode, string> = {
  INPUT_NOT_FOUND: 'BAD_USER_INPUT',
  INPUT_UNREADABLE: 'BAD_USER_INPUT',
  INPUT_EMPTY: 'BAD_USER_INPUT',
  INPUT_BINARY: 'BAD_USER_INPUT',
  INPUT_TOO_LARGE: 'BAD_USER_INPUT',
  INPUT_NO_STRUCTURE: 'BAD_USER_INPUT',
  BATCH_INVALID: 'BAD_USER_INPUT',
  CYPHER_REJECTED: 'FORBIDDEN',
  CYPHER_TIMEOUT: 'TIMEOUT',
  NOT_FOUND: 'NOT_FOUND',
  BAD_REQUEST: 'BAD_USER_INPUT',
  CONSTRAINT_VIOLATION: 'CONFLICT',
  NEO4J_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  NEO4J_ERROR: 'INTERNAL_SERVER_ERROR',
};

/** The one place errors become GraphQL errors: stable codes, the domain reason, never a stack trace. */
@Catch()
export class PolicyGraphErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() !== 'graphql') return this.httpError(error, host);
    if (error instanceof PolicyGraphError) {
      if (error.details['cause']) this.logger.warn(`${error.code}: ${error.message} (cause: ${error.details['cause']})`);
      return new GraphQLError(error.message, { extensions: { code: GRAPHQL_CODE[error.code], reason: error.code } });
    }
    if (error instanceof GraphQLError) return error;
    // Unknown errors are bugs: logged with their stack, answered without internals.
    this.logUnknown(error);
    return new GraphQLError('internal error (logged on the server)', { extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } });
  }

  /** As an Error object, so the log line carries it structured: type, message and stack. */
  private logUnknown(error: unknown): void {
    this.logger.error(error instanceof Error ? error : new Error(`non-Error thrown: ${String(error)}`));
  }

  private httpError(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // Body-parser errors (413 too large, 400 bad JSON) carry their HTTP status; keep it.
    const parserStatus = (error as { status?: unknown }).status;
    const status =
      error instanceof HttpException
        ? error.getStatus()
        : typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500
          ? parserStatus
          : error instanceof PolicyGraphError && error.code === 'NOT_FOUND'
            ? 404
            : 500;
    if (status >= 500) this.logUnknown(error);
    const message =
      status >= 500 && !(error instanceof PolicyGraphError)
        ? 'internal error (logged on the server)'
        : error instanceof Error
          ? error.message.split('\n')[0]
          : 'unexpected error';
    response.status(status).json({ error: message, code: error instanceof PolicyGraphError ? error.code : status });
  }
}
