import { graphql, startAppServer, type AppServer } from '../../../../test/support/app-server';

interface RegionSimilarity {
  region: string;
  regionId: string;
  other: string;
  otherId: string;
  similarity: number;
  sharedStrategies: { id: string; name: string }[];
  sharedTargets: { metric: string; year: number; value: number; unit: string | null }[];
  features: number;
  otherFeatures: number;
}

const QUERY = `query($region: String, $limit: Int) { regionSimilarity(region: $region, limit: $limit) {
  region regionId other otherId similarity sharedStrategies { id name } sharedTargets { metric year value unit } features otherFeatures } }`;

describe('regionSimilarity (GDS node similarity), on the whole default corpus', () => {
  let server: AppServer;
  let pairs: RegionSimilarity[];

  beforeAll(async () => {
    server = await startAppServer({}, 'default');
    const { data, errors } = await graphql<{ regionSimilarity: RegionSimilarity[] }>(server.url, QUERY, { limit: 100 });
    expect(errors).toBeUndefined();
    pairs = data!.regionSimilarity;
  }, 300_000);
  afterAll(() => server.close());

  it('ranks pairs of regions, each pair once, most similar first', () => {
    console.log(
      `closest plans: ${pairs
        .slice(0, 10)
        .map((p) => `${p.region}–${p.other} ${p.similarity.toFixed(3)} (${p.sharedStrategies.length} strategies, ${p.sharedTargets.length} targets)`)
        .join('; ')}`,
    );
    expect(pairs.length).toBeGreaterThanOrEqual(30);
    const keys = pairs.map((p) => [p.region, p.other].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < pairs.length; i++) expect(pairs[i]!.similarity).toBeLessThanOrEqual(pairs[i - 1]!.similarity);
    for (const pair of pairs) {
      expect(pair.region).not.toBe(pair.other);
      expect(pair.regionId).toBe(`region:${pair.region}`);
      expect(pair.similarity).toBeGreaterThan(0);
      expect(pair.similarity).toBeLessThanOrEqual(1);
    }
  });

  it("gives GDS's similarity equal to the Jaccard ratio of the two regions' strategies and targets", () => {
    for (const pair of pairs) {
      const shared = pair.sharedStrategies.length + pair.sharedTargets.length;
      expect(pair.similarity).toBeCloseTo(shared / (pair.features + pair.otherFeatures - shared), 6);
    }
    expect(pairs.some((pair) => pair.sharedTargets.length > 0)).toBe(true);
  });

  it('shares only strategies both regions apply and targets both state', async () => {
    const pair = pairs[0]!;
    const { records } = await server.connection.driver.executeQuery(
      `MATCH (t:Entity)-[:APPLIES]->(s:Strategy) WHERE t.region IN [$a, $b] AND s.id IN $ids
       WITH s.id AS id, collect(DISTINCT t.region) AS regions RETURN id, size(regions) AS regions`,
      { a: pair.region, b: pair.other, ids: pair.sharedStrategies.map((s) => s.id) },
    );
    expect(records.length).toBe(pair.sharedStrategies.length);
    for (const record of records) expect(Number(record.get('regions'))).toBe(2);
    for (const target of pair.sharedTargets) {
      const { records: stated } = await server.connection.driver.executeQuery(
        `MATCH (i:Indicator {kind: 'target', metric: $metric}) WHERE i.region IN [$a, $b] AND i.targetYear = $year AND i.targetValue = $value RETURN count(DISTINCT i.region) AS regions`,
        { a: pair.region, b: pair.other, metric: target.metric, year: target.year, value: target.value },
      );
      expect(Number(stated[0]!.get('regions'))).toBe(2);
    }
  });

  it("lists one region's closest regions when asked, and leaves no projected graph behind", async () => {
    const { data, errors } = await graphql<{ regionSimilarity: RegionSimilarity[] }>(server.url, QUERY, { region: '四川省', limit: 20 });
    expect(errors).toBeUndefined();
    const closest = data!.regionSimilarity;
    expect(closest.length).toBeGreaterThanOrEqual(5);
    expect(closest.every((pair) => pair.region === '四川省' && pair.other !== '四川省')).toBe(true);
    const { records } = await server.connection.driver.executeQuery('CALL gds.graph.list() YIELD graphName RETURN graphName');
    expect(records.map((record) => String(record.get('graphName'))).filter((name) => name.startsWith('region-similarity-'))).toEqual([]);
  });
});
