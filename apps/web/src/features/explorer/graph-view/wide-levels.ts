/** A node's place as the hierarchical layout left it. */
export interface PlacedNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Room per wrapped column (captions hang below nodes, up to 170 px wide) and per row. */
export const WRAP_COLUMN_SPACING = 190;
export const WRAP_ROW_SPACING = 56;
/** Levels with up to this many nodes stay one column. */
export const WRAP_MIN_LEVEL = 16;

/** Nodes per wrapped column for a level of `count`: about square blocks, given the spacings. */
export function nodesPerColumn(count: number): number {
  return Math.max(WRAP_MIN_LEVEL, Math.ceil(Math.sqrt((count * WRAP_COLUMN_SPACING) / WRAP_ROW_SPACING)));
}

/**
 * The hierarchical layout (dagre, left to right) puts every node of a level in one column, so a level of 200 makes
 * a strip 200 nodes tall. This wraps each wide level into side-by-side columns of nodesPerColumn(n), keeping its
 * order top to bottom and its middle, and moves the levels to its right along by the width it gained. Levels are
 * the distinct x positions (dagre gives every node of a rank the same x).
 */
export function wrapWideLevels(nodes: readonly PlacedNode[]): Map<string, { x: number; y: number }> {
  const levels = new Map<number, PlacedNode[]>();
  for (const node of nodes) {
    const key = Math.round(node.x);
    const level = levels.get(key);
    if (level) level.push(node);
    else levels.set(key, [node]);
  }
  const placed = new Map<string, { x: number; y: number }>();
  let shift = 0;
  for (const [x, level] of [...levels].sort(([a], [b]) => a - b)) {
    if (level.length <= WRAP_MIN_LEVEL) {
      for (const node of level) placed.set(node.id, { x: node.x + shift, y: node.y });
      continue;
    }
    const sorted = [...level].sort((a, b) => a.y - b.y);
    const perColumn = nodesPerColumn(sorted.length);
    const columns = Math.ceil(sorted.length / perColumn);
    const middle = (sorted[0]!.y + sorted[sorted.length - 1]!.y) / 2;
    const top = middle - ((perColumn - 1) * WRAP_ROW_SPACING) / 2;
    sorted.forEach((node, i) => {
      const column = Math.floor(i / perColumn);
      placed.set(node.id, { x: x + shift + column * WRAP_COLUMN_SPACING, y: top + (i % perColumn) * WRAP_ROW_SPACING });
    });
    shift += (columns - 1) * WRAP_COLUMN_SPACING;
  }
  return placed;
}
