import type { GraphConnection } from '@policygraph/graph-store';
import { ingestPaths } from '@policygraph/ingest';
import { round } from './bench-report';
import { SEEDS } from './seed-files';

export interface IngestedCorpus {
  readonly files: number;
  readonly failed: number;
  readonly ingestSeconds: number;
}

/** Loads the default corpus (seeds/, the work reports with it) into a bench database, timed, for benches that query it. */
export async function ingestDefaultCorpus(connection: GraphConnection): Promise<IngestedCorpus> {
  const start = performance.now();
  const summary = await ingestPaths(connection, [SEEDS]);
  const ingestSeconds = round((performance.now() - start) / 1000, 1);
  process.stderr.write(`default corpus ingested in ${ingestSeconds} s\n`);
  return { files: summary.files, failed: summary.failed, ingestSeconds };
}
