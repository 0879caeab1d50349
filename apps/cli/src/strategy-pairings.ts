import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichExtraction } from '@policygraph/cross-region';
import { extractDocument } from '@policygraph/extract';

/** One (goal or project) → strategy pairing as the ingest stores it: an APPLIES edge and the clause that says it. */
export interface StrategyPairing {
  /** Stable key of the pairing: task id and strategy id. */
  readonly key: string;
  readonly documentId: string;
  readonly region: string | null;
  readonly strategy: string;
  readonly source: string;
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export const ROOT = join(__dirname, '..', '..', '..');

/** The default corpus of `npm start`: the seed plans in seeds/ and the work reports in its subfolders. */
export function defaultCorpusFiles(root: string = ROOT): string[] {
  return readdirSync(join(root, 'seeds'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every APPLIES pairing of the default corpus, extracted and enriched exactly as `npm start` ingests it (no database). */
export function corpusStrategyPairings(files: readonly string[] = defaultCorpusFiles()): StrategyPairing[] {
  const pairings: StrategyPairing[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fileName = file.split('/').pop()!;
    const documentId = fileName.replace(/\.txt$/, '');
    const result = enrichExtraction(extractDocument(text, { documentId, fileName }), text);
    for (const rel of result.relationships) {
      if (rel.type !== 'APPLIES') continue;
      const evidence = rel.evidence[0]!;
      pairings.push({
        key: `${rel.from} → ${rel.to}`,
        documentId,
        region: result.document.region,
        strategy: rel.to,
        source: String(rel.properties['source']),
        term: String(rel.properties['term']),
        start: evidence.start,
        end: evidence.end,
        quote: evidence.quote,
      });
    }
  }
  return pairings;
}

/** FNV-1a (32 bit) of a string: a fixed pseudo-random rank for each pairing under a seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * `size` pairings drawn at random under a seed: those whose hash of (seed, key) ranks lowest. Every pairing has the
 * same chance, and a code change that adds or drops a few pairings changes only those in the sample (the rest keep
 * their verdicts), where an index-based draw would reshuffle everything.
 */
export function samplePairings<T extends { key: string }>(items: readonly T[], size: number, seed: number): T[] {
  return items
    .map((item) => ({ item, rank: fnv1a(`${seed}:${item.key}`) }))
    .sort((a, b) => a.rank - b.rank || a.item.key.localeCompare(b.item.key))
    .slice(0, size)
    .map(({ item }) => item);
}

/** A hand-checked pairing: does the clause really name the strategy? (`null` = not judged yet). */
export interface JudgedPairing extends StrategyPairing {
  readonly correct: boolean | null;
  readonly note?: string;
}

export interface StrategyPairingGold {
  readonly description: string;
  readonly seed: number;
  readonly drawnFrom: number;
  readonly pairings: JudgedPairing[];
}

export const STRATEGY_GOLD = join(ROOT, 'test', 'gold', 'strategy-pairings.json');

/**
 * Precision of the pairings the code produces now, on the judged sample: only pairings still produced count (a
 * judged pairing the code no longer makes is reported as dropped, an unjudged one as pending).
 */
export function pairingPrecision(
  gold: StrategyPairingGold,
  current: readonly StrategyPairing[],
): { judged: number; correct: number; dropped: number; pending: number; wrong: JudgedPairing[] } {
  const produced = new Set(current.map((pairing) => pairing.key));
  let judged = 0;
  let correct = 0;
  let dropped = 0;
  let pending = 0;
  const wrong: JudgedPairing[] = [];
  for (const pairing of gold.pairings) {
    if (!produced.has(pairing.key)) dropped++;
    else if (pairing.correct === null) pending++;
    else {
      judged++;
      if (pairing.correct) correct++;
      else wrong.push(pairing);
    }
  }
  return { judged, correct, dropped, pending, wrong };
}
