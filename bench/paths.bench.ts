/**
 * bench/paths: latency of the path finder on the default corpus (seed plans + 31 work reports) in a throwaway Neo4j,
 * for ~20 pairs of the kinds the explorer is asked about (a department and a goal of another province, two regions,
 * a strategy and a department), with the default options and with every exclusion: Yen's k shortest paths over the
 * bounded projection (as shipped), over the whole-graph projection (before), and allShortestPaths (the fallback
 * without GDS), in the same run. The run fails if bounded and whole give different paths on a pair.
 *   npm run bench:paths
 */
import { allShortestPaths, kShortestPaths, type PathsArgs, type PathsResult } from '@policygraph/graph-query';
import { graphCounts } from '@policygraph/graph-store';
import { startBenchDatabase } from './support/bench-neo4j';
import { percentile, round, writeBenchResult } from './support/bench-report';
import { ingestDefaultCorpus } from './support/default-corpus';

const REPEATS = Number(process.env['BENCH_REPEATS'] ?? 3);
const PER_KIND = Number(process.env['BENCH_PAIRS_PER_KIND'] ?? 7);
const MAX_HOPS = 6;
const LIMIT = 10;

type Finder = (args: PathsArgs) => Promise<PathsResult>;

interface Timing {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

async function time(pairs: readonly PathsArgs[], find: Finder): Promise<{ timing: Timing; results: PathsResult[] }> {
  const results: PathsResult[] = [];
  for (const pair of pairs) results.push(await find(pair)); // also the warm-up
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const pair of pairs) {
      const start = performance.now();
      await find(pair);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { timing: { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(times[times.length - 1]!) }, results };
}

/** Yen's algorithm may order paths of one length differently on two graphs; the lengths and, untruncated, the set must agree. */
function samePaths(a: PathsResult, b: PathsResult): boolean {
  const lengths = (r: PathsResult) => r.paths.map((p) => p.length).join(',');
  if (lengths(a) !== lengths(b)) return false;
  const last = a.paths[a.paths.length - 1]?.length;
  const key = (r: PathsResult) =>
    r.paths
      .filter((p) => a.paths.length < LIMIT || p.length !== last)
      .map((p) => p.nodeIds.join('>'))
      .sort()
      .join('|');
  return key(a) === key(b);
}

async function main(): Promise<void> {
  const db = await startBenchDatabase({ heap: '1g', pageCacheMb: 512 });
  try {
    const { connection } = db;
    const corpus = await ingestDefaultCorpus(connection);
    const counts = await graphCounts(connection);

    // Pairs spread over the corpus (every k-th candidate in id order), so no one region dominates.
    const sample = async (cypher: string): Promise<[string, string][]> => {
      const { records } = await connection.driver.executeQuery(cypher);
      const all = records.map((r) => [String(r.get('a')), String(r.get('b'))] as [string, string]);
      const step = Math.max(1, Math.floor(all.length / PER_KIND));
      return all.filter((_, i) => i % step === 0).slice(0, PER_KIND);
    };
    const kinds = {
      departmentGoalOtherProvince: await sample(
        `MATCH (d:Department) WITH d ORDER BY d.id LIMIT 50 MATCH (g:Goal) WHERE g.region IS NOT NULL AND d.region IS NOT NULL AND g.region <> d.region
         WITH d, g ORDER BY g.id WITH d, collect(g.id)[size(d.id) % 20] AS g WHERE g IS NOT NULL RETURN d.id AS a, g AS b ORDER BY a`,
      ),
      twoRegions: await sample(`MATCH (a:Region), (b:Region) WHERE a.id < b.id RETURN a.id AS a, b.id AS b ORDER BY a, b`),
      strategyDepartment: await sample(
        `MATCH (s:Strategy) WITH s ORDER BY s.id LIMIT 40 MATCH (d:Department) WITH s, d ORDER BY d.id WITH s, collect(d.id) AS ds RETURN s.id AS a, ds[size(s.id) * 7 % size(ds)] AS b ORDER BY a`,
      ),
    };
    const pairs = Object.values(kinds).flat();
    process.stderr.write(
      `${pairs.length} pairs (${Object.entries(kinds)
        .map(([k, v]) => `${k} ${v.length}`)
        .join(', ')})\n`,
    );
    if (pairs.length < 10) throw new Error(`too few pairs (${pairs.length}); is the corpus empty?`);

    const options = {
      defaults: {},
      allExclusions: { excludeLabels: ['Strategy', 'DepartmentFunction'], excludeInferred: true },
    } as const;
    const figures: Record<string, unknown> = {};
    for (const [name, extra] of Object.entries(options)) {
      const args = pairs.map(([fromId, toId]): PathsArgs => ({ fromId, toId, maxHops: MAX_HOPS, limit: LIMIT, ...extra }));
      const bounded = await time(args, (a) => kShortestPaths(connection, a, 'bounded'));
      const whole = await time(args, (a) => kShortestPaths(connection, a, 'whole'));
      const fallback = await time(args, (a) => allShortestPaths(connection, a));
      const differing = args.filter((_, i) => !samePaths(bounded.results[i]!, whole.results[i]!));
      if (differing.length > 0)
        throw new Error(`bounded and whole projections differ (${name}) on ${differing.map((a) => `${a.fromId} → ${a.toId}`).join('; ')}`);
      figures[name] = {
        kShortestBounded: bounded.timing,
        kShortestWholeGraph: whole.timing,
        allShortestPaths: fallback.timing,
        boundedOverAllShortestP50Ratio: round(bounded.timing.p50Ms / fallback.timing.p50Ms),
        boundedOverAllShortestP95Ratio: round(bounded.timing.p95Ms / fallback.timing.p95Ms),
        wholeOverAllShortestP95Ratio: round(whole.timing.p95Ms / fallback.timing.p95Ms),
        pairsWithPaths: bounded.results.filter((r) => r.paths.length > 0).length,
        meanPathsPerPair: round(bounded.results.reduce((s, r) => s + r.paths.length, 0) / args.length, 1),
        boundedEqualsWhole: `${args.length}/${args.length} pairs`,
      };
      process.stderr.write(
        `bench:paths ${name}: bounded p95 ${bounded.timing.p95Ms} ms, whole p95 ${whole.timing.p95Ms} ms, allShortest p95 ${fallback.timing.p95Ms} ms\n`,
      );
    }
    writeBenchResult('paths', {
      corpus,
      graph: counts,
      pairs: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length])),
      maxHops: MAX_HOPS,
      limit: LIMIT,
      timedRequestsPerVariant: pairs.length * REPEATS,
      ...figures,
      target: { p95Ms: 300 },
    });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
