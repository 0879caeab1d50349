import { extractDocument } from '../index';
import { readWorkReports } from '../test-support/seeds';

/** The 31 provincial 2026 government work reports, as copied from government and newspaper pages. */
describe('31 provincial government work reports (seeds/work-reports-2026)', () => {
  const reports = readWorkReports().map((report) => ({ ...report, result: extractDocument(report.text, { documentId: report.province, fileName: report.file }) }));

  it('has all 31 with their manifest rows', () => {
    expect(reports).toHaveLength(31);
    for (const report of reports) expect(report.manifest?.year).toBe(2026);
  });

  it.each(readWorkReports().map((report) => [report.province]))('%s: region, title without page chrome, year 2026', (province) => {
    const { result, manifest } = reports.find((report) => report.province === province)!;
    expect(result.document.region).toBe(province);
    // The title as printed: the manifest's title, or the bare 政府工作报告 some pages print without year and region.
    expect([manifest.title, '政府工作报告']).toContain(result.document.title);
    expect(result.document.period).toEqual({ start: 2026, end: 2026 });
    const about = result.relationships.find((rel) => rel.type === 'ABOUT');
    expect(about?.to).toBe(`region:${province}`);
    expect(about?.evidence[0]?.quote).toBe(province);
  });

  it('keeps every quote equal to the text it cites', () => {
    for (const { result, text } of reports) {
      for (const item of [...result.nodes, ...result.relationships]) {
        for (const evidence of item.evidence) expect(evidence.quote).toBe(text.slice(evidence.start, evidence.end));
      }
    }
  });
});
