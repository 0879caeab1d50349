import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { corpusStrategyPairings, samplePairings, STRATEGY_GOLD, type JudgedPairing, type StrategyPairingGold } from './strategy-pairings';

/**
 * `npm run strategy-sample [size] [seed]`: draws a seeded random sample of the default corpus's strategy pairings into
 * test/gold/strategy-pairings.json for checking by hand. Verdicts already in the file are kept (same pairing key).
 */
const size = Number(process.argv[2] ?? 120);
const seed = Number(process.argv[3] ?? 16);
const pairings = corpusStrategyPairings();
const previous = existsSync(STRATEGY_GOLD) ? (JSON.parse(readFileSync(STRATEGY_GOLD, 'utf8')) as StrategyPairingGold) : null;
const verdicts = new Map((previous?.pairings ?? []).map((pairing) => [pairing.key, pairing]));
const drawn: JudgedPairing[] = samplePairings(pairings, size, seed).map((pairing) => {
  const known = verdicts.get(pairing.key);
  return { ...pairing, correct: known?.correct ?? null, ...(known?.note ? { note: known.note } : {}) };
});
const gold: StrategyPairingGold = {
  description:
    'Strategy pairings (goal/project APPLIES strategy) drawn at random (seed below) from the whole default corpus and checked by hand: correct when the clause really names the strategy (not a substring of an unrelated word, not another sense, not speech or meta text). `npm run eval` reports the precision.',
  seed,
  drawnFrom: pairings.length,
  pairings: drawn,
};
writeFileSync(STRATEGY_GOLD, `${JSON.stringify(gold, null, 1)}\n`);
process.stdout.write(
  `${drawn.length} of ${pairings.length} pairings drawn (seed ${seed}) into ${STRATEGY_GOLD}; ${drawn.filter((p) => p.correct === null).length} to judge\n`,
);
