import type { ApiEdge, ApiNode } from '../../apps/web/src/api/graph-api.types';

const LABELS = ['Region', 'Sector', 'Goal', 'Indicator', 'Project', 'Department'] as const;

/** A small deterministic PRNG (mulberry32), so every run lays out the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A connected policy-like graph: a random spanning tree (so nothing floats alone) plus extra random edges, labels
 * cycling through the explorer's kinds and Chinese captions like the real data.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1, prefix = 'n'): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const next = random(seed);
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

