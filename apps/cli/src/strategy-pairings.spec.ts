import { readFileSync } from 'node:fs';
import {
  corpusStrategyPairings,
  defaultCorpusFiles,
  pairingPrecision,
  samplePairings,
  STRATEGY_GOLD,
  type StrategyPairing,
  type StrategyPairingGold,
} from './strategy-pairings';

describe('strategy pairings of the default corpus against the hand-checked sample', () => {
  const files = defaultCorpusFiles();
  let pairings: StrategyPairing[];
  beforeAll(() => {
    pairings = corpusStrategyPairings(files);
  }, 120_000);

  it('holds precision ≥ 0.9 on at least 100 judged pairings the code still makes', () => {
    const gold = JSON.parse(readFileSync(STRATEGY_GOLD, 'utf8')) as StrategyPairingGold;
    const score = pairingPrecision(gold, pairings);
    expect(score.judged).toBeGreaterThanOrEqual(100);
    expect(score.correct / score.judged).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes each pairing as the exact slice of its document, with the term in it', () => {
    const texts = new Map(
      files.map((file) => [
        file
          .split('/')
          .pop()!
          .replace(/\.txt$/, ''),
        readFileSync(file, 'utf8'),
      ]),
    );
    expect(files.length).toBeGreaterThanOrEqual(36);
    for (const pairing of pairings) {
      expect(texts.get(pairing.documentId)!.slice(pairing.start, pairing.end)).toBe(pairing.quote);
      // Terms were matched on normalized text (Kangxi radicals → ideographs, spaces dropped).
      expect(pairing.quote.normalize('NFKC').replace(/\s/g, '')).toContain(pairing.term.normalize('NFKC'));
    }
  });

  it('draws the same sample for the same seed, and a pairing removed changes only its own place', () => {
    const first = samplePairings(pairings, 120, 16);
    expect(samplePairings([...pairings].reverse(), 120, 16)).toEqual(first);
    const without = samplePairings(
      pairings.filter((pairing) => pairing.key !== first[0]!.key),
      120,
      16,
    );
    expect(without.slice(0, 119)).toEqual(first.slice(1));
  });
});
