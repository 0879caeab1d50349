import type { GraphNode } from '@policygraph/graph-types';
import { extractDocument } from '../../index';

/** Targets of running text, by the year rule that dates them; each example is a real passage (test/fixtures/passages). */
const targets = (text: string): Array<{ name: string; year: unknown; value: unknown; unit: unknown }> =>
  extractDocument(text, { documentId: 'spec' })
    .nodes.filter((node: GraphNode) => node.label === 'Indicator' && node.properties['targetValue'] != null)
    .map((node) => ({ name: node.name, year: node.properties['targetYear'], value: node.properties['targetValue'], unit: node.properties['unit'] }));

describe('target years of running text', () => {
  it('dates the numbered clauses of a goal section by the year stated under its heading, reading a clause cut into a run-in heading (长沙 2021)', () => {
    const found = targets(
      '某市人工智能行动计划\n二、建设目标\n到2023年，实现人工智能总体发展水平全国领先，应用示范效果明显。\n（一）打造10个可在全国复制推广的车联网商用场景，建设10个对应场景的车联网信息服务平台，建成集聚效应明显的车联网产业聚集区。\n（三）发明专利和软件著作权授权年均增速不低于10%，人工智能开放创新平台达30个，争取建立1~2个国家级新一代人工智能开放创新平台。\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '打造10个可在全国复制推广的车联网商用场景', year: 2023, value: 10, unit: '个' },
        { name: '建设10个对应场景的车联网信息服务平台', year: 2023, value: 10, unit: '个' },
        { name: '人工智能开放创新平台', year: 2023, value: 30, unit: '个' },
      ]),
    );
  });

  it('reads no target in a count that the list after it spells out, nor in the counts that break a total down (rules count-then-enumeration, breakdown-of-a-count: 新昌 2018)', () => {
    const xinchang =
      '2018年交通部门重点工作安排\n发布时间:2018-05-22 09:55\n信息来源:县交通运输局\n2018年，县委县政府要求完成交通投资23亿元以上，其中由我局牵头实施的有实施类项目13个，前期类项目2个，计划完成投资15.4亿元。13个实施项目包括金甬铁路、杭绍台铁路、南互通、527国道、新镜线二期、上三道口改造等2个铁路项目和4个公路项目，国省道大中修、农村公路提升改造等4个公路养护项目，客运中心改造、会墅岭公路站新建等3个站场建设项目。2个前期项目分别是南复线南口立交工程、澄潭公交站新建项目。\n';
    expect(targets(xinchang).map((found) => [found.value, found.unit])).toEqual([
      [23, '亿元'],
      [13, '个'],
      [2, '个'],
      [15.4, '亿元'],
    ]);
  });

  it('names a share to reach without the haste before 实现 (蕲春 2021: 尽快实现公办幼儿园占比50%以上)', () => {
    expect(
      targets(
        '某县两会|妇幼保健院新院区将投用\n报告指出，2022，某县将扩建一中，新建五小等小学，逐步解决学位少难题。新建改建一批公办幼儿园，尽快实现公办幼儿园占比50%以上。\n',
      ),
    ).toEqual([{ name: '公办幼儿园占比', year: null, value: 50, unit: '%' }]);
  });

  it('reads forest stocks in 万立方米 named by 蓄积 (rule forestry-units: 眉山 2022)', () => {
    expect(targets('某市林业发展规划\n二、发展目标\n到2025年,活立木总蓄积达到2630万立方米;森林蓄积达到2600万立方米。\n')).toEqual([
      { name: '活立木总蓄积', year: 2025, value: 2630, unit: '万立方米' },
      { name: '森林蓄积', year: 2025, value: 2600, unit: '万立方米' },
    ]);
  });

  it('keeps a size threshold in the name of what a count counts (rule threshold-in-name: 宣州 十四五)', () => {
    expect(targets('某区农业农村发展规划\n二、发展目标\n到2025年全区年产值10亿元以上农业龙头企业达到4家,亿元以上农产品加工企业达到30家以上。\n')).toEqual([
      { name: '全区年产值10亿元以上农业龙头企业', year: 2025, value: 4, unit: '家' },
      { name: '亿元以上农产品加工企业', year: 2025, value: 30, unit: '家' },
    ]);
  });

  it('dates the sentences of a paragraph opening with its deadline (襄阳 2024, 新乡 2023)', () => {
    expect(targets('某市实施意见\n一、总体要求\n到2029年，汉江流域先进制造业基地目标基本实现。规模总量实现新突破，制造业增加值占GDP比重达到40%。\n')).toEqual([
      { name: '制造业增加值占GDP比重', year: 2029, value: 40, unit: '%' },
    ]);
  });

  it('dates the sentences after any sentence opening with its deadline, after a lead-in or 预计 (rule sentence-opening-deadline: 扬州 2024, 合肥 2021, 平罗 2022)', () => {
    expect(
      targets(
        '某市实施意见\n一、总体目标全面贯彻党的二十大精神。到2025年，力争全市服务业增加值达4050亿元。生产性服务业加快发展，增加值规模达2450亿元。到2028年，全市服务业高质量发展取得阶段性成效。\n',
      ),
    ).toEqual([{ name: '全市服务业增加值', year: 2025, value: 4050, unit: '亿元' }, expect.objectContaining({ year: 2025, value: 2450, unit: '亿元' })]);
    expect(
      targets('某市规划新闻\n具体目标方面，《规划》提出，到2025年，全市数字经济核心产业增加值占GDP比重达到14%。建成5G基站2.5万个，大数据企业超过2000家。\n'),
    ).toEqual([
      { name: '全市数字经济核心产业增加值占GDP比重', year: 2025, value: 14, unit: '%' },
      expect.objectContaining({ year: 2025, value: 2.5, unit: '万个' }),
      { name: '大数据企业', year: 2025, value: 2000, unit: '家' },
    ]);
    expect(
      targets('某县工业方案新闻\n预计到2025年，平罗县制造业占工业增加值比重达55%以上。绿色发展水平明显提升，一般工业固体废弃物综合利用率稳定在65%以上。\n'),
    ).toEqual([
      { name: '平罗县制造业占工业增加值比重', year: 2025, value: 55, unit: '%' },
      { name: '一般工业固体废弃物综合利用率', year: 2025, value: 65, unit: '%' },
    ]);
  });

  it('dates each --year bullet of a goal section on a page with no date of its own, and totals the new things a count adds (rules goal-bullet-year, total-after-new-count: 兰州 2024)', () => {
    expect(
      targets(
        '为加快发展现代服务业，结合我市实际制定以下行动方案。\n二、工作目标\n--2024年,全市服务业增加值达到2410亿元左右,社会消费品零售总额1940亿元左右;新增规模以上服务业企业80家,总量达到680家;新增就业5.6万人,新增税收4612万元。\n--2025年,全市服务业增加值达到2550亿元左右,社会消费品零售总额2100亿元左右;生产性服务业增加值达到 1210 亿元,占第三产业比重达到 47%。\n三、工作措施\n',
      ),
    ).toEqual([
      { name: '全市服务业增加值', year: 2024, value: 2410, unit: '亿元' },
      { name: '社会消费品零售总额', year: 2024, value: 1940, unit: '亿元' },
      { name: '新增规模以上服务业企业', year: 2024, value: 80, unit: '家' },
      { name: '规模以上服务业企业总量', year: 2024, value: 680, unit: '家' },
      { name: '新增就业', year: 2024, value: 5.6, unit: '万人' },
      { name: '新增税收', year: 2024, value: 4612, unit: '万元' },
      { name: '全市服务业增加值', year: 2025, value: 2550, unit: '亿元' },
      { name: '社会消费品零售总额', year: 2025, value: 2100, unit: '亿元' },
      { name: '生产性服务业增加值', year: 2025, value: 1210, unit: '亿元' },
      { name: '生产性服务业增加值占第三产业比重', year: 2025, value: 47, unit: '%' },
    ]);
  });

  it('names bare measures after a clause naming a sector and how it grows, and reads invoiced sales as a measure (rule sector-of-bare-measure: 扬州 2024)', () => {
    expect(
      targets(
        '某市实施意见\n到2025年，力争全市服务业增加值达4050亿元，服务业开票销售达5300亿元。生产性服务业加快发展，增加值规模达2450亿元，占服务业增加值比重达60%。\n',
      ),
    ).toEqual([
      { name: '全市服务业增加值', year: 2025, value: 4050, unit: '亿元' },
      { name: '服务业开票销售', year: 2025, value: 5300, unit: '亿元' },
      { name: '生产性服务业增加值规模', year: 2025, value: 2450, unit: '亿元' },
      { name: '生产性服务业增加值占服务业增加值比重', year: 2025, value: 60, unit: '%' },
    ]);
  });

  it('keeps what a counted thing may be, in brackets, with it; reads beds in 万张 and a sum over a span of years (rules bracketed-alternatives, span-before-sum: 贵州 2018)', () => {
    expect(
      targets(
        '某省大健康产业行动计划\n一、主要目标\n到2020年，发展认定省级大健康产业示范区(县、市、特区)20个、集聚发展示范区30个、示范基地(园区、企业)200个。\n（二）实施健康养老产业发展三年行动计划。到2020年全面建成多层次养老服务体系。每千名老年人口拥有养老床位数达到35张，全省床位数达到23.33万张。\n（三）实施健康运动产业发展三年行动计划。到2020年，三年累计投资90亿元。\n',
      ),
    ).toEqual([
      { name: '发展认定省级大健康产业示范区（县、市、特区）', year: 2020, value: 20, unit: '个' },
      { name: '集聚发展示范区', year: 2020, value: 30, unit: '个' },
      { name: '示范基地（园区、企业）', year: 2020, value: 200, unit: '个' },
      { name: '每千名老年人口拥有养老床位数', year: 2020, value: 35, unit: '张' },
      { name: '全省床位数', year: 2020, value: 23.33, unit: '万张' },
      { name: '累计投资', year: 2020, value: 90, unit: '亿元' },
    ]);
  });

  it('reads a value striven for with no words of its own as a higher value of the metric before (rule stretch-value: 泸州 2021)', () => {
    expect(
      targets('某市规划新闻\n根据《规划》，到2025年，全市服务业增加值达到1800亿元以上，争取突破2000亿元，年均增长9.5%以上，占GDP比重提高到45%以上。\n'),
    ).toEqual([
      { name: '全市服务业增加值', year: 2025, value: 1800, unit: '亿元' },
      { name: '全市服务业增加值', year: 2025, value: 2000, unit: '亿元' },
      { name: '全市服务业增加值占GDP比重', year: 2025, value: 45, unit: '%' },
    ]);
  });

  it('reads a 双 value as each of two subjects, with the measure the second writes (rule both-of-two: 合肥 2021, 辽宁 2020)', () => {
    expect(targets('某市规划新闻\n到2025年，规上工业企业和重点园区数字化改造覆盖率实现双100%。\n')).toEqual([
      { name: '规上工业企业数字化改造覆盖率', year: 2025, value: 100, unit: '%' },
      { name: '重点园区数字化改造覆盖率', year: 2025, value: 100, unit: '%' },
    ]);
    expect(targets('某省规划新闻\n辽宁省近期将研究提出数字领域第一批重点项目清单，争取2021年新开工项目和储备项目的总投资额双双突破300亿元。\n')).toEqual([
      { name: '新开工项目总投资额', year: 2021, value: 300, unit: '亿元' },
      { name: '储备项目总投资额', year: 2021, value: 300, unit: '亿元' },
    ]);
  });

  it("reads levels each led by its year after a target, as levels of that target's subject in their own years (rule year-led-levels: 扬州 2024)", () => {
    expect(
      targets(
        '某市实施意见\n到2028年，全市服务业高质量发展取得阶段性成效。（一）实力更强。持续提升服务业发展规模和质量效益，服务业增加值年均增速高于GDP年均增速0.5个百分点左右，2025年突破4000亿元、2028年冲刺5000亿元，为全市地区生产总值过万亿元提供更强支撑。\n',
      ),
    ).toEqual([
      { name: '服务业增加值年均增速高于GDP年均增速', year: 2028, value: 0.5, unit: '个百分点' },
      { name: '服务业增加值', year: 2025, value: 4000, unit: '亿元' },
      { name: '服务业增加值', year: 2028, value: 5000, unit: '亿元' },
    ]);
  });

  it('reads a later year and a verb of reaching with no subject, in the unit of the level before, as that level in its year (rule year-led-same-unit: 遵义)', () => {
    expect(targets('某市总体规划新闻\n根据规划,到2025年,遵义市常住人口要达到 750 万人左右,2035年达到 835万人左右。\n')).toEqual([
      { name: '遵义市常住人口', year: 2025, value: 750, unit: '万人' },
      { name: '遵义市常住人口', year: 2035, value: 835, unit: '万人' },
    ]);
  });

  it('reads 超 right before a value closing its clause as a threshold to pass, not one sizing the things counted after it (rule over-closing-value: 宜宾 2026, 福建 2026)', () => {
    expect(
      targets(
        '某市政府工作报告新闻\n2026年宜宾经济社会发展的重点是什么?今年宜宾将重点围绕以下八个方面开展工作。\n同时,改造提升传统产业,推动规上工业企业数字化转型覆盖率超85%。持续加大招商引资力度,新引进落地总投资超10亿元项目50个以上。\n',
      ),
    ).toEqual([{ name: '规上工业企业数字化转型覆盖率', year: 2026, value: 85, unit: '%' }]);
  });

  it('reads projects counted after examples closed by 等 and then the stage they reach as a count target of that stage (rule examples-then-stage: 宜宾 2026)', () => {
    expect(
      targets(
        '某市政府工作报告新闻\n2026年宜宾经济社会发展的重点是什么?今年宜宾将重点围绕以下八个方面开展工作。\n扩大有效投资 ,科学谋划一批好项目,储备一批大项目。 重点推动向家坝灌区一期二步工程等300个重点项目加快建设 ,高铁南片区城中村改造等50个项目竣工投用。\n',
      ),
    ).toEqual([
      { name: '加快建设重点项目', year: 2026, value: 300, unit: '个' },
      { name: '竣工投用项目', year: 2026, value: 50, unit: '个' },
    ]);
  });

  it('reads a planting named by its verb before trees or an area as a count target (rule planting-count: 眉山 2022, 云南 2026)', () => {
    expect(targets('某市林业发展规划\n二、发展目标\n到2025年,眉山市林业生态建设取得突破性进展;义务植树1200万株,森林覆盖率稳定在50.13%以上。\n')).toEqual([
      { name: '义务植树', year: 2025, value: 1200, unit: '万株' },
      { name: '森林覆盖率', year: 2025, value: 50.13, unit: '%' },
    ]);
  });

  it('reads no 力争 in 努力争取 (the striving for better results that closes the growth target), not for the targets after it (rule better-results-no-striving: 青岛 2026, 北京 2026)', () => {
    const qualifiers = extractDocument(
      '某市政府工作报告新闻\n政府工作报告提出,2026年主要预期目标是:全市生产总值增长5%以上,在实际工作中努力争取 更好结果;一般公共预算收入增长2%,居民收入增长与经济增长同步。\n',
      { documentId: 'spec' },
    )
      .nodes.filter((node: GraphNode) => node.label === 'Indicator' && node.properties['targetValue'] != null)
      .map((node) => [node.name, node.properties['qualifier']]);
    expect(qualifiers).toEqual([
      ['生产总值增长', '以上'],
      ['一般公共预算收入增长', null],
    ]);
  });

  it('reads no target in a quantity with 级, the class of what is built, and reads the quantity of a task beside it (rule class-of-size: 交城 2021)', () => {
    expect(
      targets(
        '某县政府工作报告\n2021年主要工作\n推动工业转型升级。焦化行业,打造600万吨级的绿色焦化产业园。白酒行业,打造10万吨级白酒基地。新建污水管网10万吨。\n',
      ).map((target) => target.name),
    ).toEqual(['新建污水管网']);
  });

  it('reads projects a plan has reach a stage, counted after them, as a count target of that stage (rule planned-stage-count: 珠海 2024)', () => {
    expect(
      targets(
        '珠海市2024年市政府投资项目计划公布\n近日,《珠海市2024年市政府投资项目计划》公布,计划安排195亿元。在高标准推进“百千万工程”建设上。年度计划安排29.74亿元,计划投产项目4个。\n',
      ),
    ).toEqual([{ name: '投产项目', year: 2024, value: 4, unit: '个' }]);
  });

  it('reads a later list item naming only a level as the kind the item before counted at another level (rule level-of-kind: 高县 2022)', () => {
    expect(targets('某县政府工作报告\n到2026年,力争新培育国家级龙头企业2户、省级5户、县级50户。\n')).toEqual([
      { name: '新培育国家级龙头企业', year: 2026, value: 2, unit: '户' },
      { name: '新培育省级龙头企业', year: 2026, value: 5, unit: '户' },
      { name: '新培育县级龙头企业', year: 2026, value: 50, unit: '户' },
    ]);
  });

  it('reads a metric abbreviation written in lower case as in capitals (rule lowercase-abbreviation: 潍坊 2024)', () => {
    expect(targets('某市实施方案\n（一）突出经济强县引领。力争到2025年,寿光市gdp完成1100亿元以上。\n')).toEqual([
      { name: '寿光市gdp', year: 2025, value: 1100, unit: '亿元' },
    ]);
  });

  it("dates a clause opening with 今年 and a word of what is to come by the page's date (rule this-year-clause: 洛阳 2025)", () => {
    expect(
      targets(
        '洛阳亮出“十四五”发展成绩单\n来源: 洛阳网 2025.09.25 20:09\n　　产业格局加快重塑。新材料、先进装备制造等千亿级集群崛起，今年优势产业链规模将达5200亿元。\n',
      ),
    ).toEqual([{ name: '优势产业链规模', year: 2025, value: 5200, unit: '亿元' }]);
  });

  it('reads no undated target in a paragraph of a five-year period the page is dated at the end of (rule period-behind-page: 常德 2025)', () => {
    expect(
      targets(
        '湖南常德“十四五”期间地区生产总值突破4500亿元\n来源:央广网 时间:2025-10-23 16:34:26\n创新为常德发展注入了活力。“十四五”期间,常德市规模工业企业研发机构总数突破1000家,建成国省级创新平台335家。\n',
      ),
    ).toEqual([]);
    // A change from the end of the period before says the same (洛阳 2025-09-25).
    expect(
      targets(
        '洛阳亮出“十四五”发展成绩单\n来源: 洛阳网 2025.09.25 20:09\n　　创新效能整体提升。全市各类创新平台达4083家，提前完成倍增目标；高新技术企业、科技型中小企业数量较“十三五”末分别增长103%、83%。\n',
      ),
    ).toEqual([]);
    // A page dated inside the period speaks of what it is to do.
    expect(
      targets('某市规划\n发布时间:2022-07-04 10:00\n“十四五”期间,全市新建充电桩10万个以上,培育100家以上示范企业。\n').map((target) => target.value),
    ).toEqual([10, 100]);
  });

  it('reads no undated target under a heading of the terms of a reward (rule reward-terms: 洪雅 2023, 大通 2011)', () => {
    // 洪雅 2023 (招商引资奖励办法): the size classes of the investment a reward is given for.
    expect(
      targets(
        '洪雅县绿色工业项目招商引资奖励办法(试行)(五)\n第三条 奖励标准\n(一)引进项目的乡镇或部门\n对成功引进符合奖励条件的项目,投资额在5000万元以上1亿元以下的,引荐的乡镇或部门年终目标考核加2分;投资额在1亿元以上5亿元以下,引荐的乡镇或部门年终目标考核加4分。\n',
      ),
    ).toEqual([]);
    // 大通 2011: the threshold of the donation reward, under （三）…的奖励条件和标准.
    const donation = '通过努力,积极引进国内外捐赠资金10万元以上,用于\n';
    expect(targets(`某县招商引资奖励办法\n第二条 引进项目资金的奖励条件和标准\n（三）引进国内外捐赠项目的奖励条件和标准\n${donation}`)).toEqual([]);
    // The same sentence under a heading of tasks is read; a year written under the terms still states a target.
    expect(targets(`某县招商引资工作方案\n第二条 工作任务\n（三）引进国内外捐赠项目\n${donation}`).map((target) => target.value)).toEqual([10]);
    expect(targets('某县招商引资奖励办法\n第二条 奖励标准\n到2025年,全县引进项目投资额达到100亿元以上。\n')).toEqual([
      { name: '全县引进项目投资额', year: 2025, value: 100, unit: '亿元' },
    ]);
  });

  it('reads a deadline whose year is written in Chinese numerals, the zero as 〇 or ○ (rule chinese-numeral-deadline: 柳州)', () => {
    expect(targets('某市决定\n到二○ 二○ 年力争实现工业总产值八千亿元\n到二〇三五年，人均地区生产总值达到2万美元以上。\n')).toEqual([
      { name: '工业总产值', year: 2020, value: 8000, unit: '亿元' },
      { name: '人均地区生产总值', year: 2035, value: 2, unit: '万美元' },
    ]);
    // The end of a from-to statement is no deadline.
    expect(targets('某市规划\n人口由二〇一五年的300万人增长到二〇二〇年的320万人。\n').map((target) => target.year)).not.toContain(2020);
  });

  it('reads an average rate written 平均增速 as one written 年均增速 (rule average-rate-word: 柳州)', () => {
    expect(
      targets('某市决定\n一是经济总量做大。到2020年 ,力争实现工业总产值8000亿元 ,“十三五”期间产值平均增速达10% ,工业总产值在广西占比持续提升。\n'),
    ).toEqual([
      { name: '工业总产值', year: 2020, value: 8000, unit: '亿元' },
      { name: '“十三五”期间产值平均增速', year: 2020, value: 10, unit: '%' },
    ]);
  });

  it('reads an area or length of works after a verb pushing them on, the works closing the clause (rule quantity-of-works: 上海 2026)', () => {
    expect(
      targets(
        '某市2026年政府工作报告\n2026年主要任务\n改善规划非保留村人居环境,完成150公里农村公路提档升级改造。完成100公里架空线入地和杆箱整治。推进玉树州9个乡镇供电工程。\n',
      ),
    ).toEqual([
      { name: '农村公路提档升级改造', year: 2026, value: 150, unit: '公里' },
      { name: '架空线入地和杆箱整治', year: 2026, value: 100, unit: '公里' },
    ]);
  });

  it('reads a 总投资 listed right after a count of projects as the investment of those projects (rule investment-of-counted: 宜宾 2026)', () => {
    expect(
      targets(
        '某市政府工作报告新闻\n2026年宜宾经济社会发展的重点是什么?今年宜宾将重点围绕以下八个方面开展工作。\n扩大有效投资 ,科学谋划一批好项目,储备一批大项目,确保全年入库项目950个、总投资2335亿元。\n',
      ),
    ).toEqual([
      { name: '入库项目', year: 2026, value: 950, unit: '个' },
      { name: '入库项目总投资', year: 2026, value: 2335, unit: '亿元' },
    ]);
  });

  it('reads concentrations and dust fall as units, and a 分别 list of examples closed by 等 and their class as one target per example (rule examples-of-class: 陕西 2022 air plan)', () => {
    const found = targets(
      '某市2022年大气污染治理实施方案\n一、工作目标\n2022年,我市PM2.5浓度不高于32微克/立方米,降尘量低于2.6吨/平方千米·月。氮氧化物、挥发性有机物等主要大气污染物排放总量分别削减392吨、520吨。\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '我市PM2.5浓度', year: 2022, value: 32, unit: '微克/立方米' },
        { name: '降尘量', year: 2022, value: 2.6, unit: '吨/平方千米·月' },
        { name: '氮氧化物排放总量削减', year: 2022, value: 392, unit: '吨' },
        { name: '挥发性有机物排放总量削减', year: 2022, value: 520, unit: '吨' },
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('reads no target in a size with 以上 that marks the places a full coverage is for, and reads the shares around it (rule threshold-of-coverage: 西双版纳 2022)', () => {
    expect(
      targets(
        '西双版纳州农村人居环境整治提升五年行动实施方案(2021—2025 年)\n一、总体目标\n2025 年，农村人居环境显著改善。全州农村卫生厕所普及率达 70%以上,厕所粪污基本得到有效处理,常住户 100 户以上卫生公厕全覆盖;农村生活垃圾处理设施覆盖率达 80%以上。\n',
      ).map((found) => [found.name, found.value, found.unit]),
    ).toEqual([
      ['全州农村卫生厕所普及率', 70, '%'],
      ['农村生活垃圾处理设施覆盖率', 80, '%'],
    ]);
  });

  it('reads examples closed by 等 that share no ending as one target each with all after 等 as their measure, and a base year before a change as a property (rule examples-of-class, base-year-before-change: 黔江 2023)', () => {
    const found = extractDocument(
      '黔江区“十四五”节能减排综合工作实施方案\n二、主要目标\n到2025年,全区单位地区生产总值能源消耗比2020年下降14.5%,能源消费总量得到合理控制,主要污染物排放总量持续减少,化学需氧量、氨氮、氮氧化物、挥发性有机物等重点工程减排量分别达到245吨、18吨、659.1吨、103.9吨。\n',
      { documentId: 'spec' },
    ).nodes.filter((node: GraphNode) => node.label === 'Indicator');
    expect(
      found.map((node) => [node.name, node.properties['targetValue'], node.properties['unit'], node.properties['targetYear'], node.properties['baseYear']]),
    ).toEqual([
      ['全区单位地区生产总值能源消耗下降', 14.5, '%', 2025, 2020],
      ['化学需氧量重点工程减排量', 245, '吨', 2025, null],
      ['氨氮重点工程减排量', 18, '吨', 2025, null],
      ['氮氧化物重点工程减排量', 659.1, '吨', 2025, null],
      ['挥发性有机物重点工程减排量', 103.9, '吨', 2025, null],
    ]);
  });

  it("reads a goal section's own deadline before the date a copy of the plan was posted (平远 2017 on a 2023 page)", () => {
    const found = targets(
      '某县创建“国家全域旅游示范县”实施方案\n\n时间:2023-04-26 17:25:07 公文范文\n\n二、工作目标\n\n根据创建要求，到2017年底，旅游业增加值占本地GDP比重15%以上；旅游税收占地方财政税收10%左右。\n',
    );
    expect(found).toEqual([
      { name: '旅游业增加值占本地GDP比重', year: 2017, value: 15, unit: '%' },
      { name: '旅游税收占地方财政税收', year: 2017, value: 10, unit: '%' },
    ]);
  });

  it('dates a clause by a later deadline it opens with (力争到2030年底…: 湖州 2025)', () => {
    expect(targets('某市行动计划\n到2027年底，全市人工智能核心产业产值/营收超200亿元，力争到2030年底产值/营收超500亿元。\n')).toEqual([
      { name: '全市人工智能核心产业产值/营收', year: 2027, value: 200, unit: '亿元' },
      expect.objectContaining({ year: 2030, value: 500, unit: '亿元' }),
    ]);
  });

  it('reads deadlines written 到20XX年底前 (成都 2024)', () => {
    const found = targets(
      '某市社区服务设施建设工程实施方案\n\n一、主要目标\n\n到2025年底前，全市首批100个嵌入式服务设施建设示范社区全面建成，形成可复制的经验。\n',
    );
    expect(found).toEqual([{ name: '嵌入式服务设施建设示范社区', year: 2025, value: 100, unit: '个' }]);
  });

  it('reads percentages written in words in a goal with its year (百分之五十五以上, 百分之八点五左右)', () => {
    const found = targets('某市服务业发展规划\n到2020年，全市服务业增加值占地区生产总值比重达到百分之五十五以上，服务业增加值年均增长百分之八点五左右。\n');
    expect(found).toEqual([
      { name: '全市服务业增加值占地区生产总值比重', year: 2020, value: 55, unit: '%' },
      { name: '服务业增加值年均增长', year: 2020, value: 8.5, unit: '%' },
    ]);
  });

  it('reads a range of percentages written with the unit on both ends whole (哈尔滨 2021: 年均增长5.5%-6%)', () => {
    const found = extractDocument('某市发展规划\n到2025年，地区生产总值年均增长5.5%-6%。\n', { documentId: 'range' }).nodes.filter(
      (node: GraphNode) => node.label === 'Indicator',
    );
    expect(found.map((node) => [node.name, node.properties['targetValue'], node.properties['targetHigh'], node.properties['targetYear']])).toEqual([
      ['地区生产总值年均增长', 5.5, 6, 2025],
    ]);
  });

  it('reads a value in a bare 万亿, 过 written for 超过, and 万亿 with no numeral as one 万亿 (湖北 2021 服务业规划)', () => {
    const found = targets('湖北省服务业发展规划\n到2025年，湖北省力争商贸服务业主营业务收入过3万亿，文化旅游业主营业务收入过万亿。\n');
    expect(found).toEqual([
      expect.objectContaining({ year: 2025, value: 3, unit: '万亿' }),
      { name: '文化旅游业主营业务收入', year: 2025, value: 1, unit: '万亿' },
    ]);
  });

  it('reads a count of patents in 万件 and a value in Chinese numerals closed by a quote (浙江 2021, 岳西 2021 news on 十四五 plans)', () => {
    expect(targets('浙江省数字经济发展“十四五”规划\n到2025年，数字经济领域有效发明专利达到8万件。\n')).toEqual([
      { name: '数字经济领域有效发明专利', year: 2025, value: 8, unit: '万件' },
    ]);
    expect(targets('岳西县“十四五”服务业发展规划\n《规划》提出“到2025年服务业增加值突破百亿元”的主要目标。\n')).toEqual([
      expect.objectContaining({ year: 2025, value: 100, unit: '亿元' }),
    ]);
  });

  it('reads deadlines written 到20XX年6月底 (遂宁 2019)', () => {
    const found = targets(
      '某市工程建设项目审批制度改革实施方案\n（三）主要目标。到2019年6月底，基本实现全流程审批时间压缩至90个工作日以内，初步建成审批管理系统。\n',
    );
    expect(found).toEqual([expect.objectContaining({ year: 2019, value: 90, unit: '个工作日' })]);
    expect(found[0].name).toContain('全流程审批时间');
  });

  it('takes the end of a five-year period as the year: 到“十四五”期末 → 2025 (东莞 2022)', () => {
    const found = targets('某市数字经济政策措施\n到“十四五”期末，东莞数字经济核心产业规模将突破1.3万亿元，数字经济核心产业增加值占GDP比重达23%。\n');
    expect(found).toEqual([
      { name: '东莞数字经济核心产业规模', year: 2025, value: 1.3, unit: '万亿元' },
      { name: '数字经济核心产业增加值占GDP比重', year: 2025, value: 23, unit: '%' },
    ]);
  });

  it('dates by a bare year opening a sentence of the goals, until the next year marker (六盘水 2022)', () => {
    const found = targets(
      '六盘水市新型基础设施建设三年行动方案（2022—2024年）\n一、主要目标\n2022年，全市新建5G基站2600个以上，新建市级及以上创新平台15个以上，加快推动融合发展。到2024年，全市累计建成5G基站1万个，累计新建市级及以上创新平台50个以上。\n',
    );
    expect(found.map((target) => [target.year, target.value, target.unit])).toEqual([
      [2022, 2600, '个'],
      [2022, 15, '个'],
      [2024, 1, '万个'],
      [2024, 50, '个'],
    ]);
  });

  it('reads a share of things that do something: 50%的城市社区建成… (成都 2024)', () => {
    const found = targets('某市实施方案\n一、主要目标\n到2027年底前，确保锦江区、青羊区50%的城市社区建成完备的社区嵌入式服务综合体。\n');
    expect(found).toEqual([{ name: '城市社区建成完备的社区嵌入式服务综合体', year: 2027, value: 50, unit: '%' }]);
  });

  it('dates a sentence opening with the end of this year (力争到年底) by the page, and counts things closed by 按时…完工 (旺苍 2018)', () => {
    const found = targets(
      '旺苍打好工业收官战\n\n四川经济日报 2018-11-26 06:46\n\n推动服务再升级。组建“保姆式”服务团队。力争到年底,16个项目按时按质按量完工,实现投资76.85万元。\n',
    );
    expect(found).toEqual([
      { name: '项目', year: 2018, value: 16, unit: '个' },
      { name: '投资', year: 2018, value: 76.85, unit: '万元' },
    ]);
  });

  it('leaves a bare past year of a review alone', () => {
    const found = targets('某市2024年工作要点\n一、工作成效\n2022年，全市生产总值增长5%，新建5G基站2600个。\n');
    expect(found).toEqual([]);
  });
});

describe('counts that sum up a list (盐城 2025)', () => {
  const text = (sentence: string): string => `某市数字经济高质量发展三年行动计划（2025-2027年）\n一、总体目标\n${sentence}\n`;

  it('sets no target where the number counts the items just listed', () => {
    expect(targets(text('巩固提升电子信息、光伏制造2个优势数字产业，加快发展算力、数据2个数字支撑产业。'))).toEqual([]);
  });

  it('keeps a range, a list of examples (…等) and things of a scale to reach as targets', () => {
    expect(targets(text('创建省级及以上旅游度假区、旅游休闲街区2-3家。')).map((found) => found.value)).toEqual([2]);
    expect(targets(text('形成原材料、消费品、装备等万亿级产业3个。')).map((found) => found.value)).toEqual([3]);
    expect(targets(text('培育形成新材料、大健康、数字经济三大千亿级产业。')).map((found) => found.value)).toEqual([3]);
  });

  it('sets no target where 等 closes a list of exactly that many items (rule list-closed-by-deng: 福建 2021, the 昆明 seed)', () => {
    expect(targets(text('培育新材料、新能源、新能源汽车、生物与新医药、节能环保、海洋高新等6个前沿新兴产业。'))).toEqual([]);
    expect(targets(text('改造提升拖布卡灌区、晋城灌区等2座中型灌区。'))).toEqual([]);
    // More things than examples, or a scale to reach: a target still (武汉 2018: 等3大千亿产业).
    expect(targets(text('培育形成软件信息、创意设计、生命健康等3大千亿产业。')).map((found) => found.value)).toEqual([3]);
    expect(targets(text('新增医学工程、生物材料等5家国家科技创新基地。')).map((found) => found.value)).toEqual([5]);
  });
});

describe('statements a copy ran together, and shares named without their industry (江苏 2021)', () => {
  const text = '某省体育发展规划\n一、发展目标\n到2025年，学生体质健康测试合格率达95%以上全省体育产业总规模超过7200亿元，增加值占全省地区生产总值2%以上。\n';

  it('opens a new statement at a scope word right after a value (rule scope-word-after-value)', () => {
    const found = targets(text).map(({ name, value, unit }) => [name, value, unit]);
    expect(found).toContainEqual(['学生体质健康测试合格率', 95, '%']);
    expect(found).toContainEqual(['全省体育产业总规模', 7200, '亿元']);
  });

  it('gives 增加值占… the industry of the target before (rule industry-of-share)', () => {
    expect(targets(text).map(({ name, value }) => [name, value])).toContainEqual(['体育产业增加值占全省地区生产总值', 2]);
  });
});

describe('a value striven toward (rule toward-value: 安徽 2023)', () => {
  it('reads 向…冲刺 as a target and leaves 向 out of the name', () => {
    const found = targets('安徽省政府工作报告\n到2027年，安徽全省经济总量向7万亿元冲刺，人均地区生产总值达到11万元以上。\n');
    expect(found.map(({ name, value, unit, year }) => [name, value, unit, year])).toContainEqual(['安徽全省经济总量', 7, '万亿元', 2027]);
  });
});

describe('counts of kinds (rule kinds-counted: 长沙 2021, 海南 2026)', () => {
  it('reads 种 as a count of the noun after it, also after 以上的 (rule count-before-de)', () => {
    const found = targets(
      [
        '为推进长沙国家新一代人工智能创新发展试验区建设,结合本市实际,特制定本行动计划。',
        '二、建设目标',
        '到2023年,实现人工智能总体发展水平全国领先,应用示范效果明显。',
        '(一)升级达到5大类、100种以上的智能装备,形成100个以上运用智能装备进行智慧化作业的典型案例。',
      ].join('\n'),
    );
    expect(found.map(({ name, value, unit }) => [name, value, unit])).toContainEqual(['智能装备', 100, '种']);
    expect(targets('海南省政府工作报告\n2026年，新引进国际创新药械100种。\n').map(({ value, unit }) => [value, unit])).toContainEqual([100, '种']);
  });
});

describe('striving words of running text (rule striving-before-change)', () => {
  it('leaves 也将力争 before the verb of change out of the name (北京 2025, 上证报)', () => {
    const found = targets('北京市市长殷勇作政府工作报告，详细阐述了北京市2025年经济社会发展的主要预期目标。\n同时，一般公共预算收入也将力争增长4%左右。\n');
    expect(found.map(({ name, value, unit }) => [name, value, unit])).toEqual([['一般公共预算收入增长', 4, '%']]);
  });
});

describe('qualifiers of running text', () => {
  it('marks a value the sentence strives for (力争…) with qualifier 力争, unless it states its own (婺城 2025)', () => {
    const nodes = extractDocument(
      '关于推动经济高质量发展若干政策举措（2025年版）\n一、强化科技创新\n2025年，力争全社会研发投入强度达到2.95%，规上工业增加值增长8%以上。\n',
      {
        documentId: 'spec',
      },
    ).nodes.filter((node: GraphNode) => node.label === 'Indicator');
    expect(nodes.map((node) => [node.name, node.properties['qualifier']])).toEqual([
      ['全社会研发投入强度', '力争'],
      ['规上工业增加值增长', '以上'],
    ]);
  });
});

describe('rates of change', () => {
  it('names a percentage after 增长/下降 as a change, with its base and without striving words, and a level reached as a level', () => {
    const plan =
      '某市2025年工作要点\n到2027年，地区生产总值年均增长5%以上，固定资产投资力争增长8%，单位GDP能耗下降3%，上争资金同比增长20%以上，研发投入强度提高到2.5%，居民消费价格涨幅3%左右。\n';
    const found = extractDocument(plan, { documentId: 'spec' }).nodes.filter((node) => node.label === 'Indicator');
    expect(found.map((node) => [node.name, node.properties['measure'], node.properties['metric']])).toEqual([
      // An average over a plan's years is not a year's rate: it has its own key, not 地区生产总值增长's.
      ['地区生产总值年均增长', 'growth', 'gdp-average-annual-growth'],
      ['固定资产投资增长', 'growth', 'fixed-asset-investment-growth'],
      ['单位GDP能耗下降', 'decline', 'energy-intensity-decline'],
      ['上争资金同比增长', 'growth', null],
      ['研发投入强度', null, 'rd-intensity'],
      ['居民消费价格涨幅', 'growth', 'cpi-growth'],
    ]);
  });
});

describe('conditions of a payment with a year written, and a value cut off (rules condition-before-payment, cut-at-open-bracket: 隆安 2023)', () => {
  it('reads no target from growth rates a reward is given for, nor from a value the page stops at', () => {
    const page = [
      '隆安县2023年促消费活动工作方案',
      '2023年第一季度,销售额增速同比增长高于10%(含10%)、15%(含15%)、20%(含20%)的限额以上批发业法人企业(个体户),分别给予1万元、2万元、3万元的奖励。2023年第二季度,销售额增速同比增长高于10%(',
    ].join('\n');
    expect(targets(page)).toEqual([]);
    // A value of a year with no payment after it is still a target.
    expect(targets('到2025年，全县销售额增速达到10%以上，社会消费品零售总额突破50亿元。\n').map((target) => [target.value, target.unit, target.year])).toEqual([
      [10, '%', 2025],
      [50, '亿元', 2025],
    ]);
  });
});

describe('a rise of a measure in points (rule rise-of-measure)', () => {
  it('reads a share rising so many points a year and a rate raised by points, the verb kept on the name (德清 2016, 湖南 2026)', () => {
    const plan = extractDocument(
      '德清县服务业强县培育方案\n一个服务业强县目标。到2020年，服务业增加值达到290亿元，年均增长9%以上，占地区生产总值年均提高1-2个百分点，形成“三二一”产业结构。\n',
      { documentId: 'deqing' },
    );
    const found = plan.nodes.filter((node) => node.label === 'Indicator');
    expect(
      found.map((node) => [node.name, node.properties['targetValue'], node.properties['targetHigh'], node.properties['unit'], node.properties['targetYear']]),
    ).toEqual([
      ['服务业增加值', 290, null, '亿元', 2020],
      ['服务业增加值占地区生产总值年均提高', 1, 2, '个百分点', 2020],
    ]);
    // The growth written after the level is its facet, no target of its own.
    expect(found[0].properties['growth']).toBe('年均增长9%以上');
    expect(targets('2026年某省工作安排\n到2026年，力争全省城镇化率提高0.9个百分点以上。\n')).toEqual([
      { name: '全省城镇化率提高', year: 2026, value: 0.9, unit: '个百分点' },
    ]);
    // A thing upgraded, counted in 万亩 or 个, keeps no verb as its measure: no rise of a measure.
    expect(targets('到2026年，完成林分优化提升200万亩。\n').map((target) => target.name)).toEqual(['完成林分优化提升']);
  });
});

describe('届时 (by then)', () => {
  it('dates the sentences it opens, and those after it in its paragraph, by the last target year named (福州 2018 news)', () => {
    const text =
      '数字福州建设三年行动计划\n我市力争到2020年，数字经济规模突破4000亿元。届时，数字经济新模式、新业态不断涌现，数字经济生态更加完善。“数字福州”建设融入到全市社会发展各个方面，民生服务应用智慧化覆盖率达70%。\n';
    expect(targets(text).map((target) => [target.name, target.value, target.year])).toEqual([
      ['数字经济规模', 4000, 2020],
      ['民生服务应用智慧化覆盖率', 70, 2020],
    ]);
  });
});

describe('names of running text', () => {
  it('reads a count pushed for between its owner and a verb of completion, not a count each unit has (沁县 2025)', () => {
    const list = '沁县2025年重点工作任务清单\n一、县示范区管委会牵头工作\n3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产，培育服装加工产业园。\n';
    expect(targets(list).map((target) => [target.name, target.value, target.unit, target.year])).toContainEqual(['潞讯精密电子生产线', 30, '条', 2025]);
    const plan = '某市2025年工作要点\n一、主要目标\n推动四大重点领域各有3—5个标志性项目落地。\n';
    expect(targets(plan).filter((target) => target.name.includes('各有'))).toEqual([]);
  });

  it('leaves 其中 (of which) out of a name (杭州 2005)', () => {
    const text = '关于加快学前教育改革与发展的若干意见\n一、明确目标任务\n2007年，全市学前三年幼儿入园率达到96%以上，其中市区学前三年幼儿入园率达到98%以上。\n';
    expect(targets(text).map((target) => [target.name, target.value, target.year])).toEqual([
      ['全市学前三年幼儿入园率', 96, 2007],
      ['市区学前三年幼儿入园率', 98, 2007],
    ]);
  });
});

describe('a year striven for (力争2013年…)', () => {
  it('dates the targets of its sentence and leaves the year and an introduced abbreviation out of the names (郑州 2013)', () => {
    const found = targets(
      '某市商务中心区和特色商业区建设方案\n力争2013年全市商务中心区和特色商业区(以下简称“两区”)完成年度投资60亿元以上,实现营业收入500亿元,从业人员达到15万人。\n',
    );
    expect(found).toEqual([
      { name: '全市商务中心区和特色商业区完成年度投资', year: 2013, value: 60, unit: '亿元' },
      { name: '营业收入', year: 2013, value: 500, unit: '亿元' },
      { name: '从业人员', year: 2013, value: 15, unit: '万人' },
    ]);
  });
});

describe('a sentence opening with 今年', () => {
  it('reads growth of trade and of GDP written as such, and leaves 实现 out of names (金华开发区 2024 目标任务)', () => {
    const text = '2024年工作计划\n一、主要目标\n实现GDP增速6.2%以上；力争全年进出口增长5%以上；实现营业收入500亿元。\n';
    expect(targets(text).map((target) => [target.name, target.value, target.unit, target.year])).toEqual([
      ['GDP增速', 6.2, '%', 2024],
      ['进出口增长', 5, '%', 2024],
      ['营业收入', 500, '亿元', 2024],
    ]);
  });

  it('gives each metric of a list one value applies to (均) its own target, sharing a closing rate (青海 2020, 金华开发区 2024)', () => {
    const plan = '2024年工作计划\n一、主要目标\n固定资产投资、工业投资、服务业投资均增长12%左右。\n';
    expect(targets(plan).map((target) => [target.name, target.value, target.year])).toEqual([
      ['固定资产投资增长', 12, 2024],
      ['工业投资增长', 12, 2024],
      ['服务业投资增长', 12, 2024],
    ]);
    const opinion = '关于推进养老服务发展的实施意见\n到2025年，街道综合养老服务机构、社区日间照料中心覆盖率均达到100%。\n';
    expect(targets(opinion).map((target) => [target.name, target.value, target.year])).toEqual([
      ['街道综合养老服务机构覆盖率', 100, 2025],
      ['社区日间照料中心覆盖率', 100, 2025],
    ]);
    // Examples of a class (…等绿色产品产量) are no list of metrics.
    expect(targets('2024年工作计划\n一、主要目标\n锂离子动力电池、新能源汽车等绿色产品产量均增长20%以上。\n')).toHaveLength(1);
  });

  it('keeps a target stated twice as one indicator with both quotes (金华开发区 2024)', () => {
    const text =
      '2024年目标任务\n全社会消费品零售总额增长6%以上；规上工业增加值增长9%左右。\n一、确保内外循环格局更优化\n对内要打造消费场景，力争全年全社会消费品零售总额增长6%以上。\n';
    const indicators = extractDocument(text, { documentId: 'spec' }).nodes.filter((node) => node.label === 'Indicator');
    const retail = indicators.filter((node) => node.name === '全社会消费品零售总额增长');
    expect(retail).toHaveLength(1);
    expect(retail[0].evidence.map((evidence) => evidence.quote)).toEqual(['全社会消费品零售总额增长6%以上', '力争全年全社会消费品零售总额增长6%以上']);
  });

  it('dates what it strives for by the year the document is dated in', () => {
    const found = targets('某市2013年商务中心区建设方案\n2013-11-16 07:47 来源：某晚报\n今年，力争全市新开工亿元以上项目15个，完成年度投资30亿元。\n');
    expect(found.map((target) => [target.value, target.year])).toEqual([
      [15, 2013],
      [30, 2013],
    ]);
  });
});

describe('comparators and units of news restating targets (奉贤 2024)', () => {
  const facts = (sentence: string) =>
    extractDocument(`某区若干意见\n${sentence}\n`, { documentId: 'spec' })
      .nodes.filter((node: GraphNode) => node.label === 'Indicator')
      .map((node) => [node.properties['targetValue'], node.properties['unit'], node.properties['qualifier']]);

  it('reads 超 right before a number as 超过', () => {
    expect(facts('力争到2027年,专精特新企业总量达到1500家,国家高新技术企业超2600家;政府引导基金撬动规模超300亿元。')).toEqual([
      [1500, '家', '力争'],
      [2600, '家', '超过'],
      [300, '亿元', '超过'],
    ]);
  });

  it('reads tenths (7成) closing a value, named from the deadline on in a headline above the dateline', () => {
    expect(facts('计划到2027年实现专精特新企业数增幅超7成。')).toEqual([[7, '成', '超过']]);
    const headline = extractDocument('上海奉贤推出产业促进意见 计划到2027年实现专精特新企业数增幅超7成\n财联社10月14日电,奉贤区人民政府发布意见。\n', {
      documentId: 'spec',
    }).nodes.filter((node: GraphNode) => node.label === 'Indicator');
    expect(headline.map((node) => [node.name, node.properties['targetYear']])).toEqual([['专精特新企业数增幅', 2027]]);
  });

  it('reads no headline target the body states again with the 元 of its unit (陕西 2021: 突破万亿, then 突破1万亿元)', () => {
    const found = extractDocument(
      '《陕西省“十四五”文化和旅游发展规划》印发到2025年全省旅游总收入突破万亿\n本报讯 到2025年，全省旅游总收入突破1万亿元，旅游总人次达到9亿人次。\n',
      {
        documentId: 'spec',
      },
    ).nodes.filter((node: GraphNode) => node.label === 'Indicator');
    expect(found.map((node) => [node.name, node.properties['targetValue'], node.properties['unit']])).toEqual([
      ['全省旅游总收入', 1, '万亿元'],
      ['旅游总人次', 9, '亿人次'],
    ]);
  });
});

describe('targets of service-industry plans (服务业 / 消费 action plans, opinions and their interpretations)', () => {
  it("names a rate after the subject's upgrade by the subject (rule upgrade-then-rate: 河北 2022 县域商业建设行动)", () => {
    const found = targets(
      '河北省县域商业建设行动工作方案\n（二）工作目标。到2025年，全省县城综合商贸服务中心和乡镇商贸中心提质升级、覆盖率100%，县级物流配送中心覆盖率100%，农产品冷链流通率超过30%。\n',
    );
    expect(found.map(({ name, value }) => [name, value])).toEqual([
      ['全省县城综合商贸服务中心和乡镇商贸中心覆盖率', 100],
      ['县级物流配送中心覆盖率', 100],
      ['农产品冷链流通率', 30],
    ]);
  });

  it('dates the bullets of a goal section by the year its first sentence sets (莆田 2014 养老服务业)', () => {
    const found = targets(
      '关于加快发展养老服务业的实施意见\n一、主要目标\n到2020年，全面建成以居家为基础、社区为依托、机构为支撑的养老服务体系。\n——全市机构养老床位至少需达到15800张以上，每千名老年人拥有养老床位数35张以上。\n——护理型床位占养老服务机构总床位比例达到30%以上。\n',
    );
    expect(found).toEqual([
      { name: '全市机构养老床位', year: 2020, value: 15800, unit: '张' },
      { name: '每千名老年人拥有养老床位数', year: 2020, value: 35, unit: '张' },
      { name: '护理型床位占养老服务机构总床位比例', year: 2020, value: 30, unit: '%' },
    ]);
  });

  it('names a share of places a thing covers by the thing and the places (莆田 2014: 覆盖…90%以上乡镇和60%以上村)', () => {
    const found = targets(
      '关于加快发展养老服务业的实施意见\n一、主要目标\n到2020年，全面建成养老服务体系。\n——养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村。\n',
    );
    expect(found).toEqual([
      { name: '养老服务设施覆盖乡镇', year: 2020, value: 90, unit: '%' },
      { name: '养老服务设施覆盖村', year: 2020, value: 60, unit: '%' },
    ]);
  });

  it('counts classes of size written with a digit before 大 (3大千亿产业), not the standing of those that exist (武汉 2018)', () => {
    const found = targets('某市服务业意见\n到2020年，进一步提升商贸、物流、金融等3大千亿产业能级，培育形成软件信息、创意设计、生命健康等3大千亿产业。\n');
    expect(found).toEqual([{ name: '培育形成千亿产业', year: 2020, value: 3, unit: null }]);
  });

  it('names a bare 总量 after the subject of the growth before it (海门 2022)', () => {
    const found = targets('某区现代服务业三年行动计划（2022-2024年）\n到2024年，社会消费品零售额年均增长10%左右，总量突破650亿元。\n');
    expect(found).toEqual([
      { name: '社会消费品零售额年均增长', year: 2024, value: 10, unit: '%' },
      { name: '社会消费品零售额总量', year: 2024, value: 650, unit: '亿元' },
    ]);
  });

  it('dates each clause by the year opening it, names bare measures by the short name the text gives (湖北 2021)', () => {
    const found = targets(
      '某省促进消费行动方案\n二、主要目标\n2021至2023年，全省社会消费品零售总额（以下简称社零额）年均增速11.3%，力争2021年增速实现15%，总量达到2万亿元；2022年增速实现10%，总量达到2.27万亿元。\n',
    );
    expect(found).toEqual([
      { name: '全省社会消费品零售总额年均增速', year: 2023, value: 11.3, unit: '%' },
      { name: '社零额增速', year: 2021, value: 15, unit: '%' },
      { name: '社零额总量', year: 2021, value: 2, unit: '万亿元' },
      { name: '社零额增速', year: 2022, value: 10, unit: '%' },
      { name: '社零额总量', year: 2022, value: 2.27, unit: '万亿元' },
    ]);
  });

  it('keeps a count of cities passing a threshold, even when it counts the cities listed (湖北 2021)', () => {
    const found = targets('某省促进消费行动方案\n到2023年，新增黄石、十堰、荆门、孝感4个社零额过千亿元城市，社零额千亿级城市达到9个。\n');
    expect(found.map((target) => [target.name, target.value])).toEqual([
      ['新增社零额过千亿元城市', 4],
      ['社零额千亿级城市', 9],
    ]);
  });

  it('reads 营收 as a measure and counts of 集团 (通州 2024, 武汉 2018)', () => {
    expect(targets('某区现代服务业实施意见\n到2024年，规模以上服务业重点行业营收增长10%以上。\n')).toEqual([
      { name: '规模以上服务业重点行业营收增长', year: 2024, value: 10, unit: '%' },
    ]);
    expect(targets('某市服务业意见\n到2020年，全市新增3家千亿级领军企业，百亿企业集团达到10家以上。\n').map((target) => [target.name, target.value])).toEqual([
      ['全市新增3家千亿级领军企业', 3],
      ['百亿企业集团', 10],
    ]);
  });

  it('dates an interpretation page by the year whose 总体目标 it states (通州 2024 政策解读)', () => {
    const found = targets(
      '关于《加快推动某区2024年现代服务业高质量发展的实施意见》的政策解读\n三、主要内容\n第一部分是总体要求。提出了2024年现代服务业高质量发展的总体目标，主要是社消零总额增长7%以上；培育形成1家现代服务业高质量发展集聚示范区。\n',
    );
    expect(found.map((target) => [target.value, target.year])).toEqual([
      [7, 2024],
      [1, 2024],
    ]);
  });

  it('reads no target under a heading of how things stand (泾县 2024 一、基本情况)', () => {
    const found = targets(
      '某县县域商业体系建设工作方案\n一、基本情况\n（一）县域商业概况\n2.主要商业概况。综合商贸服务中心1个，村级便民店480个，覆盖率达到100%。\n',
    );
    expect(found).toEqual([]);
  });
});

describe('targets of sector plans (制造业, 人工智能, 数据要素, 数字经济)', () => {
  it('reads a 分别 list whose heads share the measure after the word they end in (郑州 2025)', () => {
    expect(targets('某市行动方案\n到2025年底，人工智能核心产业和相关产业规模分别超过350亿元和2000亿元。\n')).toEqual([
      { name: '人工智能核心产业规模', year: 2025, value: 350, unit: '亿元' },
      { name: '相关产业规模', year: 2025, value: 2000, unit: '亿元' },
    ]);
  });

  it('counts teams recruited and cultivated (引进培育…团队: 郑州 2025)', () => {
    expect(targets('某市行动方案\n到2025年底，建成10个人工智能创新平台，引进培育20个人工智能高层次领军人才团队。\n')).toEqual([
      { name: '建成人工智能创新平台', year: 2025, value: 10, unit: '个' },
      { name: '引进培育人工智能高层次领军人才团队', year: 2025, value: 20, unit: '个' },
    ]);
  });

  it('counts typical cases formed and platforms set up, a range with 争取 (长沙 2021)', () => {
    const found = targets(
      '某市人工智能行动计划\n到2023年，形成100个以上运用智能装备进行智慧化作业的典型案例，争取建立1~2个国家级新一代人工智能开放创新平台。\n',
    );
    expect(found).toEqual([
      { name: '形成100个以上运用智能装备进行智慧化作业的典型案例', year: 2023, value: 100, unit: '个' },
      { name: '建立国家级新一代人工智能开放创新平台', year: 2023, value: 1, unit: '个' },
    ]);
  });

  it('reads the growth rate of an industry and the scale of an industry in money (达州 2024, 襄阳 2024)', () => {
    expect(targets('某市实施方案\n到2027年，数算融合发展成势见效，算力产业年均增速超过20%。\n')).toEqual([
      { name: '算力产业年均增速', year: 2027, value: 20, unit: '%' },
    ]);
    expect(targets('某市实施意见\n到2029年，传统产业改造升级取得明显成效，汽车产业力争突破3500亿元，农产品加工产业力争突破2000亿元。\n')).toEqual([
      { name: '汽车产业', year: 2029, value: 3500, unit: '亿元' },
      { name: '农产品加工产业', year: 2029, value: 2000, unit: '亿元' },
    ]);
  });

  it('names a share after a growth clause by the subject of the value before the growth (福州 2018)', () => {
    expect(targets('某市行动计划\n我市力争到2020年，数字经济规模突破4000亿元，年均增长超20%，占GDP比重达45%以上。\n')).toEqual([
      { name: '数字经济规模', year: 2020, value: 4000, unit: '亿元' },
      { name: '数字经济规模占GDP比重', year: 2020, value: 45, unit: '%' },
    ]);
  });
});

describe('targets of 若干政策 (policy measures with the year striven for)', () => {
  it('dates a clause by the year opening it when its subject strives for the value (…建设行动，2023年全区固定资产投资力争完成381亿元: 滨江 2023)', () => {
    const found = targets(
      '关于推动经济高质量发展的若干政策\n2023年4月22日\n一、扩大有效投资政策\n落实省、市“千项万亿”工程工作部署，全面实施扩大有效投资建设行动，2023年全区固定资产投资力争完成381亿元、增速6%，其中工业投资、高新产业投资增速力争达20%。\n',
    );
    // “千项万亿” names a programme: no value of 1 万亿; 力争完成 is no part of the metric.
    expect(found).toEqual([
      { name: '全区固定资产投资', year: 2023, value: 381, unit: '亿元' },
      { name: '全区固定资产投资增速', year: 2023, value: 6, unit: '%' },
      { name: '工业投资增速', year: 2023, value: 20, unit: '%' },
      { name: '高新产业投资增速', year: 2023, value: 20, unit: '%' },
    ]);
    // A share inside quotation marks is still a value (云南 2022: …贡献率 “两个 50%”的地位有效巩固).
    const shares = targets('某省服务业发展规划\n一、发展目标\n到2025年，服务业增加值占 GDP的比重、服务业对经济增长的贡献率 “两个 50%”的地位有效巩固。\n');
    expect(shares).toEqual([expect.objectContaining({ year: 2025, value: 50, unit: '%' })]);
    // A rate after a list of metrics is each one's; an amount after it is their sum (one target).
    expect(targets('某区若干政策\n一、发展目标\n到2025年，工业投资、服务业投资总额达到500亿元。\n')).toEqual([
      { name: '工业投资、服务业投资总额', year: 2025, value: 500, unit: '亿元' },
    ]);
    // A year opening a clause with no striving in it stays undated (a review: 2022年全区固定资产投资完成350亿元).
    expect(targets('关于推动经济高质量发展的若干政策\n2023年4月22日\n一、发展基础\n坚持项目为王，2022年全区固定资产投资完成350亿元。\n')).toEqual([]);
  });

  it('names a count of 人次 by the activity it serves, without the verbs that organize it (组织开展残疾人职业技能培训1300人次以上: 东阳 2023)', () => {
    expect(
      targets('某市实施方案\n一、总体目标\n到2025年，全市新增残疾人就业800人以上，组织开展残疾人职业技能培训1300人次以上，新增残疾人公益性岗位70个以上。\n'),
    ).toEqual([
      { name: '全市新增残疾人就业', year: 2025, value: 800, unit: '人' },
      { name: '残疾人职业技能培训', year: 2025, value: 1300, unit: '人次' },
      { name: '新增残疾人公益性岗位', year: 2025, value: 70, unit: '个' },
    ]);
  });

  it('reads no target in a sentence allocating a budget and its parts (安排58亿元财政资金…其中…其他资金6亿元: 滨江 2023)', () => {
    expect(
      targets(
        '关于推动经济高质量发展的若干政策\n2023年4月22日\n一、扩大有效投资政策\n1. 强化有效投资财政资金保障。安排58亿元财政资金保障我区政府投资项目建设，其中，道路基础设施建设10亿元，安置房建设17亿元，产业配套、储备项目等其他资金6亿元。\n',
      ),
    ).toEqual([]);
  });
  it('reads 完成 as a count verb where what it counts follows it, after 全年计划 (华容 2021), but not after the thing it closes (泽州 2023, a review)', () => {
    expect(
      targets(
        '2021年县政府重点工作任务实施方案\n二、工作任务\n全年计划完成乡镇文化分馆8家,全年计划完成图书分馆7家,充实完善图书馆数字网站建设、充实完善图书馆微信公众号建设。\n',
      ),
    ).toEqual([
      { name: '完成乡镇文化分馆', year: 2021, value: 8, unit: '家' },
      { name: '完成图书分馆', year: 2021, value: 7, unit: '家' },
    ]);
    expect(targets('2023年工作方案\n二、工作任务\n传统产业改造升级,煤矿智能化改造完成36处。\n')).toEqual([]);
  });

  it('reads an area with 以上 opening its clause as the size of the measure after it, which reaches a standard (rule quantity-then-measure: 嘉定 2024), but keeps an age in a name', () => {
    expect(
      targets(
        '嘉定区系统化全域推进海绵城市建设的实施方案\n一、工作目标\n嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。\n',
      ),
    ).toEqual([
      { name: '建设用地面积达到海绵城市建设目标要求', year: 2025, value: 50, unit: '平方公里' },
      { name: '建设用地面积达到海绵城市建设目标要求', year: 2030, value: 80, unit: '平方公里' },
    ]);
    expect(targets('2026年政府工作报告\n今年主要预期目标是：65岁以上老年人健康管理率达到66%。\n')).toEqual([
      expect.objectContaining({ name: '65岁以上老年人健康管理率', value: 66, unit: '%' }),
    ]);
  });

  it('reads 开通 as a count verb and names the things counted, not where they go (rule verb-then-destination: 十堰 2024)', () => {
    expect(
      targets(
        '十堰市低空经济高质量发展实施方案(2024-2026年)\n二、发展目标\n到2026年,低空经济全面发展。开通至周边机场2-3条通用航空短途运输航线、100条以上无人机航线。\n',
      ),
    ).toEqual([
      { name: '开通通用航空短途运输航线', year: 2026, value: 2, unit: '条' },
      { name: '开通无人机航线', year: 2026, value: 100, unit: '条' },
    ]);
  });

  it('names a list item opening with its count after the clause verb, without the count (rule count-item-takes-verb: 四川 2026, 湖南 2026)', () => {
    expect(
      targets('2026年政府工作报告\n今年主要目标任务：\n新建10个县级托育服务机构。培育50家以上省级产业链核心支撑企业、100家左右“专精特新”企业。\n'),
    ).toEqual([
      { name: '新建县级托育服务机构', year: 2026, value: 10, unit: '个' },
      { name: '培育省级产业链核心支撑企业', year: 2026, value: 50, unit: '家' },
      { name: '培育“专精特新”企业', year: 2026, value: 100, unit: '家' },
    ]);
  });

  it('reads a year and a verb of reaching after a clause that names a metric and its trend (rule trend-then-year-level: 乌海 2025)', () => {
    expect(
      targets(
        '某市服务业三年攻坚行动实施方案\n一、总体要求及目标\n到2027年，服务业重点项目数量占全市重点项目数量比重突破30%，服务业完成税收占全市税收收入比重逐年提高，到2027年突破35%，服务业对经济增长的贡献率显著提升。\n',
      ),
    ).toEqual([
      { name: '服务业重点项目数量占全市重点项目数量比重', year: 2027, value: 30, unit: '%' },
      { name: '服务业完成税收占全市税收收入比重', year: 2027, value: 35, unit: '%' },
    ]);
  });
});

describe('layout and striving rules of targets (rules striven-year-with-preposition, change-after-percent: 张家口 2017, 惠州 2026)', () => {
  it('dates what a sentence strives for in a year written after 在 (力争在2025年…建成滑雪场30个)', () => {
    const found = targets(
      '12月19日上午,北京青年报记者从张家口“借力冬奥推动零度以下经济发展”新闻发布会上了解到,张家口市市政府将力争在2025年打造完成以崇礼为中心、辐射周边地区的滑雪大区,建成滑雪场30个、雪道600条500公里、冰雪特色小镇20个以上,届时每年可满足2000万人次的冰雪运动需求。\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { name: '建成滑雪场', year: 2025, value: 30, unit: '个' },
        { name: '冰雪特色小镇', year: 2025, value: 20, unit: '个' },
      ]),
    );
  });

  it('reads each growth of a graphic’s line of items set apart by spaces, the line ending its last item (惠州 2026)', () => {
    const found = targets(
      [
        '●惠民之州的成色更为厚实,生态文明建设成效更加彰显,高水平安全保障更为有力',
        '重点任务',
        '统筹高质量发展和高水平安全',
        '2026年工作安排',
        '主要预期目标',
        '地区生产总值增长5.5%-6% 固定资产投资增长3% 社会消费品零售总额增长5%',
        '进出口总额增长6% 规模以上工业增加值增长7%以上 地方一般公共预算收入增长3%',
        '居民人均可支配收入增长与经济增长同步',
        '抓好十个方面工作',
      ].join('\n'),
    );
    expect(found).toEqual([
      { name: '地区生产总值增长', year: 2026, value: 5.5, unit: '%' },
      { name: '固定资产投资增长', year: 2026, value: 3, unit: '%' },
      { name: '社会消费品零售总额增长', year: 2026, value: 5, unit: '%' },
      { name: '进出口总额增长', year: 2026, value: 6, unit: '%' },
      { name: '规模以上工业增加值增长', year: 2026, value: 7, unit: '%' },
      { name: '地方一般公共预算收入增长', year: 2026, value: 3, unit: '%' },
    ]);
  });

  it('reads livestock by head and planting by area, named by what is raised or planted (rules livestock-units, farm-output-names: 大田 2023)', () => {
    expect(
      targets(
        '大田县人民政府办公室关于促进2023年一季度经济“开门稳”若干措施的通知\n2. 稳定主要农产品供应。持续稳定生猪产能规模,确保一季度生猪出栏 6.5 万头以上、禽蛋产量 0.36 万吨以上。\n3. 抓紧春季植树造林。确保一季度完成植树造林 1.6315 万亩,为推动全县林业持续发展提供保障。\n',
      ),
    ).toEqual([
      { name: '生猪出栏', year: 2023, value: 6.5, unit: '万头' },
      { name: '禽蛋产量', year: 2023, value: 0.36, unit: '万吨' },
      { name: '完成植树造林', year: 2023, value: 1.6315, unit: '万亩' },
    ]);
  });

  it('reads research staff in person-years (rule person-years: 洞头 2023)', () => {
    expect(targets('洞头区大力提升科技创新能力实施方案(2023-2027年)\n到2027年,每万名就业人员中研发人员达到209人年以上。\n')).toEqual([
      { name: '每万名就业人员中研发人员', year: 2027, value: 209, unit: '人年' },
    ]);
  });

  it('reads no target in the counts of a works event’s news, save where the sentence plans (rule works-event-news: 王益 2024)', () => {
    const page = (sentence: string) =>
      targets(
        `王益区2024年一季度重点项目开工\n来源:区融媒体中心 作者:王帅 高佳伟 发布时间:2024-01-04 14:46\n1月4日,王益区举行2024年一季度重点项目开工活动。\n${sentence}\n`,
      );
    expect(page('一季度开工项目20个,总投资30.49亿元,占全年新开工项目总量50%。')).toEqual([]);
    expect(page('全年计划开工项目80个。')).toEqual([{ name: '开工项目', year: 2024, value: 80, unit: '个' }]);
  });
});

