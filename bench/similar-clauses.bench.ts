/**
 * bench/similar-clauses: the ranking of similarClauses (Lucene BM25 of the Neo4j full-text index clause_terms over
 * the stored jieba words) against the in-memory BM25 it replaced, on the default corpus (seed plans + 31 work
 * reports) in a throwaway Neo4j: quality on a judged set and latency per question, in the same run. A third ranking,
 * the same words under the cjk bigram analyzer (an index made for this run only), shows what the analyzer choice does.
 *
 * Judged set: the clauses of test/gold/strategy-pairings.json whose strategy pairing was checked correct by hand; a
 * clause of another region is relevant when it applies the same strategy. That judges "is about the same policy",
 * with the pipeline's own APPLIES edges as the relevance labels of the candidates.
 *   npm run bench:similar-clauses
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseTermsQuery, similarClauses } from '@policygraph/graph-query';
import neo4j from 'neo4j-driver';
import { startBenchDatabase } from './support/bench-neo4j';
import { percentile, round, writeBenchResult } from './support/bench-report';
import { InMemoryClauseRanking } from './support/in-memory-bm25';
import { ingestDefaultCorpus } from './support/default-corpus';

const GOLD = join(__dirname, '..', 'test', 'gold', 'strategy-pairings.json');
const DEPTH = 10;
const REPEATS = Number(process.env['BENCH_REPEATS'] ?? 5);
const CJK_INDEX = 'bench_clause_terms_cjk';

interface Question {
  readonly id: string;
  readonly strategy: string;
  readonly relevant: ReadonlySet<string>;
}

type Ranker = (id: string) => Promise<string[]>;

interface Quality {
  readonly precisionAt5: number;
  readonly precisionAt10: number;
  readonly mrrAt10: number;
}

function quality(questions: readonly Question[], rankings: readonly (readonly string[])[]): Quality {
  let p5 = 0;
  let p10 = 0;
  let rr = 0;
  questions.forEach((question, i) => {
    const ranked = rankings[i]!;
    p5 += ranked.slice(0, 5).filter((id) => question.relevant.has(id)).length / 5;
    p10 += ranked.slice(0, 10).filter((id) => question.relevant.has(id)).length / 10;
    const first = ranked.slice(0, DEPTH).findIndex((id) => question.relevant.has(id));
    rr += first < 0 ? 0 : 1 / (first + 1);
  });
  const n = questions.length;
  return { precisionAt5: round(p5 / n, 3), precisionAt10: round(p10 / n, 3), mrrAt10: round(rr / n, 3) };
}

async function measure(
  questions: readonly Question[],
  rank: Ranker,
): Promise<{ quality: Quality; p50Ms: number; p95Ms: number; meanMs: number; rankings: string[][] }> {
  const rankings: string[][] = [];
  for (const question of questions) rankings.push(await rank(question.id)); // also the warm-up
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const question of questions) {
      const start = performance.now();
      await rank(question.id);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    quality: quality(questions, rankings),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
    rankings,
  };
}

function overlapAt10(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number {
  let sum = 0;
  a.forEach((ranked, i) => {
    const other = new Set(b[i]!.slice(0, 10));
    const top = ranked.slice(0, 10);
    sum += top.length === 0 ? 1 : top.filter((id) => other.has(id)).length / Math.max(top.length, other.size);
  });
  return round(sum / a.length, 3);
}

async function main(): Promise<void> {
  const db = await startBenchDatabase({ heap: '1g', pageCacheMb: 512 });
  try {
    const { connection } = db;
    const corpus = await ingestDefaultCorpus(connection);
    // Neo4j keeps one full-text index per label and property set, so the cjk variant indexes a copy of the words.
    await connection.driver.executeQuery('MATCH (t:Entity) WHERE (t:Goal OR t:Project) AND t.terms IS NOT NULL SET t.benchTerms = t.terms');
    await connection.driver.executeQuery(
      `CREATE FULLTEXT INDEX ${CJK_INDEX} IF NOT EXISTS FOR (n:Goal|Project) ON EACH [n.benchTerms] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
    );
    await connection.driver.executeQuery('CALL db.awaitIndexes(600)');

    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { pairings: { key: string; strategy: string; correct?: boolean }[] };
    const asked = [...new Map(gold.pairings.filter((p) => p.correct).map((p) => [p.key.split(' → ')[0]!, p.strategy])).entries()];
    const { records } = await connection.driver.executeQuery(
      `UNWIND $asked AS q
       MATCH (c:Entity {id: q[0]}) WHERE c.terms IS NOT NULL
       MATCH (s:Strategy {id: q[1]})<-[:APPLIES]-(o:Entity) WHERE (o:Goal OR o:Project) AND o.terms IS NOT NULL AND coalesce(o.region, '') <> coalesce(c.region, '')
       RETURN c.id AS id, s.id AS strategy, collect(o.id) AS relevant`,
      { asked },
    );
    const questions: Question[] = records.map((r) => ({
      id: String(r.get('id')),
      strategy: String(r.get('strategy')),
      relevant: new Set(r.get('relevant') as string[]),
    }));
    // Words with repeats: an upper bound on the distinct words a question sends to Lucene (at most 1024 clauses).
    const { records: sizes } = await connection.driver.executeQuery(
      'MATCH (t:Entity) WHERE (t:Goal OR t:Project) AND t.terms IS NOT NULL WITH size(t.terms) AS words RETURN count(*) AS clauses, max(words) AS maxWords, avg(words) AS meanWords',
    );

    const buildStart = performance.now();
    const inMemory = await InMemoryClauseRanking.load(connection);
    const buildMs = round(performance.now() - buildStart);

    process.stderr.write(`${questions.length} judged questions; ranking\n`);
    const old = await measure(questions, (id) => inMemory.similar(connection, id, DEPTH));
    const lucene = await measure(questions, async (id) => (await similarClauses(connection, id, DEPTH)).similar.map((hit) => hit.clause.id));
    const cjk = await measure(questions, async (id) => {
      const { records: source } = await connection.driver.executeQuery('MATCH (c:Entity {id: $id}) RETURN c.terms AS terms, coalesce(c.region, "") AS region', {
        id,
      });
      const words = [...new Set(source[0]!.get('terms') as string[])];
      const { records: hits } = await connection.driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS c, score WHERE coalesce(c.region, '') <> $region
         WITH c, score ORDER BY score DESC, c.id LIMIT $limit RETURN c.id AS id`,
        { index: CJK_INDEX, query: clauseTermsQuery(words), region: String(source[0]!.get('region')), limit: neo4j.int(DEPTH) },
      );
      return hits.map((hit) => String(hit.get('id')));
    });

    const figures = (m: typeof old) => ({ ...m.quality, latencyMs: { p50: m.p50Ms, p95: m.p95Ms, mean: m.meanMs } });
    writeBenchResult('similar-clauses', {
      corpus: {
        ...corpus,
        clauses: Number(sizes[0]!.get('clauses')),
        maxWordsPerClause: Number(sizes[0]!.get('maxWords')),
        meanWordsPerClause: round(Number(sizes[0]!.get('meanWords')), 1),
      },
      judgedSet: {
        questions: questions.length,
        strategies: new Set(questions.map((q) => q.strategy)).size,
        meanRelevantPerQuestion: round(questions.reduce((sum, q) => sum + q.relevant.size, 0) / Math.max(questions.length, 1), 1),
        relevance: 'a clause of another region applying the strategy the question clause was hand-checked to apply',
      },
      timedQuestions: questions.length * REPEATS,
      inMemoryBm25Old: { ...figures(old), indexBuildMs: buildMs, note: 'per question: corpus-signature read + scoring in memory (warm index)' },
      fulltextBm25Whitespace: { ...figures(lucene), note: 'similarClauses as shipped: source read, full-text query, shared-word counts' },
      fulltextBm25Cjk: { ...figures(cjk), note: 'same words under the cjk bigram analyzer, bench-only index, ranking query only' },
      topTenOverlapOldVsWhitespace: overlapAt10(old.rankings, lucene.rankings),
      topTenOverlapOldVsCjk: overlapAt10(old.rankings, cjk.rankings),
    });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
