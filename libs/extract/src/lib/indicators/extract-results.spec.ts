import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../../index';

const results = (result: ExtractionResult) =>
  result.nodes
    .filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'result')
    .map((node) => [
      node.name,
      node.properties['observedValue'],
      node.properties['unit'],
      node.properties['measure'],
      node.properties['observedYear'],
      node.properties['metric'],
    ]);

describe("last year's results in a yearly report", () => {
  const report = (review: string) =>
    extractDocument(
      [
        '2026年四川省人民政府工作报告',
        '——2026年2月3日在四川省第十四届人民代表大会第五次会议上',
        '一、2025年工作回顾',
        ...review.split('\n'),
        '二、2026年工作安排',
        '今年主要预期目标是：地区生产总值增长5.5%左右。',
      ].join('\n'),
      { documentId: 'report' },
    );

  it('keeps 2025 figures as observed values with their year, on the metric keys of the targets (四川)', () => {
    const result = report(
      '过去一年，经济运行稳中有进，较好完成全年主要目标任务。实现地区生产总值67665亿元，增长5.5%，总量和增速均居全国第5位；城乡居民人均可支配收入分别增长4.4%、5.6%。',
    );
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
    expect(
      result.nodes
        .filter((node) => node.properties['metric'] === 'gdp-growth' && node.properties['kind'] === 'target')
        .map((node) => node.properties['targetValue']),
    ).toEqual([5.5]);
  });

  it('names 一二三产业 as 第一/第二/第三产业, and gives a share of another whole after a 分别 list to each subject of the list (rule share-of-listed-subjects: 郴州 2013)', () => {
    const found = results(
      report('过去一年，一二三产业增加值分别完成65.7亿元、388.4亿元和272.3亿元,分别增长5.4%、11.5%和11.1%,对地区生产总值贡献率分别为9.0%、53.5%和37.5%。'),
    ).map((row) => row.slice(0, 3));
    expect(found).toEqual(
      expect.arrayContaining([
        ['第一产业增加值', 65.7, '亿元'],
        ['第三产业增加值增长', 11.1, '%'],
        ['第一产业对地区生产总值贡献率', 9, '%'],
        ['第二产业对地区生产总值贡献率', 53.5, '%'],
        ['第三产业对地区生产总值贡献率', 37.5, '%'],
      ]),
    );
  });

  it("reads the subsections of a review heading naming one year as that year's, without 一年来 again (德宏 2025)", () => {
    const result = report(
      '一年来，经济发展稳中有进。全州完成地区生产总值620.1亿元、增长3%。\n（一）农林牧渔稳中有进，“三农”工作亮点纷呈。一是坚决扛牢粮食安全和耕地保护责任，建成高标准农田6.7万亩，粮食产量72.5万吨。',
    );
    expect(results(result).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['地区生产总值', 620.1, 2025],
      ['地区生产总值增长', 3, 2025],
      ['建成高标准农田', 6.7, 2025],
      ['粮食产量', 72.5, 2025],
    ]);
    // A subsection whose section never spoke of last year is not read.
    expect(results(report('（一）农林牧渔稳中有进。建成高标准农田6.7万亩。'))).toEqual([]);
  });

  it("reads a delayed report's review line of last year and the months since, watermark and all (新晃 2020: 2019年及今年以来工作回顾hd9)", () => {
    const copy = extractDocument(
      '（湖南省）2020年新晃侗族自治县政府工作报告（全文）\n各位代表：hd9\n现在，我代表县人民政府向大会报告工作，请予审查，并请县政协委员和其他列席人员提出意见。hd9\n2019年及今年以来工作回顾hd9\n经济发展提质增效，综合实力迈上新台阶。地区生产总值增长8.4%；固定资产投资增长11.5%。hd9\n',
      { documentId: 'xinhuang' },
    );
    expect(results(copy).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['地区生产总值增长', 8.4, 2019],
      ['固定资产投资增长', 11.5, 2019],
    ]);
  });

  it('reads a value of last year as a result only, never also as a target of that year (徐州 2024 news)', () => {
    const news = extractDocument(
      '1月17日上午，徐州市第十七届人民代表大会第三次会议隆重开幕。\n2023年，徐州坚持稳字当头、稳中求进，在全力拼经济中保持较快增速，地区生产总值增长7%（预计，下同），一般公共预算收入增长5.5%。\n',
      { documentId: 'xuzhou' },
    );
    const kinds = news.nodes.filter((node) => node.label === 'Indicator').map((node) => `${node.name} ${node.properties['kind']}`);
    expect(kinds).toEqual(['地区生产总值增长 result', '一般公共预算收入增长 result']);
  });

  it('leaves five-year figures and paragraphs that do not speak of last year alone', () => {
    expect(results(report('这五年，地区生产总值突破6万亿元、年均增长5.7%。'))).toEqual([]);
    expect(results(report('“十四五”以来，地区生产总值增长30%。'))).toEqual([]);
    expect(results(report('成渝地区双城经济圈建设走深走实，地区生产总值增长5%。'))).toEqual([]);
  });

  it("reads a plan's review as the levels at the end of the last period, never its growth over the period", () => {
    const plan = extractDocument(
      '四川省“十四五”服务业发展规划\n一、发展回顾\n2020年，服务业增加值增长5%，全年地区生产总值增长4%。“十三五”期间，服务业增加值年均增长7%。\n',
      { documentId: 'plan' },
    );
    expect(results(plan).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['服务业增加值增长', 5, 2020],
      ['地区生产总值增长', 4, 2020],
    ]);
  });
});