describe('circles of shops and services counted (rule circles-counted: 苏州 2023)', () => {
  it('reads a count of 便民生活圈 built as a target', () => {
    expect(targets('苏州市现代商贸业高质量发展三年行动计划\n到2025年,网络零售交易额超5000亿元;建成不少于90个一刻钟便民生活圈。\n')).toEqual([
      { name: '网络零售交易额', year: 2025, value: 5000, unit: '亿元' },
      { name: '建成一刻钟便民生活圈', year: 2025, value: 90, unit: '个' },
    ]);
  });
});

describe('a year’s goal stated after the year (rule year-goal-statement: 焦作 2023)', () => {
  it('dates the targets after 2023年,…总目标是: by that year', () => {
    expect(
      targets(
        '全市文化广电和旅游工作会议定下小目标\n记者从近日召开的2023年全市文化广电和旅游工作会议上获悉,2023年,全市文广旅工作的总目标是:围绕打造高能级文旅,力争全年接待游客达6700万人次,旅游综合收入达580亿元,全市文化产业增加值达110亿元。\n',
      ),
    ).toEqual([
      { name: '接待游客', year: 2023, value: 6700, unit: '万人次' },
      { name: '旅游综合收入', year: 2023, value: 580, unit: '亿元' },
      { name: '全市文化产业增加值', year: 2023, value: 110, unit: '亿元' },
    ]);
  });
});

