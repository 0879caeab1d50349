import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '@policygraph/graph-types';

// Labels and relationship types cannot be Cypher parameters, so there is one constant statement per label and per
// type, built from the closed lists in graph-types (never from input). Rows always travel as $rows.

function perLabel(statement: (label: NodeLabel) => string): Record<NodeLabel, string> {
  return Object.fromEntries(NODE_LABELS.map((label) => [label, statement(label)])) as Record<NodeLabel, string>;
}

function perType(statement: (type: RelationshipType) => string): Record<RelationshipType, string> {
  return Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, statement(type)])) as Record<RelationshipType, string>;
}

/** A document's own nodes are new (its previous version was just removed): CREATE, checked by the id constraint. */
export const CREATE_NODES = perLabel(
  (label) => `UNWIND $rows AS row
   CREATE (n:Entity:${label} {id: row.id})
   SET n += row.props`,
);

/** Shared nodes (regions, departments, sector types, places) may already exist: MERGE on the id constraint. */
export const MERGE_NODES = perLabel(
  (label) => `UNWIND $rows AS row
   MERGE (n:Entity {id: row.id})
   SET n:${label}
   SET n += row.props`,
);

export const CREATE_RELATIONSHIPS = perType(
  (type) => `UNWIND $rows AS row
   MATCH (a:Entity {id: row.from})
   MATCH (b:Entity {id: row.to})
   CREATE (a)-[r:${type}]->(b)
   SET r = row.props`,
);

export const MERGE_RELATIONSHIPS = perType(
  (type) => `UNWIND $rows AS row
   MATCH (a:Entity {id: row.from})
   MATCH (b:Entity {id: row.to})
   MERGE (a)-[r:${type}]->(b)
   SET r += row.props`,
);

/** The stored version of each document (its text and its facts), and another document already holding the same text, if any. */
export const STORED_HASHES = `
  UNWIND $documents AS doc
  OPTIONAL MATCH (d:Document {id: doc.id})
  OPTIONAL MATCH (same:Document {contentHash: doc.contentHash}) WHERE same.id <> doc.id
  RETURN doc.id AS id, d.contentHash AS contentHash, d.factsHash AS factsHash, collect(same.documentId)[0] AS duplicateOf`;

/** Shared nodes the previous versions mentioned: candidates for orphan removal after the swap. */
export const PREVIOUS_SHARED_MENTIONS = `
  UNWIND $documentNodeIds AS id
  MATCH (:Document {id: id})-[:MENTIONS]->(s:Entity)
  WHERE s.documentId IS NULL
  RETURN collect(DISTINCT s.id) AS ids`;

/** Removes the documents' own nodes (the Document nodes included) and with them every edge they carry. */
export const DELETE_DOCUMENT_FACTS = `
  UNWIND $documentIds AS documentId
  MATCH (n:Entity {documentId: documentId})
  DETACH DELETE n
  RETURN count(n) AS deleted`;

/** A shared node no document mentions any more is an orphan. */
export const DELETE_ORPHANS = `
  UNWIND $ids AS id
  MATCH (s:Entity {id: id})
  WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(s) }
  DETACH DELETE s
  RETURN count(s) AS deleted`;
