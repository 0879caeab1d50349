import type { Evidence, ExtractionResult, GraphNode, GraphRelationship, Properties, PropertyValue } from '@policygraph/graph-types';
import { seededRandom } from '../../test/support/seeded-random';

const NUMERIC_KEYS = new Set(['baseValue', 'targetValue', 'growth']);

/**
 * Derives synthetic document `variant` from a seed extraction: the region gets a new name (so its departments are
 * new region-scoped nodes), document-scoped ids get a new document id, numbers are perturbed by up to ±10 %, and
 * the order of facts is shuffled. Shared taxonomy nodes (sector types, places) stay shared, as in a real corpus.
 */
export function syntheticVariant(seed: ExtractionResult, variant: number): ExtractionResult {
  const next = seededRandom(variant * 7919 + seed.document.id.length);
  const oldDoc = seed.document.id;
  const newDoc = `synthetic-${String(variant).padStart(5, '0')}-${oldDoc}`;
  const regionNames = new Set<string>([seed.document.region ?? '']);
  for (const node of seed.nodes) if (node.label === 'Region') regionNames.add(node.name);
  const rename = new Map<string, string>();
  for (const name of regionNames) if (name) rename.set(name, `样本${variant}${name}`);
  const renameText = (text: string): string => {
    let out = text;
    for (const [from, to] of rename) out = out.split(from).join(to);
    return out;
  };
  const renameId = (id: string): string => {
    const [kind, ...rest] = id.split(':');
    if (kind === 'region' || kind === 'department') return `${kind}:${rest.map(renameText).join(':')}`;
    return id.split(oldDoc).join(newDoc);
  };
  const evidence = (items: readonly Evidence[]): Evidence[] => items.map((e) => ({ ...e, documentId: newDoc }));
  const properties = (props: Properties): Properties => {
    const out: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(props)) {
      if (typeof value === 'number' && NUMERIC_KEYS.has(key)) out[key] = Math.round(value * (0.9 + next() * 0.2) * 100) / 100;
      else if (typeof value === 'string') out[key] = renameText(value);
      else out[key] = value;
    }
    return out;
  };
  const nodes: GraphNode[] = seed.nodes.map((n) => ({
    ...n,
    id: renameId(n.id),
    name: n.label === 'Region' || n.label === 'Document' ? renameText(n.name) : n.name,
    properties: properties(n.properties),
    evidence: evidence(n.evidence),
  }));
  const relationships: GraphRelationship[] = seed.relationships.map((r) => ({
    ...r,
    from: renameId(r.from),
    to: renameId(r.to),
    properties: properties(r.properties),
    evidence: evidence(r.evidence),
  }));
  shuffle(nodes, next);
  shuffle(relationships, next);
  return {
    document: { ...seed.document, id: newDoc, region: seed.document.region ? renameText(seed.document.region) : null, title: renameText(seed.document.title) },
    nodes,
    relationships,
    issues: [],
  };
}

function shuffle<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
