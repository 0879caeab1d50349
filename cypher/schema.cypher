// PolicyGraph schema. Applied at every start by the graph store; every statement is idempotent (IF NOT EXISTS).
// Every node carries the :Entity label next to its domain label, so one uniqueness constraint backs every MERGE
// and relationship ends are found by id without knowing their label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Facts owned by one document are found (and replaced) through this property.
CREATE INDEX entity_document IF NOT EXISTS FOR (n:Entity) ON (n.documentId);
CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX department_name IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE INDEX department_region IF NOT EXISTS FOR (n:Department) ON (n.region);
CREATE INDEX document_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash);
CREATE INDEX indicator_metric IF NOT EXISTS FOR (n:Indicator) ON (n.metric);
CREATE INDEX sector_type_key IF NOT EXISTS FOR (n:SectorType) ON (n.key);
CREATE INDEX goal_target_year IF NOT EXISTS FOR (n:Goal) ON (n.targetYear);
// The full-text indexes were named entity_text and clause_terms before Task nodes joined them; an index keeps the
// labels it was made with, so the old ones are dropped (once: IF EXISTS) and made again under new names.
DROP INDEX entity_text IF EXISTS;
DROP INDEX clause_terms IF EXISTS;
// Chinese full-text search over names, aliases and source quotes. The cjk analyzer indexes character bigrams,
// so 发改委 and 物流 match inside longer names without a segmenter.
CREATE FULLTEXT INDEX entity_text_search IF NOT EXISTS
FOR (n:Region|Document|Sector|SectorType|Goal|Indicator|Project|Task|Department|Place|Strategy|DepartmentFunction)
ON EACH [n.name, n.aliasText, n.quoteText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
// Similar clauses: Lucene BM25 over the words ingest segmented (jieba) and stored on goals, projects and tasks as `terms`.
// The whitespace analyzer keeps each stored word one token, so the index ranks the words ingest chose; cjk would cut
// them back into character bigrams.
CREATE FULLTEXT INDEX clause_terms_search IF NOT EXISTS
FOR (n:Goal|Project|Task)
ON EACH [n.terms]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
