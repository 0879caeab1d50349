import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './query-cost';

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return operationCost(operation, fragments, variables);
}

describe('operationCost', () => {
  it("prices like graphql-armor's formula: object 2, scalar 1, 1.5x per level, times first/last/limit", () => {
    // search: 10 × (2 + 1.5 × (1 + (2 + 1.5 × 2)))
    expect(cost('{ search(text: "x", limit: 10) { score node { id name } } }')).toBe(10 * (2 + 1.5 * (1 + (2 + 1.5 * 2))));
    expect(cost('{ regions { documents } }')).toBe(2 + 1.5);
  });

  it('counts first/limit given through variables, or their defaults, as much as inline ones', () => {
    const inline = cost('{ a: search(text: "x", limit: 400) { node { id } } }');
    expect(cost('query($n: Int) { a: search(text: "x", limit: $n) { node { id } } }', { n: 400 })).toBe(inline);
    expect(cost('query($n: Int = 400) { a: search(text: "x", limit: $n) { node { id } } }')).toBe(inline);
    expect(cost('query($n: Int = 400) { a: search(text: "x", limit: $n) { node { id } } }', { n: null })).toBe(
      cost('{ a: search(text: "x") { node { id } } }'),
    );
  });

  it('multiplies nested lists and counts fragments where they are spread', () => {
    const nested = cost(
      'query($n: Int) { entity(id: "x") { ... on DepartmentNode { responsibleFor(first: $n) { edges { node { ...Leads } } } } } } fragment Leads on Entity { id }',
      { n: 100 },
    );
    expect(nested).toBe(2 + 1.5 * (100 * (2 + 1.5 * (2 + 1.5 * (2 + 1.5)))));
  });
});
