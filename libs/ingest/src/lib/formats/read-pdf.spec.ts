import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyGraphError } from '@policygraph/graph-types';
import { pageAtOffset, type ExtractedText } from './extracted-text';
import { readPdf } from './read-pdf';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'formats');
const seedTask = (prefix: string) =>
  readFileSync(join(FIXTURES, 'qinghai-services.txt'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith(prefix))!;

describe('readPdf', () => {
  let pdf: ExtractedText;

  beforeAll(async () => {
    pdf = await readPdf(readFileSync(join(FIXTURES, 'qinghai-services.pdf')), 'qinghai-services.pdf');
  });

  it('rejoins a paragraph that wraps inside sentences into one line without spaces when the PDF is printed from HTML', () => {
    // Chromium wrapped this task over 11 lines (…格尔木综 | 合枢纽…); the seed has it on one line.
    expect(pdf.text.split('\n')).toContain(seedTask('(二)推动传统物流'));
    expect(pdf.text.split('\n')).toContain(seedTask('(四)建设科技创新'));
  });

  it('puts each table cell on its own tab-prefixed line with a blank line between rows when the page has a table', () => {
    expect(pdf.text).toContain('\t序号\n\t指标名称\n\t单位\n\t2025年目标\n\n\t1\n\t服务业增加值占地区生产总值比重\n\t%\n\t53左右\n\n');
  });

  it('reports the page each part of the text came from when the table runs onto a second page', () => {
    expect(pdf.pages).toBe(2);
    expect(pageAtOffset(pdf.pageStarts!, pdf.text.indexOf('三、重点任务'))).toBe(1);
    expect(pageAtOffset(pdf.pageStarts!, pdf.text.indexOf('信息消费规模'))).toBe(2);
  });

  it('refuses with the OCR message when the PDF is a scan without a text layer', async () => {
    const reading = readPdf(readFileSync(join(FIXTURES, 'scanned-no-text-layer.pdf')), 'scanned-no-text-layer.pdf');
    await expect(reading).rejects.toThrow(PolicyGraphError);
    await expect(reading).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringMatching(/^scanned-no-text-layer\.pdf: no text layer; OCR is not supported/),
    });
  });

  it('names the file and says to download it again when the PDF is truncated', async () => {
    const truncated = readFileSync(join(FIXTURES, 'qinghai-services.pdf')).subarray(0, 3000);
    await expect(readPdf(truncated, 'partial-download.pdf')).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringMatching(/^partial-download\.pdf is not a readable PDF .*Download or export it again\.$/),
    });
  });
});
