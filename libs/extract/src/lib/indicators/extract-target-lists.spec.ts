import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../../index';
import { metricKey } from './metric-key';

const indicators = (result: ExtractionResult) => result.nodes.filter((node) => node.label === 'Indicator');

describe('target lists of yearly reports (主要预期目标)', () => {
  const text = [
    '2026年某省政府工作报告',
    '——2026年1月27日在某省第十四届人民代表大会第四次会议上',
    '一、2025年工作回顾',
    '全省地区生产总值增长5.1%。',
    '二、2026年工作安排',
    '今年经济社会发展的主要预期目标是：全省地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果；城镇新增就业68万人左右，城镇调查失业率5.5%左右；居民收入增长与经济增长同步。这些目标充分考虑了各方面因素，重点抓好以下10个方面工作：',
  ].join('\n');
  const result = extractDocument(text, { documentId: 'report' });
  const all = indicators(result);
  const found = all.filter((node) => node.properties['qualitative'] !== true);

  it('reads each metric of the list with its value, range, qualifier, unit, measure and the year of 今年', () => {
    expect(
      found.map((node) => [
        node.name,
        node.properties['targetValue'],
        node.properties['targetHigh'],
        node.properties['qualifier'],
        node.properties['unit'],
        node.properties['measure'],
        node.properties['targetYear'],
      ]),
    ).toEqual([
      ['地区生产总值增长', 5, 5.5, null, '%', 'growth', 2026],
      ['城镇新增就业', 68, null, '左右', '万人', 'level', 2026],
      ['城镇调查失业率', 5.5, null, '左右', '%', 'level', 2026],
    ]);
    expect(found.every((node) => node.properties['kind'] === 'target')).toBe(true);
  });

  it('reads a target stated in words alone as an indicator without value, citing its clause', () => {
    const worded = all.filter((node) => node.properties['qualitative'] === true);
    expect(
      worded.map((node) => [node.name, node.properties['targetValue'], node.properties['unit'], node.properties['targetYear'], node.evidence[0].quote]),
    ).toEqual([['居民收入增长与经济增长同步', null, null, 2026, '居民收入增长与经济增长同步']]);
  });

  it('continues the list over a sentence of worded targets only, and stops at the remark after it', () => {
    const closing = text.replace('。这些目标', '。生态环境质量持续改善，单位地区生产总值二氧化碳排放完成国家下达任务。这些目标');
    const worded = indicators(extractDocument(closing, { documentId: 'report' })).filter((node) => node.properties['qualitative'] === true);
    expect(worded.map((node) => node.name)).toEqual(['居民收入增长与经济增长同步', '生态环境质量持续改善', '单位地区生产总值二氧化碳排放完成国家下达任务']);
  });

  it('cites the text of each target', () => {
    expect(found.map((node) => node.evidence[0].quote)).toEqual(['地区生产总值增长5%—5.5%', '城镇新增就业68万人左右', '城镇调查失业率5.5%左右']);
    for (const node of found) for (const evidence of node.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it('measures the goal the list states', () => {
    const goal = result.relationships.find((rel) => rel.type === 'MEASURED_BY' && rel.to === found[0].id)!.from;
    expect(result.nodes.find((node) => node.id === goal)?.name).toBe('今年经济社会发展的主要预期目标');
  });

  it('leaves five-year lists to their own 到2030年', () => {
    const plan = extractDocument('2026年某省政府工作报告\n“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。\n', { documentId: 'plan' });
    expect(indicators(plan).filter((node) => node.properties['targetYear'] === 2026)).toEqual([]);
  });
});

describe('goals sections stating their years sentence by sentence (rule dated-goal-sentences)', () => {
  it('reads the worded targets a striving word opens, each of the year its sentence opens with (吉林 2021)', () => {
    const jilin =
      '吉林省人民政府关于推动服务业转型升级高质量发展的意见\n一、总体要求\n（二）主要目标。2021年，持续巩固拓展疫情防控和经济社会发展成果，精准实施稳增长政策组合拳，促进服务业加快恢复振兴，努力缩小与全国差距，力争全省服务业增加值增速达到全国平均水平。到2023年，服务业结构持续优化，产业体系不断健全，高质量发展取得新进展，力争全省服务业增加值增速超过GDP增速。\n二、突出重点发展方向\n';
    const worded = indicators(extractDocument(jilin, { documentId: 'jilin' })).filter((node) => node.properties['qualitative'] === true);
    expect(worded.map((node) => [node.name, node.properties['targetYear']])).toEqual([
      ['服务业增加值增速达到全国平均水平', 2021],
      ['服务业增加值增速超过GDP增速', 2023],
    ]);
    // Not in a goals section, or not opened by a striving word: what the year is to bring, no target.
    const elsewhere = '某省意见\n二、重点任务\n（一）发展物流。到2023年，力争全省物流业增加值增速超过GDP增速。\n';
    expect(indicators(extractDocument(elsewhere, { documentId: 'x' })).filter((node) => node.properties['qualitative'] === true)).toEqual([]);
  });
});

describe('one metric key across provinces', () => {
  it.each([
    ['地区生产总值增长', 'gdp-growth'],
    ['经济增长', 'gdp-growth'],
    ['全市生产总值增长', 'gdp-growth'],
    ['生产总值增长', 'gdp-growth'],
    ['全省生产总值增长', 'gdp-growth'],
    ['居民消费价格涨幅', 'cpi-growth'],
    ['CPI涨幅', 'cpi-growth'],
    ['居民消费价格指数上涨', 'cpi-growth'],
    ['规上工业增加值增长', 'industrial-value-added-growth'],
    ['规模以上工业增加值增长', 'industrial-value-added-growth'],
    ['城镇新增就业', 'new-urban-jobs'],
    ['城镇调查失业率', 'unemployment-rate'],
    ['地方一般公共预算收入增长', 'general-budget-revenue-growth'],
    ['单位地区生产总值二氧化碳排放下降', 'carbon-intensity-decline'],
    ['全社会研发投入强度', 'rd-intensity'],
  ])('%s → %s', (name, key) => {
    expect(metricKey(name)).toBe(key);
  });

  it('keeps a level apart from its growth', () => {
    expect(metricKey('地区生产总值')).toBe('gdp');
    expect(metricKey('粮食产量')).toBe('grain-output');
  });
});

describe('count targets and support measures in running text', () => {
  const text =
    '某市人民政府办公室关于加快发展的实施方案\n一、工作目标\n2025年底前，建成充电桩10万个以上，培育100家以上示范企业。\n二、支持措施\n对新认定的国家级专精特新“小巨人”企业，给予最高100万元奖励。对示范企业每家奖励50万元。\n';
  const result = extractDocument(text, { documentId: 'plan' });

  it('reads count targets with a deadline as indicators, not projects', () => {
    expect(indicators(result).map((node) => [node.name, node.properties['targetValue'], node.properties['unit'], node.properties['targetYear']])).toEqual([
      ['建成充电桩', 10, '万个', 2025],
      ['培育示范企业', 100, '家', 2025],
    ]);
    expect(result.nodes.filter((node) => node.label === 'Project' && /充电桩|示范企业/.test(node.name))).toEqual([]);
  });

  it('reads no target in reward amounts (若干措施)', () => {
    expect(indicators(result).filter((node) => /奖励|万元/.test(node.evidence[0].quote))).toEqual([]);
  });
});

describe('count targets name what they count', () => {
  it('takes the noun after the number with the verb before it (新增…等5家国家科技创新基地)', () => {
    const text = '某市人民政府关于加快发展的实施方案\n一、发展目标\n到2022年，新增医学工程、能源装备安全等5家国家科技创新基地，建成20个服务外包示范区。\n';
    const names = extractDocument(text, { documentId: 'plan' })
      .nodes.filter((node) => node.label === 'Indicator')
      .map((node) => [node.name, node.properties['targetValue']]);
    expect(names).toEqual([
      ['新增国家科技创新基地', 5],
      ['建成服务外包示范区', 20],
    ]);
  });
});

describe('target lists as numbered items under a heading (重点工作责任分解)', () => {
  const text = [
    '某市政府工作报告重点工作责任分解（2023年）',
    '一、全市经济社会发展主要预期目标',
    '1.生产总值增长6%以上，高质量前提下能快则快。',
    '责任单位：市发改委',
    '2.社会消费品零售总额增长5%，外贸出口增长5%。',
    '责任单位：市商务局',
    '3.一般公共预算收入与经济增长基本同步。',
    '二、重点工作',
    '4.新建5G基站1000个。',
  ].join('\n');
  const result = extractDocument(text, { documentId: 'breakdown' });

  it("reads each item's targets with the document's year, and no label lines", () => {
    expect(
      indicators(result)
        .filter((node) => node.properties['targetYear'] === 2023)
        .slice(0, 3)
        .map((node) => [node.name, node.properties['targetValue'], node.properties['qualifier'], node.properties['metric']]),
    ).toEqual([
      ['生产总值增长', 6, '以上', 'gdp-growth'],
      ['社会消费品零售总额增长', 5, null, 'retail-sales-growth'],
      ['外贸出口增长', 5, null, null],
    ]);
  });
});

describe('other ways a yearly list is introduced', () => {
  const listOf = (sentence: string, title = '2018年某区政府工作报告') =>
    indicators(extractDocument([title, '二、今年工作安排', sentence].join('\n'), { documentId: 'report' }))
      .filter((node) => node.properties['qualitative'] !== true)
      .map((node) => [node.name, node.properties['targetValue'], node.properties['targetYear']]);

  it('reads 主要目标，即… after the year it is for (2018年的主要目标，即)', () => {
    expect(listOf('综合考虑各方面因素，2018年的主要目标，即地区生产总值增长10%左右，全社会固定资产投资增长18%左右。')).toEqual([
      ['地区生产总值增长', 10, 2018],
      ['全社会固定资产投资增长', 18, 2018],
    ]);
  });

  it('reads a list proposed as …主要预期目标建议为：', () => {
    expect(listOf('2025年全市经济社会发展主要预期目标建议为：地区生产总值增长5%左右，一般公共预算收入增长2.1%。', '2025年某市政府工作报告')).toEqual([
      ['地区生产总值增长', 5, 2025],
      ['一般公共预算收入增长', 2.1, 2025],
    ]);
  });

  it('reads numbered items under a 主要预期指标 heading', () => {
    const text = [
      '某区2023年政府工作报告重点工作分解',
      '一、主要预期指标',
      '1.地区生产总值增长5%左右。',
      '责任单位：区发展改革委',
      '二、重点工作',
      '加快发展。',
    ].join('\n');
    const found = indicators(extractDocument(text, { documentId: 'report' })).map((node) => [
      node.name,
      node.properties['targetValue'],
      node.properties['targetYear'],
    ]);
    expect(found).toEqual([['地区生产总值增长', 5, 2023]]);
  });

  it('reads a list written one target per line below its marker, up to the first line with no target', () => {
    const text = [
      '某省2023年政府工作报告',
      '二、2023年工作安排',
      '今年经济社会发展主要预期目标是：',
      '地区生产总值增长5%以上',
      '城镇新增就业110万人以上',
      '居民消费价格涨幅3%左右',
      '粮食产能稳定在1100亿斤以上',
      '做好今年工作，要重点抓好以下方面。',
      '培育专精特新企业200家。',
    ].join('\n');
    const found = indicators(extractDocument(text, { documentId: 'report' })).map((node) => [
      node.name,
      node.properties['targetValue'],
      node.properties['unit'],
    ]);
    expect(found.slice(0, 4)).toEqual([
      ['地区生产总值增长', 5, '%'],
      ['城镇新增就业', 110, '万人'],
      ['居民消费价格涨幅', 3, '%'],
      ['粮食产能', 1100, '亿斤'],
    ]);
    const listGoal = extractDocument(text, { documentId: 'report' }).relationships.filter((edge) => edge.type === 'MEASURED_BY');
    expect(new Set(listGoal.slice(0, 4).map((edge) => edge.from)).size).toBe(1);
  });

  it('reads the lines below a bare line naming the list, without a colon (山东 2023, a newspaper page)', () => {
    const text = [
      '2023年某省这样干',
      '某晚报 2023年01月14日',
      '建议全年经济社会发展预期目标',
      '●地区生产总值增长5%以上',
      '●城镇新增就业110万人以上',
      '重点抓好十个方面工作',
    ].join('\n');
    const found = indicators(extractDocument(text, { documentId: 'page' })).map((node) => [
      node.name,
      node.properties['targetValue'],
      node.properties['targetYear'],
    ]);
    expect(found).toEqual([
      ['地区生产总值增长', 5, 2023],
      ['城镇新增就业', 110, 2023],
    ]);
  });
});

describe('target groups of task-division tables (分类 发展目标)', () => {
  it('reads the task cells of a 发展目标 group as list items, worded targets included, under one goal (莲都 2023)', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'task-tables', 'leading-category.txt'), 'utf8');
    const result = extractDocument(text, { documentId: 'liandu' });
    const found = indicators(result);
    expect(found.filter((node) => node.properties['qualitative'] === true).map((node) => node.name)).toEqual([
      '区本级外贸出口总额保持适度增长',
      '城乡居民人均可支配收入增长与经济增长基本同步',
      '完成省、市下达的能源指标计划目标',
      '完成省、市下达的环境指标计划目标',
    ]);
    expect(found.find((node) => node.name === '地区生产总值增长')?.properties).toMatchObject({ targetValue: 6.5, targetYear: 2023, measure: 'growth' });
    // Row 14 belongs to the next group (激发市场活力): a task, not a target.
    expect(found.some((node) => node.evidence[0].quote.includes('一网通办'))).toBe(false);
    const goals = result.nodes.filter((node) => node.label === 'Goal').map((node) => node.name);
    expect(goals).toEqual(['发展目标']);
  });

  it('reads a worded target naming six metrics before its predicate (下陆区 2020)', () => {
    const text =
      '2020年区政府重点工作责任分解\n今年经济社会发展的主要预期目标是:地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额、地方公共财政预算收入、外贸出口等指标增幅高于全市平均水平,其他指标与全市基本同步。\n';
    expect(indicators(extractDocument(text, { documentId: 'xialu' })).map((node) => [node.name, node.properties['targetYear']])).toEqual([
      ['地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额、地方公共财政预算收入、外贸出口等指标增幅高于全市平均水平', 2020],
      ['其他指标与全市基本同步', 2020],
    ]);
  });
});

