/**
 * bench/extract: end-to-end extraction throughput on the default corpus, every .txt under seeds/ (MB/s of UTF-8, one core: the loop
 * is single threaded), and in the same run a bare NFKC-plus-sentence-split pass over the same text as the floor.
 *
 * Measured where the ingest extracts: in a worker thread with the reader workers' V8 limits (readerResourceLimits). The same rounds
 * in a worker with Node's default limits are reported beside it, so what the heap sizing gives is visible.
 *   npm run bench:extract
 */
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { DEFAULT_READER_LIMITS, readerResourceLimits } from '@policygraph/ingest';
import { round, writeBenchResult, percentile } from './support/bench-report';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);

interface Rounds {
  readonly documents: number;
  readonly utf8Bytes: number;
  readonly facts: number;
  readonly sentences: number;
  /** Milliseconds per pass over the corpus, sorted. */
  readonly extraction: number[];
  readonly floor: number[];
}

function timeInWorker(resourceLimits: ResourceLimits | undefined): Promise<Rounds> {
  return new Promise((resolve, reject) => {
    // execArgv: [] keeps this process's `-r @swc-node/register` out: the worker registers it itself.
    const worker = new Worker(join(__dirname, 'support', 'extraction-rounds.worker.cjs'), { execArgv: [], workerData: { rounds: ROUNDS }, resourceLimits });
    worker.once('message', (rounds: Rounds) => {
      resolve(rounds);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const median = (times: readonly number[]): number => percentile(times, 50);

async function main(): Promise<void> {
  const limits = readerResourceLimits(DEFAULT_READER_LIMITS);
  const reader = await timeInWorker(limits);
  const nodeDefaults = await timeInWorker(undefined);
  const mb = reader.utf8Bytes / 1_000_000;
  const throughput = (times: readonly number[]): number => round(mb / (median(times) / 1000));
  writeBenchResult('extract', {
    corpus: { documents: reader.documents, utf8Bytes: reader.utf8Bytes, factsPerPass: reader.facts, sentencesPerPass: reader.sentences },
    rounds: ROUNDS,
    extraction: {
      readerWorker: { maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb },
      medianMsAllSeeds: round(median(reader.extraction)),
      p95MsAllSeeds: round(percentile(reader.extraction, 95)),
      mbPerSecondPerCore: throughput(reader.extraction),
    },
    extractionNodeDefaultHeap: {
      medianMsAllSeeds: round(median(nodeDefaults.extraction)),
      mbPerSecondPerCore: throughput(nodeDefaults.extraction),
    },
    floorNfkcSentenceSplit: {
      medianMsAllSeeds: round(median(reader.floor), 3),
      mbPerSecondPerCore: throughput(reader.floor),
    },
    extractionOverFloorTime: round(median(reader.extraction) / median(reader.floor), 1),
    readerHeapOverNodeDefault: round(median(nodeDefaults.extraction) / median(reader.extraction), 2),
    targets: { mbPerSecondPerCore: 20 },
  });
}

void main();
