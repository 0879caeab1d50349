import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { ReadCache } from './read-cache';

/** Root fields that must always run: the Cypher console and saved queries are live by promise. */
const LIVE_FIELDS: ReadonlySet<string> = new Set(['cypher', 'runSavedQuery']);

/**
 * Whether a whole operation may be answered from the read cache: a query whose root selections are all plain graph
 * reads (no console, no introspection, no fragments at the root that could hide one).
 */
export function isCacheableOperation(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && !selection.name.value.startsWith('__') && !LIVE_FIELDS.has(selection.name.value),
  );
}

/** Longer than any read may run (the driver's read timeout is 10 s). */
const COMPUTE_TIMEOUT_MS = 30_000;

interface Pending {
  resolve(result: FormattedExecutionResult): void;
  reject(reason: Error): void;
}

/**
 * Answers repeated read operations with the response computed for the first of them, before any resolver runs: the
 * repeat costs neither Neo4j nor GraphQL execution. The key is the query text's hash, the variables and the operation
 * name. Concurrent identical requests wait for the one being computed; responses with errors are never kept (and
 * whoever waited for one runs its own request).
 */
export function readCachePlugin(cache: ReadCache): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, never>>> {
      let computing: Pending | undefined;
      return {
        async responseForOperation(context) {
          if (!cache.enabled || !isCacheableOperation(context.operation)) return null;
          const key = `${context.queryHash}|${context.operationName ?? ''}|${JSON.stringify(context.request.variables ?? {})}`;
          let created: Pending | undefined;
          const answer = cache.get(
            key,
            () =>
              new Promise<FormattedExecutionResult>((resolve, reject) => {
                created = { resolve, reject };
                // Waiters must never hang on a computation that ended without a response.
                setTimeout(() => reject(new Error('not cached: no response in time')), COMPUTE_TIMEOUT_MS).unref();
              }),
          );
          if (created) {
            computing = created;
            return null;
          }
          try {
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: await answer } };
          } catch {
            return null;
          }
        },
        async willSendResponse(context) {
          if (!computing) return;
          const { body } = context.response;
          if (body.kind === 'single' && !body.singleResult.errors) computing.resolve(body.singleResult);
          else computing.reject(new Error('not cached: the response has errors'));
        },
      };
    },
  };
}
