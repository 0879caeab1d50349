/** BM25 parameters as commonly used (Robertson & Zaragoza): term-frequency saturation and length normalization. */
const K1 = 1.2;
const B = 0.75;

export interface Bm25Document {
  readonly id: string;
  readonly terms: readonly string[];
}

/**
 * An Okapi BM25 index over pre-segmented texts (jieba words stored on Goal and Project nodes at ingest). Immutable:
 * a corpus change means a new index.
 */
export class Bm25Index {
  private readonly frequencies: Map<string, number>[];
  private readonly lengths: number[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(readonly documents: readonly Bm25Document[]) {
    this.frequencies = documents.map((document) => {
      const counts = new Map<string, number>();
      for (const term of document.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const term of counts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      return counts;
    });
    this.lengths = documents.map((document) => document.terms.length);
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(documents.length, 1);
  }

  /** Inverse document frequency, never negative (the +1 inside the log), so a common term never lowers a score. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.documents.length - df + 0.5) / (df + 0.5));
  }

  /** BM25 score of document `index` for a query's terms (each distinct term counted once). */
  score(queryTerms: readonly string[], index: number): number {
    const counts = this.frequencies[index]!;
    const length = this.lengths[index]!;
    let score = 0;
    for (const term of new Set(queryTerms)) {
      const tf = counts.get(term);
      if (!tf) continue;
      score += (this.idf(term) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / (this.averageLength || 1)));
    }
    return score;
  }

  /** Terms a query and document share, most specific first. */
  sharedTerms(queryTerms: readonly string[], index: number, limit = 8): string[] {
    const counts = this.frequencies[index]!;
    return [...new Set(queryTerms)]
      .filter((term) => counts.has(term))
      .sort((a, b) => this.idf(b) - this.idf(a) || a.localeCompare(b))
      .slice(0, limit);
  }
}
