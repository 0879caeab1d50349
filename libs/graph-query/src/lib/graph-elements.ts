import type { Evidence } from '@policygraph/graph-types';
import { isNode, isPath, isRelationship, type Node, type Path, type Relationship } from 'neo4j-driver';
import type { GraphNodeView, GraphEdgeView } from '@policygraph/graph-types';
export type { GraphNodeView, GraphEdgeView };

// A Document's `text` (up to megabytes) is read through documentPassage, a bounded window, never with the node.
const STORAGE_ONLY = new Set(['evidenceJson', 'quoteText', 'aliasText', 'id', 'name', 'label', 'text']);

/**
 * What a query returns for an element when the caller did not ask for properties or evidence: the Cypher projection
 * `m {.id, .label, .name}` for a node and `{type: type(r)}` for a relationship (see SUMMARY_NODE / SUMMARY_REL).
 * A department's neighbourhood is ≈ 29 KB as summaries and ≈ 160 KB in full, almost all of it evidence.
 */
export interface NodeSummary {
  readonly id: string;
  readonly label: string;
  readonly name: string;
}
export interface RelationshipSummary {
  readonly type: string;
}

/** Cypher for "the node, or only its summary": `$details` decides, so one query text serves both. */
export const nodeOrSummary = (variable: string): string => `CASE WHEN $details THEN ${variable} ELSE ${variable} {.id, .label, .name} END`;
export const relationshipOrSummary = (variable: string): string => `CASE WHEN $details THEN ${variable} ELSE {type: type(${variable})} END`;

export function nodeView(node: Node | NodeSummary): GraphNodeView {
  if (!isNode(node)) return { id: node.id, label: node.label, name: node.name ?? node.id, properties: {}, evidence: [] };
  const props = node.properties as Record<string, unknown>;
  return {
    id: String(props['id'] ?? node.elementId),
    label: String(props['label'] ?? node.labels.find((l) => l !== 'Entity') ?? 'Entity'),
    name: String(props['name'] ?? props['id'] ?? ''),
    properties: plainProperties(props),
    evidence: parseEvidence(props['evidenceJson']),
  };
}

/** `ids` maps Neo4j element ids to our ids for relationships whose end nodes were not returned as rows. */
export function edgeView(rel: Relationship | RelationshipSummary, source: string, target: string): GraphEdgeView {
  if (!isRelationship(rel)) return { id: `${source}>${rel.type}>${target}`, type: rel.type, source, target, properties: {}, evidence: [] };
  const props = rel.properties as Record<string, unknown>;
  return {
    id: `${source}>${rel.type}>${target}`,
    type: rel.type,
    source,
    target,
    properties: plainProperties(props),
    evidence: parseEvidence(props['evidenceJson']),
  };
}

export function parseEvidence(value: unknown): Evidence[] {
  if (typeof value !== 'string') return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as Evidence[]) : [];
  } catch {
    return [];
  }
}

function plainProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (!STORAGE_ONLY.has(key)) out[key] = toPlain(value);
  return out;
}

/** Neo4j values (Integer, temporal, spatial) to JSON-safe values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as { toNumber?: () => number; toString: () => string; constructor?: { name?: string } };
    if (typeof v.toNumber === 'function') return v.toNumber();
    if (isNode(value) || isRelationship(value) || isPath(value)) return describeGraphValue(value);
    if (v.constructor && v.constructor.name !== 'Object') return v.toString();
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}

function describeGraphValue(value: Node | Relationship | Path): unknown {
  if (isNode(value)) return { id: (value.properties as Record<string, unknown>)['id'] ?? value.elementId, labels: value.labels };
  if (isRelationship(value)) return { type: value.type, start: value.startNodeElementId, end: value.endNodeElementId };
  return { length: value.length };
}

/** Collects every node and relationship inside arbitrary result values (rows, lists, maps, paths). */
export class GraphCollector {
  private readonly nodes = new Map<string, GraphNodeView>();
  private readonly nodeIdByElementId = new Map<string, string>();
  private readonly rels = new Map<string, Relationship>();

  add(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) {
      const view = nodeView(value);
      this.nodes.set(view.id, view);
      this.nodeIdByElementId.set(value.elementId, view.id);
    } else if (isRelationship(value)) {
      this.rels.set(value.elementId, value);
    } else if (isPath(value)) {
      for (const segment of value.segments) {
        this.add(segment.start);
        this.add(segment.relationship);
        this.add(segment.end);
      }
      this.add(value.start);
    } else if (Array.isArray(value)) {
      for (const item of value) this.add(item);
    } else if (value.constructor === Object) {
      for (const item of Object.values(value)) this.add(item);
    }
  }

  result(): { nodes: GraphNodeView[]; edges: GraphEdgeView[] } {
    const edges: GraphEdgeView[] = [];
    for (const rel of this.rels.values()) {
      const source = this.nodeIdByElementId.get(rel.startNodeElementId);
      const target = this.nodeIdByElementId.get(rel.endNodeElementId);
      // An edge whose end nodes were not returned cannot be drawn; the table still shows it.
      if (source && target) edges.push(edgeView(rel, source, target));
    }
    return { nodes: [...this.nodes.values()], edges };
  }
}
