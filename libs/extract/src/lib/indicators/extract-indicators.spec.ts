import { readFileSync } from 'fs';
import { join } from 'path';
import type { ExtractionResult, GraphNode } from '@policygraph/graph-types';
import { extractDocument } from '../../index';
import { readGold, readSeed } from '../../test-support/seeds';
import { parseIndicatorValue } from './indicator-value';
import { metricKey } from './metric-key';

interface GoldIndicator {
  name: string;
  unit: string;
  baseYear?: number;
  baseValue?: number | null;
  targetYear?: number;
  targetValue?: number | null;
  growth?: string;
  attribute?: string;
  reportedBy?: string;
}

const indicators = (result: ExtractionResult) => result.nodes.filter((node) => node.label === 'Indicator');
const reportedBy = (result: ExtractionResult, indicator: GraphNode) => {
  const rel = result.relationships.find((candidate) => candidate.type === 'REPORTED_BY' && candidate.from === indicator.id);
  return result.nodes.find((node) => node.id === rel?.to);
};

describe('indicator values as plans write them', () => {
  it.each([
    ['突破10000，年均增长7.5-8%', { value: 10000, comparator: '突破', growth: '年均增长7.5-8%' }],
    ['72左右', { value: 72, comparator: '左右' }],
    ['[7500]', { value: 7500, cumulative: true }],
    ['>98', { value: 98, comparator: '>' }],
    ['占地区生产总值比重53%左右', { value: 53, unit: '%', comparator: '左右' }],
    ['突破1.4万亿元', { value: 1.4, unit: '万亿元', comparator: '突破' }],
    ['年均增长7%左右', { value: null, growth: '年均增长7%左右' }],
    ['不低于省下达指标', { value: null, comparator: '不低于' }],
    ['压缩至90个工作日以内', { value: 90, unit: '个工作日', comparator: '以内' }],
    ['1000套', { value: 1000, unit: '套' }],
    ['引进100名', { value: 100, unit: '名' }],
    // 哈尔滨 2021 (news): a range of percentages with the unit on both ends; never a percentage and a count.
    ['5.5%-6%', { value: 5.5, upper: 6, unit: '%' }],
    ['7.5%—8%左右', { value: 7.5, upper: 8, unit: '%', comparator: '左右' }],
    ['5%-6个', { value: 5, upper: null, unit: '%' }],
    // Rule `change-from-base-cell` (南通 2021): a target written as a change from a base year and its level.
    ['比2015年(24.31)降低10个百分点', { value: 10, unit: '个百分点', comparator: '降低' }],
  ])('%s', (text, expected) => {
    expect(parseIndicatorValue(text)).toMatchObject(expected);
  });

  it('gives one metric key to the services share of GDP however it is written', () => {
    expect(metricKey('服务业增加值占GDP比重')).toBe('services-share-of-gdp');
    expect(metricKey('服务业增加值占地区生产总值比重')).toBe('services-share-of-gdp');
    expect(metricKey('服务业增加值占全市生产总值的比重')).toBe('services-share-of-gdp');
    expect(metricKey('森林覆盖率')).toBe('forest-coverage');
    expect(metricKey('夜间经济集聚区数量')).toBeNull();
  });
});

