import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@policygraph/graph-types';

// Labels and relationship types cannot be Cypher parameters, so there is one constant statement per label and per
// type, built from the closed lists in graph-types (never from input). Rows always travel as $rows.

export const UPSERT_NODES: Record<NodeLabel, string> = Object.fromEntries(
  NODE_LABELS.map((label) => [
    label,
    `UNWIND $rows AS row
     MERGE (n:Entity {id: row.id})
     SET n:${label}
     SET n += row.props`,
  ]),
) as Record<NodeLabel, string>;

export const UPSERT_RELATIONSHIPS: Record<RelationshipType, string> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from})
     MATCH (b:Entity {id: row.to})
     MERGE (a)-[r:${type}]->(b)
     SET r += row.props`,
  ]),
) as Record<RelationshipType, string>;

export const STORED_HASH = `MATCH (d:Document {id: $documentNodeId}) RETURN d.contentHash AS contentHash`;

/** Shared nodes the previous version mentioned: candidates for orphan removal after the swap. */
export const PREVIOUS_SHARED_MENTIONS = `
  MATCH (:Document {id: $documentNodeId})-[:MENTIONS]->(s:Entity)
  WHERE s.documentId IS NULL
  RETURN collect(s.id) AS ids`;

/** Removes the document's own nodes (the Document node included) and with them every edge they carry. */
export const DELETE_DOCUMENT_FACTS = `
  MATCH (n:Entity {documentId: $documentId})
  DETACH DELETE n
  RETURN count(n) AS deleted`;

/** A shared node no document mentions any more is an orphan. */
export const DELETE_ORPHANS = `
  UNWIND $ids AS id
  MATCH (s:Entity {id: id})
  WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(s) }
  DETACH DELETE s
  RETURN count(s) AS deleted`;