describe('the year of 今年 where the document names none (news pages and excerpts of reports)', () => {
  const targets = (text: string) =>
    indicators(extractDocument(text, { documentId: 'news' }))
      .filter((node) => node.properties['kind'] === 'target' && node.properties['qualitative'] !== true)
      .map((node) => [node.name, node.properties['targetValue'], node.properties['targetYear'], node.properties['metric']]);

  it('takes the year a sentence of the paragraph says it is (深圳 news page: 2025 年是“十四五”规划的最后一年)', () => {
    const text = [
      '深圳市第七届人大六次会议于2月25日上午9时开幕,深圳市市长秦伟中作了政府工作报告。',
      '2025 年是“十四五”规划的最后一年,也是深圳经济特区成立 45 周年。深圳市政府工作报告提出了今年的主要预期经济和社会目标:全市GDP增长5.5%,地方一般公共预算收入增长3.0%,居民收入增长与经济增长同步,居民消费价格增长2%左右; 并将创造 200,000 个新工作岗位。',
    ].join('\n');
    expect(targets(text)).toEqual([
      ['GDP增长', 5.5, 2025, 'gdp-growth'],
      ['地方一般公共预算收入增长', 3, 2025, 'general-budget-revenue-growth'],
      ['居民消费价格增长', 2, 2025, 'cpi-growth'],
      ['新工作岗位', 200000, 2025, null],
    ]);
  });

  it('takes the one year of the heading above the list (《祖国》 on the 2025 national report: 二、2025 年经济社会发展总体要求)', () => {
    const text = [
      '一、2024 年工作回顾',
      '过去一年,我国发展历程不平凡。经济规模稳步扩大,国内生产总值达 134.9 万亿元,增长 5%。',
      '二、2025 年经济社会发展总体要求和政策取向',
      '今年是“十四五”规划收官之年,发展主要预期目标是:国内生产总值增长 5%左右;城镇调查失业率 5.5%左右,城镇新增就业 1200 万人以上;居民消费价格涨幅 2%左右',
    ].join('\n');
    expect(targets(text)).toEqual([
      ['国内生产总值增长', 5, 2025, 'gdp-growth'],
      ['城镇调查失业率', 5.5, 2025, 'unemployment-rate'],
      ['城镇新增就业', 1200, 2025, 'new-urban-jobs'],
      ['居民消费价格涨幅', 2, 2025, 'cpi-growth'],
    ]);
  });

  it('reads the yearly indicators, grouped by kind, for the year the sentence names (高邮 2021 news)', () => {
    const text =
      '周建峰在报告中提出了2021年全市经济社会高质量发展指标体系安排,具体为:总量支撑型指标方面,地区生产总值增长6.5%左右;规上工业增加值增长9%;注册外资实际到账达1.2亿美元;进出口总额保持正增长。质量结构型指标方面,工业开票销售净增150亿元;获批国家高新技术企业80家。生态保护型指标方面,单位GDP能耗下降3.6%;PM2.5浓度37微克/立方米。\n周建峰在报告中说,2021年将在做好常态化疫情防控的同时,重点做好六方面工作。';
    expect(targets(text)).toEqual([
      ['地区生产总值增长', 6.5, 2021, 'gdp-growth'],
      ['规上工业增加值增长', 9, 2021, 'industrial-value-added-growth'],
      ['注册外资实际到账', 1.2, 2021, null],
      ['工业开票销售净增', 150, 2021, null],
      ['获批国家高新技术企业', 80, 2021, null],
      ['单位GDP能耗下降', 3.6, 2021, 'energy-intensity-decline'],
      ['PM2.5浓度', 37, 2021, 'pm25-concentration'],
    ]);
  });
});