describe('results stated as a fall, linked to the target of their metric', () => {
  const report = (review: string, targets: string) =>
    extractDocument(['2026年福建省人民政府工作报告', '一、2025年工作回顾', review, '二、2026年工作安排', `今年主要预期目标是：${targets}`].join('\n'), {
      documentId: 'report',
    });
  const indicator = (result: ExtractionResult, kind: string, name: string) =>
    result.nodes.find((node) => node.label === 'Indicator' && node.properties['kind'] === kind && node.name === name);

  it('keeps a fall as a positive value with measure decline, on the metric of the growth target (福建: 固定资产投资下降3.3%)', () => {
    const result = report(
      '初步统计，2025年全省地区生产总值增长5%，固定资产投资同比下降3.3%，单位地区生产总值能耗下降3.5%。',
      '地区生产总值增长5%左右，固定资产投资增长3%，单位地区生产总值能耗下降2.5%左右。',
    );
    const fall = indicator(result, 'result', '固定资产投资下降');
    expect(fall?.properties).toMatchObject({ observedValue: 3.3, measure: 'decline', metric: 'fixed-asset-investment-growth', observedYear: 2025 });
    const target = indicator(result, 'target', '固定资产投资增长');
    expect(fall?.properties).toMatchObject({
      linkedTarget: target?.id,
      linkedTargetBasis: 'inferred',
      linkedTargetConfidence: 0.8,
      linkedTargetRule: 'same-metric-in-report',
    });
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
    const text = [
      '2023年某市政府工作报告',
      '一、回顾2022年政府工作',
      '刚刚过去的一年，极不平凡。',
      '全市生产总值完成3880.3亿元，增长3.8%；地方公共财政预算收入下降9.1%。',
      '二、2023年工作安排',
      '抓好重点工作。',
    ].join('\n');
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

describe('results of any year, read as the text dates them', () => {
  const read = (text: string) => results(extractDocument(text, { documentId: 'passage' })).map((row) => [row[0], row[1], row[2], row[4]]);

  it('gives both values of 从2015年的…增加到2020年… their years (荆州 2021), only the reached one without a base year (云南 2013)', () => {
    expect(
      read(
        '荆州市国民经济和社会发展第十四个五年规划\n第一节全面建成小康社会取得决定性成就\n经济总量迈上新台阶，地区生产总值从 2015 年的 1705 亿元增加到 2020 年 2369 亿元，总量稳居全省第四。\n',
      ),
    ).toEqual([
      ['地区生产总值', 1705, '亿元', 2015],
      ['地区生产总值', 2369, '亿元', 2020],
    ]);
    expect(read('据介绍，云南省服务业发展加快。2012年，云南省服务业增加值达4236.14亿元，占GDP的比重由38.5%提高到41.1%。\n')).toEqual([
      ['云南省服务业增加值', 4236.14, '亿元', 2012],
      ['占GDP的比重', 41.1, '%', 2012],
    ]);
  });

  it('reads a sentence opening with a past year that states what was done, not one that plans (南宁 2021, 西安 2025)', () => {
    expect(read('政府工作报告\n——经济实力提升进位。2020年，全市地区生产总值完成4726.3亿元，经济总量占全区比重由2015年的20.3%提升至21.3%。\n')).toEqual([
      ['地区生产总值', 4726.3, '亿元', 2020],
      ['经济总量占全区比重', 20.3, '%', 2015],
      ['经济总量占全区比重', 21.3, '%', 2020],
    ]);
    expect(read('其中提到，2024年，西安市建成投用变电站20座。2025年，推进城市新型电力系统建设，开工建设万达、曲江等6个330千伏变电站。\n')).toEqual([
      ['西安市建成投用变电站', 20, '座', 2024],
    ]);
  });

  it('names a count by the thing after it and reads a review line the outline did not take for a heading (新疆 2025, 保定 2023)', () => {
    expect(
      read('2024年工作回顾\n1.乡村全面振兴扎实推进\n安排“三农”资金1137.8亿元，全疆粮食播种面积4440万亩、新增202.9万亩，创建15个全国美丽宜居示范村。\n'),
    ).toEqual([
      ['安排“三农”资金', 1137.8, '亿元', 2024],
      ['全疆粮食播种面积', 4440, '万亩', 2024],
      ['全疆粮食播种面积新增', 202.9, '万亩', 2024],
      ['全国美丽宜居示范村', 15, '个', 2024],
    ]);
  });

  it("reads a news page's boxed record of the year (长江日报 2025 on the 湖北 report: ■ 2024年成绩单), not the targets after it", () => {
    const page = [
      '政府工作报告摘要与导读',
      '    ■ 2024年成绩单',
      '    ●预计全省地区生产总值增长6%左右',
      '    ●粮食总产达到557亿斤',
      '    ■ 2025年经济社会发展的主要预期目标',
      '    ●经济增长6%左右',
      '',
    ].join('\n');
    expect(read(page)).toEqual([
      ['地区生产总值增长', 6, '%', 2024],
      ['粮食总产', 557, '亿斤', 2024],
    ]);
  });

  it('reads the figures of a review heading a single year after a five-year word that follows them (青海 2022)', () => {
    expect(read('一、2021年工作回顾\n一年来，全省地区生产总值增长5.7%，居民消费价格上涨1.3%，实现了“十四五”良好开局。\n').map((row) => row[0])).toEqual([
      '地区生产总值增长',
      '居民消费价格上涨',
    ]);
  });

  it('gives a bare 总量/总额 the subject before it, and reads no value that describes what follows 的 (广东, 广西 2026)', () => {
    const text = ['2026年某省人民政府工作报告', '一、2025年工作回顾', '过去一年，外贸进出口总额增长8%、总额突破8000亿元，组建总规模1000亿元的产业基金。'].join(
      '\n',
    );
    expect(read(text)).toEqual([
      ['外贸进出口总额增长', 8, '%', 2025],
      ['外贸进出口总额', 8000, '亿元', 2025],
    ]);
  });

  it('reads no comparison, rank or milestone as a result (北京, 新疆 2026)', () => {
    const text = [
      '2026年某省人民政府工作报告',
      '一、2025年工作回顾',
      '过去一年，地区生产总值增长5.4%、高于全国0.4个百分点，农村居民人均可支配收入首次突破2万元、达到20793元。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['地区生产总值增长', 5.4, '%', 2025],
      ['农村居民人均可支配收入', 20793, '元', 2025],
    ]);
  });
});

describe('comparisons with listed references and marks passed (rules comparison-listed-references, mark-passed)', () => {
  it('reads neither 高于全国、全省1个、0.2个百分点 nor the comparison as the subject of the bare 总量 after it (安庆 2025)', () => {
    const text = [
      '一、2024年工作回顾',
      '这一年，我们砥砺前行、蓄势聚能。全年GDP增长6%，高于全国、全省1个、0.2个百分点，总量跨过3000亿元历史性节点；限上消费品零售额增速连续8个月位居全省第1。',
    ].join('\n');
    const result = extractDocument(text, { documentId: 'anqing' });
    expect(results(result).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['GDP增长', 6, '%', 2024],
      ['总量', 3000, '亿元', 2024],
    ]);
    const total = result.nodes.find((node) => node.name === '总量')!;
    expect(total.properties['qualifier']).toBe('跨过');
  });

  it('still reads a comparison with one reference as none (封丘 2025 form)', () => {
    const text = ['一、2024年工作回顾', '2024年全县地区生产总值同比增长6%,高出全市1.1个百分点。'].join('\n');
    expect(results(extractDocument(text, { documentId: 'x' })).map(([name]) => name)).toEqual(['地区生产总值增长']);
  });
});

describe("a plan's review of the last period", () => {
  it('reads a clause opening with its own year after a multi-year one, naming what the clause before measured (浙江 2021 服务业规划)', () => {
    const plan = extractDocument(
      [
        '浙江省现代服务业发展“十四五”规划',
        '一、发展条件',
        '（一）发展基础',
        '贡献作用更加凸显。“十三五”期间，全省服务业继续快于GDP增长，增加值由2万亿迈上3万亿台阶，2020年达到3.6万亿，稳居全国第四位；占GDP比重继2015年超过第二产业后，2016年首次突破50%，2020年提升至55.8%；服务业成为吸纳就业最大产业，税收占全省比重达60.6%。',
        '二、总体要求',
      ].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['增加值', 3.6, '万亿', 2020],
      ['占GDP比重', 50, '%', 2016],
      ['占GDP比重', 55.8, '%', 2020],
      ['税收占全省比重', 60.6, '%', 2020],
    ]);
  });

  it('reads a count of transactions in 亿笔 (浙江 2021: 移动支付交易554.58亿笔)', () => {
    const plan = extractDocument(
      [
        '浙江省现代服务业发展“十四五”规划',
        '一、发展条件',
        '（一）发展基础',
        '跨境电商、移动支付等新业态新模式国内领先，移动支付交易554.58亿笔。',
        '二、总体要求',
      ].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([['移动支付交易', 554.58, '亿笔', 2020]]);
  });

  it('reads after a review line of one year that says 简要回顾 (甘州区 2026: 2025年政府工作简要回顾)', () => {
    const report = extractDocument(
      [
        '政府工作报告',
        '——2026年1月27日在张掖市甘州区第十九届人民代表大会第五次会议上',
        '各位代表:',
        '2025年政府工作简要回顾',
        '过去一年，在区委的坚强领导下，经济社会发展取得突破性进展。',
        '——我们坚持扬优聚势稳增长，完成地区生产总值314.7亿元、增长7.3%。现代农业提质增效，一产增加值65.4亿元、增长5.9%。粮食播种面积93.2万亩。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 314.7, '亿元', 2025],
      ['地区生产总值增长', 7.3, '%', 2025],
      ['一产增加值', 65.4, '亿元', 2025],
      ['一产增加值增长', 5.9, '%', 2025],
      ['粮食播种面积', 93.2, '万亩', 2025],
    ]);
  });

  it('reads a review line naming the year and the period it closes where a paragraph speaks of the year (中宁 2026: 2025年和“十四五”工作回顾)', () => {
    const report = extractDocument(
      [
        '政 府 工 作 报 告',
        '——2026年1月14日在中宁县第十八届人民代表大会',
        '第五次会议上',
        '县 长 周永根',
        '各位代表:',
        '现在，我代表县人民政府向大会报告工作，请予审议。',
        '2025年和“十四五”工作回顾',
        '刚刚过去的2025年，全县经济社会发展企稳向好、稳中有进。',
        '一、经济运行量质齐升，投资消费稳健增长',
        '主要指标稳中有进。全年完成地区生产总值181.8亿元，同比增长7%；固定资产投资同比增长11.1%。',
        '二、“十四五”时期发展成就',
        '五年来，地区生产总值年均增长6.5%。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 181.8, '亿元', 2025],
      ['地区生产总值增长', 7, '%', 2025],
      ['固定资产投资增长', 11.1, '%', 2025],
    ]);
  });

  it('reads the execution of the yearly plan as a review of its year, subsections and all (琼海 2023 计划报告)', () => {
    const report = extractDocument(
      [
        '关于琼海市2022年国民经济和社会发展计划执行情况和2023年国民经济和社会发展计划草案的报告',
        '——2023年2月2日在琼海市第十六届人民代表大会第三次会议上',
        '一、2022年国民经济和社会发展计划执行情况',
        '2022年是极具挑战、极不平凡的一年，全市经济形势总体平稳有序。',
        '（一）全力抓好“双统筹”，确保经济社会平稳有序运行',
        '1.疫情防控精准高效。综合ICU床位提升308.1%，加强免疫接种率为112.63%。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['综合ICU床位提升', 308.1, '%', 2022],
      ['加强免疫接种率', 112.63, '%', 2022],
    ]);
  });

  it("reads 今年以来 under a heading of one year's plan execution as that year, and no count of policies issued (rules this-year-in-plan-execution, policies-counted-no-result: 洛阳 2023)", () => {
    const plan = extractDocument(
      [
        '洛阳市2023年国民经济和社会发展计划',
        '一、2022年国民经济和社会发展计划执行情况',
        '今年以来，面对超出预期的风险挑战，全市经济社会发展保持稳定恢复、稳中向好的态势，全市地区生产总值5675.2亿元、同比增长3%。',
        '——经济运行稳定恢复。生产供给总体平稳。粮食总产量25亿公斤、夏粮生产再创历史新高。双线嵌合发力见效。制定出台175项稳经济一揽子政策和73项接续措施。',
        '二、2023年经济社会发展的主要目标',
      ].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 5675.2, '亿元', 2022],
      ['地区生产总值增长', 3, '%', 2022],
      ['粮食总产量', 25, '亿公斤', 2022],
    ]);
  });

  it('reads a review heading run into the paragraph of a copy that lost its line breaks, up to the heading of the work ahead (青浦 2021)', () => {
    const report = extractDocument(
      [
        '2021年青浦区政府工作报告',
        '2021年青浦区政府工作报告各位代表:现在,我代表青浦区人民政府,向大会报告工作,请予审议。 一、2020年工作回顾过去一年，我们在区委坚强领导下，基本完成五届人大六次会议确定的目标任务。预计地区生产总值增长3.8%。一般公共预算收入实现583.1亿元、增长0.4%，其中区级一般公共预算收入210.1亿元、增长1.4%。 二、2021年工作安排今年全区经济增长6%。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值增长', 3.8, '%', 2020],
      ['一般公共预算收入', 583.1, '亿元', 2020],
      ['一般公共预算收入增长', 0.4, '%', 2020],
      ['区级一般公共预算收入', 210.1, '亿元', 2020],
      ['区级一般公共预算收入增长', 1.4, '%', 2020],
    ]);
  });

  it('pairs years listed before as many values one by one, and reads no result in a forecast (rules paired-years, forecast-no-result: 平罗 2022)', () => {
    const news = extractDocument(
      [
        '平罗县推进工业转型升级',
        '近日，平罗县制定了深入推进工业转型升级行动三年方案（2022-2024年）。',
        '据了解，平罗县工业运行总体平稳。2020年、2021年规上工业企业累计完成产值398.8亿元、579.33亿元，预计2022年全年工业产值有望突破700亿元，近三年每年增长超过100亿元。',
      ].join('\n'),
      { documentId: 'news' },
    );
    expect(results(news).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['规上工业企业累计产值', 398.8, '亿元', 2020],
      ['规上工业企业累计产值', 579.33, '亿元', 2021],
    ]);
  });

  it('reads a result named with a threshold of money and its growth (黎平 2023: 500万元以上固定资产投资完成39.73亿元，同比增长15.3%)', () => {
    const report = extractDocument(
      [
        '政 府 工 作 报 告',
        '(2023年1月6日在县第十八届人民代表大会第二次会议上)',
        '县长 崔华明',
        '一、2022年工作回顾',
        '2022年，全县地区生产总值完成106.6亿元，同比增长2.1%。500万元以上固定资产投资完成39.73亿元，同比增长15.3%；规上工业增加值完成4.6亿元，同比增长3.2%。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 106.6, '亿元', 2022],
      ['地区生产总值增长', 2.1, '%', 2022],
      ['500万元以上固定资产投资', 39.73, '亿元', 2022],
      ['500万元以上固定资产投资增长', 15.3, '%', 2022],
      ['规上工业增加值', 4.6, '亿元', 2022],
      ['规上工业增加值增长', 3.2, '%', 2022],
    ]);
  });

  it('reads the levels reached at the end of a five-year review as results of its last year, no sums or counts over it (青龙 2026)', () => {
    const report = extractDocument(
      [
        '2026年青龙满族自治县政府工作报告',
        '——2026年1月27日在青龙满族自治县第九届人民代表大会第六次会议上',
        '一、“十四五”时期及2025年工作回顾',
        '过去五年，是青龙乘势而上、蓄势奋进、起势突破的五年。',
        '五年来，我们稳经济、促增长，综合实力跃上新台阶。全县地区生产总值突破150亿元，规模以上工业企业由23家增至45家，固定资产投资保持两位数以上增长。一般公共预算收入达到7亿元，争取上级转移支付资金140亿元，获批中央预算内投资、各类债券项目109个。',
        '五年来，我们抓转型、调结构，产业升级迈出新步伐。实施矿业技改项目79个，新能源并网规模达到125.8万千瓦，较2020年增长了5倍，累计新增装机达到100万千瓦。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 150, '亿元', 2025],
      ['规模以上工业企业', 45, '家', 2025],
      ['一般公共预算收入', 7, '亿元', 2025],
      ['新能源并网规模', 125.8, '万千瓦', 2025],
    ]);
  });
});

describe('a level reached with only its manner before the verb (rule manner-before-verb)', () => {
  it('is of the metric the clause before named, in a five-year review (内蒙古 2026)', () => {
    const report = extractDocument(
      [
        '2026年内蒙古自治区政府工作报告',
        '——2026年1月27日在内蒙古自治区第十四届人民代表大会第五次会议上',
        '一、“十四五”时期发展成就和2025年工作回顾',
        '“十四五”时期内蒙古发展历程极不平凡。',
        '——这五年综合经济实力大幅提升。经济总量达到2.67万亿元，人均GDP进入全国前8位。一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。',
        '二、2026年工作安排',
        '今年主要预期目标是：地区生产总值增长5%左右。',
      ].join('\n'),
      { documentId: 'report' },
    );
    const read = results(report).map(([name, value, unit, , year]) => [name, value, unit, year]);
    expect(read).toContainEqual(['一般公共预算收入', 3000, '亿元', 2025]);
    expect(read.map(([name]) => name)).not.toContain('稳步');
  });
});

describe('a review of the four years of a government term (四年来, 过去四年: rules five-years-or-fewer, reached-pair)', () => {
  it('reads only the levels reached at their end, as results of the last year, both of a pair sharing one verb (东乌旗 2022)', () => {
    const report = extractDocument(
      [
        '政府工作报告',
        '——在东乌珠穆沁旗第十六届人民代表大会第一会议上',
        '(2022年1月5日)',
        '一、过去四年工作回顾',
        '过去的四年,是我旗发展进程中攻坚克难、砥砺奋进、开拓进取的四年。预计全旗地区生产总值累计完成232.75亿元,年均增长3.56%;固定资产投资累计完成65.3亿元,年均增长2.3%;城乡常住居民人均可支配收入分别达到44846元和37342元,年均增长4.9%和7.2%。',
        '——四年来,我们始终坚持干在一起、冲在一线。脱贫攻坚取得决定性胜利,累计投入扶贫资金1.2亿元,全旗165户568名建档立卡贫困户实现稳定脱贫,人均年纯收入达到2.9万元。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['城镇常住居民人均可支配收入', 44846, '元', 2021],
      ['农村常住居民人均可支配收入', 37342, '元', 2021],
      ['人均年纯收入', 2.9, '万元', 2021],
    ]);
  });
});

describe('a review sentence opening with the end of a five-year period (rule period-end-named: 谷城 2020)', () => {
  it('dates every level after 预计十三五末 to 2020, with or without a verb of reaching, and no yearly average', () => {
    const report = extractDocument(
      [
        '2020年谷城县人民政府工作报告',
        '2020年12月23日在谷城县第十八届人民代表大会第五次会议上',
        '一、十三五工作回顾',
        '这五年，我们聚力扩容提质，综合实力实现新跨越。预计十三五末，全县地区生产总值突破400亿元，年均增长6.2%；人均生产总值7.9万元，年均增长6%；固定资产投资250.3亿元，可比年均增长10.3%；利用外资5184万美元，年均增长10%。',
      ].join('\n'),
      { documentId: 'gucheng' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 400, '亿元', 2020],
      ['人均生产总值', 7.9, '万元', 2020],
      ['固定资产投资', 250.3, '亿元', 2020],
      ['利用外资', 5184, '万美元', 2020],
    ]);
  });
});

describe('a review headed by the years of a government term (rule term-review)', () => {
  const term = (heading: string, paragraph: string) =>
    results(
      extractDocument(['2022年西乌珠穆沁旗人民政府工作报告', '2022年1月7日在西乌珠穆沁旗第十六届人民代表大会第一次会议上', heading, paragraph].join('\n'), {
        documentId: 'report',
      }),
    ).map(([name, value, unit, , year]) => [name, value, unit, year]);

  it('reads the levels reached at its end and a from-to with its years, no sums, projects or ranks (西乌旗 2022)', () => {
    expect(
      term(
        '一、过去四年工作回顾',
        '地区生产总值从2017年的111.8亿元提高至2021年的160亿元左右,累计完成约545亿元,位居全盟前列;固定资产投资累计完成约126亿元,实施亿元以上重大项目21个;一般公共预算收入从18.4亿元提高至20.74亿元,累计完成81.2亿元。',
      ),
    ).toEqual([
      ['地区生产总值', 111.8, '亿元', 2017],
      ['地区生产总值', 160, '亿元', 2021],
      ['一般公共预算收入', 20.74, '亿元', 2021],
    ]);
  });

  it('reads a clause dated with a year of the term and herds counted in 群 (rules dated-clause-in-term-review, herd-units: 苏尼特左旗 2022)', () => {
    expect(
      term(
        '一、过去四年工作回顾',
        '现代畜牧业稳步推进。落实“减羊增牛”战略,2021年牧业年度牲畜存栏125万头只。苏尼特羊标准化畜群达到2800群,种公羊集中管理率达到45%。实施蒙古马、苏尼特双峰驼保护工程,累计发放扶持资金368万元,养殖规模稳定在2万匹、5000峰左右。',
      ),
    ).toEqual([
      ['牧业年度牲畜存栏', 125, '万头只', 2021],
      ['苏尼特羊标准化畜群', 2800, '群', 2021],
      ['种公羊集中管理率', 45, '%', 2021],
    ]);
    // A clause of an earlier year of the term states that year's level.
    expect(term('一、过去四年工作回顾', '全旗上下团结奋进,2019年牲畜存栏110万头只,肉牛存栏达到16万头。')).toEqual([
      ['牲畜存栏', 110, '万头只', 2019],
      ['肉牛存栏', 16, '万头', 2021],
    ]);
  });

  it("reads a heading of the outgoing government's work as a term (正蓝旗 2022: 一、十五届人民政府工作回顾)", () => {
    expect(
      term('一、十五届人民政府工作回顾', '2018年以来,地区生产总值预计达到58.8亿元,年均增长0.7%;累计实施重点项目79项,公共预算收入累计完成12.33亿元。'),
    ).toEqual([['地区生产总值', 58.8, '亿元', 2021]]);
  });
});

