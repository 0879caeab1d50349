import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectsDetails } from './selects-details';

/** The resolve info of the first top-level field of `query`, as graphql-js would hand it to the resolver. */
function infoOf(query: string): Parameters<typeof selectsDetails>[0] {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsDetails', () => {
  it('is false when only ids, labels, names and types are selected', () => {
    expect(selectsDetails(infoOf('{ neighborhood(id: "x") { nodes { id label name } edges { id type source target } leftOut { count } } }'))).toBe(false);
    expect(selectsDetails(infoOf('{ search(text: "物流") { node { id name } score } }'))).toBe(false);
  });

  it('is true when evidence or properties are selected on nodes or edges', () => {
    expect(selectsDetails(infoOf('{ neighborhood(id: "x") { nodes { id } edges { evidence { quote } } } }'))).toBe(true);
    expect(selectsDetails(infoOf('{ search(text: "物流") { node { properties } } }'))).toBe(true);
  });

  it('looks through named and inline fragments, and survives a fragment cycle', () => {
    expect(selectsDetails(infoOf('{ neighborhood(id: "x") { nodes { ...N } } } fragment N on GraphNode { id properties }'))).toBe(true);
    expect(selectsDetails(infoOf('{ neighborhood(id: "x") { nodes { ... on GraphNode { evidence { quote } } } } }'))).toBe(true);
    expect(
      selectsDetails(infoOf('{ neighborhood(id: "x") { nodes { ...A } } } fragment A on GraphNode { id ...B } fragment B on GraphNode { name ...A }')),
    ).toBe(false);
  });
});
