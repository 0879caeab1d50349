import { extractDocument } from '@policygraph/extract';
import { batchSize, toGraphBatch, type GraphBatch } from '@policygraph/graph-model';
import { graphCounts, storeDocuments, type GraphConnection } from '@policygraph/graph-store';
import type { ExtractionResult } from '@policygraph/graph-types';
import { documentIdFromFileName } from '@policygraph/ingest';
import { round } from './bench-report';
import { seedFiles } from './seed-files';
import { syntheticVariant } from './synthetic-corpus';

/** Extractions of the five seed plans, the documents synthetic corpora are derived from. */
export function seedExtractions(): ExtractionResult[] {
  return seedFiles({ plansOnly: true }).map(({ file, text }) => extractDocument(text, { documentId: documentIdFromFileName(file), fileName: file }));
}

export interface CorpusLoad {
  readonly documents: number;
  readonly rows: number;
  readonly seconds: number;
  readonly statements: number;
}

/**
 * Loads synthetic variants of the seeds, `documentsPerTransaction` documents per write transaction, until the graph
 * holds `targetNodes` nodes and `targetRelationships` relationships. Variant numbers start at `firstVariant` so two
 * loads into one database never collide.
 */
export async function loadSyntheticCorpus(
  connection: GraphConnection,
  seeds: readonly ExtractionResult[],
  options: { targetNodes: number; targetRelationships?: number; documentsPerTransaction: number; firstVariant?: number; label?: string },
): Promise<CorpusLoad> {
  let rows = 0;
  let documents = 0;
  let statements = 0;
  let variant = options.firstVariant ?? 1;
  let counts = await graphCounts(connection);
  const started = performance.now();
  let lastReport = started;
  let pending: GraphBatch[] = [];
  // One writer: two transactions in flight measured no faster on this 2-core machine (16.4k vs 16.7k rows/s).
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const reports = await storeDocuments(connection, pending);
    statements += reports[0]!.statements;
    pending = [];
  };
  const enough = (): boolean => counts.nodes >= options.targetNodes && counts.relationships >= (options.targetRelationships ?? 0);
  while (!enough()) {
    for (const seed of seeds) {
      const batch = toGraphBatch(syntheticVariant(seed, variant), { contentHash: `v${variant}-${seed.document.id}`, fileName: `${seed.document.id}.txt` });
      const size = batchSize(batch);
      rows += size.nodes + size.relationships;
      documents++;
      pending.push(batch);
      if (pending.length >= options.documentsPerTransaction) await flush();
    }
    variant++;
    if (variant % 20 === 0) counts = await graphCounts(connection);
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      process.stderr.write(
        `${options.label ?? 'corpus'}: ${documents} documents, ~${counts.nodes} nodes, ~${counts.relationships} relationships, ${round(rows / ((lastReport - started) / 1000), 0)} rows/s\n`,
      );
    }
  }
  await flush();
  return { documents, rows, seconds: (performance.now() - started) / 1000, statements };
}
