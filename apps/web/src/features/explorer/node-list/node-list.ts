import type { ApiNode } from '../../../api/graph-api.types';
import { isGroupNode, type DisplayedGraph } from '../grouping/neighbour-groups';

/** One row of the node list: a node drawn on the canvas (a group node counts as one) with what the row shows. */
export interface NodeListItem {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  /** The group node's node, so the row can show its label and count; null for a graph node. */
  readonly group: ApiNode | null;
}

/**
 * What the canvas draws as a list a keyboard can walk: the displayed nodes (groups in place of their members) less
 * those the filter hides, by label in the order of `labelOrder` (labels not in it after, alphabetically; groups by
 * their members' label), then by name in the reader's collation, so the same canvas always lists the same way.
 */
export function nodeListItems(
  graph: Pick<DisplayedGraph, 'nodes'>,
  hidden: ReadonlySet<string>,
  labelOrder: readonly string[],
  collator: Intl.Collator,
): NodeListItem[] {
  const rank = (label: string): number => {
    const index = labelOrder.indexOf(label);
    return index === -1 ? labelOrder.length : index;
  };
  return [...graph.nodes.values()]
    .filter((node) => !hidden.has(node.id))
    .map((node: ApiNode) => {
      const group = isGroupNode(node);
      return { id: node.id, label: group ? String(node.properties['memberLabel']) : node.label, name: node.name || node.id, group: group ? node : null };
    })
    .sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Where the active row goes for a key of the listbox pattern (arrows, Home, End, Page keys); null for other keys. */
export function movedIndex(key: string, index: number, count: number, page = 10): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (value: number): number => Math.max(0, Math.min(last, value));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    default:
      return null;
  }
}