describe('a review heading run into a copy that lost its line breaks', () => {
  it('reads the year a heading naming the five years it closes opens, after the letters a site put for a line break (瑶海 2021)', () => {
    const report = extractDocument(
      [
        '2021年合肥市瑶海区人民政府工作报告',
        '——2021年1月6日在合肥市瑶海区第四届人民代表大会第五次会议上',
        '各位代表:BNC   一、2020年和“十三五”工作回顾BNC   刚刚过去的2020年,是瑶海发展史上极不平凡的一年。预计,全区实现地区生产总值616亿元,同 比增长3%;一般公共预算收入[1]17.7亿元,同比增长11.31%。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 616, '亿元', 2020],
      ['地区生产总值增长', 3, '%', 2020],
      ['一般公共预算收入', 17.7, '亿元', 2020],
      ['一般公共预算收入增长', 11.31, '%', 2020],
    ]);
  });
});

describe("comparisons and sums beside a year's results (rules comparison-not-value, sum-before-years-own)", () => {
  it("reads neither 高出全市…个百分点 nor a sum the sentence follows with the year's own amount (封丘 2025)", () => {
    const report = extractDocument(
      [
        '一、2024年工作回顾',
        '经济运行指标稳中向好。2024年全县地区生产总值完成239.76亿元,同比增长6%,高出全市1.1个百分点。固定资产投资同比增长15%,高出全市6.1个百分点,增速位居八县(市)第2位。',
        '区域协同发展平稳有序。协同推进城南新区和飞地产业园区建设,总投资166.25亿元的37个项目,累计完成投资68.39亿元,2024年完成投资19.23亿元。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 239.76, '亿元', 2024],
      ['地区生产总值增长', 6, '%', 2024],
      ['固定资产投资增长', 15, '%', 2024],
      ['投资', 19.23, '亿元', 2024],
    ]);
  });

  it('reads neither a bare change in points nor the gap between two rates (rules bare-change-no-result, rate-gap-no-result: 常州 2016, 湖南 2026)', () => {
    const plan = extractDocument(
      [
        '某市创新发展现代服务业三年行动计划',
        '(2016-2018年)',
        '一、发展现状',
        '服务业对经济的贡献作用愈发显著,2015年全市第三产业从业人员占全社会从业人员的比重达到38%,比2010年上升2.3个百分点,全市服务业完成税收329.4亿元,增速高于全部税收增速0.5个百分点。',
      ].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['第三产业从业人员占全社会从业人员的比重', 38, '%', 2015],
      ['服务业税收', 329.4, '亿元', 2015],
    ]);
    const report = extractDocument(
      [
        '2026年某省政府工作报告',
        '一、2025年工作回顾',
        '2025年,全体居民人均可支配收入达39545元、增长5%,其中农村居民收入增长5.8%、快于经济增速1个百分点,空气优良率上升6.4个百分点。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value]) => [name, value])).toEqual([
      ['全体居民人均可支配收入', 39545],
      ['全体居民人均可支配收入增长', 5],
      ['农村居民收入增长', 5.8],
      ['空气优良率上升', 6.4],
    ]);
  });

  it('reads no count of honours received (rule honours-no-result: 万秀 2023)', () => {
    const report = extractDocument(
      ['一、2022年工作回顾', '过去一年,全区地区生产总值增长4.1%。万秀区荣获广西高质量发展进步城区、自治区工业投资先进县区等自治区级以上荣誉69项。'].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value]) => [name, value])).toEqual([['地区生产总值增长', 4.1]]);
  });

  it('reads no value told as a first among places (黔西南 2021: 项目建设在全省率先实现100%复工复产)', () => {
    const report = extractDocument(
      [
        '一、2020年及“十三五”工作回顾',
        '2020年是我州经济社会发展经受多重考验的一年。项目建设在全省率先实现100%复工复产。经济增速由负扭正、逐季加快,地区生产总值增长4.7%,增速排全省第2位。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value]) => [name, value])).toEqual([['地区生产总值增长', 4.7]]);
  });
});

describe('part-of-year-named: a sentence opening with a part of a year the text names with its year', () => {
  it('reads 上半年, after 2013年上半年, as results of 2013 (郴州 2013 half-year assessment notice)', () => {
    const text = [
      '郴产转办〔2013〕6号',
      '市产业大转型领导小组办公室会同有关部门对2013年上半年各县市区产业大转型工作完成情况进行了考核评价,现将有关情况通报如下:',
      '2013年上半年,面对更趋复杂的国内外宏观经济形势,全市经济总体稳健,产业结构调整总体向好。',
      '一、全市经济稳健发展。上半年,全市完成地区生产总值726.4亿元,同比增长10.7%,增速高于全省0.7个百分点,居全省第2位。完成固定资产投资624.5亿元,同比增长34.7%。',
    ].join('\n');
    expect(results(extractDocument(text, { documentId: 'chenzhou' })).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 726.4, '亿元', 2013],
      ['地区生产总值增长', 10.7, '%', 2013],
      ['固定资产投资', 624.5, '亿元', 2013],
      ['固定资产投资增长', 34.7, '%', 2013],
    ]);
    // Without the part written with its year, 上半年 dates nothing.
    expect(results(extractDocument('一、全市经济稳健发展。上半年,全市完成地区生产总值726.4亿元,同比增长10.7%。', { documentId: 'x' }))).toEqual([]);
  });

  it('reads a statistical communiqué as results of the year of its title, section by section; 第一产业 is no rank and 2022年末 no part of a name (和政 2022)', () => {
    const communique = extractDocument(
      [
        '2022年和政县国民经济和社会发展统计公报',
        '2022年,面对严峻复杂的外部环境和县内延宕反复的疫情冲击,全县经济稳定恢复、持续向好。',
        '一、综合',
        '初步核算,全年全县地区生产总值341881万元,比上年增长7.23%。按常住人口计算,全年人均地区生产总值16612元,比上年增长9.2%。全县万元地区生产总值能耗比上年下降2.1%。',
        '二、人口',
        '其中,第一产业增加值56789万元,增长5.25%。第一产业增加值占地区生产总值比重为16.6%。2022年末全县常住人口20.58万人。',
      ].join('\n'),
      { documentId: 'communique' },
    );
    expect(results(communique).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 341881, '万元', 2022],
      ['地区生产总值增长', 7.23, '%', 2022],
      ['人均地区生产总值', 16612, '元', 2022],
      ['人均地区生产总值增长', 9.2, '%', 2022],
      ['万元地区生产总值能耗下降', 2.1, '%', 2022],
      ['第一产业增加值', 56789, '万元', 2022],
      ['第一产业增加值增长', 5.25, '%', 2022],
      ['第一产业增加值占地区生产总值比重', 16.6, '%', 2022],
      ['常住人口', 20.58, '万人', 2022],
    ]);
  });

  it('reads a communiqué whose title writes its year in Chinese numerals, or whose title the page lost, as results of its accounting year, no target (子洲 2024, 宁远 2023)', () => {
    const untitled = extractDocument(
      [
        '2023年,是全面贯彻落实党的二十大精神的开局之年,也是宁远发展史上极具挑战、极为不易的一年。',
        '一、综合',
        '经初步核算,2023年,全县实现地区生产总值2616611万元,同比增长-0.5%。',
        '二、农业',
        '全年粮食播种面积72.68万亩,粮食总产量达到31.57万吨,同比增长0.8%。',
        '林业保持稳定。全县森林覆盖率为53.77%。人工造林面积达到3300公顷。',
      ].join('\n'),
      { documentId: 'ningyuan' },
    );
    expect(results(untitled).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 2616611, '万元', 2023],
      ['地区生产总值增长', -0.5, '%', 2023],
      ['粮食播种面积', 72.68, '万亩', 2023],
      ['粮食总产量', 31.57, '万吨', 2023],
      ['粮食总产量增长', 0.8, '%', 2023],
      ['森林覆盖率', 53.77, '%', 2023],
      // 公顷 a unit of results too (rule dan-and-hectares).
      ['人工造林面积', 3300, '公顷', 2023],
    ]);
    expect(untitled.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
    const chineseYear = extractDocument(
      [
        '子洲县二〇二三年国民经济和社会发展统计公报',
        '一、综合',
        '根据地区生产总值统一核算初步反馈结果,2023年,全县实现地区生产总值(GDP)98.38亿元,较上年增长3.1%。',
        '二、农业',
        '全年农作物播种面积91.87万亩,较上年增长1.1%。',
      ].join('\n'),
      { documentId: 'zizhou' },
    );
    expect(results(chineseYear).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['地区生产总值（GDP）', 98.38, 2023],
      ['地区生产总值（GDP）增长', 3.1, 2023],
      ['农作物播种面积', 91.87, 2023],
      ['农作物播种面积增长', 1.1, 2023],
    ]);
  });

  it('names dated clauses by the measure a clause without a value opens with (…比重连续七年超过第二产业，2016年首次突破50%: 台州 2021)', () => {
    const plan = extractDocument(
      [
        '台州市服务业“十四五”发展规划(征求意见稿)',
        '一、发展基础',
        '“十三五”时期，全市服务业增加值由2015年的1756.45亿元跃升到2020年的2669.73亿元，年均增速达8.3%；占GDP比重连续七年超过第二产业，2016年首次突破50%，2020年达到50.7%。',
        '二、总体要求',
      ].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['服务业增加值', 1756.45, '亿元', 2015],
      ['服务业增加值', 2669.73, '亿元', 2020],
      ['占GDP比重', 50, '%', 2016],
      ['占GDP比重', 50.7, '%', 2020],
    ]);
  });

  it('reads a from-to statement with both years outside a review heading, its subject in the clause before, and 2020全年 as a year (rules dated-from-to, semicolon-ends-period: 芜湖 2021)', () => {
    const plan = extractDocument(
      [
        '芜湖市“十四五”服务业发展规划',
        '“十三五”以来，服务业已成为我市促增长的重要引擎。规划期限为2021-2025年。',
        '总量规模稳步提升，发展贡献不断增强。服务业增加值稳居全省第二，从2015年的931.9亿元增长到2020年的1804.2亿元，占GDP比重达到48.1%，较“十二五”末提高10.2个百分点。服务业对社会就业的吸纳能力不断增强，规上服务企业从业人数15.80万人，较“十二五”末增长192.4%；规上服务业营业收入743.90亿元，居全省第二。2020全年实现社会消费品零售总额1584.35亿元，年均增长10.9%。',
      ].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['服务业增加值', 1804.2, '亿元', 2020],
      ['服务业增加值', 931.9, '亿元', 2015],
      ['占GDP比重', 48.1, '%', 2020],
      ['规上服务企业从业人数', 15.8, '万人', 2020],
      ['规上服务业营业收入', 743.9, '亿元', 2020],
      ['社会消费品零售总额', 1584.35, '亿元', 2020],
    ]);
  });

  it('reads a dated from-to with 增至, carries its years to the next from-to of the sentence, and gives a year clause the subject of the clause before (rules dated-from-to, from-to-years-carried, year-clause-subject-before: 天水 2025)', () => {
    const news = extractDocument(
      [
        '今年天水市地区生产总值有望突破千亿元',
        '2025-12-15 10:40 来源:甘肃经济日报',
        '记者从会上获悉,“十四五”期间,天水市地区生产总值先后跨越700亿元、800亿元,2024年达952.25亿元,较“十三五”末增加265.06亿元,年均增长6.2%,2025年有望突破千亿元大关。',
        '全市游客接待量从2020年的2290.47万人次增至2024年的5950万人次,年均增长26.95%;旅游收入由142.36亿元增至383亿元,年均增长28.07%。',
      ].join('\n'),
      { documentId: 'news' },
    );
    expect(results(news).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['天水市地区生产总值', 952.25, '亿元', 2024],
      ['游客接待量', 2290.47, '万人次', 2020],
      ['游客接待量', 5950, '万人次', 2024],
      ['旅游收入', 142.36, '亿元', 2020],
      ['旅游收入', 383, '亿元', 2024],
    ]);
    // A from-to without years, alone in its sentence, dates only the value reached, of the year read.
    const alone = extractDocument(['某县政府工作报告', '一、2024年工作回顾', '2024年，旅游收入由142.36亿元增至383亿元。', '二、2025年工作安排'].join('\n'), {
      documentId: 'report',
    });
    expect(results(alone).map(([name, value, , , year]) => [name, value, year])).toEqual([['旅游收入', 383, 2024]]);
  });

  it('reads no yearly change in a rise told after a from-to of the sentence that wrote both its years (rule span-rise-no-result: 常德 2025)', () => {
    const news = extractDocument(
      [
        '湖南常德“十四五”期间地区生产总值突破4500亿元',
        '来源:央广网 时间:2025-10-23 16:34:26',
        '“十四五”期间,常德市经济实力持续增强,地区生产总值由2020年的3749.1亿元增加到2024年的4532.7亿元,迈上新的千亿台阶,人均GDP突破9万元,增幅超过30%。',
      ].join('\n'),
      { documentId: 'news' },
    );
    expect(results(news).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 4532.7, '亿元', 2024],
      ['地区生产总值', 3749.1, '亿元', 2020],
      ['人均GDP', 9, '万元', 2024],
    ]);
  });

  it('keeps a period set by a clause of its own over the statements after a semicolon (“十三五”期间，…；…: rule semicolon-ends-period)', () => {
    const plan = extractDocument(
      ['某市服务业“十四五”发展规划', '一、发展基础', '“十三五”期间，全市服务业增加值年均增长8%；累计新增就业20万人。', '二、总体要求'].join('\n'),
      { documentId: 'plan' },
    );
    expect(results(plan)).toEqual([]);
  });

  it('reads no count of the aspects of a text as a result (泉山 2024: 落实区委10个方面40条贯彻举措; 陕西 2026: 主要做了6个方面工作)', () => {
    const report = extractDocument(
      [
        '2024年政府工作报告',
        '——2024年1月10日在徐州市泉山区第十届人民代表大会第三次会议上',
        '一、回顾2023，推动高质量发展迈出新步伐',
        '刚刚过去的2023年，较好完成目标任务。全年预计（下同）完成地区生产总值760亿元（含港务区）、增长5.6%。这一年，我们不折不扣落实区委10个方面40条贯彻举措，主要做了6个方面工作。',
      ].join('\n'),
      { documentId: 'report' },
    );
    expect(results(report).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 760, '亿元', 2023],
      ['地区生产总值增长', 5.6, '%', 2023],
    ]);
  });
});

