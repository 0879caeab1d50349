import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../../index';

const results = (result: ExtractionResult) =>
  result.nodes
    .filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'result')
    .map((node) => [node.name, node.properties['observedValue'], node.properties['unit'], node.properties['measure'], node.properties['observedYear'], node.properties['metric']]);

describe("last year's results in a yearly report", () => {
  const report = (review: string) =>
    extractDocument(
      ['2026年四川省人民政府工作报告', '——2026年2月3日在四川省第十四届人民代表大会第五次会议上', '一、2025年工作回顾', ...review.split('\n'), '二、2026年工作安排', '今年主要预期目标是：地区生产总值增长5.5%左右。'].join('\n'),
      { documentId: 'report' },
    );

  it('keeps 2025 figures as observed values with their year, on the metric keys of the targets (四川)', () => {
    const result = report('过去一年，经济运行稳中有进，较好完成全年主要目标任务。实现地区生产总值67665亿元，增长5.5%，总量和增速均居全国第5位；城乡居民人均可支配收入分别增长4.4%、5.6%。');
    expect(results(result)).toEqual([
      ['地区生产总值', 67665, '亿元', 'level', 2025, 'gdp'],
      ['地区生产总值增长', 5.5, '%', 'growth', 2025, 'gdp-growth'],
      ['城镇居民人均可支配收入增长', 4.4, '%', 'growth', 2025, 'urban-disposable-income-growth'],
      ['农村居民人均可支配收入增长', 5.6, '%', 'growth', 2025, 'rural-disposable-income-growth'],
    ]);
    const gdp = result.nodes.find((node) => node.properties['metric'] === 'gdp-growth' && node.properties['kind'] === 'result')!;
    expect(gdp.properties['targetValue']).toBeNull();
    expect(gdp.properties['targetYear']).toBeNull();
    // This year's target of the same metric stays a target.
    expect(result.nodes.filter((node) => node.properties['metric'] === 'gdp-growth' && node.properties['kind'] === 'target').map((node) => node.properties['targetValue'])).toEqual([5.5]);
  });

  it('leaves five-year figures and paragraphs that do not speak of last year alone', () => {
    expect(results(report('这五年，地区生产总值突破6万亿元、年均增长5.7%。'))).toEqual([]);
    expect(results(report('“十四五”以来，地区生产总值增长30%。'))).toEqual([]);
    expect(results(report('成渝地区双城经济圈建设走深走实，地区生产总值增长5%。'))).toEqual([]);
  });

  it('reads no results in plans (only yearly reports review one year)', () => {
    const plan = extractDocument('四川省“十四五”服务业发展规划\n一、发展回顾\n2020年，服务业增加值增长5%，全年地区生产总值增长4%。\n', { documentId: 'plan' });
    expect(results(plan)).toEqual([]);
  });
});

describe('results stated as a fall, linked to the target of their metric', () => {
  const report = (review: string, targets: string) =>
    extractDocument(
      ['2026年福建省人民政府工作报告', '一、2025年工作回顾', review, '二、2026年工作安排', `今年主要预期目标是：${targets}`].join('\n'),
      { documentId: 'report' },
    );
  const indicator = (result: ExtractionResult, kind: string, name: string) =>
    result.nodes.find((node) => node.label === 'Indicator' && node.properties['kind'] === kind && node.name === name);

  it('keeps a fall as a positive value with measure decline, on the metric of the growth target (福建: 固定资产投资下降3.3%)', () => {
    const result = report('初步统计，2025年全省地区生产总值增长5%，固定资产投资同比下降3.3%，单位地区生产总值能耗下降3.5%。', '地区生产总值增长5%左右，固定资产投资增长3%，单位地区生产总值能耗下降2.5%左右。');
    const fall = indicator(result, 'result', '固定资产投资下降');
    expect(fall?.properties).toMatchObject({ observedValue: 3.3, measure: 'decline', metric: 'fixed-asset-investment-growth', observedYear: 2025 });
    const target = indicator(result, 'target', '固定资产投资增长');
    expect(fall?.properties).toMatchObject({ linkedTarget: target?.id, linkedTargetBasis: 'inferred', linkedTargetConfidence: 0.8, linkedTargetRule: 'same-metric-in-report' });
    const energy = indicator(result, 'result', '单位地区生产总值能耗下降');
    const energyTarget = indicator(result, 'target', '单位地区生产总值能耗下降');
    expect(energyTarget?.properties).toMatchObject({ targetValue: 2.5, measure: 'decline', metric: 'energy-intensity-decline', qualifier: '左右' });
    expect(energy?.properties).toMatchObject({ observedValue: 3.5, linkedTarget: energyTarget?.id, linkedTargetConfidence: 0.9 });
    const gdp = indicator(result, 'result', '地区生产总值增长');
    expect(gdp?.properties['linkedTarget']).toBe(indicator(result, 'target', '地区生产总值增长')?.id);
  });

  it('links no result whose metric has no target this year, and never a target to a target', () => {
    const result = report('2025年，地区生产总值增长5%，进出口下降5.4%。', '地区生产总值增长5%左右。');
    expect(indicator(result, 'result', '进出口下降')?.properties['linkedTarget']).toBeUndefined();
    expect(result.nodes.filter((node) => node.properties['kind'] === 'target' && node.properties['linkedTarget'] !== undefined)).toEqual([]);
  });
});

describe('results of the year a review heading names', () => {
  it('reads the year from the heading (一、回顾2022年政府工作), carries 刚刚过去的一年 to the next paragraph, 完成 not in the name', () => {
    const text = ['2023年某市政府工作报告', '一、回顾2022年政府工作', '刚刚过去的一年，极不平凡。', '全市生产总值完成3880.3亿元，增长3.8%；地方公共财政预算收入下降9.1%。', '二、2023年工作安排', '抓好重点工作。'].join('\n');
    expect(results(extractDocument(text, { documentId: 'report' }))).toEqual([
      ['生产总值', 3880.3, '亿元', 'level', 2022, 'gdp'],
      ['生产总值增长', 3.8, '%', 'growth', 2022, 'gdp-growth'],
      ['地方公共财政预算收入下降', 9.1, '%', 'decline', 2022, 'general-budget-revenue-growth'],
    ]);
  });

  it('reads a review of another year in a document without a period of its own (一、2019年工作回顾)', () => {
    const text = ['一、2019年工作回顾', '过去一年，全州地区生产总值增长7.5%，固定资产投资增长11.6%。'].join('\n');
    expect(results(extractDocument(text, { documentId: 'passage' })).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['地区生产总值增长', 7.5, 2019],
      ['固定资产投资增长', 11.6, 2019],
    ]);
  });
});
