import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields of nodes and edges that need their stored properties; everything else comes from id, label and name. */
const DETAIL_FIELDS: ReadonlySet<string> = new Set(['properties', 'evidence']);

/**
 * Whether the request selects `properties` or `evidence` anywhere under this field (fragments included). When it
 * does not, the query asks Neo4j for summaries only: a client listing names pays for names, not for every quote.
 */
export function selectsDetails(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const visited = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (DETAIL_FIELDS.has(selection.name.value) || search(selection.selectionSet)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (search(selection.selectionSet)) return true;
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        if (search(fragment?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((field) => search(field.selectionSet));
}
