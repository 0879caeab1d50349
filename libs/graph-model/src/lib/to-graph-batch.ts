import { createHash } from 'node:crypto';
import {
  documentNodeId,
  NODE_LABELS,
  PolicyGraphError,
  RELATIONSHIP_TYPES,
  type Evidence,
  type ExtractionResult,
  type GraphNode,
  type NodeLabel,
  type PropertyValue,
  type RelationshipType,
} from '@policygraph/graph-types';
import { SHARED_LABELS, type GraphBatch, type NodeRow, type RelationshipRow, type StoredProperties, type StoredValue } from './graph-batch';

export interface DocumentSource {
  readonly contentHash: string;
  readonly fileName: string;
  /** The text evidence offsets point into, kept on the Document node so a reader can show a quote in its document. */
  readonly text?: string;
}

/** Enough of the quotes for full-text search to find a fact; the exact quotes live in evidenceJson. */
const MAX_QUOTE_TEXT = 600;

/**
 * Turns one document's extraction into a loadable batch. Validates everything before the loader writes anything:
 * unknown labels or types, dangling relationship ends and non-storable properties throw BATCH_INVALID.
 */
export function toGraphBatch(result: ExtractionResult, source: DocumentSource): GraphBatch {
  const documentId = result.document.id;
  const documentNode = documentNodeId(documentId);
  const nodesById = new Map<string, GraphNode>();
  for (const node of result.nodes) {
    if (!(NODE_LABELS as readonly string[]).includes(node.label)) invalid(documentId, `unknown label ${node.label}`);
    const seen = nodesById.get(node.id);
    if (seen && seen.label !== node.label) invalid(documentId, `id ${node.id} is used for ${seen.label} and ${node.label}`);
    nodesById.set(node.id, seen ? mergeNodes(seen, node) : node);
  }
  if (!nodesById.has(documentNode)) invalid(documentId, `the extraction has no Document node ${documentNode}`);

  const nodes = new Map<NodeLabel, NodeRow[]>();
  const mentions: RelationshipRow[] = [];
  for (const node of nodesById.values()) {
    const shared = SHARED_LABELS.has(node.label);
    const props: StoredProperties = {
      ...storedProperties(documentId, node.properties),
      name: node.name,
      label: node.label,
      aliasText: aliasText(node.properties['aliases']),
      quoteText: quoteText(node.evidence),
      evidenceJson: JSON.stringify(node.evidence),
    };
    if (!shared) props['documentId'] = documentId;
    // Every fact knows its region, so filters by region need no traversal.
    if (props['region'] === undefined || props['region'] === null) props['region'] = regionOf(node, result.document.region);
    if (node.label === 'Document') {
      props['contentHash'] = source.contentHash;
      props['fileName'] = source.fileName;
      if (source.text !== undefined) props['text'] = source.text;
      Object.assign(props, coverageProperties(result));
    }
    push(nodes, node.label, { id: node.id, props });
    if (shared) {
      mentions.push({ from: documentNode, to: node.id, props: { evidenceJson: JSON.stringify(node.evidence), quoteText: quoteText(node.evidence) } });
    }
  }

  const relationships = new Map<RelationshipType, RelationshipRow[]>();
  const sharedRelationships = new Map<RelationshipType, RelationshipRow[]>();
  const seenEdges = new Set<string>();
  for (const rel of result.relationships) {
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(rel.type)) invalid(documentId, `unknown relationship type ${rel.type}`);
    if (!nodesById.has(rel.from) || !nodesById.has(rel.to)) {
      invalid(documentId, `${rel.type} edge ${rel.from} → ${rel.to} points to a node the extraction does not contain`);
    }
    // One edge per (from, type, to): the graph has no parallel edges of one type, so a repeat would be merged anyway.
    const key = `${rel.from}\u0000${rel.type}\u0000${rel.to}`;
    if (seenEdges.has(key)) continue;
    seenEdges.add(key);
    const bothShared = SHARED_LABELS.has(nodesById.get(rel.from)!.label) && SHARED_LABELS.has(nodesById.get(rel.to)!.label);
    push(bothShared ? sharedRelationships : relationships, rel.type, {
      from: rel.from,
      to: rel.to,
      props: {
        ...storedProperties(documentId, rel.properties),
        documentId,
        quote: rel.evidence[0]?.quote ?? null,
        evidenceJson: JSON.stringify(rel.evidence),
      },
    });
  }
  const factsHash = hashOfRows([nodes, relationships, sharedRelationships], mentions);
  // Stored with the document (after hashing, so the hash is of the facts alone).
  for (const row of nodes.get('Document') ?? []) if (row.id === documentNode) row.props['factsHash'] = factsHash;
  return { documentId, contentHash: source.contentHash, factsHash, nodes, relationships, sharedRelationships, mentions };
}

/** A SHA-256 of the rows in the order the batch holds them (an extraction is deterministic, so the order is too). */
function hashOfRows(tables: ReadonlyArray<ReadonlyMap<string, ReadonlyArray<NodeRow | RelationshipRow>>>, mentions: readonly RelationshipRow[]): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    for (const [key, rows] of table) {
      hash.update(key);
      for (const row of rows) hash.update(JSON.stringify(row));
    }
  }
  for (const row of mentions) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

/**
 * The coverage notes stored with the document: how many fact-like sentences gave no fact, in how many sections, and
 * the notes themselves as JSON (Neo4j properties hold no maps). Results from before coverage notes store nothing.
 */
function coverageProperties(result: ExtractionResult): StoredProperties {
  if (result.notes === undefined) return {};
  return {
    uncoveredSentences: result.notes.reduce((sum, note) => sum + note.sentences, 0),
    uncoveredSections: result.notes.length,
    coverageNotesJson: JSON.stringify(result.notes),
  };
}

function mergeNodes(a: GraphNode, b: GraphNode): GraphNode {
  const evidence: Evidence[] = [...a.evidence];
  for (const e of b.evidence) if (!evidence.some((x) => x.start === e.start && x.end === e.end)) evidence.push(e);
  return { ...a, properties: { ...b.properties, ...a.properties }, evidence };
}

function storedProperties(documentId: string, properties: Readonly<Record<string, PropertyValue>>): StoredProperties {
  const out: StoredProperties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    out[key] = storable(documentId, key, value);
  }
  return out;
}

function storable(documentId: string, key: string, value: unknown): StoredValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalid(documentId, `property ${key} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value as string[];
    if (value.every((v) => typeof v === 'number' && Number.isFinite(v))) return value as number[];
  }
  return invalid(documentId, `property ${key} is not storable in Neo4j (nested or mixed value)`);
}

function regionOf(node: GraphNode, documentRegion: string | null): string | null {
  if (node.label === 'Region') return node.name;
  if (node.label === 'Department') return node.id.split(':')[1] ?? documentRegion;
  return SHARED_LABELS.has(node.label) ? null : documentRegion;
}

function aliasText(aliases: PropertyValue | undefined): string | null {
  return Array.isArray(aliases) && aliases.length > 0 ? aliases.join(' ') : null;
}

function quoteText(evidence: readonly Evidence[]): string {
  return evidence
    .map((e) => e.quote)
    .join(' ')
    .slice(0, MAX_QUOTE_TEXT);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function invalid(documentId: string, problem: string): never {
  throw new PolicyGraphError('BATCH_INVALID', `document ${documentId}: ${problem}`, { documentId });
}