describe('a news account of a report (rule report-reviews-year)', () => {
  const targets = (result: ExtractionResult) =>
    result.nodes
      .filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')
      .map((node) => [node.name, node.properties['targetValue']]);

  it('reads the figures after 报告回顾了2024年… as results of 2024, none as targets (广东 2025, 新快报)', () => {
    const text = [
      '新快报讯 1月15日,广东省十四届人大三次会议开幕,广东省省长王伟中向大会作政府工作报告。报告回顾了2024年的工作成果,并为2025年广东发展描绘新蓝图。',
      '广东经济综合实力稳步提升。进出口总额突破9万亿元、增长9.8%,总量连续39年居全国首位。规模以上工业增加值增长4.2%,规模以上工业企业约7.4万家。旅游总收入突破万亿元,海洋生产总值突破2万亿元。',
    ].join('\n');
    const result = extractDocument(text, { documentId: 'news' });
    expect(results(result).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual(
      expect.arrayContaining([
        ['进出口总额', 9, '万亿元', 2024],
        ['规模以上工业增加值增长', 4.2, '%', 2024],
        ['规模以上工业企业', 7.4, '万家', 2024],
        ['海洋生产总值', 2, '万亿元', 2024],
        ['旅游总收入', 1, '万亿元', 2024],
      ]),
    );
    expect(targets(result)).toEqual([]);
  });

  it('reads the figures after 对2021年…工作作了全面回顾 as results of 2021, a growth told before its level too; targets said to be met turn to no plan (牟定 2022)', () => {
    const text = [
      '1月20日,牟定县人民政府县长李永军在作《政府工作报告》时,对2021年及十七届县人民政府工作作了全面回顾,对十八届县人民政府工作目标和主要任务、2022年的主要工作作了安排部署。',
      '在各级各部门和全县广大人民群众的共同努力下,2021年,牟定县经济社会发展各项目标任务高质量全面完成。',
      '据统计预测,全县地区生产总值增长12.6%达92.9亿元,规模以上固定资产投资增长18.3%,城乡常住居民人均可支配收入分别增长12%和13%,分别达43366元和13835元。',
    ].join('\n\n');
    const result = extractDocument(text, { documentId: 'news' });
    expect(results(result).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值增长', 12.6, '%', 2021],
      ['地区生产总值', 92.9, '亿元', 2021],
      ['规模以上固定资产投资增长', 18.3, '%', 2021],
      ['城镇常住居民人均可支配收入增长', 12, '%', 2021],
      ['农村常住居民人均可支配收入增长', 13, '%', 2021],
      ['城镇常住居民人均可支配收入', 43366, '元', 2021],
      ['农村常住居民人均可支配收入', 13835, '元', 2021],
    ]);
    expect(targets(result)).toEqual([]);
  });

  it('reads the targets of an account run into one paragraph once a sentence announces them (rule targets-sentence: 青岛 2026)', () => {
    const text = [
      '青岛|在现代化强国、强省建设中“走在前、挑大梁”,青岛——发力“九个新”,确保“十五五”开好局起好步',
      '政府工作报告全面回顾了2025年及"十四五"时期工作,明确了"十五五"时期经济社会发展目标任 务,对2026年重点工作进行安排部署。 政府工作报告提出,2026年主要预期目标是:全市生产总值增长5%以上,在实际工作中努力争取 更好结果;一般公共预算收入增长2%,居民收入增长与经济增长同步。',
    ].join('\n');
    const found = extractDocument(text, { documentId: 'news' }).nodes.filter((node) => node.label === 'Indicator' && node.properties['targetValue'] != null);
    expect(found.map((node) => [node.name, node.properties['targetValue'], node.properties['targetYear']])).toEqual([
      ['生产总值增长', 5, 2026],
      ['一般公共预算收入增长', 2, 2026],
    ]);
  });

  it('reads no result once the account turns to the targets', () => {
    const text =
      '报告回顾了2024年的工作。全省地区生产总值增长5.2%。\n报告提出，2025年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业110万人以上。';
    const found = results(extractDocument(text, { documentId: 'news' }));
    expect(found.map(([name, value]) => [name, value])).toEqual([['地区生产总值增长', 5.2]]);
  });
});

describe('a news account turning to the year the report reviews (rules just-past-year, this-year-back)', () => {
  const dated = (result: ExtractionResult) => results(result).map(([name, value, unit, , year]) => [name, value, unit, year]);

  it('reads 报告指出，刚刚过去的2022年，… as results of 2022; after 过去五年 only the levels reached, and none after 到2027年 (安徽 2023)', () => {
    const text = [
      '1月13日上午,安徽省第十四届人民代表大会第一次会议开幕,安徽省人民政府省长王清宪向大会作政府工作报告。',
      '报告指出,刚刚过去的2022年,预计全省生产总值增长3.5%左右,固定资产投资增长9%左右,一般公共预算收入同口径增长9.9%。',
      '更从长的时间来看,报告指出,过去五年,安徽省经济实力实现重大跨越。全省生产总值连跨2个万亿元台阶,人均地区生产总值突破1万美元;粮食产量稳定在800亿斤以上,社会消费品零售总额突破2万亿元。',
      '到2027年,安徽全省经济总量向7万亿元冲刺,人均地区生产总值达到11万元以上。',
    ].join('\n');
    const result = extractDocument(text, { documentId: 'news' });
    expect(dated(result)).toEqual([
      ['生产总值增长', 3.5, '%', 2022],
      ['固定资产投资增长', 9, '%', 2022],
      ['一般公共预算收入增长', 9.9, '%', 2022],
      ['人均地区生产总值', 1, '万美元', 2022],
      ['社会消费品零售总额', 2, '万亿元', 2022],
    ]);
  });

  it('reads 刚刚过去的2020年 as the subject of what is said of it (极不平凡) as a turn to 2020, and no move up the ranks (广元 2020)', () => {
    const text = [
      '玉鼠辞旧岁,金牛贺新春。',
      '刚刚过去的2020年极不平凡。全市商务系统坚定落实中央和省委、市委决策部署,圆满完成全年各项目标任务。全年实现社会消费品零售总额419.24亿元,下降1.4%,增幅高于全省平均水平1个百分点,列全省第二位;服务业增加值总额428.29亿元,增长3.5%,增速高于全省平均水平0.1个百分点,排位提升6个位次;外贸进出口2.65亿元。',
    ].join('\n');
    expect(dated(extractDocument(text, { documentId: 'message' }))).toEqual([
      ['社会消费品零售总额', 419.24, '亿元', 2020],
      ['社会消费品零售总额下降', 1.4, '%', 2020],
      ['服务业增加值总额', 428.29, '亿元', 2020],
      ['服务业增加值总额增长', 3.5, '%', 2020],
      ['外贸进出口', 2.65, '亿元', 2020],
    ]);
    // 高出全国(2.3%)、全省(2.8%): the references' own values, no result (rule comparison-reference-bracketed: 丽水 2022).
    const lishui = '据初步核算,2022年丽水市服务业增加值1007亿元,比上年增长3.9%,高出全国(2.3%)、全省(2.8%)1.6个和1.1个百分点,增幅列全省11市首位。';
    expect(dated(extractDocument(lishui, { documentId: 'news' }))).toEqual([
      ['丽水市服务业增加值', 1007, '亿元', 2022],
      ['丽水市服务业增加值增长', 3.9, '%', 2022],
    ]);
    // A year just past said only as a time (刚刚过去的2020年以来) opens no review.
    expect(results(extractDocument('刚刚过去的2020年以来,全市社会消费品零售总额419.24亿元。', { documentId: 'message' }))).toEqual([]);
  });

  it('reads a paragraph opening with 这一年 as of the year the paragraph before opened with (长沙 2024)', () => {
    const text = [
      '人民网长沙1月11日电 今天上午,长沙市十六届人大四次会议在长沙人民会堂开幕。',
      '2023年,长沙聚焦实现“三高四新”美好蓝图,交出了一份高质量发展的合格答卷。',
      '周海兵表示,这一年,长沙全球研发中心城市建设扬帆启航,全社会研发投入强度首次超过3%,人才总量突破300万,获评2023中国年度最佳引才城市。',
    ].join('\n\n');
    // 人才总量突破300万: a bare 万 after a verb of passing (rule bare-wan).
    expect(dated(extractDocument(text, { documentId: 'news', fileName: 'changsha-2024.txt' }))).toEqual([
      ['全社会研发投入强度', 3, '%', 2023],
      ['人才总量', 300, '万', 2023],
    ]);
    // Without a year opening the paragraph before, 这一年 names none.
    const alone = ['今天上午,长沙市十六届人大四次会议开幕。', '周海兵表示,这一年,全社会研发投入强度首次超过3%,人才总量突破300万。'].join('\n\n');
    expect(results(extractDocument(alone, { documentId: 'news' }))).toEqual([]);
  });

  it('reads a share raised by points as done in a sentence opening with a past year (扬州 2024)', () => {
    const text = '2023年,扬州创新动能不断培育,国家高新技术企业突破2000家。全社会研发投入占地区生产总值比重提升0.2个百分点。';
    expect(dated(extractDocument(text, { documentId: 'news', fileName: 'yangzhou-2024.txt' }))).toEqual([
      ['国家高新技术企业', 2000, '家', 2023],
      ['全社会研发投入占地区生产总值比重提升', 0.2, '个百分点', 2023],
    ]);
  });
});

describe('a change against a stated year (rule stated-base-year)', () => {
  it('keeps its base year: 比2015年增长37.8% is a result of 2020 over 2015, not a yearly change (南宁 2021, 芜湖 2021)', () => {
    const result = extractDocument(
      '2020年，全市地区生产总值比2015年增长37.8%，软件信息服务业营业收入210.41亿元，较2015年增长180.4%，规模以上工业增加值增长4.1%。',
      { documentId: 'review', fileName: 'r.txt' },
    );
    const found = result.nodes
      .filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'result')
      .map((node) => [node.name, node.properties['observedValue'], node.properties['observedYear'], node.properties['baseYear']]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['地区生产总值增长', 37.8, 2020, 2015],
        ['软件信息服务业营业收入增长', 180.4, 2020, 2015],
        ['规模以上工业增加值增长', 4.1, 2020, null],
      ]),
    );
  });
});

describe('reviews of city and district reports and news of them (branch tasks, sixth session)', () => {
  const read = (text: string) => results(extractDocument(text, { documentId: 'passage' })).map((row) => [row[0], row[1], row[2], row[4]]);

  it("reads a report's headline of the year's record run into the paragraph after it (邯郸 2025: rule record-headline)", () => {
    const text = [
      '各位代表:',
      '2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单',
      '过去的一年,奋斗充满艰辛,成绩殊为不易。',
      '(一)经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%,签约亿元以上项目507个。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['地区生产总值', 4704.3, '亿元', 2024],
      ['地区生产总值增长', 6.1, '%', 2024],
      ['签约亿元以上项目', 507, '个', 2024],
    ]);
    // A headline asking for a record is a plan: nothing of it is done.
    expect(read('各位代表:\n2025年要交出一份经济社会高质量发展的优异答卷\n地区生产总值增长6%。\n')).toEqual([]);
  });

  it('reads the year a news account says the report reviews, in the past, until it turns to the plan (硚口 2025: rule year-characterized)', () => {
    const text = [
      '12月25日上午,武汉市硚口区第十六届人民代表大会第四次会议开幕。报告指出,2024年是硚口牢记嘱托、突围奋进的一年,交出了一份稳中有进的答卷。',
      '报告指出,一年来,预计实现地区生产总值1100亿元、增长5.5%左右,服务业增加值占比首超80%,空气优良率同比上升6.4个百分点,“云油控”等2项改革纳入国家试点。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['地区生产总值', 1100, '亿元', 2024],
      ['地区生产总值增长', 5.5, '%', 2024],
      // 首 before 超 says how remarkable the value is; 同比 before 上升 is no part of the name; a count of reforms is none.
      ['服务业增加值占比', 80, '%', 2024],
      ['空气优良率上升', 6.4, '个百分点', 2024],
    ]);
    // A year said to be ahead (2025年是…的一年, with nothing done) opens no record.
    expect(read('报告指出,2025年是全面深化改革的一年,做好各项工作责任重大。\n报告指出,一年来,地区生产总值增长5%。\n')).toEqual([]);
  });

  it('names counts of sites, routes and streets by the thing after them (龙岗 2025, 邯郸 2025), and reads a bare 万 (rule bare-wan: 赤峰 2025, 长沙 2024)', () => {
    const text = [
      '2025年某区政府工作报告',
      '一、2024年工作回顾',
      '过去一年,新增43个低空飞行器起降点、58条低空飞行航线;精心打造8条特色餐饮街区,玉龙机场旅客吞吐量突破200万大关,人才总量突破300万,出台政策措施20条。',
      '二、2025年工作安排',
    ].join('\n');
    expect(read(text)).toEqual([
      ['低空飞行器起降点', 43, '个', 2024],
      ['低空飞行航线', 58, '条', 2024],
      ['特色餐饮街区', 8, '条', 2024],
      ['玉龙机场旅客吞吐量', 200, '万', 2024],
      ['人才总量', 300, '万', 2024],
    ]);
  });

  it("takes no reference to the text's own place for a counted thing (龙岗 2025: 吸引了…等74家企业常态化到我区开展测试)", () => {
    const text = [
      '2025年某区政府工作报告',
      '一、2024年工作回顾',
      '过去一年,吸引了高巨创新、好盈科技等74家企业常态化到我区开展测试。',
      '二、2025年工作安排',
    ].join('\n');
    expect(read(text).map((row) => row[0])).not.toContain('企业常态化到我区');
  });

  it('reads no comparison and verb alone as what is measured (和政 2022: 城镇人口5.96万人,比上年末增加0.01万)', () => {
    expect(read('2022年末全县常住人口20.58万人,比上年末增加0.02万人。\n').map((row) => row[0])).not.toContain('比上年末增加');
  });

  it('reads a metric abbreviation run into its value in news copy (肇庆 2025: rule metric-abbreviation-before-value), not 5G or PM2.5', () => {
    expect(read('据悉,2024年,肇庆完成GDP2917.85亿元、同比增长2.2%。\n')).toEqual([
      ['肇庆完成GDP', 2917.85, '亿元', 2024],
      ['肇庆完成GDP增长', 2.2, '%', 2024],
    ]);
    expect(read('2024年,全市建成5G基站3000个,PM2.5平均浓度下降到30微克/立方米。\n').map((row) => row[1])).toEqual([3000, 30]);
  });
});