describe('the year of a dateless news page whose headline names one (rule headline-year)', () => {
  const listed = (text: string) =>
    indicators(extractDocument(text, { documentId: 'news' }))
      .filter((node) => node.properties['qualitative'] !== true)
      .map((node) => [node.name, node.properties['targetValue'], node.properties['targetYear']]);

  it('gives a list with no year of its own the one year of the headline (历城 2025, 肇庆 2025)', () => {
    const text = [
      '地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图',
      '1月9日,济南市历城区第十九届人民代表大会第四次会议召开。',
      '经济社会发展主要预期目标是:地区生产总值增长5.6%以上,实际使用外资1.6亿美元。',
    ].join('\n');
    expect(listed(text)).toEqual([
      ['地区生产总值增长', 5.6, 2025],
      ['实际使用外资', 1.6, 2025],
    ]);
    expect(
      listed('肇庆:2025年GDP力争突破3000亿元\n据悉,肇庆的经济稳步回升。\n今年肇庆的主要预期目标是:地区生产总值增长5%左右,城镇新增就业3.5万人以上。\n'),
    ).toEqual([
      // The headline's own target, which the body does not state, is read from there.
      ['GDP', 3000, 2025],
      ['地区生产总值增长', 5, 2025],
      ['城镇新增就业', 3.5, 2025],
    ]);
  });

  it('takes no year from a headline naming two years or a span', () => {
    const twoYears = '2024年稳中有进 2025年蓝图绘就\n据悉,经济稳步回升。\n主要预期目标是:地区生产总值增长5%左右。\n';
    const span = '某区2021—2025年发展回顾\n据悉,经济稳步回升。\n主要预期目标是:地区生产总值增长5%左右。\n';
    for (const text of [twoYears, span]) expect(listed(text).filter((row) => row[2] !== null && row[2] !== undefined)).toEqual([]);
  });
});

