import { matchingConventions, OWNERSHIP_CONVENTIONS, type OwnershipConvention } from './ownership-conventions';

/** A task whose owners a document states: what it is about, and the functions of its lead and support departments. */
export interface OwnershipExample {
  readonly terms: readonly string[];
  readonly sector: string | null;
  readonly leadFunctions: readonly string[];
  readonly supportFunctions: readonly string[];
}

/** A task to find owners for. `text` is its wording without any 责任单位 clause. */
export interface OwnershipQuestion {
  readonly terms: readonly string[];
  readonly sector: string | null;
  readonly text: string;
}

export interface RankedFunction {
  readonly function: string;
  readonly score: number;
  /** Share of the total score of all candidates, 0–1. */
  readonly confidence: number;
  /** What contributed most, e.g. `learned:物流` (from stated tasks) or `convention:现代物流` (from the table). */
  readonly rule: string;
}

/** What stated ownership teaches: for each feature (a word or `sector:<key>`), how often each function led or supported. */
export interface OwnershipModel {
  readonly examples: number;
  readonly lead: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly support: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Examples each feature occurs in. */
  readonly documentFrequency: ReadonlyMap<string, number>;
}

/** Support counts teach less about who leads than lead counts do. */
const SUPPORT_WEIGHT = 0.25;
/** A word seen with a single stated task teaches that task's owner, not a rule: learning needs two. */
const MIN_FEATURE_EXAMPLES = 2;
/**
 * Weights of the two voices, each a distribution over functions. Measured by leave-one-out on Qinghai's 20 stated
 * tasks (libs/ownership-evaluation): learned weights above 0.5 lose first-place hits (12/20 at 0.5, 9/20
 * at 0.7), because one province's tasks each have their own topic; 0.35 keeps the table's 15/20 while letting what
 * stated documents teach reorder close calls.
 */
export const LEARNED_WEIGHT = 0.35;
export const CONVENTION_WEIGHT = 1 - LEARNED_WEIGHT;

function features(terms: readonly string[], sector: string | null): string[] {
  const set = new Set(terms);
  if (sector) set.add(`sector:${sector}`);
  return [...set];
}

export function learnOwnership(examples: readonly OwnershipExample[]): OwnershipModel {
  const lead = new Map<string, Map<string, number>>();
  const support = new Map<string, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  const add = (table: Map<string, Map<string, number>>, feature: string, fn: string) => {
    const row = table.get(feature) ?? new Map<string, number>();
    row.set(fn, (row.get(fn) ?? 0) + 1);
    table.set(feature, row);
  };
  for (const example of examples) {
    for (const feature of features(example.terms, example.sector)) {
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
      for (const fn of new Set(example.leadFunctions)) add(lead, feature, fn);
      for (const fn of new Set(example.supportFunctions)) add(support, feature, fn);
    }
  }
  return { examples: examples.length, lead, support, documentFrequency };
}

/**
 * Department functions ranked for leading a task, from two distributions over functions:
 * - learned: each feature of the task seen with at least two stated tasks votes for the functions that led (and,
 *   weakly, supported) them, weighted by how specific the feature is (inverse document frequency: 服务业 is
 *   everywhere, 物流 is not), normalized by the total weight;
 * - conventions: every topic whose keywords the task uses votes for its lead functions in order (and weakly for its
 *   support functions), weighted by how often the task uses the keywords.
 * Functions with no vote are not candidates.
 */
export function rankFunctions(
  model: OwnershipModel,
  question: OwnershipQuestion,
  conventions: readonly OwnershipConvention[] = OWNERSHIP_CONVENTIONS,
): RankedFunction[] {
  const learned = new Votes();
  for (const feature of features(question.terms, question.sector)) {
    const df = model.documentFrequency.get(feature) ?? 0;
    if (df < MIN_FEATURE_EXAMPLES) continue;
    const weight = Math.log(1 + model.examples / df);
    learned.weigh(weight);
    for (const [fn, count] of model.lead.get(feature) ?? []) learned.vote(fn, (weight * count) / df, `learned:${feature}`);
    for (const [fn, count] of model.support.get(feature) ?? []) learned.vote(fn, (SUPPORT_WEIGHT * weight * count) / df, `learned:${feature}`);
  }
  const conventional = new Votes();
  for (const { convention, keyword, hits } of matchingConventions(question.text, conventions)) {
    const weight = Math.log(1 + hits);
    conventional.weigh(weight);
    const rule = `convention:${convention.topic}(${keyword})`;
    convention.lead.forEach((fn, rank) => conventional.vote(fn, weight / (rank + 1), rule));
    convention.support.forEach((fn) => conventional.vote(fn, SUPPORT_WEIGHT * weight, rule));
  }
  const combined = new Map<string, { score: number; rule: string; best: number }>();
  for (const [votes, share] of [
    [learned, LEARNED_WEIGHT],
    [conventional, CONVENTION_WEIGHT],
  ] as const) {
    for (const [fn, entry] of votes.normalized()) {
      const amount = share * entry.score;
      const known = combined.get(fn) ?? { score: 0, rule: entry.rule, best: 0 };
      known.score += amount;
      if (amount > known.best) {
        known.best = amount;
        known.rule = entry.rule;
      }
      combined.set(fn, known);
    }
  }
  const total = [...combined.values()].reduce((sum, entry) => sum + entry.score, 0);
  return [...combined.entries()]
    .map(([fn, entry]) => ({ function: fn, score: entry.score, confidence: total > 0 ? entry.score / total : 0, rule: entry.rule }))
    .sort((a, b) => b.score - a.score || a.function.localeCompare(b.function));
}

/** Votes for functions, each remembering its strongest reason; normalized by the total weight of the voters. */
class Votes {
  private readonly scores = new Map<string, { score: number; rule: string; best: number }>();
  private totalWeight = 0;

  weigh(weight: number): void {
    this.totalWeight += weight;
  }

  vote(fn: string, amount: number, rule: string): void {
    const entry = this.scores.get(fn) ?? { score: 0, rule, best: 0 };
    entry.score += amount;
    if (amount > entry.best) {
      entry.best = amount;
      entry.rule = rule;
    }
    this.scores.set(fn, entry);
  }

  normalized(): Map<string, { score: number; rule: string }> {
    const out = new Map<string, { score: number; rule: string }>();
    if (this.totalWeight === 0) return out;
    for (const [fn, entry] of this.scores) out.set(fn, { score: entry.score / this.totalWeight, rule: entry.rule });
    return out;
  }
}