describe('a plan outline reviewing the last period as PDF copies set it (公安 2020, 庆元 2021)', () => {
  const dated = (result: ExtractionResult) => results(result).map(([name, value, unit, , year]) => [name, value, unit, year]);

  it('reads a from-to statement with 提升为 and values set apart from their units (rules from-to-wei, spaced-unit)', () => {
    const text = [
      '公安县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      '第一节发展基础',
      '经济发展再上台阶。 “ 十三五 ” 以来,全县经济总量稳步扩大,地区生产总值前四年年均增长 8.1% , 2020 年预计完成 310 亿元,保持中高速增长;城镇化率由 2016 年的 46.2% 提升为 2020 年的 52.5% ,全面建成小康社会圆满收官。',
    ].join('\n');
    const found = dated(extractDocument(text, { documentId: 'gongan' }));
    // The average of the first four years is no level; the subject before 前四年 names the 2020 level (rule span-before-average).
    expect(found).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 310, '亿元', 2020],
        ['城镇化率', 46.2, '%', 2016],
        ['城镇化率', 52.5, '%', 2020],
      ]),
    );
    expect(found.some(([, value]) => value === 8.1)).toBe(false);
  });

  it('reads a base written at the end of its year (rule from-year-end: 从2015 年末的57.02 亿元增长到2020 年的78.93 亿元)', () => {
    const text = [
      '庆元县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      '(一)全面建设小康社会如期实现',
      '综合实力显著增强 ,全县地区生产总值从2015 年末的57.02 亿元增长到2020 年的78.93 亿元,年均增长率达到6.72%,经济持续快速增长。',
    ].join('\n');
    expect(dated(extractDocument(text, { documentId: 'qingyuan' }))).toEqual(
      expect.arrayContaining([
        ['全县地区生产总值', 57.02, '亿元', 2015],
        ['全县地区生产总值', 78.93, '亿元', 2020],
      ]),
    );
  });
});

describe('a count of the places a full coverage is for (rule places-of-coverage: 会昌 2022)', () => {
  it('reads the rates a review reached, not the villages its kindergartens cover', () => {
    const text = [
      '会昌县“十四五”教育科技体育事业发展规划',
      '一、基础与条件',
      '1.发展成就',
      '“十三五”期间,全县教育科技体育事业坚持教育优先发展。',
      '学前教育普及发展。全县243个行政村实现幼儿园全覆盖,适龄幼儿毛入园率达91 %以上,普惠性幼儿园覆盖率达到80%以上。',
    ].join('\n');
    const found = results(extractDocument(text, { documentId: 'huichang' })).map(([name, value]) => [name, value]);
    expect(found).toEqual(expect.arrayContaining([['普惠性幼儿园覆盖率', 80]]));
    expect(found.some(([, value]) => value === 243)).toBe(false);
  });

  it('reads no level from what a plan review says was added or rated over the period (rule addition-in-period-review)', () => {
    const text = [
      '会昌县“十四五”教育科技体育事业发展规划',
      '一、基础与条件',
      '1.发展成就',
      '“十三五”期间,全县教育科技体育事业坚持教育优先发展。',
      '学前教育普及发展。新增了1所省级示范幼儿园,14所乡镇幼儿园被评为市级示范园,普惠性幼儿园覆盖率达到80%以上。',
    ].join('\n');
    const found = results(extractDocument(text, { documentId: 'huichang' })).map(([name, value]) => [name, value]);
    expect(found).toEqual([['普惠性幼儿园覆盖率', 80]]);
  });
});

describe('the review of a health plan and of an outline whose period is unknown (扬中 2023, 洛龙 十四五)', () => {
  const reviewOf = (title: string, paragraph: string) =>
    results(extractDocument([title, '一、发展背景', paragraph].join('\n'), { documentId: 'review' })).map(([name, value, unit, , year]) => [
      name,
      value,
      unit,
      year,
    ]);

  it('reads a year-end opening, a life expectancy in 岁 and an age group named in a 分别 list (rules year-end-opening, life-expectancy, years-of-age, age-group-name)', () => {
    expect(
      reviewOf(
        '扬中市“十四五”卫生健康发展规划',
        '居民健康水平显著提高。2020年末,全市居民人均预期寿命提高到82.25岁,婴儿死亡率和5岁以下儿童死亡率分别为0.63‰和2.52‰,全市居民健康素养水平达到31.7%。',
      ),
    ).toEqual([
      ['居民人均预期寿命', 82.25, '岁', 2020],
      ['婴儿死亡率', 0.63, '‰', 2020],
      ['5岁以下儿童死亡率', 2.52, '‰', 2020],
      ['居民健康素养水平', 31.7, '%', 2020],
    ]);
  });

  it('reads the levels a review section reached in the period it names (rule period-named-in-review)', () => {
    const text = [
      '《洛阳市洛龙区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》根据中共中央的建议精神编制。',
      '一、决胜全面建成小康社会取得重大历史性成就',
      '综合实力稳步提升。“十三五”期间,洛龙区经济综合实力显著增强。GDP总量突破400亿元大关,在全市各县(市区)排名第4位,人均GDP达到71757元。',
    ].join('\n');
    expect(results(extractDocument(text, { documentId: 'luolong' })).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['GDP总量', 400, '亿元', 2020],
      ['人均GDP', 71757, '元', 2020],
    ]);
  });
});

describe('a fact built on and a count of tasks (rules basis-stated, counted-tasks)', () => {
  it('reads the amount of 在…的基础上 and not the count of 项重点工作 (坪山 2022, 斗门 2022)', () => {
    const text = [
      '一、2021年工作回顾',
      '全年地区生产总值达910.6亿元、增长11.7%;在新增减税降费18.2亿元的基础上,全口径税收收入达146.5亿元。',
      '一年来,我们加快推进粤港澳大湾区建设38项重点工作落实,137个市重点项目完成投资236.8亿元。',
    ].join('\n');
    expect(results(extractDocument(text, { documentId: 'x' })).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 910.6, '亿元', 2021],
      ['地区生产总值增长', 11.7, '%', 2021],
      ['新增减税降费', 18.2, '亿元', 2021],
      ['全口径税收收入', 146.5, '亿元', 2021],
      ['市重点项目', 137, '个', 2021],
      ['投资', 236.8, '亿元', 2021],
    ]);
  });
});

describe('a value restated in brackets (rule restated-in-brackets: 通城 2023)', () => {
  it('gives the bare growth after the bracket the subject before it', () => {
    const text = [
      '一、2022年工作回顾',
      '预计全年可完成地区生产总值201.06亿元—204.05亿元，增长6.5%—8%；地方一般公共预算收入完成8.72亿元(剔除留抵退税后为8.04亿元)，增长6.9%。',
    ].join('\n');
    expect(results(extractDocument(text, { documentId: 'x' })).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['地区生产总值', 201.06, '亿元', 2022],
      ['地区生产总值增长', 6.5, '%', 2022],
      ['地方一般公共预算收入', 8.72, '亿元', 2022],
      ['地方一般公共预算收入剔除留抵退税后', 8.04, '亿元', 2022],
      ['地方一般公共预算收入增长', 6.9, '%', 2022],
    ]);
  });
});

describe('将…作为 is no word of a plan (rule jiang-as-ba: 随州 2022)', () => {
  it("reads a news item's past year as results where 将 only says what was taken as what", () => {
    const text = [
      '近日，省服务业工作领导小组通报了2021年度全省服务业发展评估情况，随州市获评“全省服务业发展推进市”称号，获省奖励资金698万元。',
      '2021年，我市紧盯服务业高质量发展目标，将加快推进服务业发展作为构建现代产业体系的重要支点，全市服务业保持恢复性增长态势，全年实现服务业增加值530亿元，同比增长10.4%，超省定目标0.4个百分点，占GDP比重达到42.7%；在库规上服务业企业103家，创历史新高。',
    ].join('\n');
    expect(results(extractDocument(text, { documentId: 'suizhou' })).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['服务业增加值', 530, '亿元', 2021],
      ['服务业增加值增长', 10.4, '%', 2021],
      ['占GDP比重', 42.7, '%', 2021],
      ['在库规上服务业企业', 103, '家', 2021],
    ]);
    // A 将 of what is to come still marks a plan: no result.
    const plan = ['2021年，全市将加快推进服务业发展，全年实现服务业增加值530亿元。', '扫一扫'].join('\n');
    expect(results(extractDocument(plan, { documentId: 'plan' }))).toEqual([]);
  });
});

describe('a page that gives no year of its own (rule deadline-bounds-results: 遵义 master-plan news)', () => {
  it('reads no result of a year from the first deadline it sets on', () => {
    const text = [
      '遵义要建2条高速铁路',
      '根据规划,到2025年,遵义市常住人口要达到 750 万人左右,2035年达到 835万人左右。全市 2025 年城镇化率达到 63%,城镇人口达到 473 万人左右;2035年城镇化率达到 73%,城镇人口达到610 万人左右。',
    ].join('\n');
    expect(results(extractDocument(text, { documentId: 'zunyi' }))).toEqual([]);
  });
});

describe('a review line over the subsections after it (rule review-line-over-subsections, branch meta, ninth session)', () => {
  const report = (lines: string[]) =>
    results(
      extractDocument(
        [
          '政府工作报告',
          '——在尉犁县第十八届人民代表大会第五次会议上',
          '（2025年1月6日）',
          '各位代表：',
          '现在，我代表县人民政府向大会报告政府工作，请予审议。',
          ...lines,
        ].join('\n'),
        { documentId: 'report' },
      ),
    );

  it('reviews its year through a subsection whose heading reads like a review of its own (尉犁 2025: …发展基础更加牢固)', () => {
    const found = report([
      '2024年工作回顾',
      '预计完成地区生产总值90.82亿元，增长8%。',
      '一年来，我们笃行实干、砥砺深耕，实现了经济发展的量增质优。',
      '（一）全力以赴兴产业、筑体系，发展基础更加牢固。',
      '一是现代农业硕果累累。严格落实耕地保护和粮食安全党政同责，新增耕地6098亩，粮食种植面积稳定在12万亩以上，总产6.4万吨。',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['新增耕地', 6098, '亩', 'level', 2024, null],
        ['粮食种植面积', 12, '万亩', 'level', 2024, null],
        ['总产', 6.4, '万吨', 'level', 2024, null],
      ]),
    );
  });

  it('carries no year into a subsection after a news turn to the year (刚刚过去的2025年) under a heading naming the five years too', () => {
    const found = report([
      '一、2025年和“十四五”时期工作回顾',
      '刚刚过去的2025年，是关键之年。',
      '（一）着力推动城乡区域协调发展。新建口袋公园100个，新改建城镇供排水管网3500公里。',
    ]);
    expect(found).toEqual([]);
  });
});

describe('counts of measures made and the size of a project in a review (branch meta, ninth session: 察右后旗 2023)', () => {
  const review = (sentence: string) =>
    results(
      extractDocument(
        ['政府工作报告', '——2023年1月15日在察右后旗第十六届人民代表大会第二次会议上', '各位代表：', '一、2022年工作回顾', `全年${sentence}`].join('\n'),
        { documentId: 'report' },
      ),
    );

  it('reads no count of the measures made (制定17项抗旱救灾措施), but what was paid out after it', () => {
    expect(review('制定17项抗旱救灾措施，发放各类惠农补贴资金1.3亿元。')).toEqual([['发放各类惠农补贴资金', 1.3, '亿元', 'level', 2022, null]]);
  });

  it('reads no investment written right before the project it sizes (rule size-before-project), but a completed one', () => {
    expect(review('投资12.6亿元3万头和1.2万头奶牛养殖项目成功获批。')).toEqual([]);
    expect(review('重点项目完成投资21亿元。')).toEqual([['重点项目完成投资', 21, '亿元', 'level', 2022, null]]);
  });
});

