import { clauseSubject } from './listed-subjects';
import { statedMetrics, statedValues } from './stated-values';

/** Clauses of the 主要预期目标 lists of the 2026 provincial government work reports, as written. */
describe('statedValues: ranges, units and qualifiers', () => {
  it.each([
    ['地区生产总值增长4.5%—5%', { value: 4.5, high: 5, unit: '%', qualifier: null }], // 广东
    ['地区生产总值增长5%-5.5%', { value: 5, high: 5.5, unit: '%', qualifier: null }], // 江西
    ['地区生产总值增长4.5-5%', { value: 4.5, high: 5, unit: '%', qualifier: null }], // 黑龙江: the low end without its unit
    ['生产总值增长5%左右', { value: 5, high: null, unit: '%', qualifier: '左右' }], // 陕西 (５％ after normalization)
    ['城镇新增就业50万人以上', { value: 50, unit: '万人', qualifier: '以上' }], // 云南
    ['城镇调查失业率5%以内', { value: 5, unit: '%', qualifier: '以内' }], // 上海
    ['粮食产量超过840亿斤', { value: 840, unit: '亿斤', qualifier: '超过' }], // 内蒙古
    ['地区生产总值按增长5%安排', { value: 5, unit: '%', qualifier: '按…安排' }], // 江苏
    ['细颗粒物年均浓度控制在29微克/立方米左右', { value: 29, unit: '微克/立方米', qualifier: '左右' }], // 北京
    ['常住人口城镇化率提升1个百分点以上', { value: 1, unit: '个百分点', qualifier: '以上' }], // 甘肃
    ['并将创造200,000个新工作岗位', { value: 200000, unit: '个' }], // 深圳 news page: ASCII thousands separators
    ['逼近300亿元大关', { value: 300, unit: '亿元', qualifier: '逼近' }], // 霍邱 2024 (…增长7%左右，逼近300亿元大关): nearly reached
    ['境外输入性病例38例', { value: 38, unit: '例', qualifier: null }], // 青浦 2021: cases counted in 例
    ['同比增长-0.5%', { value: -0.5, unit: '%', start: 4 }], // 宁远 2023 (rule signed-change): the sign is the value's
    ['收购烟叶21.43万担', { value: 21.43, unit: '万担' }], // 宁远 2023 (rule dan-and-hectares): tobacco bought in 万担
    ['人工造林面积达到3300公顷', { value: 3300, unit: '公顷' }], // 宁远 2023: land in 公顷
    ['全市居民人均预期寿命提高到82.25岁', { value: 82.25, unit: '岁' }], // 扬中 2023 (rule years-of-age)
    ['5岁以下儿童死亡率2.52‰', { value: 2.52, unit: '‰' }], // an age group is no value in 岁
    ['工业机器人使用密度力争达360台/万人', { value: 360, unit: '台/万人' }], // 上海 2023
    ['孕产妇死亡率为0', { value: 0, unit: null }], // 扬中 2023: a rate brought to zero (rule zero-rate)
    ['粮食总产量25亿公斤', { value: 25, unit: '亿公斤' }], // 洛阳 2023 (rule grain-and-events-units)
    ['策划开展商贸促消费活动165场', { value: 165, unit: '场' }], // 洛阳 2023: events counted in 场
    ['港口吞吐量突破1亿吨', { value: 1, unit: '亿吨', qualifier: '突破' }], // 宁德 2021
  ])('%s', (clause, expected) => {
    expect(statedValues(clause)).toEqual([expect.objectContaining(expected)]);
  });

  it('reads percentages written in words, as older reports do (百分之七左右, 百分之六到百分之六点五)', () => {
    const [growth, range] = statedValues('地区生产总值增长百分之七左右，财政收入增长百分之六到百分之六点五');
    expect(growth).toMatchObject({ value: 7, high: null, unit: '%', qualifier: '左右' });
    expect(range).toMatchObject({ value: 6, high: 6.5, unit: '%', qualifier: null });
    expect(statedMetrics('城镇登记失业率控制在百分之四以内')).toMatchObject([{ name: '城镇登记失业率', value: { value: 4, qualifier: '以内' } }]);
  });

  it('reads a price index set against 100 with no unit (潜江 2017), and no other bare number', () => {
    expect(statedValues('居民消费价格指数控制在103.5以内')).toMatchObject([{ value: 103.5, unit: null, qualifier: '以内' }]);
    expect(statedMetrics('居民消费价格指数控制在103.5以内')).toMatchObject([{ name: '居民消费价格指数', measure: 'level' }]);
    // Not a number far from 100, nor one after another metric.
    expect(statedValues('居民消费价格指数控制在3以内')).toEqual([]);
    expect(statedValues('城镇登记失业率控制在103以内')).toEqual([]);
  });

  it('reads no value in years, names with digits and bare numbers', () => {
    expect(statedValues('2026年是“十五五”第一年')).toEqual([]);
    expect(statedValues('推进5G网络和PM2.5治理')).toEqual([]);
    expect(statedValues('在实际工作中努力争取更好结果')).toEqual([]);
    // A zero of anything but a rate is no value (rule zero-rate).
    expect(statedValues('重大事故为0')).toEqual([]);
  });
});

