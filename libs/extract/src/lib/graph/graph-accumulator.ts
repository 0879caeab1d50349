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
      mergeProperties(existing.properties, properties);
      return id;
    }
    this.nodes.set(id, { id, label, name, properties, evidence: [...evidence] });
    return id;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** `properties` is kept, not copied, as addNode's: callers build a new object per call. */
  addRelationship(type: RelationshipType, from: string, to: string, properties: Properties, evidence: readonly Evidence[]): void {
    const role = properties['role'] ?? '';
    let byTo = this.relationshipsByEnds.get(from);
    if (!byTo) this.relationshipsByEnds.set(from, (byTo = new Map()));
    let between = byTo.get(to);
    if (!between) byTo.set(to, (between = []));
    const existing = sameRelationship(between, type, role);
    if (existing) {
      existing.evidence.push(...evidence);
      return;
    }
    const relationship: MutableRelationship = { type, from, to, properties, evidence: [...evidence] };
    between.push(relationship);
    this.relationships.push(relationship);
  }

  addIssue(issue: ExtractionIssue): void {
    this.issueList.push(issue);
  }

  /** The graph collected: call it once, when every extractor is done (it hands out the evidence lists it holds). */
  result(): { nodes: GraphNode[]; relationships: GraphRelationship[]; issues: ExtractionIssue[] } {
    // Positions are computed once per item, not per comparison (decorate, sort, undecorate: same order); relationship
    // keys are compared part by part (compareRelationshipKeys).
    // Items are rebuilt field by field in the order addNode/addRelationship created them (a spread of thousands of
    // objects takes the generic copy path).
    const nodes = [...this.nodes.values()].map((node) => {
      const evidence = dedupeEvidence(node.evidence);
      const item: GraphNode = { id: node.id, label: node.label, name: node.name, properties: node.properties, evidence };
      return { item, position: firstStart(evidence) };
    });
    const relationships = this.relationships.map((rel) => {
      const evidence = dedupeEvidence(rel.evidence);
      const item: GraphRelationship = { type: rel.type, from: rel.from, to: rel.to, properties: rel.properties, evidence };
      return { item, position: firstStart(evidence) };
    });
    return {
      nodes: nodes.sort((a, b) => a.position - b.position || compare(a.item.id, b.item.id)).map((entry) => entry.item),
      relationships: relationships.sort((a, b) => a.position - b.position || compareRelationshipKeys(a.item, b.item)).map((entry) => entry.item),
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

/** The relationship of `type` and `role` among those between two nodes (a loop: this runs for every relationship added). */
function sameRelationship(between: readonly MutableRelationship[], type: RelationshipType, role: Properties[string]): MutableRelationship | undefined {
  for (const relationship of between) if (relationship.type === type && (relationship.properties['role'] ?? '') === role) return relationship;
  return undefined;
}

/**
 * Later sightings fill gaps (null) and extend alias lists; they never overwrite a value already known. `current` is
 * changed in place: it is the node's own object (addNode keeps the properties it is given), and copying objects of a
 * score of keys and many shapes is slow in V8.
 */
function mergeProperties(current: Record<string, Properties[string]>, incoming: Properties): void {
  for (const key in incoming) {
    const value = incoming[key];
    const existing = current[key];
    if (existing === undefined || existing === null) current[key] = value;
    else if (Array.isArray(existing) && Array.isArray(value)) current[key] = [...new Set([...existing, ...value])] as string[];
  }
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

/**
 * Order of two relationships' keys type + from + to, as the joined strings compare, without joining them (a long new
 * string per relationship, flattened again at its first comparison). Parts are compared one by one where that gives
 * the same order: when they are equal, or differ within the shorter one (neither is a prefix of the other).
 */
function compareRelationshipKeys(a: GraphRelationship, b: GraphRelationship): number {
  if (a.type !== b.type) return isPrefixEitherWay(a.type, b.type) ? compare(a.type + a.from + a.to, b.type + b.from + b.to) : compare(a.type, b.type);
  if (a.from !== b.from) return isPrefixEitherWay(a.from, b.from) ? compare(a.from + a.to, b.from + b.to) : compare(a.from, b.from);
  return compare(a.to, b.to);
}

function isPrefixEitherWay(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
