import type { ApiEdge, ApiNode } from '../../apps/web/src/api/graph-api.types';
import { seededRandom } from './seeded-random';

const LABELS = ['Region', 'Sector', 'Goal', 'Indicator', 'Project', 'Department'] as const;

/**
 * A connected policy-like graph: a random spanning tree (so nothing floats alone) plus extra random edges, labels
 * cycling through the explorer's kinds and Chinese captions like the real data.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1, prefix = 'n'): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const next = seededRandom(seed);
  const nodes: ApiNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `${prefix}${i}`,
    label: LABELS[i % LABELS.length]!,
    name: `合成节点${i}：推动现代服务业发展`,
    properties: {},
    evidence: [],
  }));
  const edges: ApiEdge[] = [];
  const seen = new Set<string>();
  const add = (source: number, target: number): void => {
    const key = `${source}-${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    edges.push({ id: `${prefix}e${edges.length}`, type: 'RELATED', source: `${prefix}${source}`, target: `${prefix}${target}`, properties: {}, evidence: [] });
  };
  for (let i = 1; i < nodeCount && edges.length < edgeCount; i++) add(Math.floor(next() * i), i);
  while (edges.length < edgeCount) add(Math.floor(next() * nodeCount), Math.floor(next() * nodeCount));
  return { nodes, edges };
}