describe('statedMetrics: growth vs level, several metrics per clause, 分别', () => {
  const read = (clause: string, previous: string | null = null) =>
    statedMetrics(clause, previous).map((metric) => [metric.name, metric.measure, metric.value.value, metric.value.unit, metric.value.qualifier]);

  it('reads a copy that sets numbers apart with spaces: its year and its verb are no part of the metric (遵义, rule spaced-year)', () => {
    expect(read('全市 2025 年城镇化率达到 63%')).toEqual([['城镇化率', 'level', 63, '%', null]]);
    expect(read('城镇人口达到 473 万人左右')).toEqual([['城镇人口', 'level', 473, '万人', '左右']]);
    expect(read('2035年达到 835万人左右', '遵义市常住人口')).toEqual([['遵义市常住人口', 'level', 835, '万人', '左右']]);
  });

  it('names a count after a bare verb by the thing counted (并将创造200,000个新工作岗位, 深圳 2025 news page)', () => {
    expect(read('并将创造200,000个新工作岗位')).toEqual([['新工作岗位', 'level', 200000, '个', null]]);
    expect(read('新建5G基站1,200个')).toEqual([['新建5G基站', 'level', 1200, '个', null]]);
  });

  it('reads a running total, a conversion or those at a stage as the metric just named (rule continued-measure: 上海, 广西 2026)', () => {
    expect(read('实际使用外资达到160.6亿美元、折合1148亿元')).toEqual([
      ['实际使用外资', 'level', 160.6, '亿美元', null],
      ['实际使用外资', 'level', 1148, '亿元', null],
    ]);
    expect(read('实施工程项目2758个、完工2746个').map(([name, , value]) => [name, value])).toEqual([
      ['实施工程项目', 2758],
      ['实施工程项目完工', 2746],
    ]);
  });

  it('leaves an achieving verb out between a subject and its measure, and gives a contribution no bare growth (聊城 2024 news)', () => {
    expect(read('2023年，全市服务业实现增加值1429亿元')).toEqual([['服务业增加值', 'level', 1429, '亿元', null]]);
    expect(read('规上服务业企业完成营业收入500亿元')).toEqual([['规上服务业企业营业收入', 'level', 500, '亿元', null]]);
    // 同比增长6.2% is the services' growth, not the contribution's: with no subject it is not read.
    expect(read('拉动经济增长3.1个百分点，同比增长6.2%')).toEqual([['拉动经济增长', 'growth', 3.1, '个百分点', null]]);
  });

  it('gives a 分别 with no subject of its own the subjects of the 分别 clause before (霍邱 2024)', () => {
    const first = statedMetrics('城镇和农村居民人均可支配收入分别达到36583元和17736元');
    const subject = clauseSubject(first, null);
    expect(read('分别增长7%和10%', subject)).toEqual([
      ['城镇居民人均可支配收入增长', 'growth', 7, '%', null],
      ['农村居民人均可支配收入增长', 'growth', 10, '%', null],
    ]);
    // A bare value after the list is of its last subject, as before.
    expect(read('增长10%', subject)).toEqual([['农村居民人均可支配收入增长', 'growth', 10, '%', null]]);
  });

  it('pairs a bare verb and as many values as the 分别 list before had subjects, one by one (苏尼特右旗 2023)', () => {
    const subject = clauseSubject(statedMetrics('城乡常住居民人均可支配收入分别完成44607元、16996元'), null);
    expect(read('增长4.3%、7.6%', subject)).toEqual([
      ['城镇常住居民人均可支配收入增长', 'growth', 4.3, '%', null],
      ['农村常住居民人均可支配收入增长', 'growth', 7.6, '%', null],
    ]);
    // Not a list of as many values, or more than a verb before them: read as before.
    expect(read('增长4.3%', subject)).toEqual([['农村常住居民人均可支配收入增长', 'growth', 4.3, '%', null]]);
  });

  it('pairs a list of changes against a stated base with the 分别 list before, one by one (rule based-change-list: 天水 2025)', () => {
    const subject = clauseSubject(statedMetrics('集成电路、机械制造、电工电器、医药食品产值分别达211.6亿元、38亿元、38亿元和86.4亿元'), null);
    expect(read('较2020年增长73.9%、178.6%、4.1%和12%', subject)).toEqual([
      ['集成电路产值增长', 'growth', 73.9, '%', null],
      ['机械制造产值增长', 'growth', 178.6, '%', null],
      ['电工电器产值增长', 'growth', 4.1, '%', null],
      ['医药食品产值增长', 'growth', 12, '%', null],
    ]);
    const incomes = clauseSubject(statedMetrics('城乡常住居民人均可支配收入分别完成44607元、16996元'), null);
    expect(read('同比增长4.3%、7.6%', incomes)).toEqual([
      ['城镇常住居民人均可支配收入增长', 'growth', 4.3, '%', null],
      ['农村常住居民人均可支配收入增长', 'growth', 7.6, '%', null],
    ]);
    // A base that is no year or comparison (较快增长) is no base: the list stays unpaired.
    expect(read('较快增长4.3%、7.6%', incomes)).not.toContainEqual(['城镇常住居民人均可支配收入增长', 'growth', 4.3, '%', null]);
  });

  it('gives the first of two counts told apart by a modifier the thing the second counts (苏尼特右旗 2023: 6个盟级、42个旗级重点项目)', () => {
    const counts = statedMetrics('全年6个盟级、42个旗级重点项目完成投资21亿元', null, { countedAfter: true });
    expect(counts.slice(0, 2).map((metric) => [metric.name, metric.value.value])).toEqual([
      ['盟级重点项目', 6],
      ['旗级重点项目', 42],
    ]);
    // Modifiers that are not parallel give the first count no thing.
    const names = statedMetrics('建成5个乡镇、20个村级服务站', null, { countedAfter: true }).map((metric) => metric.name);
    expect(names).toContain('村级服务站');
    expect(names.some((name) => name.startsWith('乡镇'))).toBe(false);
  });

  it('gives a 累计增长 the subject of the clause before, and leaves 我县 out of a name (泾县 2024)', () => {
    const first = statedMetrics('2023年，我县全年完成社会消费品零售额92.9亿元');
    expect(first.map((metric) => metric.name)).toEqual(['社会消费品零售额']);
    expect(read('累计增长10.5%', clauseSubject(first, null))).toEqual([['社会消费品零售额累计增长', 'growth', 10.5, '%', null]]);
  });

  it('leaves an editorial note (下同) and the comparison it governs out of the name (长沙县 2023: 同比（下同）增长4.5%)', () => {
    expect(read('全年地区生产总值同比（下同）增长4.5%')).toEqual([['地区生产总值增长', 'growth', 4.5, '%', null]]);
  });

  it('tells a rate of change from a level', () => {
    expect(read('地区生产总值增长5%左右')).toEqual([['地区生产总值增长', 'growth', 5, '%', '左右']]);
    expect(read('城镇调查失业率控制在5.5%左右')).toEqual([['城镇调查失业率', 'level', 5.5, '%', '左右']]);
    expect(read('单位地区生产总值二氧化碳排放下降3.8%')).toEqual([['单位地区生产总值二氧化碳排放下降', 'decline', 3.8, '%', null]]);
    expect(read('全省地区生产总值增长4.5%左右、力争更好结果')).toEqual([['地区生产总值增长', 'growth', 4.5, '%', '左右']]);
  });

  it('reads two metrics joined by 、 (新疆)', () => {
    expect(read('城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内')).toEqual([
      ['城镇新增就业', 'level', 47, '万人', '以上'],
      ['城镇调查失业率', 'level', 5.5, '%', '以内'],
    ]);
  });

  it('gives each subject of a 分别 list its own value', () => {
    expect(read('一产、二产、三产增加值分别增长5%左右、5%以上、5%左右')).toEqual([
      ['一产增加值增长', 'growth', 5, '%', '左右'],
      ['二产增加值增长', 'growth', 5, '%', '以上'],
      ['三产增加值增长', 'growth', 5, '%', '左右'],
    ]);
    expect(read('城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右').map((metric) => metric[0])).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
    expect(read('城乡居民人均可支配收入分别增长7%左右和8%左右').map((metric) => metric[0])).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
    expect(read('其中一二三产增加值分别增长3.5%左右、6%左右、5%左右').map((metric) => metric[0])).toEqual([
      '一产增加值增长',
      '二产增加值增长',
      '三产增加值增长',
    ]);
    expect(read('城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右').map((metric) => metric[0])).toEqual([
      '城镇常住居民人均可支配收入增长',
      '农村常住居民人均可支配收入增长',
    ]);
  });

  it('gives each subject of a 均 list the one value (固定资产投资、工业投资均增长12%左右), not examples of a class (…等)', () => {
    expect(read('固定资产投资、工业投资、服务业投资均增长12%左右')).toEqual([
      ['固定资产投资增长', 'growth', 12, '%', '左右'],
      ['工业投资增长', 'growth', 12, '%', '左右'],
      ['服务业投资增长', 'growth', 12, '%', '左右'],
    ]);
    expect(read('锂离子动力电池、新能源汽车等绿色产品产量均增长20%以上')).toHaveLength(1);
  });

  it('gives a bare 增长 the subject of the clause before (实现地区生产总值67665亿元，增长5.5%)', () => {
    expect(read('增长5.5%', '地区生产总值')).toEqual([['地区生产总值增长', 'growth', 5.5, '%', null]]);
    expect(read('增长5.5%')).toEqual([]);
  });

  it('leaves 预计 and 初步核算 (an estimate of last year) out of the name (赤峰 2025: 预计全市地区生产总值增长4%左右)', () => {
    expect(read('预计全市地区生产总值增长4%左右').map((metric) => metric[0])).toEqual(['地区生产总值增长']);
    expect(read('初步核算全年地区生产总值5.4万亿元').map((metric) => metric[0])).toEqual(['地区生产总值']);
  });

  it('leaves a base of comparison and a particle after the verb out of the name (较2015年增长了2.2倍, 同比提升7.2个百分点)', () => {
    expect(read('较2015年增长了2.2倍', '服务业实际利用外资')).toEqual([['服务业实际利用外资增长', 'growth', 2.2, '倍', null]]);
    expect(read('优良天数比例同比提升7.2个百分点').map((metric) => metric[0])).toEqual(['优良天数比例提升']);
    expect(read('四大主导产业占GDP比重较2020年提高约14个百分点').map((metric) => metric[0])).toEqual(['四大主导产业占GDP比重提高']);
  });

  it("leaves a review's hedge before the verb out of the name (德宏 2025: 农产品加工产值预计增长8%)", () => {
    expect(read('农产品加工产值预计增长8%')).toEqual([['农产品加工产值增长', 'growth', 8, '%', null]]);
  });

  it('leaves a hedge before a comparison, 名义 and an adjustment before the verb out of the name (桦川 2023, 横州 2026)', () => {
    expect(read('全县地区生产总值预计同比增长6%左右')).toEqual([['地区生产总值增长', 'growth', 6, '%', '左右']]);
    expect(read('一般公共预算收入扣除政策性减收和一次性收入因素同比增长2.6%')).toEqual([['一般公共预算收入增长', 'growth', 2.6, '%', null]]);
    expect(read('城乡居民人均可支配收入名义增长5.3%')).toEqual([['城乡居民人均可支配收入增长', 'growth', 5.3, '%', null]]);
  });

  it('reads a passed 万亿 with no numeral as one 万亿, never a class of size (rule bare-wanyi: 广东 2025 旅游总收入突破万亿元)', () => {
    expect(read('旅游总收入突破万亿元')).toEqual([['旅游总收入', 'level', 1, '万亿元', '突破']]);
    expect(read('文化旅游业主营业务收入过万亿')).toEqual([['文化旅游业主营业务收入', 'level', 1, '万亿', '超过']]);
    expect(statedValues('打造突破万亿级产业集群')).toEqual([]);
  });

  it('leaves 同口径 between the metric and its verb out of the name (安徽 2023: 一般公共预算收入同口径增长9.9%)', () => {
    expect(read('一般公共预算收入同口径增长9.9%')).toEqual([['一般公共预算收入增长', 'growth', 9.9, '%', null]]);
  });

  it("leaves an estimate's hedge before 分别 out of the last subject (rule hedge-before-respectively: 南昌县 2022)", () => {
    expect(read('小蓝经开区营业收入、工业总产值预计分别完成1585亿元、1530亿元')).toEqual([
      ['小蓝经开区营业收入', 'level', 1585, '亿元', null],
      ['工业总产值', 'level', 1530, '亿元', null],
    ]);
  });

  it('reads a value restated in brackets without something as the subject so measured, and 可 before the verb as no part of the name (rules restated-in-brackets, modal-before-verb: 通城 2023, 内江 2022)', () => {
    expect(read('地方一般公共预算收入完成8.72亿元（剔除留抵退税后为8.04亿元）')).toEqual([
      ['地方一般公共预算收入', 'level', 8.72, '亿元', null],
      ['地方一般公共预算收入剔除留抵退税后', 'level', 8.04, '亿元', null],
    ]);
    expect(read('预计全年可完成地区生产总值201.06亿元—204.05亿元').map((metric) => metric[0])).toEqual(['地区生产总值']);
    expect(read('预计全年可实现地区生产总值1600亿元').map((metric) => metric[0])).toEqual(['地区生产总值']);
  });

  it("leaves an estimate's hedge after 分别 out of the verb (rule hedge-after-respectively: 滦南 2024)", () => {
    expect(read('城乡人均可支配收入分别预计增长6.7%、7.3%')).toEqual([
      ['城镇人均可支配收入增长', 'growth', 6.7, '%', null],
      ['农村人均可支配收入增长', 'growth', 7.3, '%', null],
    ]);
  });

  it('reads rates listed before one percentage they reach as each at it (rule rates-one-value: 林周 2023)', () => {
    expect(read('全县行政村道路通达率、通畅率达到100%')).toEqual([
      ['行政村道路通达率', 'level', 100, '%', null],
      ['通畅率', 'level', 100, '%', null],
    ]);
    // Not a list of amounts, nor a list closed by 和 (which the other rules read).
    expect(read('固定资产投资、工业投资达到100%').map((metric) => metric[0])).toEqual(['固定资产投资、工业投资']);
  });

  it('leaves a bracketed remark of what the metric includes out of its name (rule scope-remark-off-name: 霞浦 2020)', () => {
    expect(read('固定资产投资(不含农户)增长20%')).toEqual([['固定资产投资增长', 'growth', 20, '%', null]]);
    expect(read('地区生产总值（含港务区）760亿元').map((metric) => metric[0])).toEqual(['地区生产总值']);
    // What it is counted without (漾濞 2023), a year in the remark too.
    expect(read('一般公共预算支出（扣除2022年灾后恢复重建专项资金支出外）增长3%以上')).toEqual([['一般公共预算支出增长', 'growth', 3, '%', '以上']]);
  });

  it('reads head of livestock and funds counted in 只, and leaves 比上年同期 out of the name (林周 2023, 湖北 2026)', () => {
    expect(read('出栏牲畜3.82万头')).toEqual([['出栏牲畜', 'level', 3.82, '万头', null]]);
    // 头只 counts cattle and sheep together, as pastoral counties write their herds (正蓝旗 2022).
    expect(read('牧业年度牲畜总头数达到63万头只')).toEqual([['牧业年度牲畜总头数', 'level', 63, '万头只', null]]);
    expect(read('省级引导基金引导设立基金24只').map((metric) => metric[3])).toEqual(['只']);
    expect(read('预计农村居民人均可支配收入比上年同期增加2661元')).toEqual([['农村居民人均可支配收入增加', 'growth', 2661, '元', null]]);
  });

  it('reads a rate stated on a basis (自然口径) as the rate of the metric before it (rule stated-basis: 察右后旗 2023)', () => {
    expect(read('自然口径同比增长26.2%', '一般公共预算收入')).toEqual([['一般公共预算收入增长', 'growth', 26.2, '%', null]]);
    expect(read('一般公共预算收入自然口径增长26.2%')).toEqual([['一般公共预算收入增长', 'growth', 26.2, '%', null]]);
  });

  it('keeps the marks of a quoted word opening a name, drops stray ones (rule quoted-name-opening: 大宁 2024)', () => {
    expect(read('全县“宁脆”苹果种植规模达到2万亩').map((metric) => metric[0])).toEqual(['“宁脆”苹果种植规模']);
    expect(read('”苹果种植面积达到2万亩').map((metric) => metric[0])).toEqual(['苹果种植面积']);
    expect(read('“苹果种植面积达到2万亩').map((metric) => metric[0])).toEqual(['苹果种植面积']);
  });

  it('leaves the striving before a verb of change out of the name (rule striving-before-change: 安徽 2023, 北京 2025)', () => {
    expect(read('固定资产投资力争增长10%以上')).toEqual([['固定资产投资增长', 'growth', 10, '%', '以上']]);
    expect(read('一般公共预算收入也将力争增长4%左右')).toEqual([['一般公共预算收入增长', 'growth', 4, '%', '左右']]);
  });

  it('reads 超 before a number as 超过, so a bare 增长 after it takes the subject alone (海口 2023: 新增市场主体超78万户、增长169.7%)', () => {
    expect(read('新增市场主体超78万户、增长169.7%')).toEqual([
      ['新增市场主体', 'level', 78, '万户', '超过'],
      ['新增市场主体增长', 'growth', 169.7, '%', null],
    ]);
  });

  it('keeps a threshold of money opening a name in the name, not as a value (黎平 2023: 500万元以上固定资产投资完成39.73亿元)', () => {
    expect(read('500万元以上固定资产投资完成39.73亿元')).toEqual([['500万元以上固定资产投资', 'level', 39.73, '亿元', null]]);
    expect(read('实施投资5000万元以上项目1381个').map((metric) => metric[2])).toEqual([1381]);
    expect(read('固定资产投资完成5000万元以上').map((metric) => metric[2])).toEqual([5000]);
  });

  it('gives a bare growth after a remark in brackets the subject before it (泉山 2024: 地区生产总值760亿元（含港务区）、增长5.6%)', () => {
    expect(read('完成地区生产总值760亿元（含港务区）、增长5.6%').map((metric) => metric[0])).toEqual(['地区生产总值', '地区生产总值增长']);
  });

  it('reads rates per mille and per 100 000, so a 分别 list of health rates pairs up (rule rate-per-100000: 榆阳 2023)', () => {
    const clause = '婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万';
    expect(statedValues(clause)).toMatchObject([
      { value: 4, unit: '‰' },
      { value: 4.5, unit: '‰' },
      { value: 10, unit: '/10万' },
    ]);
    expect(statedMetrics(clause).map((metric) => [metric.name, metric.value.value, metric.value.unit])).toEqual([
      ['婴儿死亡率', 4, '‰'],
      ['5岁以下儿童死亡率', 4.5, '‰'],
      ['孕产妇死亡率', 10, '/10万'],
    ]);
  });

  it('names a count after a verb and its examples by the thing after the number (rule examples-before-count: 甘肃 2023)', () => {
    expect(statedMetrics('打造生猪、苹果2个500亿级产业集群').map((metric) => [metric.name, metric.value.value, metric.value.unit])).toEqual([
      ['500亿级产业集群', 2, '个'],
    ]);
    expect(statedMetrics('打造牛、羊、蔬菜、中药材4个千亿级产业集群').map((metric) => [metric.name, metric.value.value])).toEqual([['千亿级产业集群', 4]]);
    // As many examples as counted and no scale to reach: the number sums up the list (see countsTheListedItems).
    expect(statedMetrics('培育电子信息、装备制造2个产业集群')).toEqual([]);
  });

  it('reads a bare 万 after a verb of reaching or passing (rule bare-wan: 长沙 2024, 云南 2026), not in a change (和政 2022)', () => {
    expect(statedValues('人才总量突破300万')).toMatchObject([{ value: 300, unit: '万', qualifier: '突破' }]);
    expect(statedValues('旅居人数超550万')).toMatchObject([{ value: 550, unit: '万', qualifier: '超过' }]);
    expect(statedValues('比上年末增加0.01万')).toEqual([]);
  });

  it('pairs a list of subjects with as many values right after it, without 分别 (rule implicit-respectively: 湘潭县 2023)', () => {
    const levels = statedMetrics('城镇和农村居民人均可支配收入44178元、25396元');
    expect(levels.map((metric) => [metric.name, metric.value.value, metric.value.unit])).toEqual([
      ['城镇居民人均可支配收入', 44178, '元'],
      ['农村居民人均可支配收入', 25396, '元'],
    ]);
    // …分别增长4.5%、6.5% after it has the same subjects.
    expect(statedMetrics('分别增长4.5%、6.5%', clauseSubject(levels, null)).map((metric) => [metric.name, metric.value.value])).toEqual([
      ['城镇居民人均可支配收入增长', 4.5],
      ['农村居民人均可支配收入增长', 6.5],
    ]);
    expect(statedMetrics('城镇、农村居民人均可支配收入增长4.5%、6.5%').map((metric) => metric.name)).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
  });

  it('gives the short uses listed after a use per unit of output that unit (rule per-unit-head: 罗湖 2021)', () => {
    expect(statedMetrics('万元GDP建设用地、水耗、电耗分别下降1.5%、10.6%和6.4%').map((metric) => [metric.name, metric.value.value])).toEqual([
      ['万元GDP建设用地下降', 1.5],
      ['万元GDP水耗下降', 10.6],
      ['万元GDP电耗下降', 6.4],
    ]);
  });

  it('gives a bare count no income or rate for its subject (rule count-not-of-amount: 黔西南 2021)', () => {
    expect(read('10件民生实事全面完成', '农村居民人均可支配收入')).toEqual([]);
    // A bare level after a growth is still of the metric just named (泉山 2024).
    expect(read('增长5.6%、760亿元', '地区生产总值').map((metric) => metric[0])).toEqual(['地区生产总值增长', '地区生产总值']);
  });

  it('reads 城、乡 as the towns and the villages (rule town-and-village: 涪城 2019), and leaves a footnote mark out of a name (瑶海 2021)', () => {
    expect(statedMetrics('城、乡居民人均可支配收入分别增长8%、9%').map((metric) => [metric.name, metric.value.value])).toEqual([
      ['城镇居民人均可支配收入增长', 8],
      ['农村居民人均可支配收入增长', 9],
    ]);
    expect(read('一般公共预算收入[1]17.7亿元').map((metric) => metric[0])).toEqual(['一般公共预算收入']);
  });

  it('names a count by what follows the examples listed before 等 (rule examples-before-etc: 湘潭县 2023)', () => {
    expect(read('杨河循环经济产业园、青山桥皮鞋工业园、茶恩寺竹木产业园等乡镇园区新引进项目20个').map((metric) => [metric[0], metric[2]])).toEqual([
      ['乡镇园区新引进项目', 20],
    ]);
  });

  it('leaves the words before a colon out of the name of what follows it (rule colon-opens-list: 罗湖 2021)', () => {
    expect(read('交出了高质量振兴答卷：固定资产投资384亿元').map((metric) => metric[0])).toEqual(['固定资产投资']);
  });

  it('reads no metric in sentences about the work', () => {
    expect(read('重点抓好以下14个方面的工作')).toEqual([]);
  });
});

