import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';

/** The GraphQL context of a request: Express's response, so the request log can say how the operation ended. */
export interface HttpContext {
  readonly res: Response;
}

/** Where the error codes of a GraphQL answer wait for the request line (HTTP status is 200 for most of them). */
export const GRAPHQL_ERROR_CODES = 'graphqlErrorCodes';

/** Records the `extensions.code` of each error in a GraphQL answer on the response, for the request log. */
export function graphqlOutcomePlugin(): ApolloServerPlugin<HttpContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors && errors.length > 0 && contextValue.res) {
            contextValue.res.locals[GRAPHQL_ERROR_CODES] = errors.map((error) => String(error.extensions?.['code'] ?? 'UNKNOWN'));
          }
        },
      };
    },
  };
}
