import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { isCacheableOperation } from './read-cache.plugin';

const operation = (source: string): OperationDefinitionNode =>
  parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

describe('isCacheableOperation', () => {
  it('caches plain graph reads', () => {
    expect(isCacheableOperation(operation('{ search(text: "物流") { node { id } } }'))).toBe(true);
    expect(isCacheableOperation(operation('query Q($id: ID!) { neighborhood(id: $id) { nodes { id } } regions { documents } }'))).toBe(true);
  });

  it('never caches the console, saved queries, mutations, introspection or root fragments', () => {
    expect(isCacheableOperation(operation('{ cypher(query: "MATCH (n) RETURN count(n)") { rows } }'))).toBe(false);
    expect(isCacheableOperation(operation('{ regions { documents } runSavedQuery(id: "x") { rows } }'))).toBe(false);
    expect(isCacheableOperation(operation('mutation { ingestDocument(fileName: "a.txt", contentBase64: "") { status } }'))).toBe(false);
    expect(isCacheableOperation(operation('{ __schema { types { name } } }'))).toBe(false);
    expect(isCacheableOperation(operation('{ ...F } fragment F on Query { cypher(query: "RETURN 1") { rows } }'))).toBe(false);
    expect(isCacheableOperation(undefined)).toBe(false);
  });
});