describe('lists and targets of plan proposals and news of plans (branch tasks, sixth session)', () => {
  const targets = (text: string) =>
    indicators(extractDocument(text, { documentId: 'plan' }))
      .filter((node) => node.properties['qualitative'] !== true)
      .map((node) => [node.name, node.properties['targetValue'], node.properties['unit'], node.properties['targetYear']]);

  it('reads a list a proposal opens with 确定为 (新巴尔虎左旗 2024)', () => {
    const text =
      '综合研判我旗经济社会发展面临的新形势和新任务,建议2024年全旗经济社会发展主要预期目标确定为:地区生产总值增长6.5%左右;固定资产投资增速15%;一般公共预算收入完成1.57亿元。\n';
    expect(targets(text)).toEqual([
      ['地区生产总值增长', 6.5, '%', 2024],
      ['固定资产投资增速', 15, '%', 2024],
      ['一般公共预算收入', 1.57, '亿元', 2024],
    ]);
  });

  it('reads a target striven for before the list (rule striving-before-list: 锡林郭勒盟 2024), with electricity in 度', () => {
    const text = [
      '3月12日,锡林郭勒盟行政公署下达2024年全盟国民经济和社会发展计划。',
      '加快推动一批煤电和新能源项目建设,力争全年火电装机规模达到1700万千瓦、发电量达到640亿度左右。',
      '2024年全盟国民经济和社会发展计划',
      '2024年全盟经济社会发展的主要预期目标是:地区生产总值增长6%左右。',
    ].join('\n');
    expect(targets(text)).toEqual([
      ['火电装机规模', 1700, '万千瓦', 2024],
      ['发电量', 640, '亿度', 2024],
      ['地区生产总值增长', 6, '%', 2024],
    ]);
  });

  it("reads a news lead's restatement of the list as the same targets (肇庆 2025: rules glossed-abbreviation, total-of-a-total, headline-year)", () => {
    const text = [
      '肇庆:2025年GDP力争突破3000亿元',
      '南都讯 2025年,肇庆市要实现GDP(地区生产总值)增长5%左右,总量力争突破3000亿元。',
      '报告指出,今年是“十四五”规划收官之年,肇庆将努力推动各项工作,确保地区生产总值突破3000亿元。',
      '今年肇庆的主要预期目标是:地区生产总值增长5%左右,城镇新增就业3.5万人以上。',
    ].join('\n');
    expect(targets(text)).toEqual(
      expect.arrayContaining([
        ['地区生产总值增长', 5, '%', 2025],
        ['肇庆市地区生产总值', 3000, '亿元', 2025],
        ['城镇新增就业', 3.5, '万人', 2025],
      ]),
    );
    expect(targets(text)).toHaveLength(3);
    // 北京 2025: 北京市将致力于实现… keeps the place, not its intent.
    expect(targets('2025年,北京市将致力于实现地区生产总值增长5%左右。\n').map((row) => row[0])).toEqual(['北京市地区生产总值增长']);
  });
});

