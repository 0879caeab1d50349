import conventionData from '../../../data/ownership-conventions.json';

export interface OwnershipConvention {
  readonly topic: string;
  readonly keywords: readonly string[];
  /** Department functions that usually lead, most likely first. */
  readonly lead: readonly string[];
  readonly support: readonly string[];
}

export const OWNERSHIP_CONVENTIONS: readonly OwnershipConvention[] = conventionData.conventions;

export interface ConventionMatch {
  readonly convention: OwnershipConvention;
  /** The keyword used most. */
  readonly keyword: string;
  /** Occurrences of all its keywords: a task about logistics says 物流 many times, one that mentions it in passing once. */
  readonly hits: number;
}

/** Conventions whose keywords a task's text contains. */
export function matchingConventions(text: string, conventions: readonly OwnershipConvention[] = OWNERSHIP_CONVENTIONS): ConventionMatch[] {
  const found: ConventionMatch[] = [];
  for (const convention of conventions) {
    let hits = 0;
    let keyword = '';
    let most = 0;
    for (const word of convention.keywords) {
      const count = text.split(word).length - 1;
      hits += count;
      if (count > most) {
        most = count;
        keyword = word;
      }
    }
    if (hits > 0) found.push({ convention, keyword, hits });
  }
  return found;
}