describe('a share in a review of five years (rule share-at-period-end, branch meta, ninth session: 辽源 2022)', () => {
  const review = (paragraph: string) =>
    results(
      extractDocument(
        ['政府工作报告', '——2022年1月11日在辽源市第九届人民代表大会第一次会议上', '各位代表：', '一、过去五年和2021年工作回顾', paragraph].join('\n'),
        { documentId: 'report' },
      ),
    );

  it('is the level at its end, stated with no verb of reaching; its rise over the period is none', () => {
    expect(review('五年来，我们强基固本。全市规上工业企业达到111户。七大产业产值占工业比重88.4%，提高23.4个百分点。')).toEqual([
      ['规上工业企业', 111, '户', 'level', 2021, null],
      ['七大产业产值占工业比重', 88.4, '%', 'level', 2021, null],
    ]);
  });

  it('a sum or a count of what was done over the period stays none', () => {
    expect(review('五年来，我们强基固本。实施重点产业项目551个，争取资金140亿元。')).toEqual([]);
  });
});

describe('news of a year so far and of a report, second blind round (branch meta, ninth session)', () => {
  const page = (lines: string[]) => results(extractDocument(lines.join('\n'), { documentId: 'news' }));

  it("reads a headline saying how the year went as that year's record, part of the year too (rule record-headline: 林周 2023)", () => {
    const found = page([
      '2023年林周县经济社会发展态势良好',
      '12月20日上午,拉萨市政府新闻办举行2023年林周县经济社会发展新闻发布会。',
      '一是改革创新,经济发展成效明显。前三季度,全县地区生产总值完成15.15亿元,同比增长10.4%。全年种植粮食作物16.02万亩,出栏牲畜3.82万头。',
      '二是加大投入。投资2.47亿元实施20个乡村振兴项目。预计农村居民人均可支配收入比上年同期增加2661元。',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 15.15, '亿元', 'level', 2023, 'gdp'],
        ['出栏牲畜', 3.82, '万头', 'level', 2023, null],
        ['乡村振兴项目投资', 2.47, '亿元', 'level', 2023, null],
        ['乡村振兴项目', 20, '个', 'level', 2023, null],
      ]),
    );
    expect(found.map((row) => row[0])).toContain('农村居民人均可支配收入增加');
    // A headline asking for a record is a plan (2025年要交出新答卷): nothing read as done.
    expect(page(['2024年要实现经济发展态势良好', '全县地区生产总值完成15.15亿元。'])).toEqual([]);
  });

  it('reads 一年来 after a paragraph dating its results as of that year, with funds obtained and investments of counted projects (景东 2023)', () => {
    const found = page([
      '景东彝族自治县第十八届人民代表大会第二次会议隆重开幕',
      '信息来源: 发布日期:2023-02-13',
      '报告指出,2022年是极其不易、极为艰难的一年。全县实现地区生产总值122.3亿元、增长3.2%,社会消费品零售总额增长1.4%,地方一般公共预算收入扣除留抵退税,同口径增长9.9%。',
      '报告指出,一年来,主要做了以下工作:谋划储备重大项目111个,总投资169.51亿元,争取上级各类项目资金11.88亿元,实施重点项目36个,完成投资39.8亿元。',
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['地方一般公共预算收入增长', 9.9, '%', 'growth', 2022, expect.anything()],
        ['谋划储备重大项目总投资', 169.51, '亿元', 'level', 2022, null],
        ['争取上级各类项目资金', 11.88, '亿元', 'level', 2022, null],
        ['实施重点项目完成投资', 39.8, '亿元', 'level', 2022, null],
      ]),
    );
    expect(found.find((row) => row[0] === '社会消费品零售总额增长')?.[1]).toBe(1.4);
  });
});

describe('levels stated as of a past year or of now on a dated news page', () => {
  it("reads a clause opening with 截至 a past year's end as that year's, up to a clause opening with another year (rule as-of-past-year: 南阳 2023)", () => {
    const result = extractDocument(
      [
        '南阳物流业加速发展势头强劲',
        '2023-11-27 来源:南阳广播电视台',
        '日前，记者从南阳市经济运行调度指挥部办公室了解到，近年来，我市物流业呈现出加速发展的强劲势头，截至2022年底，全市登记注册的物流业市场主体9585家，从业人员超40万人，2022年快递业务量累计完成2.97亿件。',
      ].join('\n'),
      { documentId: 'nanyang' },
    );
    expect(results(result).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['登记注册的物流业市场主体', 9585, '家', 2022],
      ['从业人员', 40, '万人', 2022],
      ['快递业务量累计', 2.97, '亿件', 2022],
    ]);
  });

  it('reads what a sentence opening with 截至目前, 目前 or 据统计 says is done as of the page’s year, each statement apart by a semicolon (rule present-state-opening)', () => {
    const page = (body: string) => extractDocument(['标题', '2023-11-27 来源:南阳广播电视台', body].join('\n'), { documentId: 'now' });
    // 南阳 2023: a reward the page goes on to (每年将获得300万元) leaves the counts before it standing.
    expect(
      results(
        page(
          '截至目前，我市先后成功招引落地物流项目2个；新申报成功A级物流企业11家；推动南阳入选第三批城市绿色货运配送示范工程创建城市，每年将获得300万元省级专项奖励资金。',
        ),
      ).map(([name, value, , , year]) => [name, value, year]),
    ).toEqual([
      ['先后成功招引落地物流项目', 2, 2023],
      ['新申报成功A级物流企业', 11, 2023],
    ]);
    // 宣汉 2021: the clause opening with 2020年 is that year's; the graded thing after a count names it (rule graded-thing).
    const xuanhan = extractDocument(
      [
        '宣汉县委书记冯永刚：确立“文旅靓县”战略',
        '时间:2021-08-03来源 : 新华网作者 : 李娅',
        '目前，宣汉县已成功创建3个4A级景区、6个3A级景区，2020年接待游客1256万人次，旅游综合收入达108.8亿元。',
      ].join('\n'),
      { documentId: 'xuanhan' },
    );
    expect(results(xuanhan).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['4A级景区', 3, 2021],
      ['3A级景区', 6, 2021],
      ['接待游客', 1256, 2020],
      ['旅游综合收入', 108.8, 2020],
    ]);
    // A page with no date of its own says nothing of now: no result.
    expect(results(extractDocument('标题\n目前，宣汉县已成功创建3个4A级景区。', { documentId: 'undated' }))).toEqual([]);
  });

  it('reads no share with no subject of its own (rule bare-share-no-result: 宣城 2020 达到序时进度44项、占比80.0%)', () => {
    const result = extractDocument(['标题', '2020-06-01 来源:宣城市政府', '截至目前，达到序时进度44项、占比80.0%。'].join('\n'), { documentId: 'share' });
    expect(results(result).map(([name]) => name)).not.toContain('占比');
  });
});

describe('levels of a plan review written as a change, a reach or a PDF copy (branch plans, blind round of issue #15)', () => {
  const outline = (review: string) =>
    extractDocument(['某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', review].join('\n'), { documentId: 'outline' });
  const read = (review: string) => results(outline(review)).map(([name, value, , , year]) => [name, value, year]);

  it("reads the base year's level a change is measured against (rule stated-base-level: 武冈 2021)", () => {
    expect(read('2020 年全市地区生产总值达172.2 亿元，比2015 年的119.4 亿元增加52.8 亿元，年均增长7.56%。')).toEqual([
      ['地区生产总值', 172.2, 2020],
      ['地区生产总值', 119.4, 2015],
    ]);
  });

  it('reads a from-to statement reaching its later value with 达到, which sets no deadline (rule from-to-reaching: 张掖 2020)', () => {
    const zhangye = extractDocument(
      ['甘肃经济日报', '2020年07月20日', '张掖全市旅游接待人次由2012年的300万人次达到2019年的4200万人次，增长14倍。'].join('\n'),
      { documentId: 'zhangye' },
    );
    expect(results(zhangye).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['张掖全市旅游接待人次', 300, 2012],
      ['张掖全市旅游接待人次', 4200, 2019],
    ]);
  });

  it('reads a year a PDF copy sets apart from 年, and a level stated with 为 (rules spaced-year-opening, level-stated-as: 樟树 2021)', () => {
    expect(read('2020 年,全市 地区生产总值为 424.74 亿元。')).toEqual([['地区生产总值', 424.74, 2020]]);
  });
});

describe('a rate written before the metric a place is ranked by (rule rate-before-metric: 齐齐哈尔 2021)', () => {
  it('reads the rate as a result of the year the sentence opens with', () => {
    const result = extractDocument(['齐齐哈尔市工业篇', '2021-01-28 来源:东北网', '2020年，齐齐哈尔市以3.5%的GDP增速排名全省第一。'].join('\n'), {
      documentId: 'qqhr',
    });
    expect(results(result).map(([name, value, unit, measure, year]) => [name, value, unit, measure, year])).toEqual([['GDP增速', 3.5, '%', 'growth', 2020]]);
  });
});

describe('a part of the page’s year on a dated page (rules part-of-page-year, base-year-change-of-subject: 巫山 2023)', () => {
  it('reads the figures of a quarter that has ended by the page’s date as that year’s, a change against a stated base year of the metric before it', () => {
    const page = (date: string) =>
      extractDocument(
        [
          '一季度旅游实现“开门红”',
          `刊发日期:${date} 阅读次数:`,
          '一季度,全县共接待游客530.3万人次,同比增长35.32%;景区购票21.63万人,较2019年同期增长98.3%。',
        ].join('\n'),
        {
          documentId: 'wushan',
        },
      );
    expect(results(page('2023-04-14')).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['共接待游客', 530.3, 2023],
      ['共接待游客增长', 35.32, 2023],
      ['景区购票', 21.63, 2023],
      ['景区购票增长', 98.3, 2023],
    ]);
    const base = page('2023-04-14').nodes.find((node) => node.name === '景区购票增长');
    expect(base?.properties['baseYear']).toBe(2019);
    // A page dated before the quarter ends speaks of the last year's.
    expect(results(page('2023-02-10')).map(([, , , , year]) => year)).toEqual([2022, 2022, 2022, 2022]);
  });
});

describe('a plan review under a heading of what was done in time (rules review-heading-done, year-end-reached: 梁子湖 2021)', () => {
  it('reads the estimates of the year a review clause reaches, the rises against a stated base year of the metrics before them', () => {
    const result = extractDocument(
      [
        '某区国民经济和社会发展十四五规划',
        '第一节 全面小康社会如期建成',
        '“十三五”时期，我区各项经济指标继续保持平稳增长，到2020年底，预计实现地区生产总值100.13亿元，同比2015年增长67.86%；财政收入预计实现6.13亿元，同比2015年增长72%。',
      ].join('\n'),
      { documentId: 'liangzihu' },
    );
    expect(results(result).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['地区生产总值', 100.13, 2020],
      ['地区生产总值增长', 67.86, 2020],
      ['财政收入', 6.13, 2020],
      ['财政收入增长', 72, 2020],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });
});

describe('the growth of a total named after the sum it totals (rule total-of-a-sum: 张湾 2019)', () => {
  it('names 同比增长 after …增加值总量 the growth of the value added', () => {
    const found = results(
      extractDocument(
        '张湾区荣获服务业发展突出贡献单位\n2018年，张湾区服务业增加值总量达到181.55亿元，同比增长17.2%；服务业投资完成145.1亿元，同比增长2.2%。\n',
        {
          documentId: 'spec',
        },
      ),
    ).map(([name, value]) => [name, value]);
    expect(found).toEqual([
      ['张湾区服务业增加值总量', 181.55],
      ['张湾区服务业增加值增长', 17.2],
      ['服务业投资', 145.1],
      ['服务业投资增长', 2.2],
    ]);
  });
});

describe('a part of the page’s year opening a clause after a reporter’s lead-in (rule part-of-page-year-clause: 黄山 2018)', () => {
  it('reads 今年1至6月份 on a page dated in July as that year’s figures, from the clause it opens', () => {
    const result = extractDocument(
      [
        '着力推进旅游“品质革命”上半年全市旅游总收入272亿元',
        '黄山日报 2018-07-12 07:34 大字',
        '本报讯 记者袁玉灵 实习生洪宇报道 记者日前从市旅委获悉,今年1至6月份,全市共接待游客3004.2万人次,同比增长12.13%,旅游总收入272.02亿元,同比增长13.13%。',
      ].join('\n\n'),
      { documentId: 'huangshan' },
    );
    expect(results(result).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['共接待游客', 3004.2, 2018],
      ['共接待游客增长', 12.13, 2018],
      ['旅游总收入', 272.02, 2018],
      ['旅游总收入增长', 13.13, 2018],
    ]);
  });
});

