import { readFileSync } from 'fs';
import { join } from 'path';
import type { GraphNode } from '@policygraph/graph-types';
import { extractDocument, scoreAgainstGold, type GoldFacts, type GoldIndicator } from '../index';
import { metricKey } from './indicators/metric-key';
import { readWorkReports } from '../test-support/seeds';

const GOLD_DIR = join(__dirname, '..', '..', '..', '..', 'test', 'gold', 'work-reports-2026');
const readGold = (province: string) => JSON.parse(readFileSync(join(GOLD_DIR, `${province}.json`), 'utf8')) as GoldFacts;

/** The 31 provincial 2026 government work reports, as copied from government and newspaper pages. */
describe('31 provincial government work reports (seeds/work-reports-2026)', () => {
  const reports = readWorkReports().map((report) => ({
    ...report,
    gold: readGold(report.province),
    result: extractDocument(report.text, { documentId: report.province, fileName: report.file }),
  }));
  const provinces = reports.map((report) => [report.province]);
  const reportOf = (province: string) => reports.find((report) => report.province === province)!;

  it('has all 31 with their manifest rows', () => {
    expect(reports).toHaveLength(31);
    for (const report of reports) expect(report.manifest?.year).toBe(2026);
  });

  it.each(provinces)('%s: region, title without page chrome, year 2026', (province) => {
    const { result, manifest } = reportOf(province);
    expect(result.document.region).toBe(province);
    // The title as printed: the manifest's title, or the bare 政府工作报告 some pages print without year and region.
    expect([manifest.title, '政府工作报告']).toContain(result.document.title);
    expect(result.document.period).toEqual({ start: 2026, end: 2026 });
    const about = result.relationships.find((rel) => rel.type === 'ABOUT');
    expect(about?.to).toBe(`region:${province}`);
    expect(about?.evidence[0]?.quote).toBe(province);
  });

  it.each(provinces)('%s: the 2026 GDP growth target as the hand-checked gold states it, quoted from the text', (province) => {
    const { result, gold, text } = reportOf(province);
    const want = gold.indicators!.find((entry) => metricKey(entry.name) === 'gdp-growth') as GoldIndicator;
    const got = result.nodes.filter(
      (node) => node.label === 'Indicator' && node.properties['metric'] === 'gdp-growth' && node.properties['targetYear'] === 2026,
    );
    expect(got).toHaveLength(1);
    const [gdp] = got as GraphNode[];
    expect(gdp.properties).toMatchObject({
      kind: 'target',
      targetValue: want.targetValue,
      targetHigh: want.targetHigh,
      qualifier: want.qualifier,
      unit: '%',
      measure: 'growth',
    });
    const quote = gdp.evidence[0].quote;
    expect(text.slice(gdp.evidence[0].start, gdp.evidence[0].end)).toBe(quote);
    expect(quote.normalize('NFKC')).toContain(`增长${want.targetValue}`);
    if (want.targetHigh !== null && want.targetHigh !== undefined) expect(quote).toContain(String(want.targetHigh));
  });

  it('matches the gold (target lists and headline results) with precision and recall ≥ 0.9 (name, value, range, unit, year)', () => {
    const totals = { gold: 0, extracted: 0, matched: 0 };
    for (const { gold, text } of reports) {
      const score = scoreAgainstGold(extractDocument(text, { documentId: gold.documentId }), gold).indicators!;
      totals.gold += score.gold;
      totals.extracted += score.extracted;
      totals.matched += score.matched;
    }
    expect(totals.gold).toBeGreaterThanOrEqual(270);
    expect(totals.matched / totals.extracted).toBeGreaterThanOrEqual(0.9);
    expect(totals.matched / totals.gold).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps last year's results apart from this year's targets", () => {
    for (const { result, text } of reports) {
      for (const node of result.nodes.filter((candidate) => candidate.label === 'Indicator' && candidate.properties['kind'] === 'result')) {
        expect(node.properties).toMatchObject({ targetValue: null, targetYear: null });
        // 2025, or the year the quote's sentence states before it (从2020年的3.68万亿元增加到…: the base of a five-year review;
        // …，一般公共预算收入从3826.5亿元增长到…: the base of the next from-to of that sentence, rule from-to-years-carried).
        const year = node.properties['observedYear'];
        const sentence = text.slice(text.lastIndexOf('。', node.evidence[0].start) + 1, node.evidence[0].end);
        expect(year === 2025 || sentence.includes(`${year}年`) || sentence.includes(`${year} 年`)).toBe(true);
        expect(typeof node.properties['observedValue']).toBe('number');
        // A name opens with no number, save a grade (海南 新增…5A级景区1个: rule graded-thing).
        expect(node.name).toMatch(/^(?:[1-5]A级|[^\d、，]).+/);
      }
    }
  });

  it('keeps every quote equal to the text it cites', () => {
    for (const { result, text } of reports) {
      for (const item of [...result.nodes, ...result.relationships]) {
        for (const evidence of item.evidence) expect(evidence.quote).toBe(text.slice(evidence.start, evidence.end));
      }
    }
  });
});
