import type { Collection, EdgeSingular } from 'cytoscape';
import type { LayoutJob } from './layout-compute';

/**
 * The elements to lay out as plain data: each node's place, its size as layouts see it (`layoutDimensions`, labels
 * left out) and whether it is locked; compound nodes (clusters) by their children only. Parents outside the
 * elements are left out, so a partial layout never names a node it does not hold.
 */
export function layoutJob(elements: Collection, options: LayoutJob['options'], steps: Pick<LayoutJob, 'spreadDraft' | 'wrapLevels'>): LayoutJob {
  const nodes = elements.nodes();
  const ids = new Set(nodes.map((node) => node.id()));
  return {
    nodes: nodes.map((node) => {
      const { w, h } = node.layoutDimensions({ nodeDimensionsIncludeLabels: false });
      const parent = node.parent().nonempty() ? node.parent().first().id() : undefined;
      return {
        id: node.id(),
        parent: parent && ids.has(parent) ? parent : undefined,
        ...node.position(),
        w,
        h,
        locked: node.locked(),
        compound: node.isParent(),
      };
    }),
    edges: elements
      .edges()
      .map((edge) => ({ id: edge.id(), source: (edge as EdgeSingular).source().id(), target: (edge as EdgeSingular).target().id() }))
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
    options,
    ...steps,
  };
}
