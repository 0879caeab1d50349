import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { operationCost } from './query-cost';

/**
 * Refuses, with HTTP 400 and code QUERY_TOO_COSTLY before any resolver runs, an operation whose cost (operationCost)
 * is above `maxCost`. It runs once the operation is resolved, where the request's variables are known: graphql-armor's
 * cost rule is a validation rule, which sees only the document, so `first: $n` cost nothing there.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return; // Apollo has refused the request already
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const cost = operationCost(operation, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost ${Math.round(cost)} is above the limit of ${maxCost}: ask for fewer items (first, last, limit) or fewer nested lists.`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