describe('statedMetrics: a bare share after a value (rule share-of-quantity)', () => {
  it('names a share right after a measured quantity by that quantity (湖南 2026), not one after a count of items (宣城 2020)', () => {
    expect(statedMetrics('新能源装机达4091万千瓦、占比达44.7%、成为第一大电源').map((metric) => [metric.name, metric.value.value])).toEqual([
      ['新能源装机', 4091],
      ['新能源装机占比', 44.7],
    ]);
    expect(statedMetrics('达到序时进度44项、占比80.0%').map((metric) => metric.name)).not.toContain('达到序时进度占比');
  });
});

describe('statedMetrics: counted things before a 分别 (rules counted-things-respectively, respectively-shared-qualifier)', () => {
  it('counts each thing listed before a 分别 of as many counts, the word before the first value qualifying each (万盛 2023)', () => {
    expect(statedMetrics('全区高新技术企业和科技型企业分别超过90家和870家').map((metric) => [metric.name, metric.value.value, metric.value.qualifier])).toEqual(
      [
        ['高新技术企业', 90, '超过'],
        ['科技型企业', 870, '超过'],
      ],
    );
    // Not things measured by no count.
    expect(statedMetrics('集成电路和汽车零配件分别增长10%和8%').map((metric) => metric.name)).not.toContain('集成电路');
  });
});