describe('an achieving verb or 均 right before a verb of change (rule adverb-before-change: 鄂城 2023, 松原 2021)', () => {
  it('leaves them out of the name, not the 均 of 人均, 年均 or 平均', () => {
    const names = targets(
      '2026年政府工作报告\n今年主要预期目标是:市场主体实现增长60%以上,城乡居民人均可支配收入均增长6%,地区生产总值年均增长6%,平均增长5%。\n',
    ).map(({ name }) => name);
    expect(names).toEqual(['市场主体增长', '城乡居民人均可支配收入增长', '地区生产总值年均增长', '平均增长']);
  });
});

describe('plans of places golded blind (branch plans, sitting 2026-12-08)', () => {
  it('reads a count written with 余 (rule more-than-count: 朝天 2019)', () => {
    expect(targets('朝天区中药材产业\n到2019年,预计全年发展天麻、灵芝等中药材3万余亩,预计可吸引游客100余万人。\n')).toEqual([
      { name: '发展天麻、灵芝等中药材', year: 2019, value: 3, unit: '万亩' },
      { name: '吸引游客', year: 2019, value: 100, unit: '万人' },
    ]);
  });

  it('leaves a plan’s word and a yearly reach off the name (rule planned-reach: 大庆 2018, 朝天 2019, 延寿 2012)', () => {
    expect(targets('大庆市两牛一猪三禽工程工作推进方案\n到2020年,良种覆盖率计划达到90%以上,全区中药材产值年达2.5亿元,全县亚麻纺织企业发展到30户。\n')).toEqual([
      { name: '良种覆盖率', year: 2020, value: 90, unit: '%' },
      { name: '全区中药材产值', year: 2020, value: 2.5, unit: '亿元' },
      { name: '全县亚麻纺织企业', year: 2020, value: 30, unit: '户' },
    ]);
  });

  it('reads ratios per thousand of the population whatever they count, listed with 、 (rule per-population-ratio: 宝应 十四五)', () => {
    expect(
      targets('宝应县“十四五”卫生健康发展规划\n到2025年,每千常住人口执业(助理)医师达3.9人、每千常住人口注册护士达3.5人;力争建成2个省级临床重点专科。\n'),
    ).toEqual([
      { name: '每千常住人口执业（助理）医师', year: 2025, value: 3.9, unit: '人' },
      { name: '每千常住人口注册护士', year: 2025, value: 3.5, unit: '人' },
      { name: '建成省级临床重点专科', year: 2025, value: 2, unit: '个' },
    ]);
  });

  it('dates undated targets by the one plan period the page names (rule named-plan-period: 宝应 十四五, 甘孜 2018)', () => {
    expect(
      targets(
        '——健康投入更可持续。居民个人卫生支出占卫生总费用的比重降低到23%以下。\n宝应县“十四五”卫生健康主要发展指标\n分类 序号 主要指标 单位 2025年 指标性质\n',
      ),
    ).toEqual([{ name: '居民个人卫生支出占卫生总费用的比重', year: 2025, value: 23, unit: '%' }]);
    expect(
      targets(
        '四川甘孜藏区未来两年将新改建公路5498公里\n四川省政府近日批准印发《甘孜藏族自治州2019—2020年交通建设推进方案》,力争完成新改建公路5498公里。\n在高速公路方面,计划投资51.3亿元。\n',
      ),
    ).toEqual([
      { name: '完成新改建公路', year: 2020, value: 5498, unit: '公里' },
      { name: '投资', year: 2020, value: 51.3, unit: '亿元' },
    ]);
  });

  it('reads 至 opening a clause as a deadline (rule zhi-deadline: 鼓楼 2018)', () => {
    expect(targets('数字鼓楼建设三年行动计划出台\n按照《行动计划》,至2020年,社会服务事项网上办理率达90%。\n')).toEqual([
      { name: '社会服务事项网上办理率', year: 2020, value: 90, unit: '%' },
    ]);
    expect(targets('某县规划\n2020年至2025年,全县网上办理率达90%。\n')).toEqual([]);
  });

  it('names each item of a value-first list by its thing (rule value-first-items: 望江 2009) and reads spindles and metres (rule textile-units: 宜城 2011)', () => {
    expect(targets('望江打造纺织产业集群\n到2013年,形成12万吨粘胶短纤维、80万锭新型纺纱设备、1亿米印染、6000万套服装的年生产加工能力。\n')).toEqual([
      { name: '粘胶短纤维', year: 2013, value: 12, unit: '万吨' },
      { name: '新型纺纱设备', year: 2013, value: 80, unit: '万锭' },
      { name: '印染', year: 2013, value: 1, unit: '亿米' },
      { name: '服装', year: 2013, value: 6000, unit: '万套' },
    ]);
    expect(targets('宜城市纺织服装产业\n到2015年,棉纺能力达到100万锭,布匹总产量1.5亿米。\n')).toEqual([
      { name: '棉纺能力', year: 2015, value: 100, unit: '万锭' },
      { name: '布匹总产量', year: 2015, value: 1.5, unit: '亿米' },
    ]);
  });
});

describe('a paragraph looking back over the years since a place was set up (rule years-since-founding: 南浔 2023)', () => {
  it('reads its undated levels as no targets', () => {
    expect(
      targets(
        '南浔区政府工作报告\n2023年是南浔建区20周年。建区以来,全区上下致力于重振辉煌。二十年来,我们始终树立重振辉煌的雄心,综合实力大幅提升。地区生产总值、财政总收入分别增加至559.2亿元、68.5亿元,规上工业总产值突破千亿元。\n',
      ),
    ).toEqual([]);
  });
});
