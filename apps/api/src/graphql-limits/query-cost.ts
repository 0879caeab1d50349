import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** Weights of graphql-armor's cost limit (its documented defaults), so one formula prices every query. */
export const QUERY_COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;
/** Arguments that bound how many items a field returns: the field's cost is multiplied by their value. */
const SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

/**
 * The cost of an operation by graphql-armor's formula (an object 2, a scalar 1, each level 1.5× deeper, a field
 * multiplied by its `first`/`last`/`limit`), with those arguments read from the request's variables (or the
 * variable's default) as well as inline: `first: $n` counts as much as `first: 1000`. A field without such an
 * argument counts once (its resolver's default limit is not known here).
 */
export function operationCost(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? [])
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);

  const sizeOf = (value: ValueNode): number => {
    if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const given = variables[name];
      if (typeof given === 'number' && Number.isFinite(given)) return given;
      const fallback = defaults.get(name);
      return fallback && given === undefined ? sizeOf(fallback) : 1;
    }
    return 1;
  };

  const selectionCost = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet) {
          cost += QUERY_COST_WEIGHTS.depthCostFactor * QUERY_COST_WEIGHTS.scalarCost;
          continue;
        }
        let size = 1;
        for (const argument of selection.arguments ?? []) if (SIZE_ARGUMENTS.has(argument.name.value)) size = Math.max(size, sizeOf(argument.value));
        cost += QUERY_COST_WEIGHTS.depthCostFactor * size * (QUERY_COST_WEIGHTS.objectCost + selectionCost(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += selectionCost(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // Validation has refused fragment cycles already; a repeated spread on one path is counted once.
        if (fragment && !seen.has(name)) cost += selectionCost(fragment.selectionSet, new Set([...seen, name]));
      }
    }
    return cost;
  };

  // Top-level fields count at depth 1, as in armor (no depth factor on the operation itself).
  return selectionCost(operation.selectionSet, new Set()) / QUERY_COST_WEIGHTS.depthCostFactor;
}
