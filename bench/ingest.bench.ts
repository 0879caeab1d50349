/**
 * bench/ingest: batched loader vs a naive one-transaction-per-row loader, in the same run on the same server, and the
 * time to load a corpus of ≥ BENCH_NODES nodes (default 1,000,000) derived from the seeds.
 *   npm run bench:ingest            (BENCH_NODES=200000 for a quicker run)
 */
import { batchSize, toGraphBatch, type GraphBatch } from '@policygraph/graph-model';
import { graphCounts, storeDocument, type GraphConnection } from '@policygraph/graph-store';
import { loadSyntheticCorpus, seedExtractions } from './support/build-corpus';
import { startBenchDatabase } from './support/bench-neo4j';
import { round, writeBenchResult } from './support/bench-report';
import { syntheticVariant } from './support/synthetic-corpus';

const TARGET_NODES = Number(process.env['BENCH_NODES'] ?? 1_000_000);
const TARGET_RELATIONSHIPS = Number(process.env['BENCH_RELATIONSHIPS'] ?? 3 * TARGET_NODES);
const NAIVE_ROWS = Number(process.env['BENCH_NAIVE_ROWS'] ?? 3_000);
const PER_DOCUMENT_SLICE = Number(process.env['BENCH_PER_DOCUMENT_DOCS'] ?? 100);
/** Bulk loads put several documents in one transaction (all or none of them); ingest of single files uses one. */
const DOCUMENTS_PER_TRANSACTION = Number(process.env['BENCH_DOCS_PER_TX'] ?? 25);

/** The baseline: every node and relationship MERGEd in its own write transaction, as a naive loader does. */
async function naiveLoad(connection: GraphConnection, batch: GraphBatch, maxRows: number): Promise<number> {
  let rows = 0;
  for (const [label, nodes] of batch.nodes) {
    for (const node of nodes) {
      if (rows >= maxRows) return rows;
      await connection.driver.executeQuery(`MERGE (n:Entity {id: $id}) SET n:${label} SET n += $props`, { id: node.id, props: node.props });
      rows++;
    }
  }
  for (const [type, rels] of batch.relationships) {
    for (const rel of rels) {
      if (rows >= maxRows) return rows;
      await connection.driver.executeQuery(`MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:${type}]->(b) SET r += $props`, rel);
      rows++;
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const seeds = seedExtractions();
  const seedRows = seeds.map((s) => s.nodes.length + s.relationships.length).reduce((a, b) => a + b, 0);
  const db = await startBenchDatabase();
  try {
    // Naive baseline on a slice: variant 0 of every seed, capped at NAIVE_ROWS rows.
    const naiveBatches = seeds.map((seed) => toGraphBatch(syntheticVariant(seed, 0), { contentHash: 'naive', fileName: 'naive' }));
    let naiveRows = 0;
    const naiveStart = performance.now();
    for (const batch of naiveBatches) naiveRows += await naiveLoad(db.connection, batch, NAIVE_ROWS - naiveRows);
    const naiveSeconds = (performance.now() - naiveStart) / 1000;
    await db.connection.driver.executeQuery('MATCH (n) DETACH DELETE n');

    // Batched loader, one document per transaction (what `npm run ingest` does), on a slice.
    const perDocStart = performance.now();
    let perDocRows = 0;
    let perDocStatements = 0;
    for (let i = 0; i < PER_DOCUMENT_SLICE; i++) {
      const seed = seeds[i % seeds.length]!;
      const batch = toGraphBatch(syntheticVariant(seed, 100_000 + Math.floor(i / seeds.length)), { contentHash: `per-document-${i}`, fileName: 'p' });
      const report = await storeDocument(db.connection, batch);
      const size = batchSize(batch);
      perDocRows += size.nodes + size.relationships;
      perDocStatements += report.statements;
    }
    const perDocSeconds = (performance.now() - perDocStart) / 1000;
    await db.connection.driver.executeQuery('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS').catch(async () => {
      const session = db.connection.driver.session();
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
    });

    // Bulk: DOCUMENTS_PER_TRANSACTION documents per transaction, until the graph holds TARGET_NODES nodes.
    const bulk = await loadSyntheticCorpus(db.connection, seeds, {
      targetNodes: TARGET_NODES,
      targetRelationships: TARGET_RELATIONSHIPS,
      documentsPerTransaction: DOCUMENTS_PER_TRANSACTION,
      label: 'bench:ingest',
    });
    const { documents, statements } = bulk;
    const loadedRows = bulk.rows;
    const batchedSeconds = bulk.seconds;
    const counts = await graphCounts(db.connection);
    const naiveRate = naiveRows / naiveSeconds;
    const batchedRate = loadedRows / batchedSeconds;
    const perDocRate = perDocRows / perDocSeconds;
    writeBenchResult('ingest', {
      seedDocuments: seeds.length,
      seedFactsPerCorpusCopy: seedRows,
      naive: { rows: naiveRows, seconds: round(naiveSeconds), rowsPerSecond: round(naiveRate, 0) },
      batchedOneDocumentPerTransaction: {
        documents: PER_DOCUMENT_SLICE,
        rows: perDocRows,
        seconds: round(perDocSeconds),
        rowsPerSecond: round(perDocRate, 0),
        statementsPerDocument: round(perDocStatements / PER_DOCUMENT_SLICE, 1),
      },
      batchedBulk: {
        documentsPerTransaction: DOCUMENTS_PER_TRANSACTION,
        documents,
        rows: loadedRows,
        seconds: round(batchedSeconds),
        rowsPerSecond: round(batchedRate, 0),
        statementsPerDocument: round(statements / documents, 2),
        factsPerDocument: round(loadedRows / documents, 0),
      },
      oneDocumentPerTransactionOverNaive: round(perDocRate / naiveRate, 1),
      bulkOverNaive: round(batchedRate / naiveRate, 1),
      graph: counts,
      corpusLoadSeconds: round(batchedSeconds, 1),
      targets: { batchedOverNaive: 20, rowsPerSecond: 50_000, corpusLoadSeconds: 300, nodes: 1_000_000, relationships: 3_000_000 },
    });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
