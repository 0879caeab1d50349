import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, SEEDS_DIR, startAppServer, WORK_REPORTS_DIR, type AppServer } from '../../../../test/support/app-server';

interface SharedStrategy {
  strategy: { id: string; name: string };
  source: string;
  regions: { region: string; tasks: number; quotes: { taskId: string; documentId: string; term: string | null; quote: string | null }[] }[];
}

/** The 31 provinces the work reports speak for, from the folder's manifest (file,province,…). */
const PROVINCES: ReadonlySet<string> = new Set(
  readFileSync(join(WORK_REPORTS_DIR, 'manifest.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split(',')[1]!),
);

/** The text a document id was ingested from: a seed plan in seeds/ or a work report named after its province. */
function sourceText(documentId: string): string {
  const file = PROVINCES.has(documentId) ? join(WORK_REPORTS_DIR, `${documentId}.txt`) : join(SEEDS_DIR, `${documentId}.txt`);
  return readFileSync(file, 'utf8');
}

describe('strategies shared across provinces, on the whole default corpus', () => {
  let server: AppServer;
  let widelyShared: SharedStrategy[];

  beforeAll(async () => {
    server = await startAppServer({}, 'default');
    const { data, errors } = await graphql<{ sharedStrategies: SharedStrategy[] }>(
      server.url,
      '{ sharedStrategies(minRegions: 10, limit: 500) { strategy { id name } source regions { region tasks quotes { taskId documentId term quote } } } }',
    );
    expect(errors).toBeUndefined();
    widelyShared = data!.sharedStrategies.filter((shared) => shared.regions.filter((region) => PROVINCES.has(region.region)).length >= 10);
  }, 300_000);
  afterAll(() => server.close());

  it('has at least 20 strategies that 10 or more provinces name, each province with its own quote', () => {
    console.log(
      `strategies named by ≥ 10 provinces: ${widelyShared.length}: ${widelyShared.map((s) => `${s.strategy.name} ${s.regions.filter((r) => PROVINCES.has(r.region)).length}`).join('; ')}`,
    );
    expect(widelyShared.length).toBeGreaterThanOrEqual(20);
    for (const shared of widelyShared) {
      for (const region of shared.regions) {
        expect(region.tasks).toBeGreaterThan(0);
        expect(region.quotes.length).toBeGreaterThan(0);
        for (const quote of region.quotes) {
          const text = sourceText(quote.documentId);
          expect(text).toContain(quote.quote!);
          // The term was matched on the normalized text (Kangxi radicals → ideographs, spaces dropped).
          expect(quote.quote!.normalize('NFKC').replace(/\s/g, '')).toContain(quote.term!.normalize('NFKC'));
        }
      }
    }
  });

  it('stores every pairing of those strategies with its evidence: quote = the source text sliced at its offsets', async () => {
    const { records } = await server.connection.driver.executeQuery(
      'MATCH (t)-[a:APPLIES]->(s:Strategy) WHERE s.id IN $ids RETURN a.quote AS quote, a.evidenceJson AS evidence',
      { ids: widelyShared.map((shared) => shared.strategy.id) },
    );
    expect(records.length).toBeGreaterThan(widelyShared.length * 10);
    for (const record of records) {
      const [evidence] = JSON.parse(String(record.get('evidence'))) as { documentId: string; start: number; end: number; quote: string }[];
      expect(sourceText(evidence!.documentId).slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
      expect(record.get('quote')).toBe(evidence!.quote);
    }
  });

  it('sets out shared sectors across the provinces’ reports: 教育 by at least 8 of the 31, each with its own name and goal (saved query sectors-across-regions)', async () => {
    const { data, errors } = await graphql<{ runSavedQuery: { columns: string[]; rows: [string, string[], number, string[]][] } }>(
      server.url,
      'query($p: JSON) { runSavedQuery(id: "sectors-across-regions", params: $p) { columns rows } }',
      { p: { minRegions: 5 } },
    );
    expect(errors).toBeUndefined();
    const rows = data!.runSavedQuery.rows;
    console.log(`sector types set out by ≥ 5 regions: ${rows.map(([type, regions]) => `${type} ${regions.length}`).join('; ')}`);
    const education = rows.find(([type]) => type === '教育');
    expect(education![1].filter((region) => PROVINCES.has(region)).length).toBeGreaterThanOrEqual(8);
    for (const [, regions, sectors, examples] of rows) {
      expect(regions.length).toBeGreaterThanOrEqual(5);
      expect(sectors).toBeGreaterThanOrEqual(regions.length);
      expect(examples.map((example) => example.split('：')[0])).toEqual(regions);
    }
  });
});
