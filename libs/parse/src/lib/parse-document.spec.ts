import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from './parse-document';

/** A 十四五 education plan's indicator table, one cell per line (test/fixtures/tables/README.md). */
const EDUCATION_TABLE = readFileSync(join(__dirname, '../../../../test/fixtures/tables/education-indicators.txt'), 'utf8').trimEnd().split('\n');

describe('parseDocument', () => {
  it('reads the notice header: title inside 印发 notice, issuer, number, date, period', () => {
    const parsed = parseDocument(
      '重庆市人民政府\n关于印发重庆市现代服务业发展计划\n（2019—2022年）的通知\n渝府发〔2019〕32号\n\n重庆市人民政府\n2019年11月25日\n一、编制背景\n正文。',
    );
    expect(parsed.metadata).toMatchObject({
      title: '重庆市现代服务业发展计划（2019—2022年）',
      issuer: '重庆市人民政府',
      docNumber: '渝府发〔2019〕32号',
      issuedOn: '2019-11-25',
      periodStart: 2019,
      periodEnd: 2022,
    });
  });

  it('nests enumerations by first appearance and structural parts by rank, skipping the table of contents', () => {
    const parsed = parseDocument(
      '目录\n第一篇 总论\n第一章 基础\n第一篇 总论\n第一章 基础\n第一节 成就\n一、产业\n（一）物流\n1.冷链\n正文。\n（二）金融\n第二章 目标\n正文。',
    );
    expect(parsed.sections.slice(1).map((section) => `${section.depth}:${section.heading}`)).toEqual([
      '1:第一篇总论',
      '2:第一章基础',
      '3:第一节成就',
      '4:一、产业',
      '5:（一）物流',
      '6:1.冷链',
      '5:（二）金融',
      '2:第二章目标',
    ]);
    const body = parsed.paragraphs.find((paragraph) => paragraph.text === '正文。')!;
    expect(parsed.sections[body.section].path).toEqual(['第一篇总论', '第一章基础', '第一节成就', '一、产业', '（一）物流', '1.冷链']);
  });

  it('reads a numbered item whose title is a sentence as part of its paragraph (沁县 2025 任务清单)', () => {
    const parsed = parseDocument(
      '一、县示范区管委会牵头工作\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.打造食用菌酵素生产基地。\n3.发展目标。\n4.建设3个劳动密集型产业园。推动生产线投产。\n',
    );
    expect(parsed.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '投资3000万元建设南美白对虾工厂化循环水养殖基地。',
      '打造食用菌酵素生产基地。',
      '建设3个劳动密集型产业园。推动生产线投产。',
    ]);
    // Still headings: the items nest under their list.
    expect(parsed.sections.map((section) => section.title)).toContain('打造食用菌酵素生产基地');
  });

  it('reads a numbered target followed by its label lines as a paragraph too, numbered 1﹒ in small-form punctuation (安徽 2022)', () => {
    const parsed = parseDocument(
      '一、确保完成全年主要预期目标\n1﹒全省生产总值增长7%以上,在实际工作中力争更好结果。\n牵头负责领导:刘惠。\n牵头责任单位:省发展改革委。\n',
    );
    expect(parsed.sections.map((section) => section.title)).toContain('全省生产总值增长7%以上，在实际工作中力争更好结果');
    expect(parsed.paragraphs.map((paragraph) => paragraph.text)[0]).toBe('全省生产总值增长7%以上，在实际工作中力争更好结果。');
  });

  it('splits a heading that carries its body into title and paragraph', () => {
    const parsed = parseDocument('一、任务\n(一)坚持创新引领，强化技术应用。加强技术创新。(责任单位:省科技厅)');
    const section = parsed.sections[2];
    expect(section.heading).toBe('（一）坚持创新引领，强化技术应用');
    expect(parsed.paragraphs.map((paragraph) => paragraph.text)).toEqual(['加强技术创新。（责任单位：省科技厅）']);
  });

  it('rebuilds an indicator table without serial numbers, its rows delimited by their units (济南 服务业考核分工表)', () => {
    const cells = ['表1 主要指标', '类别', '指标', '单位', '2020年', '2025年', '年均增速(%)', '考核责任单位'];
    const rows = [
      ['总体发展', '服务业增加值', '亿元', '1711', '3600', '13', '市发改委'],
      ['服务业增加值占生产总值比重', '%', '51', '56', '市发改委'],
      ['信息、现代物流、金融、文化旅游、商务会展增加值占服务业比重', '%', '51', '60', '市发改委'],
      ['居民收入增长', '—', '同步', '同步', '市统计局'],
    ];
    const text = [...cells, ...rows.flat(), '二、主要任务'].join('\n');
    for (const written of [
      text,
      text
        .split('\n')
        .map((line) => `${line} |`)
        .join('\n|\n'),
    ]) {
      const [table] = parseDocument(written).tables;
      const cell = (row: number, header: string) => table.rows[row].cells.find((c) => table.columns[c.column].header.startsWith(header))?.text;
      expect(table.rows.map((row, index) => cell(index, '指标'))).toEqual([
        '服务业增加值',
        '服务业增加值占生产总值比重',
        '信息、现代物流、金融、文化旅游、商务会展增加值占服务业比重',
        '居民收入增长',
      ]);
      expect(table.rows.map((row, index) => [cell(index, '类别'), cell(index, '2025年'), cell(index, '年均增速'), cell(index, '考核责任单位')])).toEqual([
        ['总体发展', '3600', '13', '市发改委'],
        ['总体发展', '56', undefined, '市发改委'],
        ['总体发展', '60', undefined, '市发改委'],
        ['总体发展', '同步', undefined, '市统计局'],
      ]);
    }
  });

  it('rebuilds a web table with neither serials nor a 单位 column: rows closed by a bare |, group rows written as cells (弋江 2021)', () => {
    const text = [
      '表1:“十三五”期间经济社会发展的主要目标',
      '指 标 |',
      '2015年 完成 |',
      '2020年 完成 |',
      '“十三五”年均增长(%) |',
      '指标属性 |',
      '|',
      '一、经济发展 |',
      '|||||',
      '地区生产总值(亿元) |',
      '300.41 |',
      '469.5 |',
      '9.3 |',
      '预期性 |',
      '|',
      '服务业增加值占地区生产总值比重(%) |',
      '30.2 |',
      '43.6 |',
      '提高13.4个百分点 |',
      '预期性 |',
      '|',
      '规模以上工业增加值(亿元) |',
      '240 |',
      '188.5 |',
      '-5.82 |',
      '预期性 |',
      '|',
      '空气质量 |',
      '城市PM2.5下降 |',
      '57.3 |',
      '完成市政府下达目标 |',
      '/ |',
      '约束性 |',
      '空气质量优良天数占比(%) |',
      '77.9 |',
      '完成市政府下达目标 |',
      '/ |',
      '约束性 |',
      '|',
    ].join('\n');
    const [table] = parseDocument(text).tables;
    expect(table.columns.map((column) => column.kind)).toEqual(['name', 'value', 'value', 'value', 'attribute']);
    // The group row (一、经济发展) holds no value: no row, and no heading that would end the table.
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['地区生产总值（亿元）', '300.41', '469.5', '9.3', '预期性'],
      ['服务业增加值占地区生产总值比重（%）', '30.2', '43.6', '提高13.4个百分点', '预期性'],
      ['规模以上工业增加值（亿元）', '240', '188.5', '-5.82', '预期性'],
      // Two label cells before the first value; a row whose closing | is missing ends where a label follows its values.
      ['空气质量城市PM2.5下降', '57.3', '完成市政府下达目标', '/', '约束性'],
      ['空气质量优良天数占比（%）', '77.9', '完成市政府下达目标', '/', '约束性'],
    ]);
  });

  it('rebuilds an indicator table with every cell in a paragraph and numbered labels, up to the prose after it (教育 十四五 主要指标表)', () => {
    // The table's first group, a blank cell after its label, then a heading and prose.
    const text = [
      ...EDUCATION_TABLE.slice(0, 6),
      '     ',
      ...EDUCATION_TABLE.slice(6, 14),
      '二、主要任务',
      '全面推进学前教育普及普惠发展，扩大普惠性学前教育资源供给，完善学前教育公共服务体系。',
    ].join('\n\n');
    const parsed = parseDocument(text);
    const [table] = parsed.tables;
    expect(table.columns.map((column) => column.kind)).toEqual(['name', 'value', 'value', 'attribute']);
    // 一、发展水平 and 1. are labels of the rows (a value follows them); 二、主要任务 is a heading (prose follows).
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['一、发展水平1.学前教育毛入园率（%）', '99%', '99%以上', '约束性'],
      ['2.劳动年龄人口平均受教育年限（年）', '11.4年', '12.3年以上', '约束性'],
    ]);
    expect(parsed.text.slice(table.end)).toMatch(/^\s*二、主要任务/);
  });

  it('splits a row holding sub-rows (其中：…) into one row per indicator, its values stacked column after column (教育 十四五 主要指标表)', () => {
    const text = [
      '“十四五”教育事业发展主要指标表',
      '指  标',
      '2020年',
      '2025年',
      '属性',
      '4.义务教育标准班额比例(%)',
      '其中:小学',
      '初中',
      '34.52%',
      '77.34%',
      '80%以上',
      '85%以上',
      '预期性',
      '1.幼儿教师专科及以上学历比例(%)',
      '其中:本科及以上学历比例(%)',
      '97.74%',
      '49.85%',
      '100%',
      '50%',
      '预期性',
      '4.高中教师研究生学历（学位）比例(%)',
      '12.59%',
      '20%',
      '预期性',
    ].join('\n\n');
    const [table] = parseDocument(text).tables;
    expect(table.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['4.义务教育标准班额比例（小学）（%）', '34.52%', '80%以上', '预期性'],
      ['4.义务教育标准班额比例（初中）（%）', '77.34%', '85%以上', '预期性'],
      ['1.幼儿教师专科及以上学历比例（%）', '97.74%', '100%', '预期性'],
      ['本科及以上学历比例（%）', '49.85%', '50%', '预期性'],
      ['4.高中教师研究生学历（学位）比例（%）', '12.59%', '20%', '预期性'],
    ]);
  });

  it('rebuilds a blank-line separated table whose category cells are merged', () => {
    const text = [
      '主要指标',
      '序号',
      '指标名称',
      '单位',
      '2020年',
      '2025年',
      '属性',
      '数据来源',
      '1',
      '经济发展',
      '地区生产总值',
      '亿元',
      '6733',
      '10000',
      '预期性',
      '市统计局',
      '2',
      '人均地区生产总值',
      '万美元',
      '1.3',
      '1.8',
      '预期性',
      '备注：说明',
    ].join('\n\n');
    const [table] = parseDocument(text).tables;
    expect(table.caption).toBe('主要指标');
    const cell = (row: number, header: string) => table.rows[row].cells.find((c) => table.columns[c.column].header === header);
    expect(cell(0, '类别')?.text).toBe('经济发展');
    expect(cell(1, '类别')).toMatchObject({ text: '经济发展', inherited: true });
    expect(cell(1, '数据来源')).toMatchObject({ text: '市统计局', inherited: true });
    expect(cell(1, '2025年')?.text).toBe('1.8');
  });

  it('rebuilds a completion report whose year titles are split over two lines (南通 2021: 2020年 / 完成情况 / 2020年 / 规划目标)', () => {
    const text = [
      '类别',
      '序号',
      '指标',
      '单位',
      '2020年',
      '完成情况',
      '2020年',
      '规划目标',
      '健康水平',
      '1',
      '人均期望寿命',
      '83.16',
      '(市级测算)',
      '≥80',
      '2',
      '孕产妇死亡率',
      '1/10万',
      '2.65',
      '≤5',
      '资源配置',
      '3',
      '每千常住人口执业(助理)医师数',
      '2.9',
      '≥2.5',
    ].join('\n\n');
    const [table] = parseDocument(text).tables;
    // Rule `year-title-split`: one value column per year title, named by both lines.
    expect(table.columns.map((column) => `${column.kind}:${column.header}`)).toEqual([
      'category:类别',
      'serial:序号',
      'name:指标',
      'unit:单位',
      'value:2020年完成情况',
      'value:2020年规划目标',
    ]);
    const cell = (row: number, header: string) => table.rows[row].cells.find((c) => table.columns[c.column].header === header)?.text;
    // Rule `remark-after-value`: (市级测算) is no target; rule `value-closes-row-above`: ≥80 is row 1's, not row 2's category.
    expect([cell(0, '2020年完成情况'), cell(0, '2020年规划目标'), cell(0, '类别')]).toEqual(['83.16', '≥80', '健康水平']);
    expect([cell(1, '单位'), cell(1, '2020年完成情况'), cell(1, '2020年规划目标'), cell(1, '类别')]).toEqual(['1/10万', '2.65', '≤5', '健康水平']);
    expect(cell(2, '类别')).toBe('资源配置');
  });

  it('reads a Chinese-numbered heading whose title opens with a year (三、2026年主要工作)', () => {
    const parsed = parseDocument('一、2025年工作回顾\n正文。\n二、“十五五”时期目标任务\n正文。\n三、2026年主要工作\n正文。');
    expect(parsed.sections.slice(1).map((section) => section.heading)).toEqual(['一、2025年工作回顾', '二、“十五五”时期目标任务', '三、2026年主要工作']);
  });

  it('joins a short phrase set apart in the middle of a wrapped sentence (广东: …发展的\\n主要预期目标\\n是：…)', () => {
    const parsed = parseDocument(
      '2026年是“十五五”第一年，开好局起好步十分重要。今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%。\n（一）推动建设。',
    );
    expect(parsed.paragraphs[0].text).toBe('2026年是“十五五”第一年，开好局起好步十分重要。今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%。');
  });
});
