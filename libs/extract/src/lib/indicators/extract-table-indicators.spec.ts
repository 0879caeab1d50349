import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../index';

/** A 十四五 education plan's indicator table, one cell per line (test/fixtures/tables/README.md). */
const EDUCATION_TABLE = readFileSync(join(__dirname, '../../../../../test/fixtures/tables/education-indicators.txt'), 'utf8').trimEnd().split('\n');

const indicators = (text: string) =>
  extractDocument(text, { documentId: 'table' })
    .nodes.filter((node) => node.label === 'Indicator')
    .map((node) => [
      node.name,
      node.properties['baseYear'],
      node.properties['baseValue'],
      node.properties['targetYear'],
      node.properties['targetValue'],
      node.properties['unit'],
      node.properties['category'],
    ]);

describe('indicator tables', () => {
  it('names a row without its number, files it under the group label before it, and splits a row of sub-rows (教育 十四五 主要指标表)', () => {
    expect(indicators(EDUCATION_TABLE.join('\n\n'))).toEqual([
      ['学前教育毛入园率', 2020, 99, 2025, 99, '%', '发展水平'],
      ['劳动年龄人口平均受教育年限', 2020, 11.4, 2025, 12.3, '年', '发展水平'],
      // The row's value cells stack a value per sub-row, each cell whole: 34.52% and 77.34% are the 2020 values of 小学
      // and 初中 (in their order), 80% and 85% their 2025 targets; the labels all come before the values, so no
      // sub-row is a table row of its own.
      ['义务教育标准班额比例（小学）', 2020, 34.52, 2025, 80, '%', '优质资源建设'],
      ['义务教育标准班额比例（初中）', 2020, 77.34, 2025, 85, '%', '优质资源建设'],
      ['智慧校园比例', 2020, 60, 2025, 100, '%', '优质资源建设'],
    ]);
  });

  it('reads an assessment table by its weight column: the target after the 分值, the year its caption names, no target from a weight (旌阳 2016)', () => {
    const lines = [
      '旌阳区2016年度经济社会发展目标任务分解表',
      '项 目',
      '分值',
      '目标任务',
      '监考单位',
      '宏观调控',
      '地区生产总值增长率',
      '3',
      '年终根据全省平均水平综合考核',
      '区发改局区统计局',
      '社会消费品零售总额增长率',
      '3',
      '税收占地方公共财政收入的比重及变化率',
      '2',
      '全社会固定资产投资额',
      '3',
      '186',
      '区发改委区统计局',
      '完成重点项目年度投资计划',
      '2',
      '18.4',
      '建筑业总产值',
      '1',
      '140',
      '区住建局',
      '公共服务',
      '城镇登记失业率',
      '1',
      '低于 4.1',
    ];
    const document = extractDocument(lines.join('\n'), { documentId: 'table' });
    const found = document.nodes
      .filter((node) => node.label === 'Indicator')
      .map((node) => [node.name, node.properties['targetYear'], node.properties['targetValue'], node.properties['unit'], node.properties['category']]);
    // A row whose target is merged away or says how it is judged states none; the table has no unit column.
    expect(found).toEqual([
      ['全社会固定资产投资额', 2016, 186, null, '宏观调控'],
      ['完成重点项目年度投资计划', 2016, 18.4, null, '宏观调控'],
      ['建筑业总产值', 2016, 140, null, '宏观调控'],
      ['城镇登记失业率', 2016, 4.1, null, '公共服务'],
    ]);
    // 监考单位 check the figures: no unit owns a task here; units the cell runs together report it each.
    expect(document.relationships.filter((relationship) => relationship.type.startsWith('RESPONSIBLE'))).toEqual([]);
    const name = (id: string) => document.nodes.find((node) => node.id === id)?.name;
    const investment = document.nodes.find((node) => node.name === '全社会固定资产投资额')?.id;
    expect(
      document.relationships
        .filter((relationship) => relationship.type === 'REPORTED_BY' && relationship.from === investment)
        .map((relationship) => name(relationship.to)),
    ).toEqual(['区发展和改革委员会', '区统计局']);
  });

  it('reads a monitoring table written one row per line: a period column of results, rows leaving their merged category out, footnote marks, signs (青海 2018)', () => {
    const text = [
      '一级指标 | 二 级 指 标 | 计量单位 | 1-3月 |',
      '经济稳定 | 1.地区生产总值(GDP)增长率(按可比价格计算) | % | 7.2 |',
      '2.居民消费价格涨幅(CPI) | % | 2.7 | |',
      '产业升级 | 5.高技术产业(制造业)[1]增加值占规模以上工业增加值比重 | % | 4.5 |',
      '资源环境 | 9.单位GDP能源消耗(按等价值计算) | % | -3.92 |',
      '民生改善 | 11.全体常住居民人均可支配收入增长率 | % | 10.3 |',
      '12.城乡居民人均收入比(以农村常住居民人均可支配收入为1) | 2.92 |',
      '[1]青海省高技术产业(制造业)包括化学药品制造,中药饮品加工,中成药生产。',
    ].join('\n');
    const found = extractDocument(text, { documentId: 'table' })
      .nodes.filter((node) => node.label === 'Indicator')
      .map((node) => [node.name, node.properties['kind'], node.properties['observedValue'], node.properties['unit'], node.properties['observedYear']]);
    // The page names no year: the first quarter's values are results of no stated year.
    expect(found).toEqual([
      ['地区生产总值（GDP）增长率（按可比价格计算）', 'result', 7.2, '%', null],
      ['居民消费价格涨幅（CPI）', 'result', 2.7, '%', null],
      ['高技术产业（制造业）增加值占规模以上工业增加值比重', 'result', 4.5, '%', null],
      ['单位GDP能源消耗（按等价值计算）', 'result', -3.92, '%', null],
      ['全体常住居民人均可支配收入增长率', 'result', 10.3, '%', null],
      ['城乡居民人均收入比（以农村常住居民人均可支配收入为1）', 'result', 2.92, null, null],
    ]);
  });
});