describe('Chongqing 专栏1 (seed 001): flattened table with merged category cells', () => {
  const stem = '001_3a734993eeac515a';
  const result = extractDocument(readSeed(stem), { documentId: stem });
  const gold = readGold<{ indicators: GoldIndicator[] }>(stem).indicators.filter((entry) => entry.baseYear === 2018);
  const fromTable = indicators(result).filter((node) => node.properties['baseYear'] === 2018);

  it('reads all 20 rows', () => {
    expect(gold).toHaveLength(20);
    expect(fromTable).toHaveLength(20);
  });

  it.each(gold.map((entry) => [entry.name, entry] as const))('%s: 2018 base, 2022 target, growth, unit', (name, expected) => {
    const node = fromTable.find((candidate) => candidate.name === name);
    expect(node?.properties).toMatchObject({
      unit: expected.unit,
      baseValue: expected.baseValue,
      targetYear: 2022,
      targetValue: expected.targetValue,
      growth: expected.growth,
    });
  });

  it('repeats a merged category cell for the rows it spans', () => {
    expect(fromTable.find((node) => node.name === '大健康服务业增加值')?.properties['category']).toBe('重点行业发展相关指标');
  });

  it('reads running-text targets of the 发展目标 section with their growth', () => {
    const value = indicators(result).find((node) => node.properties['targetValue'] === 1.4);
    expect(value?.properties).toMatchObject({ unit: '万亿元', comparator: '突破', growth: '年均增长7%左右', targetYear: 2022 });
    expect(value?.name).toBe('服务业增加值');
  });
});

describe('Kunming 主要指标 (seed 003): unit, 2020 base, 2025 target, attribute, 数据来源', () => {
  const stem = '003_a97a7df350ddcfd5';
  const result = extractDocument(readSeed(stem), { documentId: stem });
  const gold = readGold<{ indicators: GoldIndicator[] }>(stem).indicators;
  const fromTable = indicators(result).filter((node) => node.properties['baseYear'] === 2020);

  it('reads all 25 rows', () => {
    expect(fromTable).toHaveLength(gold.length);
  });

  it.each(gold.map((entry) => [entry.name, entry] as const))('%s', (name, expected) => {
    const node = fromTable.find((candidate) => candidate.name === name);
    expect(node).toBeDefined();
    expect(node!.properties).toMatchObject({ unit: expected.unit, attribute: expected.attribute, baseValue: expected.baseValue, targetYear: 2025 });
    if (expected.targetValue !== null && expected.targetValue !== undefined) expect(node!.properties['targetValue']).toBe(expected.targetValue);
    const department = reportedBy(result, node!);
    expect(department?.properties['aliases']).toContain(expected.reportedBy);
    expect(department?.id.startsWith('department:昆明市:')).toBe(true);
  });

  it('keeps values as written beside the number', () => {
    const gdp = fromTable.find((node) => node.name === '地区生产总值')!;
    expect(gdp.properties).toMatchObject({
      targetValueText: '突破10000，年均增长7.5-8%',
      comparator: '突破',
      growth: '年均增长7.5-8%',
      category: '经济发展',
      metric: 'gdp',
    });
    expect(fromTable.find((node) => node.name === '累计实际引进市外资金')!.properties).toMatchObject({ targetValue: 7500, cumulative: true });
    expect(fromTable.find((node) => node.name === '城市空气质量优良天数比例')!.properties).toMatchObject({ targetValueText: '>98', comparator: '>' });
  });

  it('reports merged cells it cannot place as issues, not errors', () => {
    expect(result.issues.filter((issue) => issue.code === 'TABLE_VALUES_MISMATCH')).toHaveLength(2);
  });
});

