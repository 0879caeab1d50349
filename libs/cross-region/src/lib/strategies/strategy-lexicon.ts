import lexicon from '../../../data/strategy-lexicon.json';
import { wordBoundaries } from '../text/policy-segmenter';

export interface StrategyEntry {
  readonly key: string;
  readonly name: string;
  readonly terms: readonly string[];
  readonly source: string;
}

export interface LexiconMatch {
  readonly strategy: StrategyEntry;
  readonly term: string;
  /** Offsets into the searched text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export const STRATEGY_LEXICON: readonly StrategyEntry[] = lexicon.strategies;

/** Every lexicon term, longest first, so 先进制造业和现代服务业 is found before a shorter term inside it. */
const TERMS = STRATEGY_LEXICON.flatMap((strategy) => strategy.terms.map((term) => ({ strategy, term }))).sort((a, b) => b.term.length - a.term.length);

/**
 * The strategies a text applies, each once, at its first occurrence. A term counts only as a word of the text (both
 * ends on word boundaries): 绿色化 in 绿色化工 or 低碳 in a longer unrelated word is not the strategy. Overlapping terms
 * resolve to the longest (数字化转型 over 数字化), so one wording never counts for two strategies.
 */
export function matchStrategies(text: string, boundaries: Uint8Array = wordBoundaries(text)): LexiconMatch[] {
  const taken = new Uint8Array(text.length);
  const found: LexiconMatch[] = [];
  for (const { strategy, term } of TERMS) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      if (!boundaries[at] || !boundaries[at + term.length]) continue;
      let free = true;
      for (let i = at; i < at + term.length; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, at, at + term.length);
      found.push({ strategy, term, start: at, end: at + term.length });
    }
  }
  const first = new Map<string, LexiconMatch>();
  for (const match of found.sort((a, b) => a.start - b.start)) if (!first.has(match.strategy.key)) first.set(match.strategy.key, match);
  return [...first.values()];
}

/** True when a phrase is, contains or is contained in a lexicon term: mining then adds nothing the lexicon knows. */
export function lexiconCovers(phrase: string): boolean {
  return TERMS.some(({ term }) => term.includes(phrase) || phrase.includes(term));
}
