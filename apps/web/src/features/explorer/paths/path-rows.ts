import type { GraphPath } from '../../../api/graph-api.types';

/** One line of the path list: its length and the names along it, in order. */
export interface PathRow {
  readonly index: number;
  readonly length: number;
  readonly names: readonly string[];
}

/** The paths as the list shows them, shortest first (the API's order); a node not on the canvas shows its id. */
export function pathRows(paths: readonly GraphPath[], nameOf: (id: string) => string | undefined): PathRow[] {
  return paths.map((path, index) => ({ index, length: path.edgeIds.length, names: path.nodeIds.map((id) => nameOf(id) ?? id) }));
}

/** The labels the "avoid" options leave out of paths, from the two switches. */
export function excludedLabels(options: { readonly avoidStrategies: boolean; readonly avoidFunctions: boolean }): string[] {
  return [...(options.avoidStrategies ? ['Strategy'] : []), ...(options.avoidFunctions ? ['DepartmentFunction'] : [])];
}