describe("a plan's paragraph stating a change up to the year before its period, with no review heading (rule past-change-in-plan: 张店 2021)", () => {
  it('reads its counts as results of that year, no targets of the plan', () => {
    const result = extractDocument(
      '张店区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n结构优化，动能转换成效显著。全区三次产业比例由2015年的0.14 : 42.23 : 57.63调整为2020年的0.2 : 32.1 : 67.7。坚持“以着眼未来、高端引领扩增量”，实施“四强”产业攀登计划，建设智慧工厂3处、智慧车间29处，“上云”企业累计700家。\n',
      { documentId: 'spec' },
    );
    expect(results(result).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['建设智慧工厂', 3, '处', 2020],
      ['智慧车间', 29, '处', 2020],
      ['“上云”企业累计', 700, '家', 2020],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });
});

describe('a sentence opening with a year and its first three quarters (rule year-part-opening: 江山 2019)', () => {
  it("reads that year's record so far, not a target of the year", () => {
    const result = extractDocument(
      '我市成为服务业强县试点\n近年来，我市服务业呈现一派生机勃勃的发展景象。2018年前三季度实现服务业增加值91.11亿元，同比增长9.3%，居衢州市各县(市、区)之首；服务业增加值占地区生产总值比重47.2%。\n',
      { documentId: 'spec' },
    );
    expect(results(result).map(([name, value, unit, , year]) => [name, value, unit, year])).toEqual([
      ['服务业增加值', 91.11, '亿元', 2018],
      ['服务业增加值增长', 9.3, '%', 2018],
      ['服务业增加值占地区生产总值比重', 47.2, '%', 2018],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });
});

describe('reviews of a period behind the text (rules period-named-on-later-page, contribution-over-period, base-year-review-runs-on)', () => {
  it('reads the levels a dated page gives for a period ended before its year as that period’s last year’s, no average, no contribution (长岛 2017)', () => {
    const result = extractDocument(
      [
        '长岛获批“十三五”全省服务业综合改革试点县',
        '2017-02-16 作者: 隋翔宇 通讯员 纪振兴 报道 来源: 大众日报',
        '“十二五”期间,长岛县高度重视全市产业结构转型升级,长岛服务业增加值年均增速达到16.8%,占GDP比重达到36.3%,服务业对GDP增长的贡献率达到60.5%。2015年,长岛服务业增加值人均达到5.4万元,人均旅游收入超过8万元,位列全国12个海岛县之首。',
      ].join('\n\n'),
      { documentId: 'changdao' },
    );
    expect(results(result).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['占GDP比重', 36.3, 2015],
      ['长岛服务业增加值人均', 5.4, 2015],
      ['人均旅游收入', 8, 2015],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });

  it('reads a plan’s undated paragraph after the one opening with its base year as that review, its additions no targets (莱州 十四五)', () => {
    const result = extractDocument(
      [
        '烟台市莱州市国民经济和社会发展十四五规划',
        '2020 年,生产总值达到 674.1 亿元, 一般公共预算收入 41.2 亿元。',
        '以“四新经济”为主要特征的新经济 增加值占 GDP 的比重达到 28.4%,新增省级以上单项冠军、隐 形冠军、瞪羚企业、专精特新企业 48 家。壮大商 贸、康养、旅游等特色服务业,新增 3A 级景区 2 家,累计接待游客 2200 万人 次;商业银行总数达到 17 家。',
      ].join('\n'),
      { documentId: 'laizhou' },
    );
    expect(results(result).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['生产总值', 674.1, 2020],
      ['一般公共预算收入', 41.2, 2020],
      ['以“四新经济”为主要特征的新经济增加值占GDP的比重', 28.4, 2020],
      ['商业银行总数', 17, 2020],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });
});

describe('a news account of a report reviewing a year of a place named before it (rules report-reviews-year, year-key-to-targets: 马鞍山 2025)', () => {
  it('reads the year’s record after 报告回顾了马鞍山市2024年工作, past a year said to be key to the plan’s targets', () => {
    const result = extractDocument(
      [
        '“十四五”收官之年,马鞍山怎么干?',
        '人民网马鞍山1月15日电(记者李希蒙)1月11日,马鞍山市第十七届人民代表大会第五次会议开幕,马鞍山市市长葛斌作政府工作报告。报告回顾了马鞍山市2024年工作,并就2025年重点工作进行了部署。',
        '报告中提出,2024年,是实现“十四五”规划目标任务的关键一年,也是马鞍山发展历程中很不平凡、令人鼓舞的一年。',
        '预计全年GDP达2780亿元、增长6%左右;保持全国先进制造业城市60强。',
      ].join('\n'),
      { documentId: 'maanshan' },
    );
    expect(results(result).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['GDP', 2780, 2024],
      ['GDP增长', 6, 2024],
    ]);
  });
});

describe('results of work reports and their news, a blind round of the fifth sitting (branch policies)', () => {
  const values = (result: ExtractionResult) => results(result).map(([name, value, unit, , year]) => [name, value, unit, year]);

  it('reads a session’s news from the year it tells as past, by the page’s date or the year since after it (rule past-year-characterized: 凤县 2025, 佳县 2025)', () => {
    const fengxian = extractDocument(
      [
        '凤县第十八届人民代表大会第四次会议隆重开幕 |',
        '作者:本站 发布时间:2025-02-11 浏览:149次 |',
        '2月11日上午,凤县第十八届人民代表大会第四次会议隆重开幕。 本次大会应到代表155人,实到144人,符合法定人数。 县人民政府代县长冯宝平代表县政府向大会作《政府工作报告》。 报告指出,2024年是凤县发展历程中极为不易、极限承压的一年,也是难中求成、竞进有为的一年,挑战前所未有,历程刻骨铭心。全年地区生产总值同比增长3.5%;城乡居民人均可支配收入分别达到42149元、18435元,同比增长5.2%和7.4%。 报告指出,2025年是“十四五”规划的“收官”之年,全县地区生产总值增长6%。',
      ].join('\n'),
      { documentId: 'fengxian' },
    );
    expect(values(fengxian)).toEqual([
      ['地区生产总值增长', 3.5, '%', 2024],
      ['城镇居民人均可支配收入', 42149, '元', 2024],
      ['农村居民人均可支配收入', 18435, '元', 2024],
      ['城镇居民人均可支配收入增长', 5.2, '%', 2024],
      ['农村居民人均可支配收入增长', 7.4, '%', 2024],
    ]);
    const jiaxian = extractDocument(
      [
        '佳县第十九届人民代表大会第四次会议开幕',
        '会议应到代表172人,出席本次全体会议的代表155人,符合法定人数。',
        '任向军在报告中指出,2024年是新中国成立75周年,是实现“十四五”规划目标任务的关键一年。一年来,佳县人民政府推动各项工作取得新成效。全年完成地区生产总值112.96亿元,增长6.6%,增速位列全市第二。',
      ].join('\n'),
      { documentId: 'jiaxian' },
    );
    expect(values(jiaxian)).toEqual([
      ['地区生产总值', 112.96, '亿元', 2024],
      ['地区生产总值增长', 6.6, '%', 2024],
    ]);
  });

  it('reads revenue stated on its natural and like-for-like bases as the revenue’s (rule stated-basis: 建宁 2023)', () => {
    const result = extractDocument(
      [
        '政府工作报告',
        '2022年工作回顾',
        '2022年,全县经济社会发展取得新进展。预计全年完成地区生产总值164亿元,增长4.5%;地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%。',
      ].join('\n'),
      { documentId: 'jianning' },
    );
    expect(values(result)).toEqual([
      ['地区生产总值', 164, '亿元', 2022],
      ['地区生产总值增长', 4.5, '%', 2022],
      ['地方一般公共预算收入', 3.5, '亿元', 2022],
      ['地方一般公共预算收入增幅', 2, '%', 2022],
      ['地方一般公共预算收入', 3.67, '亿元', 2022],
      ['地方一般公共预算收入增幅', 6.1, '%', 2022],
    ]);
  });

  it('pairs deposits and loans with the two values after them and their growths (rule compound-subject-pair: 巨野 2025)', () => {
    const result = extractDocument(
      [
        '山东巨野县第十九届人民代表大会第四次会议开幕',
        '报告回顾了2024年的工作。',
        '2024年,金融机构存贷款余额达到831.8亿元、406.7亿元,分别增长13%、7.9%。',
      ].join('\n'),
      { documentId: 'juye' },
    );
    expect(values(result)).toEqual([
      ['金融机构存款余额', 831.8, '亿元', 2024],
      ['金融机构贷款余额', 406.7, '亿元', 2024],
      ['金融机构存款余额增长', 13, '%', 2024],
      ['金融机构贷款余额增长', 7.9, '%', 2024],
    ]);
  });

  it('reads no count of the places a place is one of (rule one-of-many: 上高 2024)', () => {
    const result = extractDocument(
      [
        '政府工作报告',
        '——2024年2月27日在上高县第十七届人民代表大会第五次会议上',
        '一、2023年工作回顾',
        '刚刚过去的一年,是全面贯彻党的二十大精神开局之年。',
        '荣誉表彰鼓舞干劲、振奋人心。首次荣获国务院督查激励,获得土地计划指标奖励1000亩,为全国15个县市区之一。',
      ].join('\n'),
      { documentId: 'shanggao' },
    );
    expect(values(result)).toEqual([['获得土地计划指标奖励', 1000, '亩', 2023]]);
  });

  it('reads the year’s plan of key projects as its targets and the progress to date as results (rules year-plan-of-projects, months-so-far: 闽侯 2023, 王益 2024)', () => {
    const minhou = extractDocument(
      '2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,占年计划投资的64.49%,其中:在建项目185项,总投资1330.5亿元,年度计划投资327.53亿元,1-6月累计完成投资235.8亿元。',
      { documentId: 'minhou' },
    );
    const planned = (result: ExtractionResult) =>
      result.nodes
        .filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')
        .map((node) => [node.name, node.properties['targetValue'], node.properties['unit'], node.properties['targetYear']]);
    expect(planned(minhou)).toEqual([
      ['县级重点项目', 530, '项', 2023],
      ['县级重点项目总投资', 2944.74, '亿元', 2023],
      ['年度计划投资', 561.86, '亿元', 2023],
      ['在建项目', 185, '项', 2023],
      ['在建项目总投资', 1330.5, '亿元', 2023],
      ['年度计划投资', 327.53, '亿元', 2023],
    ]);
    // The share of the plan done is not read (as 靖安 2023's 占年计划的137.61%).
    expect(values(minhou)).toEqual([
      ['累计完成投资', 362.32, '亿元', 2023],
      ['累计完成投资', 235.8, '亿元', 2023],
    ]);
    // A page of the plan's own year reads its plan all the same; a review's 年度投资 with no 安排 is what was invested.
    const wangyi = extractDocument(
      ['王益区2024年一季度重点项目开工', '发布时间:2024-01-04 14:46', '2024年,全区共安排区级重点项目119个,总投资153.64亿元,年度投资88.37亿元。'].join('\n'),
      { documentId: 'wangyi' },
    );
    expect(planned(wangyi).map(([, value, , year]) => [value, year])).toEqual([
      [119, 2024],
      [153.64, 2024],
      [88.37, 2024],
    ]);
  });
});

describe('a news page’s record of five years under a line looking back on them (rules five-years-line, date-over-weekday: 淄博 2026)', () => {
  it('reads the levels reached as the last year’s, the five years’ sums none, and no target', () => {
    const result = extractDocument(
      [
        '电子报阅读机',
        '2026-01-23',
        '星期五',
        '当前报纸名称:淄博日报',
        '过去五年干了啥',
        '1 综合实力全面跃升',
        '●预计全市地区生产总值突破5000亿元大关,年均增长约6%',
        '●省雁阵形产业集群增至12个',
        '●新增城市道路255公里,新建改造干线公路872公里',
        '●居民人均可支配收入突破5万元',
      ].join('\n'),
      { documentId: 'zibo' },
    );
    expect(results(result).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['地区生产总值', 5000, 2025],
      ['省雁阵形产业集群', 12, 2025],
      ['居民人均可支配收入', 5, 2025],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });
});

describe('projects signed, or pushed in all, in a dated sentence (rule projects-signed-or-pushed: 齐齐哈尔 2021)', () => {
  it('reads the counts of the projects as results of the year', () => {
    const result = extractDocument(
      [
        '齐齐哈尔市攻坚克难实现经济发展逆势上扬之工业篇',
        '2020年,各县(市)区主要领导外出招商,成功签约云鹰马铃薯全产业链、国电投清洁能源综合开发利用和依安新能源综合开发等超百亿元项目3个。2020年齐齐哈尔市共推进省“百大项目”41个,以落实月通报制度为抓手。',
      ].join('\n'),
      { documentId: 'qiqihaer' },
    );
    expect(results(result).map(([, value, , , year]) => [value, year])).toEqual([
      [3, 2020],
      [41, 2020],
    ]);
  });
});

describe('results of plan-execution reports and reviews, a second blind round of the fifth sitting (branch policies)', () => {
  const values = (result: ExtractionResult) => results(result).map(([name, value, unit, , year]) => [name, value, unit, year]);

  it('reads the first part of a report on the execution of last year’s plan as that year’s review, through its subsections (rule execution-report-review: 科右中旗 2023)', () => {
    const result = extractDocument(
      [
        '关于科右中旗 2022 年国民经济和社会发展计划执行情况',
        '及 2023 年国民经济和社会发展计划草案的报告',
        '——2023 年 1 月 1 日在科右中旗第十七届人民代表大会',
        '第二次会议上',
        '一、冲云拨雾，迎难而上，国民经济和社会事业稳步发展',
        '2022年,全旗地区生产总值完成78亿元,同比增长7%。',
        '(一)经济运行持续向好,产业发展支撑有力',
        '以特色产业为引领,加快农牧业结构调整。全旗农作物播种面积 365.15 万亩,粮食产量达到 25 亿斤以上,创历史新高。全旗牧业年度牲畜总头数达到 206 万头(只、口),其中肉牛存栏 42 万头。',
      ].join('\n'),
      { documentId: 'keyouzhongqi' },
    );
    expect(values(result)).toEqual([
      ['全旗地区生产总值', 78, '亿元', 2022],
      ['全旗地区生产总值增长', 7, '%', 2022],
      ['全旗农作物播种面积', 365.15, '万亩', 2022],
      ['粮食产量', 25, '亿斤', 2022],
      ['全旗牧业年度牲畜总头数', 206, '万头', 2022],
      ['肉牛存栏', 42, '万头', 2022],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')).toEqual([]);
  });

  it('reads on after a streak remarked on a value, and no gap to another place’s growth written 超过 (rules streak-after-value: 陵川 2026; rate-gap-no-result: 黄龙 2026)', () => {
    const report = (review: string) =>
      extractDocument(['2026年政府工作报告', '一、2025年工作回顾', '2025年是“十四五”规划的收官之年。', review].join('\n'), { documentId: 'review' });
    expect(
      values(
        report(
          '预计2025年,全县固定资产投资完成51.5亿元,同比增长10%,连续五年实现两位数增长;社会消费品零售总额完成32.8亿元,同比增长6%;一般公共预算收入完成4.2亿元。',
        ),
      ),
    ).toEqual([
      ['固定资产投资', 51.5, '亿元', 2025],
      ['固定资产投资增长', 10, '%', 2025],
      ['社会消费品零售总额', 32.8, '亿元', 2025],
      ['社会消费品零售总额增长', 6, '%', 2025],
      ['一般公共预算收入', 4.2, '亿元', 2025],
    ]);
    expect(values(report('全年生产总值完成30.69亿元、增长4.7%,超过全市增速0.4个百分点。'))).toEqual([
      ['生产总值', 30.69, '亿元', 2025],
      ['生产总值增长', 4.7, '%', 2025],
    ]);
  });
});

describe('a report’s news dated in the report season (rule estimate-in-report-news: 龙华 2018, 攀枝花 2023)', () => {
  it('reads a paragraph opening with 预计 as the last year’s estimates, not an estimate of a year ahead', () => {
    const page = (estimate: string) =>
      results(
        extractDocument(
          ['编辑:胡安坤2018-01-24 16:20内容来源:龙华网', '龙华区第一届人民代表大会第二次会议开幕。', '龙华区区长陈清作政府工作报告。', estimate].join('\n'),
          { documentId: 'longhua' },
        ),
      ).map(([name, value, , , year]) => [name, value, year]);
    expect(page('预计地区生产总值超过2100亿元,增长8.8%左右;社会消费品零售总额285亿元,增长9.3%。')).toEqual([
      ['地区生产总值', 2100, 2017],
      ['地区生产总值增长', 8.8, 2017],
      ['社会消费品零售总额', 285, 2017],
      ['社会消费品零售总额增长', 9.3, 2017],
    ]);
    expect(page('预计到2020年,地区生产总值超过3000亿元。')).toEqual([]);
  });
});

describe('results of the blind round of 2026-12-08 (branch policies)', () => {
  it('reads a term review sentence opening with the end of a year as that year’s levels (rule year-end-named: 蠡县 2017)', () => {
    const lixian = extractDocument(
      '政府工作报告\n2017年2月22日在蠡县第十七届人民代表大会第一次会议上\n一、过去五年工作回顾\n五年来,我们沉着应对。截至2016年末,全县地方生产总值完成96.4亿元,是2011年的1.37倍;财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,分别是2011年的1.65倍、1.86倍;全社会固定资产投资完成59.4亿元。\n',
      { documentId: 'lixian' },
    );
    expect(results(lixian).map(([name, value, , , year]) => [name, value, year])).toEqual([
      ['地方生产总值', 96.4, 2016],
      ['财政总收入', 6.1, 2016],
      ['公共预算收入', 3.6, 2016],
      ['全社会固定资产投资', 59.4, 2016],
    ]);
  });

  it('reads no result named by a division alone or by a bare 兑现, 奖金 (rule division-only-name: 酒泉 2024)', () => {
    const jiuquan = extractDocument(
      '酒泉兑现2023年工业奖励\n时间:2024-04-24\n《决定》指出,2023年,全市规上工业增加值同比增长11.6%,新培育规上企业54家。本次兑现90项奖励。其中,肃州区14项、奖金115.91万元,肃北县4项、奖金50万元。\n',
      { documentId: 'jiuquan' },
    );
    expect(results(jiuquan).map(([name, value]) => [name, value])).toEqual([
      ['规上工业增加值增长', 11.6],
      ['新培育规上企业', 54],
    ]);
  });
});

describe('results of the blind round of 2026-12-08, second rules (branch policies)', () => {
  const fixture = (name: string) =>
    extractDocument(readFileSync(join(__dirname, '../../../../../test/fixtures/passages', `${name}.txt`), 'utf8'), { documentId: name });
  const read = (name: string) => results(fixture(name)).map(([indicator, value, , , year]) => [indicator, value, year]);

  it('reads a quarter written with 第 as the quarter the page named with its year (rule part-of-year-named: 慈利 2018)', () => {
    expect(read('cili-jidu-2018')).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 30.6, 2018],
        ['地区生产总值增长', 8.4, 2018],
        ['固定资产投资增长', 18, 2018],
        ['存贷比', 58.6, 2018],
      ]),
    );
  });

  it('opens the year with a speaker’s quoted words, and runs a 分别 on after a pair (rules quoted-year-opening, respectively-run-on: 镇安 2016)', () => {
    expect(read('zhenan-lianghui-2016')).toEqual([
      ['生产总值', 83.91, 2015],
      ['生产总值增长', 10.8, 2015],
      ['财政总收入', 4.17, 2015],
      ['财政总收入增长', 6.1, 2015],
      ['地方财政收入', 3.02, 2015],
      ['地方财政收入增长', 9.2, 2015],
      ['城镇居民收入', 23292, 2015],
      ['农村居民收入', 7750, 2015],
      ['城镇居民收入增长', 8.8, 2015],
      ['农村居民收入增长', 10, 2015],
    ]);
  });

  it('reviews the year of a plan execution heading run into the notice, a passed 千亿 then the value reached (rules inline-plan-execution, bare-qianyi, threshold-then-reached: 寿光 2023)', () => {
    const shouguang = read('shouguang-jihua-2023');
    expect(shouguang.slice(0, 3)).toEqual([
      ['地区生产总值', 1002.1, 2022],
      ['地区生产总值增长', 4, 2022],
      ['一般公共预算收入', 98.3, 2022],
    ]);
    expect(shouguang).toContainEqual(['固定资产投资增长', 22.7, 2022]);
  });

  it('ends the year carried into a paragraph where it turns to the five years, keeping the levels reached (rule turn-ends-carried-year: 延长 2017)', () => {
    const yanchang = read('yanchang-gzbg-2017');
    expect(yanchang).toContainEqual(['贫困户产业覆盖率', 80, 2016]);
    expect(yanchang.map(([name]) => name)).not.toContain('扶贫产业园区');
  });

  it('reads no change of a growth rate against last year as a result, and a contribution rate named with 对 (rules rate-change-after-growth, contribution-rate-named: 抚州 2024, 聊城 2024)', () => {
    const fuzhou = read('fuzhoujx-gzbg-2024');
    expect(fuzhou).toContainEqual(['一般公共预算收入增长', 3.8, 2023]);
    expect(fuzhou.map(([name]) => name)).not.toContain('一般公共预算收入提高');
    expect(read('liaocheng-fwy-news-2024')).toContainEqual(['对GDP增长的贡献率', 50.8, 2023]);
  });
});

describe('records of sector news of places golded blind (branch plans, sitting 2026-12-08)', () => {
  it('reads a past year’s figures after 据统计 with no verb of doing (rule statistics-opening: 沾益 2014)', () => {
    const found = results(
      extractDocument(
        '沾益县畜牧业生产超额完成目标\n今年以来,各项目标任务超额完成。据统计,2014年全县生猪存栏75.33万头,生猪出栏127.24万头,占计划数127.23万头的100.01%;牧业收入可增至13.43亿元。\n',
        {
          documentId: 'spec',
        },
      ),
    ).map(([name, value, , , year]) => [name, value, year]);
    expect(found).toEqual([
      ['生猪存栏', 75.33, 2014],
      ['生猪出栏', 127.24, 2014],
      ['牧业收入', 13.43, 2014],
    ]);
  });

  it('reads the present levels of a dated page: 目前 with its subject, a level reached already, a clause opening with 目前, a rate with its value, and both months of the year so far (rules present-state-subject, already-reached, present-state-clause, months-both-written: 望江 2009, 舟曲 2016)', () => {
    const wangjiang = results(
      extractDocument(
        '望江打造纺织产业集群\n2009-10-13 08:13来源于:安徽日报\n目前该县有400型棉花加工企业6家,年加工皮棉超过5万吨。\n近几年,望江县纺织服装企业已发展到356家。今年1月至8月,全县规模以上纺织服装企业实现产值14.63亿元,同比增长71.6%。\n',
        { documentId: 'spec' },
      ),
    ).map(([name, value, , , year]) => [name, value, year]);
    expect(wangjiang).toEqual([
      ['有400型棉花加工企业', 6, 2009],
      ['年加工皮棉', 5, 2009],
      ['望江县纺织服装企业', 356, 2009],
      ['规模以上纺织服装企业产值', 14.63, 2009],
      ['规模以上纺织服装企业产值增长', 71.6, 2009],
    ]);
    const zhouqu = results(
      extractDocument(
        '甘南舟曲:构建大环线发展大旅游\n2016-12-05\n 舟曲县全力实施通乡通村道路建设,放在全县经济建设的首要位置,目前,全县公路通畅率100%,自然村道路通达率81%。\n',
        {
          documentId: 'spec',
        },
      ),
    ).map(([name, value, , , year]) => [name, value, year]);
    expect(zhouqu).toEqual([
      ['公路通畅率', 100, 2016],
      ['自然村道路通达率', 81, 2016],
    ]);
  });

  it('reads no result in the places a rank is among (rule rank-among-places: 南充 2022)', () => {
    const found = results(
      extractDocument('营山县入选四川省服务业强县公示名单\n2022-04-13 来源:南充日报\n这标志着我市省级服务业强县已达到3个,在全省21个市(州)中名列前茅。\n', {
        documentId: 'spec',
      }),
    ).map(([name, value]) => [name, value]);
    expect(found).toEqual([['这标志着我市省级服务业强县', 3]]);
  });
});

describe('records of sector news, a second blind round (branch plans, sitting 2026-12-08)', () => {
  it('reads what a page has already as a present level (rule already-reached: 滨海 2020) and no target in what a count reports (rule statistics-no-target: 元阳)', () => {
    const binhai = results(
      extractDocument(
        '我县加快推进园区转型升级\n2020-01-15 20:45 浏览人次:\n汽车零部件产业园已有16家企业入驻,初步形成产业发展雏形;高端装备产业共有74家企业。\n',
        {
          documentId: 'spec',
        },
      ),
    ).map(([name, value, , , year]) => [name, value, year]);
    expect(binhai).toContainEqual(['高端装备产业', 74, 2020]);
    const yuanyang = extractDocument('元阳县畜牧业\n据统计,今年1月—9月,全县肉猪出栏40.78万头,实现肉类总产量4.1万吨,畜牧业产值达6亿余元。\n', {
      documentId: 'spec',
    });
    expect(yuanyang.nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] !== 'result')).toEqual([]);
  });
});

describe('results of a part of the year, the second blind round of 2026-12-08 (branch policies)', () => {
  const fixture = (name: string) =>
    results(extractDocument(readFileSync(join(__dirname, '../../../../../test/fixtures/passages', `${name}.txt`), 'utf8'), { documentId: name })).map(
      ([indicator, value, , , year]) => [indicator, value, year],
    );

  it('takes 1-3月 for the 一季度 the title names with its year (rule part-of-year-named: 嵩明 2022)', () => {
    expect(fixture('songming-jidu-2022')).toEqual(
      expect.arrayContaining([
        ['地区生产总值', 40.13, 2022],
        ['规模以上工业增加值增长', 0.1, 2022],
        ['固定资产投资增长', 17.4, 2022],
        ['房地产投资下降', 26.5, 2022],
      ]),
    );
  });

  it('reads a part of the page’s own year ended by its date, 上半年 with no comma, over a sentence with no figure (rules named-part-ended, figureless-sentence-keeps-year: 长寿 2023)', () => {
    const changshou = fixture('changshou-bannian-2023');
    expect(changshou).toEqual(
      expect.arrayContaining([
        ['地区生产总值（GDP）', 453.7, 2023],
        ['第二产业增加值', 280.5, 2023],
        ['规上工业增加值增长', 6.8, 2023],
      ]),
    );
    // 增速比全市高2.8个百分点 is a comparison with the city, 增速较1季度提高0.5个百分点 with its own first quarter: no results.
    expect(changshou.map(([name]) => name)).not.toContain('增速比全市高');
    expect(changshou.map(([name]) => name)).not.toContain('增速较1季度提高');
    expect(fixture('songming-jidu-2022').map(([name]) => name)).not.toContain('）提高');
  });

  it('reads no result where 拟 plans the investment (淮南 2018)', () => {
    const huainan = fixture('huainan-jingkai-zhaoshang-2018');
    expect(huainan).toContainEqual(['工业项目', 13, 2018]);
    expect(huainan.map(([name]) => name)).not.toContain('拟投资总额');
  });
});

describe('a list of counts each naming its own thing (rule own-name-before-count: 三穗 2024)', () => {
  it('reads every count of a 、 and 和 list, each named by the words before it', () => {
    const found = results(
      extractDocument(
        '三穗县:工业不断优化升级\n2024-03-19 来源:黔东南日报\n2023年,三穗新增高新技术企业1家、省级创新型中小企业3家和省级“专精特新”中小企业2家。\n',
        {
          documentId: 'spec',
        },
      ),
    ).map(([name, value, , , year]) => [name, value, year]);
    expect(found).toEqual([
      ['三穗新增高新技术企业', 1, 2023],
      ['省级创新型中小企业', 3, 2023],
      ['省级“专精特新”中小企业', 2, 2023],
    ]);
  });
});
