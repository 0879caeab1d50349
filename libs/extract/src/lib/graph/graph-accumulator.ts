import type { Evidence, ExtractionIssue, GraphNode, GraphRelationship, NodeLabel, Properties, RelationshipType } from '@policygraph/graph-types';

/**
 * Collects nodes and relationships while extractors run. The same node or relationship found twice (a department
 * named in several 责任单位 clauses) is kept once with all its evidence, so output is independent of extractor order
 * except for evidence order, which follows the text.
 */
export class GraphAccumulator {
  private readonly nodes = new Map<string, MutableNode>();
  /** Relationships in the order they were first added. */
  private readonly relationships: MutableRelationship[] = [];
  /**
   * The same relationships by `from`, then `to` (then type and role, among the few between two nodes). Ids hold the
   * document id, so one joined key per call was a long new string to hash; an id string keeps its hash once computed.
   */
  private readonly relationshipsByEnds = new Map<string, Map<string, MutableRelationship[]>>();
  private readonly issueList: ExtractionIssue[] = [];

  /** `properties` is kept, not copied: callers build a new object per call. */
  addNode(id: string, label: NodeLabel, name: string, properties: Properties, evidence: readonly Evidence[]): string {
    const existing = this.nodes.get(id);
    if (existing) {
      existing.evidence.push(...evidence);
      existing.properties = mergeProperties(existing.properties, properties);
      return id;
    }
    this.nodes.set(id, { id, label, name, properties, evidence: [...evidence] });
    return id;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addRelationship(type: RelationshipType, from: string, to: string, properties: Properties, evidence: readonly Evidence[]): void {
    const role = properties['role'] ?? '';
    let byTo = this.relationshipsByEnds.get(from);
    if (!byTo) this.relationshipsByEnds.set(from, (byTo = new Map()));
    let between = byTo.get(to);
    if (!between) byTo.set(to, (between = []));
    const existing = between.find((relationship) => relationship.type === type && (relationship.properties['role'] ?? '') === role);
    if (existing) {
      existing.evidence.push(...evidence);
      return;
    }
    const relationship: MutableRelationship = { type, from, to, properties: { ...properties }, evidence: [...evidence] };
    between.push(relationship);
    this.relationships.push(relationship);
  }

  addIssue(issue: ExtractionIssue): void {
    this.issueList.push(issue);
  }

  /** The graph collected: call it once, when every extractor is done (it hands out the evidence lists it holds). */
  result(): { nodes: GraphNode[]; relationships: GraphRelationship[]; issues: ExtractionIssue[] } {
    // Sort keys are computed once per item, not per comparison (decorate, sort, undecorate: same order).
    // Items are rebuilt field by field in the order addNode/addRelationship created them (a spread of thousands of
    // objects takes the generic copy path).
    const nodes = [...this.nodes.values()].map((node) => {
      const evidence = dedupeEvidence(node.evidence);
      const item: GraphNode = { id: node.id, label: node.label, name: node.name, properties: node.properties, evidence };
      return { item, position: firstStart(evidence), key: node.id };
    });
    const relationships = this.relationships.map((rel) => {
      const evidence = dedupeEvidence(rel.evidence);
      const item: GraphRelationship = { type: rel.type, from: rel.from, to: rel.to, properties: rel.properties, evidence };
      return { item, position: firstStart(evidence), key: `${rel.type}${rel.from}${rel.to}` };
    });
    const byPositionThenKey = (a: { position: number; key: string }, b: { position: number; key: string }) => a.position - b.position || compare(a.key, b.key);
    return {
      nodes: nodes.sort(byPositionThenKey).map((entry) => entry.item),
      relationships: relationships.sort(byPositionThenKey).map((entry) => entry.item),
      issues: [...this.issueList],
    };
  }
}

interface MutableNode {
  id: string;
  label: NodeLabel;
  name: string;
  properties: Record<string, Properties[string]>;
  evidence: Evidence[];
}

interface MutableRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, Properties[string]>;
  evidence: Evidence[];
}

/** Later sightings fill gaps (null) and extend alias lists; they never overwrite a value already known. */
function mergeProperties(current: Record<string, Properties[string]>, incoming: Properties): Record<string, Properties[string]> {
  const merged = { ...current };
  for (const [key, value] of Object.entries(incoming)) {
    const existing = merged[key];
    if (existing === undefined || existing === null) merged[key] = value;
    else if (Array.isArray(existing) && Array.isArray(value)) merged[key] = [...new Set([...existing, ...value])] as string[];
  }
  return merged;
}

/** `evidence` itself when it has one item or none (the accumulator's own list, not copied), else a new list. */
function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  if (evidence.length <= 1) return evidence;
  const sorted = [...evidence].sort((a, b) => a.start - b.start || a.end - b.end);
  // Equal spans are adjacent after sorting; an item is a duplicate when an earlier one of its run (same start and
  // end) has its document.
  const kept: Evidence[] = [];
  let runStart = 0;
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i];
    if (i > 0 && (item.start !== sorted[i - 1].start || item.end !== sorted[i - 1].end)) runStart = i;
    let duplicate = false;
    for (let j = runStart; j < i && !duplicate; j++) duplicate = sorted[j].documentId === item.documentId;
    if (!duplicate) kept.push(item);
  }
  return kept;
}

function firstStart(evidence: readonly Evidence[]): number {
  return evidence.length > 0 ? evidence[0].start : -1;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