describe('tables without a 单位 column and review tables (弋江 2021, 济南 2009 passages)', () => {
  const passage = (stem: string) => readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'passages', `${stem}.txt`), 'utf8');
  const yijiang = indicators(extractDocument(passage('yijiang-shisanwu-2021'), { documentId: 'yijiang' }));

  it('reads a row of year columns headed 完成 as one result per year, its unit from the brackets of its name', () => {
    const gdp = yijiang.filter((node) => node.name === '地区生产总值').map((node) => node.properties);
    expect(gdp).toEqual([
      expect.objectContaining({ kind: 'result', observedYear: 2015, observedValue: 300.41, unit: '亿元', targetValue: null, growth: null }),
      expect.objectContaining({ kind: 'result', observedYear: 2020, observedValue: 469.5, unit: '亿元', growth: '“十三五”年均增长9.3%' }),
    ]);
    expect(yijiang.find((node) => node.name === '森林蓄积量')?.properties).toMatchObject({ observedYear: 2020, observedValue: 7.44, unit: '万立方米' });
    // A change written in words stays as written; verbal cells (完成市政府下达目标) state no value.
    expect(yijiang.filter((node) => node.name === '服务业增加值占地区生产总值比重').map((node) => node.properties['growth'])).toEqual([
      null,
      '提高13.4个百分点',
    ]);
    expect(yijiang.filter((node) => node.name === '空气质量优良天数占比')).toHaveLength(1);
    expect(yijiang.every((node) => node.properties['kind'] === 'result')).toBe(true);
  });

  it('keeps a 年均增速 cell with its header words and unit (济南: 年均增速(%) over 13)', () => {
    const jinan = indicators(extractDocument(passage('jinan-fuwuye-kaohe-2009'), { documentId: 'jinan' }));
    expect(jinan.find((node) => node.name === '服务业增加值')?.properties).toMatchObject({ targetValue: 3600, targetYear: 2015, growth: '年均增速13%' });
    expect(jinan.find((node) => node.name === '服务业增加值占生产总值比重')?.properties['growth']).toBeNull();
  });
});

describe('a completion report: the results of a year beside its targets (南通 2021 十三五 health indicators, one cell per line)', () => {
  const passage = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'passages', 'nantong-weijian-zhibiao-2021.txt'), 'utf8');
  const nantong = indicators(extractDocument(passage, { documentId: 'nantong' }));
  const facts = (name: string) => nantong.filter((node) => node.name === name).map((node) => node.properties);

  it('reads 2020年完成情况 as 2020 results and 2020年规划目标 as 2020 targets (rule `result-beside-target`)', () => {
    expect(facts('孕产妇死亡率')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'result', observedYear: 2020, observedValue: 2.65, unit: '/10万' }),
        expect.objectContaining({ kind: 'target', targetYear: 2020, targetValue: 5, unit: '/10万', comparator: '≤' }),
      ]),
    );
    expect(facts('孕产妇死亡率')).toHaveLength(2);
  });

  it('skips a remark after a value and keeps the last value of a row out of the next row (rules `remark-after-value`, `value-closes-row-above`)', () => {
    expect(facts('人均期望寿命')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'result', observedValue: 83.16 }),
        expect.objectContaining({ kind: 'target', targetValue: 80, comparator: '≥' }),
      ]),
    );
    expect(facts('因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率')).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'target', targetValue: 10, unit: '个百分点' })]),
    );
    expect(facts('登记在册的严重精神障碍患者管理率').every((properties) => properties['category'] !== '比2015年(24.31)降低10个百分点')).toBe(true);
  });
});

describe('Qinghai running-text targets (seed 004)', () => {
  const stem = '004_6c3dd93e6ca21e83';
  const result = extractDocument(readSeed(stem), { documentId: stem });
  const gold = readGold<{ indicators: GoldIndicator[] }>(stem).indicators;

  it.each(gold.map((entry) => [entry.name, entry] as const))('%s', (name, expected) => {
    const node = indicators(result).find(
      (candidate) =>
        candidate.properties['targetValue'] === expected.targetValue &&
        candidate.properties['unit'] === expected.unit &&
        (candidate.name.includes(name) || name.includes(candidate.name)),
    );
    expect(node?.properties['targetYear']).toBe(2025);
  });

  it('measures a sector goal: 现代金融 → goal → 金融业增加值 300亿元', () => {
    const indicator = indicators(result).find((node) => node.properties['targetValue'] === 300)!;
    const goal = result.relationships.find((rel) => rel.type === 'MEASURED_BY' && rel.to === indicator.id)!.from;
    const sector = result.relationships.find((rel) => rel.type === 'HAS_GOAL' && rel.to === goal)!.from;
    expect(result.nodes.find((node) => node.id === sector)?.properties['sectorType']).toBe('finance');
  });
});