describe('the year of a list a page names only by what the year marks, or writes with its place (branch policies, blind round of 2026-12-08)', () => {
  const listed = (text: string) =>
    indicators(extractDocument(text, { documentId: 'list' }))
      .filter((node) => node.properties['qualitative'] !== true)
      .map((node) => [node.name, node.properties['targetValue'], node.properties['qualifier'], node.properties['targetYear']]);

  it('takes 今年是党的二十大召开之年 for 2022 (rule this-year-by-anniversary: 瑞金 2022)', () => {
    const ruijin =
      '微信扫一扫\n今年是党的二十大召开之年\n今年政府工作的总体要求是:坚持稳字当头、稳中求进。\n主要预期目标是:\nGDP 增长8.2%以上,规上工业增加值增长9%以上,实际利用外资增长7%左右,城镇调查失业率控制在5.5%以内。\n';
    expect(listed(ruijin)).toEqual([
      ['GDP增长', 8.2, '以上', 2022],
      ['规上工业增加值增长', 9, '以上', 2022],
      ['实际利用外资增长', 7, '左右', 2022],
      ['城镇调查失业率', 5.5, '以内', 2022],
    ]);
    expect(listed('标题\n今年是中华人民共和国成立75周年。主要预期目标是:地区生产总值增长6%左右。\n')).toEqual([['地区生产总值增长', 6, '左右', 2024]]);
    expect(listed('标题\n今年是中国共产党成立一百周年。主要预期目标是:地区生产总值增长8%。\n')).toEqual([['地区生产总值增长', 8, null, 2021]]);
    expect(listed('标题\n今年是全面贯彻党的二十大精神的开局之年。主要预期目标是:地区生产总值增长6.5%。\n')).toEqual([['地区生产总值增长', 6.5, null, 2023]]);
  });

  it('reads the year written with the place after it, and the list running on into the next paragraph (rule list-runs-on: 鄂城 2023)', () => {
    const echeng = [
      '12月19日,鄂州市鄂城区十届人大二次会议开幕。',
      '2023年,鄂城区经济社会发展主要预期目标是:锚定“十四五”期间县域经济冲十进百的目标,坚持稳字当头、稳中求进,努力争取最好的结果。',
      '力争固定资产投资增幅16%以上、规上工业产值增幅13%以上,财政总收入达到20亿元、增幅12%以上,市场主体实现增长60%以上。',
      'Copyright ? 2001-2025 ',
    ].join('\n');
    expect(listed(echeng)).toEqual([
      ['固定资产投资增幅', 16, '以上', 2023],
      ['规上工业产值增幅', 13, '以上', 2023],
      ['财政总收入', 20, null, 2023],
      ['财政总收入增幅', 12, '以上', 2023],
      ['市场主体增长', 60, '以上', 2023],
    ]);
  });
});
