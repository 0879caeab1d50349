/**
 * bench/extract: end-to-end extraction throughput on the default corpus, every .txt under seeds/ (MB/s of UTF-8, one core: this loop is single
 * threaded), and in the same run a bare NFKC-plus-sentence-split pass over the same text as the floor.
 *   npm run bench:extract
 */
import { extractDocument } from '@policygraph/extract';
import { round, writeBenchResult, percentile } from './support/bench-report';
import { seedFiles } from './support/seed-files';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);

const texts = seedFiles();
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text, 'utf8'), 0);

/** The floor: what any extractor must at least do (normalize, split into sentences). */
function bareNormalizeAndSplit(text: string): number {
  return text.normalize('NFKC').split(/[。！？；\n]/).length;
}

function timeRounds(run: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

// Warm-up: the JIT and the lazily built dictionaries (automata) are not what we measure.
for (let i = 0; i < 3; i++) for (const { file, text } of texts) extractDocument(text, { documentId: file, fileName: file });

let facts = 0;
const extraction = timeRounds(() => {
  facts = 0;
  for (const { file, text } of texts) {
    const result = extractDocument(text, { documentId: file, fileName: file });
    facts += result.nodes.length + result.relationships.length;
  }
});
let sentences = 0;
const floor = timeRounds(() => {
  sentences = 0;
  for (const { text } of texts) sentences += bareNormalizeAndSplit(text);
});

const mb = bytes / 1_000_000;
const median = (times: number[]): number => percentile(times, 50);
writeBenchResult('extract', {
  corpus: { documents: texts.length, utf8Bytes: bytes, factsPerPass: facts, sentencesPerPass: sentences },
  rounds: ROUNDS,
  extraction: {
    medianMsAllSeeds: round(median(extraction)),
    p95MsAllSeeds: round(percentile(extraction, 95)),
    mbPerSecondPerCore: round(mb / (median(extraction) / 1000)),
  },
  floorNfkcSentenceSplit: {
    medianMsAllSeeds: round(median(floor), 3),
    mbPerSecondPerCore: round(mb / (median(floor) / 1000)),
  },
  extractionOverFloorTime: round(median(extraction) / median(floor), 1),
  targets: { mbPerSecondPerCore: 20 },
});
