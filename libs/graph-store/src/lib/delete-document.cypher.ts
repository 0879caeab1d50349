// Statements of deleteDocument, all parameterized: $documentId is the bare id, $documentNodeId 'document:<id>'.

/**
 * The document, the shared nodes it mentions with the evidence its MENTIONS edges hold, and the inferred departments
 * its tasks point to with their functions: what may go, or change, once its own facts are gone.
 */
export const DOCUMENT_AND_SHARED = `
  MATCH (d:Document {id: $documentNodeId})
  CALL (d) {
    OPTIONAL MATCH (d)-[m:MENTIONS]->(s:Entity) WHERE s.documentId IS NULL
    RETURN collect(CASE WHEN s IS NULL THEN NULL ELSE {id: s.id, evidenceJson: m.evidenceJson} END) AS mentions
  }
  CALL (d) {
    OPTIONAL MATCH (:Entity {documentId: $documentId})-[:RESPONSIBLE]->(dep:Department {inferred: true})
    OPTIONAL MATCH (dep)-[:HAS_FUNCTION]->(f:DepartmentFunction)
    RETURN collect(DISTINCT dep.id) + collect(DISTINCT f.id) AS inferred
  }
  RETURN d.title AS title, mentions, inferred`;

/** The document's own nodes, the Document node included, with every edge they carry (MENTIONS, inferred RESPONSIBLE …). */
export const DELETE_OWN_NODES = `
  MATCH (n:Entity {documentId: $documentId})
  DETACH DELETE n
  RETURN count(n) AS deleted`;

/**
 * Candidates no document mentions any more. One nothing needs goes. One other documents' facts still need (a
 * department their inferred owners point to, a function such a department has) stays; a department the deleted
 * document named becomes what inference calls it, a department no document names (inferred: true, no evidence, its
 * edges to shared nodes bare as inference writes them). Run for departments and the rest before functions, so a
 * function sees which departments remain.
 */
export const DELETE_UNMENTIONED = `
  UNWIND $ids AS id
  MATCH (s:Entity {id: id})
  WHERE (s:DepartmentFunction) = $functions AND NOT EXISTS { (:Document)-[:MENTIONS]->(s) }
  WITH s, EXISTS { ()-[:RESPONSIBLE]->(s) } OR EXISTS { (:Department)-[:HAS_FUNCTION]->(s) } AS needed
  CALL (s, needed) {
    WITH s, needed WHERE needed AND s.inferred IS NULL
    SET s.evidenceJson = '[]', s.quoteText = ''
    SET s.inferred = CASE WHEN s:Department THEN true ELSE null END
    WITH s
    OPTIONAL MATCH (s)-[r {documentId: $documentId}]->()
    SET r = {}
    RETURN 0 AS deleted
    UNION
    WITH s, needed WHERE NOT needed
    DETACH DELETE s
    RETURN 1 AS deleted
  }
  RETURN sum(deleted) AS deleted`;

/**
 * Edges between two remaining shared nodes that this document wrote last (OF_REGION, PART_OF, HAS_FUNCTION carry the
 * documentId of the last document stating them). When another document mentions both ends it states the edge too:
 * the edge stays, with that document's evidence of the start node (how extraction writes these edges' evidence).
 * Otherwise only the deleted document supported it, and it goes.
 */
export const DELETE_SHARED_EDGES = `
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r {documentId: $documentId}]->(b:Entity)
  OPTIONAL MATCH (other:Document)-[m:MENTIONS]->(a)
  WHERE EXISTS { (other)-[:MENTIONS]->(b) }
  WITH r, other, m ORDER BY other.id
  WITH r, collect(CASE WHEN other IS NULL THEN NULL ELSE {documentId: other.documentId, evidenceJson: m.evidenceJson} END)[0] AS keeper
  CALL (r, keeper) {
    WITH r, keeper WHERE keeper IS NULL
    DELETE r
    RETURN 1 AS deleted
    UNION
    WITH r, keeper WHERE keeper IS NOT NULL
    SET r.documentId = keeper.documentId, r.evidenceJson = keeper.evidenceJson, r.quote = null
    RETURN 0 AS deleted
  }
  RETURN sum(deleted) AS deleted`;

/**
 * Shared nodes other documents still mention whose evidence came from the deleted one (a shared node keeps the
 * properties of the last document that wrote it): they take another document's evidence of them.
 */
export const REPOINT_SHARED_EVIDENCE = `
  UNWIND $mentions AS mention
  MATCH (s:Entity {id: mention.id})
  WHERE s.evidenceJson = mention.evidenceJson
  MATCH (other:Document)-[m:MENTIONS]->(s)
  WITH s, m ORDER BY other.id
  WITH s, collect(m)[0] AS m
  SET s.evidenceJson = m.evidenceJson, s.quoteText = m.quoteText
  RETURN count(s) AS repointed`;
