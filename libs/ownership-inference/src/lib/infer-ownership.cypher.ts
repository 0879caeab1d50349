/** Tasks (goals, projects, tasks) with the sector type above them, the functions of their stated owners, and their text. */
export const READ_TASKS = `
  MATCH (t:Entity) WHERE t:Goal OR t:Project OR t:Task
  OPTIONAL MATCH (st:SectorType)<-[:INSTANCE_OF]-(:Sector)-[:HAS_GOAL]->(:Goal)-[:PURSUED_BY*0..1]->(t)
  OPTIONAL MATCH (t)-[r:RESPONSIBLE {basis: 'stated'}]->(d:Department)
  WITH t, head(collect(DISTINCT st.key)) AS sector,
       [x IN collect(DISTINCT {role: r.role, presumedLead: r.presumedLead, function: d.function, department: d.id}) WHERE x.department IS NOT NULL] AS owners
  RETURN t.id AS id, t.documentId AS documentId, t.region AS region, t.name AS name,
         coalesce(t.bodyText, t.statement, t.name) AS text, coalesce(t.terms, []) AS terms, sector, owners,
         t.evidenceJson AS evidenceJson
  ORDER BY t.documentId, t.id`;

/** The departments of the regions inference writes to. */
export const READ_REGION_DEPARTMENTS = `
  MATCH (d:Department) WHERE d.region IN $regions
  RETURN d.id AS id, d.name AS name, d.region AS region, d.function AS function, d.kind AS kind,
         coalesce(d.inferred, false) AS inferred, COUNT { (:Entity)-[:RESPONSIBLE {basis: 'stated'}]->(d) } AS statedTasks`;

/** A document's previous inferred edges: replaced as a whole, stated edges untouched. */
export const DELETE_INFERRED_EDGES = `
  MATCH (t:Entity {documentId: $documentId})-[r:RESPONSIBLE {basis: 'inferred'}]->()
  DELETE r
  RETURN count(r) AS deleted`;

/** Departments no document names that inference needs; MERGE so a stated department of the same id is reused. */
export const MERGE_INFERRED_DEPARTMENTS = `
  UNWIND $rows AS row
  MERGE (d:Entity {id: row.id})
  ON CREATE SET d:Department, d += row.props, d.inferred = true
  WITH d, row
  MATCH (region:Region {name: row.region})
  MERGE (d)-[:OF_REGION]->(region)
  WITH d, row
  MERGE (f:Entity {id: row.functionId})
  ON CREATE SET f:DepartmentFunction, f.name = row.function, f.key = row.function, f.label = 'DepartmentFunction'
  MERGE (d)-[:HAS_FUNCTION]->(f)`;

export const CREATE_INFERRED_EDGES = `
  UNWIND $rows AS row
  MATCH (t:Entity {id: row.from})
  MATCH (d:Entity {id: row.to})
  WHERE NOT EXISTS { (t)-[:RESPONSIBLE {basis: 'stated'}]->(d) }
  CREATE (t)-[r:RESPONSIBLE]->(d)
  SET r = row.props
  RETURN count(r) AS created`;

/** Inferred departments nothing points to any more are removed; one a document now names is no longer inferred. */
export const CLEAN_INFERRED_DEPARTMENTS = `
  CALL {
    MATCH (d:Department {inferred: true})
    WHERE NOT EXISTS { ()-[:RESPONSIBLE]->(d) } AND NOT EXISTS { (:Document)-[:MENTIONS]->(d) }
    DETACH DELETE d
    RETURN count(d) AS removed
  }
  CALL {
    MATCH (d:Department {inferred: true})
    WHERE EXISTS { (:Document)-[:MENTIONS]->(d) }
    REMOVE d.inferred
    RETURN count(d) AS named
  }
  RETURN removed, named`;
