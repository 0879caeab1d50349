import type { NodeLabel, RelationshipType } from '@policygraph/graph-types';

/** A Neo4j-storable property value: no nested objects, no undefined. */
export type StoredValue = string | number | boolean | null | string[] | number[];
export type StoredProperties = Record<string, StoredValue>;

export interface NodeRow {
  readonly id: string;
  readonly props: StoredProperties;
}

export interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly props: StoredProperties;
}

/** Shared nodes meet across documents (one Department per region and name); the rest belong to one document. */
export const SHARED_LABELS: ReadonlySet<NodeLabel> = new Set<NodeLabel>(['Region', 'SectorType', 'Department', 'Place', 'Strategy', 'DepartmentFunction']);

/** Everything one document contributes, grouped so the loader sends one statement per label and type. */
export interface GraphBatch {
  readonly documentId: string;
  readonly contentHash: string;
  /**
   * A hash of every row the batch writes: two extractions of the same text differ here when the extractor changed, so
   * a store after an upgrade replaces the facts an older extractor left (the content hash alone would call them unchanged).
   */
  readonly factsHash: string;
  readonly nodes: ReadonlyMap<NodeLabel, readonly NodeRow[]>;
  /** Edges with at least one end owned by this document: new after the old version is removed, so CREATEd. */
  readonly relationships: ReadonlyMap<RelationshipType, readonly RelationshipRow[]>;
  /** Edges between two shared nodes (e.g. Department OF_REGION Region): other documents may state them too, so MERGEd. */
  readonly sharedRelationships: ReadonlyMap<RelationshipType, readonly RelationshipRow[]>;
  /** Evidence of each shared node in this document, stored on the document's MENTIONS edge. */
  readonly mentions: readonly RelationshipRow[];
}

export function batchSize(batch: GraphBatch): { nodes: number; relationships: number } {
  let nodes = 0;
  let relationships = batch.mentions.length;
  for (const rows of batch.nodes.values()) nodes += rows.length;
  for (const rows of batch.relationships.values()) relationships += rows.length;
  for (const rows of batch.sharedRelationships.values()) relationships += rows.length;
  return { nodes, relationships };
}
