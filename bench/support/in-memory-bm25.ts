import type { GraphConnection } from '@policygraph/graph-store';

/** BM25 parameters as commonly used (Robertson & Zaragoza): term-frequency saturation and length normalization. */
const K1 = 1.2;
const B = 0.75;

export interface Bm25Document {
  readonly id: string;
  readonly terms: readonly string[];
}

/**
 * An Okapi BM25 index over pre-segmented texts (jieba words stored on Goal and Project nodes at ingest), held in
 * memory. similarClauses ranked with it until the Neo4j full-text index replaced it; bench:similar-clauses keeps it
 * as the baseline the index is measured against. Immutable: a corpus change means a new index.
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

/**
 * The ranking similarClauses used before the full-text index, kept whole for the bench: every goal and project read
 * once, a Bm25Index built over their stored words, and per question a read of the documents' ids and hashes (the
 * check that rebuilt the index when the corpus changed) followed by scoring every clause of other regions.
 */
export class InMemoryClauseRanking {
  private constructor(
    private readonly ids: readonly string[],
    private readonly regions: readonly (string | null)[],
    private readonly terms: readonly (readonly string[])[],
    private readonly byId: ReadonlyMap<string, number>,
    private readonly bm25: Bm25Index,
  ) {}

  static async load(connection: GraphConnection): Promise<InMemoryClauseRanking> {
    const { records } = await connection.driver.executeQuery(
      'MATCH (t:Entity) WHERE (t:Goal OR t:Project) AND t.terms IS NOT NULL RETURN t.id AS id, t.region AS region, t.terms AS terms ORDER BY t.id',
    );
    const ids = records.map((r) => String(r.get('id')));
    const terms = records.map((r) => (r.get('terms') as string[] | null) ?? []);
    return new InMemoryClauseRanking(
      ids,
      records.map((r) => (r.get('region') as string | null) ?? null),
      terms,
      new Map(ids.map((id, i) => [id, i])),
      new Bm25Index(ids.map((id, i) => ({ id, terms: terms[i]! }))),
    );
  }

  /** Ids of the clauses of other regions most similar to `id`, best first (ties by id), as the old query ranked. */
  async similar(connection: GraphConnection, id: string, limit: number): Promise<string[]> {
    await connection.driver.executeQuery(CORPUS_SIGNATURE);
    const at = this.byId.get(id);
    if (at === undefined) throw new Error(`no clause ${id}`);
    const scored: { id: string; score: number }[] = [];
    this.ids.forEach((other, i) => {
      if (this.regions[i] === this.regions[at]) return;
      const score = this.bm25.score(this.terms[at]!, i);
      if (score > 0) scored.push({ id: other, score: Math.round(score * 1000) / 1000 });
    });
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return scored.slice(0, limit).map((hit) => hit.id);
  }
}

const CORPUS_SIGNATURE =
  'MATCH (d:Document) WITH d.id AS id, d.contentHash AS hash ORDER BY id RETURN count(id) AS documents, reduce(s = "", h IN collect(hash) | s + h) AS hashes';
