import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, startAppServer, WORK_REPORTS, WORK_REPORTS_DIR, type AppServer } from '../../../../test/support/app-server';

interface RegionTarget {
  region: string;
  regionId: string;
  documentId: string;
  indicatorId: string;
  year: number;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  quote: string | null;
  result: { indicatorId: string; year: number; value: number; unit: string | null; quote: string | null } | null;
  gap: number | null;
}

const QUERY = `query($metric: String!, $year: Int) { regionTargets(metric: $metric, year: $year) {
  region regionId documentId indicatorId year low high qualifier unit quote result { indicatorId year value unit quote } gap } }`;

/** The province each work report speaks for, from the folder's manifest (file,province,…). */
const PROVINCES: readonly string[] = readFileSync(join(WORK_REPORTS_DIR, 'manifest.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => line.split(',')[1]!);

/** A number as a report writes it, full-width digits and all, read back for comparison. */
const numbersIn = (text: string): number[] => [...text.normalize('NFKC').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

describe('regionTargets, on the whole default corpus', () => {
  let server: AppServer;
  let rows: RegionTarget[];

  beforeAll(async () => {
    const started = Date.now();
    server = await startAppServer({}, 'default');
    console.log(`default corpus ready (${WORK_REPORTS.length} work reports + seed plans) in ${Date.now() - started} ms`);
    const { data, errors } = await graphql<{ regionTargets: RegionTarget[] }>(server.url, QUERY, { metric: 'gdp-growth', year: 2026 });
    expect(errors).toBeUndefined();
    rows = data!.regionTargets;
  }, 300_000);
  afterAll(() => server.close());

  it('gives the 2026 GDP growth target of every one of the 31 provinces, one row each', () => {
    expect(PROVINCES).toHaveLength(31);
    expect(rows.map((row) => row.region).sort()).toEqual([...PROVINCES].sort());
    for (const row of rows) {
      expect(row.year).toBe(2026);
      expect(row.unit).toBe('%');
      expect(row.regionId).toBe(`region:${row.region}`);
    }
  });

  it('takes each value from its quote, and the quote is the text of the report', () => {
    for (const row of rows) {
      const text = readFileSync(join(WORK_REPORTS_DIR, `${row.documentId}.txt`), 'utf8');
      expect(text).toContain(row.quote!);
      const stated = numbersIn(row.quote!);
      expect(stated).toContain(row.low);
      if (row.high !== null) expect(stated).toContain(row.high);
      if (row.qualifier && !row.qualifier.includes('…')) expect(row.quote).toContain(row.qualifier);
    }
    const of = (region: string) => rows.find((row) => row.region === region)!;
    expect(of('安徽省')).toMatchObject({ low: 5, high: 5.5, qualifier: null });
    expect(of('山东省')).toMatchObject({ low: 5, high: null, qualifier: '以上' });
    expect(of('江苏省')).toMatchObject({ low: 5, qualifier: '按…安排' });
    expect(of('海南省')).toMatchObject({ low: 6, qualifier: '左右' });
  });

  it("puts last year's stated result beside the target, from the same report, with the gap", () => {
    const paired = rows.filter((row) => row.result !== null);
    console.log(
      `GDP growth: 2026 target for ${rows.length} of 31 provinces; 2025 result beside it for ${paired.length}: ${paired.map((row) => `${row.region} ${row.low}/${row.result!.value}`).join(', ')}`,
    );
    expect(paired.length).toBeGreaterThanOrEqual(20);
    for (const row of paired) {
      expect(row.result!.year).toBe(2025);
      expect(numbersIn(row.result!.quote!)).toContain(row.result!.value);
      expect(readFileSync(join(WORK_REPORTS_DIR, `${row.documentId}.txt`), 'utf8')).toContain(row.result!.quote!);
      expect(row.gap).toBeCloseTo(row.low! - row.result!.value, 6);
    }
    // 辽宁: 2025 增长3.7%, 2026 增长4.5%左右.
    expect(rows.find((row) => row.region === '辽宁省')).toMatchObject({ low: 4.5, result: { value: 3.7 }, gap: 0.8 });
  });

  it("gives each region's latest target when no year is asked, and nothing for an unknown metric", async () => {
    const latest = await graphql<{ regionTargets: RegionTarget[] }>(server.url, QUERY, { metric: 'gdp-growth' });
    expect(latest.data!.regionTargets.filter((row) => PROVINCES.includes(row.region)).every((row) => row.year === 2026)).toBe(true);
    const none = await graphql<{ regionTargets: RegionTarget[] }>(server.url, QUERY, { metric: 'no-such-metric' });
    expect(none.data!.regionTargets).toEqual([]);
  });
});
