import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { scopeOf, type ApiToken, type TokenScope } from './api-tokens';

/** Root query fields that reach the Cypher console: they need a read token whenever tokens are configured. */
const CONSOLE_FIELDS: ReadonlySet<string> = new Set(['cypher', 'runSavedQuery']);

/** Root fields of an operation, looking through fragments at the root (which could otherwise hide one). */
export function rootFields(operation: OperationDefinitionNode, fragments: Readonly<Record<string, FragmentDefinitionNode>>): string[] {
  const names: string[] = [];
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value) && fragments[selection.name.value])
        visit(fragments[selection.name.value]!.selectionSet, new Set([...seen, selection.name.value]));
    }
  };
  visit(operation.selectionSet, new Set());
  return names;
}

function refusal(message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT', status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Authorization of GraphQL operations: a mutation needs a write token and the Cypher console a read (or write)
 * token, presented as `Authorization: Bearer <token>`, whenever tokens are configured (they must be when the app
 * listens beyond loopback). Graph reads stay open. Whatever the tokens, a request carries one mutation at most:
 * fifteen aliased ingests in one request were fifteen documents read at once.
 */
export function authorizationPlugin(tokens: readonly ApiToken[]): ApolloServerPlugin {
  const listener: GraphQLRequestListener<Record<string, never>> = {
    async didResolveOperation({ operation, document, request }) {
      // Apollo refuses a request without a resolvable operation itself.
      if (!operation) return;
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      const fields = rootFields(operation, fragments);
      if (operation.operation === 'mutation' && fields.length > 1) {
        throw refusal(`send one mutation per request (this one has ${fields.length})`, 'BAD_USER_INPUT', 400);
      }
      if (tokens.length === 0) return;
      const needed: TokenScope | undefined = operation.operation === 'mutation' ? 'write' : fields.some((f) => CONSOLE_FIELDS.has(f)) ? 'read' : undefined;
      if (!needed) return;
      const header = request.http?.headers.get('authorization') ?? '';
      const presented = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const scope = scopeOf(tokens, presented);
      if (!scope) throw refusal(`this operation needs an API token with ${needed} scope: send it as "Authorization: Bearer <token>"`, 'UNAUTHENTICATED', 401);
      if (needed === 'write' && scope !== 'write')
        throw refusal('this operation changes the graph and needs an API token with write scope; the token sent has read scope', 'FORBIDDEN', 403);
    },
  };
  return { requestDidStart: async () => listener };
}
