import { extractDocument } from '../../index';
import { parseDocument } from '@policygraph/parse';
import { documentYear } from './document-year';
import { isPayment } from './payments';
import { undatedSentenceYear } from './undated-targets';

const targets = (text: string) =>
  extractDocument(text, { documentId: 'undated' })
    .nodes.filter((node) => node.label === 'Indicator' && node.properties['kind'] === 'target')
    .map((node) => ({
      name: node.name,
      value: node.properties['targetValue'],
      high: node.properties['targetHigh'],
      unit: node.properties['unit'],
      year: node.properties['targetYear'],
      basis: node.properties['targetYearBasis'] ?? null,
    }));

describe('the year a document implies for targets written without one', () => {
  it('is the year of a yearly task list, the end of a plan period, or the year a page announces', () => {
    expect(documentYear(parseDocument('滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n一、深入实施创新驱动发展战略\n'))).toEqual({
      year: 2023,
      rule: 'year of the document',
    });
    expect(documentYear(parseDocument('某市数字经济发展三年行动计划（2022—2024年）\n一、总体要求\n'))).toEqual({ year: 2024, rule: 'end of the plan period' });
    expect(
      documentYear(parseDocument('1月12日上午，市人民代表大会开幕。政府工作报告指出，2025年全市经济社会发展主要预期目标建议为：地区生产总值增长5%左右。\n'))
        ?.year,
    ).toBe(2025);
    expect(documentYear(parseDocument('2025年，兴庆区将重点做好八个方面工作。\n'))).toEqual({ year: 2025, rule: 'year opening the document' });
    expect(documentYear(parseDocument('记者25日从省经济和信息化厅获悉，该省启动实施产业壮大工程。\n'))).toBeNull();
    // 哈尔滨 2021 (news outline): a line announcing the year's tasks.
    expect(documentYear(parseDocument('3月14日上午9时，市人民代表大会开幕。\n2021年主要工作任务\n一、今年主要预期目标：\n'))?.year).toBe(2021);
    // 宜宾 2026 (news of the work report): the page asks what its year's priorities are (rule announced-priorities).
    expect(
      documentYear(
        parseDocument('1月20日上午,宜宾市长向大会作政府工作报告。\n2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?\n确保全年入库项目950个。\n'),
      ),
    ).toEqual({ year: 2026, rule: 'year of the stated targets' });
  });

  it('is the year after the one whose results a dateless news page of a work report states (果洛 2023: 2022年，果洛州实现地区生产总值…)', () => {
    const page =
      '央广网果洛2月26日消息，果洛藏族自治州第十五届人民代表大会第四次会议开幕。\n2022年，果洛州实现地区生产总值53.62亿元，同比增长2.7%。\n果洛州划定发展预期目标，地区生产总值增长3%。\n';
    expect(documentYear(parseDocument(page))).toEqual({ year: 2023, rule: 'year after the reviewed year' });
    expect(documentYear(parseDocument('各位代表：\n一、2024年工作回顾\n过去一年，经济运行稳中有进。\n'))).toEqual({
      year: 2025,
      rule: 'year after the reviewed year',
    });
    // A year opening the page wins: it is the page's own (兴庆区 2025).
    expect(documentYear(parseDocument('2025年，兴庆区将重点做好八个方面工作。2024年，兴庆区实现地区生产总值…\n'))?.rule).toBe('year opening the document');
  });

  it('gives an average rate of a plan the end of its period, and no other horizon (湖北 2021 服务业规划: 其间…年均增长7.5%左右)', () => {
    const plan = { year: 2025, rule: 'end of the plan period' as const };
    expect(undatedSentenceYear('其间，力争服务业增加值年均增长7.5%左右，服务贸易进出口总额年均增长10%左右。', isPayment, plan, null)).toEqual(plan);
    expect(undatedSentenceYear('每年新增规模以上服务业企业50家，年均增长10%。', isPayment, plan, null)).toEqual({ year: null, rule: null });
    const own = { year: 2023, rule: 'year of the document' as const };
    expect(undatedSentenceYear('服务业增加值年均增长7.5%。', isPayment, own, null)).toEqual({ year: null, rule: null });
  });

  it('takes the year a policy with no period is issued in where a sentence states it (rule issue-year-stated: 滨江 2023)', () => {
    const sentence = '2023年政府专项债储备额度45亿元以上，年度专项债资金使用完成率实现100%。';
    expect(undatedSentenceYear(sentence, isPayment, null, null, 2023)).toEqual({ year: 2023, rule: null });
    // Another year than the issue's, or no issue date: nothing says which year the page stands in.
    expect(undatedSentenceYear(sentence, isPayment, null, null, 2024)).toBeNull();
    expect(undatedSentenceYear(sentence, isPayment, null, null)).toBeNull();
  });

  it('reads a rank striven for or moved as a target, a rank held as a fact (rule rank-striven-for: 江西 2021 制造业规划)', () => {
    const plan = { year: 2025, rule: 'end of the plan period' as const };
    expect(undatedSentenceYear('十四五期间，主要经济指标全国排名奋力前移，规模以上工业企业增加值年均增长7%左右。', isPayment, plan, null)).toEqual(plan);
    expect(undatedSentenceYear('力争综合实力位居全省前列，服务业增加值达到1000亿元。', isPayment, plan, null)).toEqual(plan);
    expect(undatedSentenceYear('地区生产总值位居全省第3位，增长6.5%。', isPayment, plan, null)).toBeNull();
    expect(undatedSentenceYear('增长6.5%，增速排名全省第一。', isPayment, plan, null)).toBeNull();
  });

  it('reads no target in what a past plan period did, told before the first number (岳西 2021, 浙江 2021 news on 十四五 plans)', () => {
    const plan = { year: 2025, rule: 'end of the plan period' as const };
    expect(undatedSentenceYear('数据显示，“十三五”期间全县服务业增加值年均增长7.2%，超额完成规划目标。', isPayment, plan, null)).toBeNull();
    expect(undatedSentenceYear('“十三五”期间，全省数字安防行业影响力持续增强，培育千亿元级企业1家、百亿元级企业25家。', isPayment, plan, null)).toBeNull();
    expect(undatedSentenceYear('“十四五”期间，数字经济领域有效发明专利达到8万件。', isPayment, plan, null)).toEqual(plan);
    expect(undatedSentenceYear('新增省级服务业集聚区5个，较“十三五”时期翻一番。', isPayment, plan, null)).toEqual(plan);
  });

  it('gives no year to a horizon (5年内, 每年) and reads no sentence of another year, a past fact or a reward', () => {
    const own = { year: 2023, rule: 'year of the document' as const };
    expect(undatedSentenceYear('建设省院士工作站2个，建设枣庄市级重点实验室8个。', isPayment, own, null)).toEqual({ year: 2023, rule: 'year of the document' });
    expect(undatedSentenceYear('5年内重点引进100名市管企业中高级经营管理人才。', isPayment, own, null)).toEqual({ year: null, rule: null });
    expect(undatedSentenceYear('2022年全市新建5G基站2600个以上。', isPayment, own, null)).toBeNull();
    expect(undatedSentenceYear('全市已建成5G基站2万个。', isPayment, own, null)).toBeNull();
    expect(undatedSentenceYear('对新认定的省级工程研究中心，给予50万元奖励。', isPayment, own, null)).toBeNull();
  });
});

describe('count targets of a plan or report written without 到20XX年', () => {
  it('reads the counts of a yearly task list with its year, marked inferred (滕州 2023年重点工作任务)', () => {
    const found = targets(
      '滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n一、深入实施创新驱动发展战略\n1.完善实验室体系。鼓励企业合作建设重点实验室、院士工作站,建设省院士工作站2个,建设枣庄市级重点实验室8个。(责任单位:市科技局)\n3.推进关键核心技术攻关。全年争取省市级以上科技项目突破30项、资金突破7000万元。(责任单位:市科技局)\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '建设省院士工作站', value: 2, unit: '个', year: 2023, basis: 'inferred' }),
        expect.objectContaining({ name: '建设枣庄市级重点实验室', value: 8, unit: '个', year: 2023 }),
        expect.objectContaining({ name: '资金', value: 7000, unit: '万元', year: 2023 }),
      ]),
    );
  });

  it('reads lengths newly started or rebuilt, jobs provided and rooms and counties built in a 2026 report (内蒙古, 北京, 黑龙江)', () => {
    const found = targets(
      '2026年政府工作报告\n二、2026年工作安排\n新开工高速公路和国省干线1500公里，新改建农村公路5000公里。\n稳定高校毕业生等重点群体就业，提供不少于10万个高校毕业生就业岗位。\n建设100个中小学校冰雪运动训练室（场）。\n新建5个现代化大农业全链条样板县。\n',
    );
    expect(found.map((target) => [target.name, target.value, target.unit, target.year, target.basis])).toEqual([
      ['新开工高速公路和国省干线', 1500, '公里', 2026, 'inferred'],
      ['新改建农村公路', 5000, '公里', 2026, 'inferred'],
      ['提供高校毕业生就业岗位', 10, '万个', 2026, 'inferred'],
      ['建设中小学校冰雪运动训练室', 100, '个', 2026, 'inferred'],
      ['新建现代化大农业全链条样板县', 5, '个', 2026, 'inferred'],
    ]);
  });

  it('lets 力争 govern the later clauses of its sentence and counts land put back to use (霍山 2025 责任清单)', () => {
    const found = targets(
      '2025年开发区重点工作及责任清单\n一、重点工作\n全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。\n',
    );
    expect(found).toEqual([
      expect.objectContaining({ name: '盘活僵尸企业', value: 10, unit: '家', year: 2025, basis: 'inferred' }),
      expect.objectContaining({ name: '盘活存量土地', value: 400, unit: '亩', year: 2025, basis: 'inferred' }),
    ]);
  });

  it('reads school places and beds added (增加…学位, 增加…床位) and leaves 再 out of a name (2026 reports)', () => {
    const found = targets('2026年政府工作报告\n二、2026年工作安排\n增加1万个普惠性学前教育学位。增加普惠性养老床位2000个。\n力争国家级实验室再增加2—4家。\n');
    expect(found.map((target) => [target.name, target.value, target.high, target.unit, target.year])).toEqual([
      ['增加普惠性学前教育学位', 1, null, '万个', 2026],
      ['增加普惠性养老床位', 2000, null, '个', 2026],
      ['国家级实验室', 2, 4, '家', 2026],
    ]);
  });

  it('carries a count verb to the later things of a list counted after their names, and shares the undertaking the last names (静安 2023, 崇川 2023, 灵璧 2021)', () => {
    const jingan = targets(
      '2023年区政府重点工作安排\n一、着力实现经济运行整体好转\n2.推动招商引资增质。引进持牌类金融机构20家、人力资源机构40家、大数据企业100家。\n1.推动区域经济稳定增长。实现全年区级一般公共预算收入同比增长3%。\n',
    );
    expect(jingan.map((target) => [target.name, target.value, target.unit, target.year])).toEqual([
      ['引进持牌类金融机构', 20, '家', 2023],
      ['人力资源机构', 40, '家', 2023],
      ['大数据企业', 100, '家', 2023],
      ['区级一般公共预算收入同比增长', 3, '%', 2023],
    ]);
    // A level to reach after 实现 in a yearly task list.
    expect(targets('2023年区政府重点工作安排\n1.推动区域经济稳定增长。实现社会消费品零售总额1600亿元。\n')).toEqual([
      expect.objectContaining({ name: '社会消费品零售总额', value: 1600, unit: '亿元', year: 2023 }),
    ]);
    const lingbi = targets('县卫健委2021年政府工作报告任务分解\n5.实施16个乡镇卫生院、158个村卫生室改扩建项目，进一步提升县域医疗服务整体能力。\n');
    expect(lingbi.map((target) => [target.name, target.value])).toEqual([
      ['实施乡镇卫生院改扩建项目', 16],
      ['实施村卫生室改扩建项目', 158],
    ]);
    // A stage reached (竣工) names no thing counted.
    expect(targets('2026年政府工作报告\n三、2026年重点工作\n年投资亿元以上项目新开工43个以上、竣工38个以上。\n').map((target) => target.value)).not.toContain(
      38,
    );
  });

  it('gives each subject of a 均 list striven for in a 2026 report the value (力争游客人次、旅游花费均增长10%以上)', () => {
    const found = targets('2026年政府工作报告\n二、2026年工作安排\n力争游客人次、旅游花费均增长10%以上。\n');
    expect(found.map((target) => [target.name, target.value, target.unit, target.year])).toEqual([
      ['游客人次增长', 10, '%', 2026],
      ['旅游花费增长', 10, '%', 2026],
    ]);
  });

  it('reads counts of people, flats and households, and gives no year to 5年内 (广州 人才集聚工程)', () => {
    const found = targets(
      '（一）产业提升人才行动计划。实施如下重点项目：\n3.羊城企业家培养项目。加强队伍建设，5年内重点引进100名市管企业中高级经营管理人才，选拔100名正职后备人才、200名副职后备人才。\n38.人才公寓。5年内市、区（县级市）两级筹集建设1000套专家公寓和10000套人才公寓，协助解决住房问题。\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '引进市管企业中高级经营管理人才', value: 100, unit: '名', year: null }),
        expect.objectContaining({ name: '选拔正职后备人才', value: 100, unit: '名' }),
        expect.objectContaining({ name: '选拔副职后备人才', value: 200, unit: '名' }),
        expect.objectContaining({ name: '筹集建设专家公寓', value: 1000, unit: '套' }),
        expect.objectContaining({ name: '筹集建设人才公寓', value: 10000, unit: '套' }),
      ]),
    );
  });

  it('carries the count verb to the clauses that open with their number, and counts people funded (广州 人才集聚工程)', () => {
    const found = targets(
      '（一）产业提升人才行动计划。实施如下重点项目：\n4.民营企业家素质提升项目。5年内重点支持300名经营管理领军人才赴境外培训，1000名经营管理团队核心人才参加国内著名高校专题研修，对参加培训的人员给予一定比例的政府培训补贴。\n12.博士后培养项目。5年内培养资助博士后研究人员不少于400名。\n',
    );
    expect(found.map((indicator) => [indicator.value, indicator.unit])).toEqual([
      [300, '名'],
      [1000, '名'],
      [400, '名'],
    ]);
  });

  it('reads no undated count in a paragraph about the years behind, nor a size of each of 一批', () => {
    expect(targets('2026年政府工作报告\n——这五年综合经济实力大幅提升。经营主体突破300万户，规上工业企业达到4358户。\n')).toEqual([]);
    expect(targets('2026年政府工作报告\n三、2026年重点工作\n布局一批50万千瓦以上省级大型风光基地。\n')).toEqual([]);
  });

  it('pays no attention to reward amounts, conditions and review sections', () => {
    expect(targets('2023年若干措施\n一、支持企业发展\n对年营业收入首次突破10亿元的企业，给予一次性奖励100万元。每家企业补助50万元。\n')).toEqual([]);
    expect(targets('2024年工作回顾\n1.乡村振兴扎实推进\n新增国家现代农业产业园3个，创建15个全国美丽宜居示范村。\n')).toEqual([]);
  });
});

describe('values as plans join and write them', () => {
  it('reads both targets joined by 和, the high end of a range and a total in Chinese numerals (开封 实施方案)', () => {
    const found = targets(
      '开封市推动制造业高质量发展实施方案\n(二)发展目标。到2025年,培育形成2个千亿级产业集群和6个五百亿级产业集群,力争实现全市8大重点产业集群总量超过五千亿规模,力争培育8—10个百亿企业。\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '培育形成千亿级产业集群', value: 2, unit: '个', year: 2025 }),
        expect.objectContaining({ name: '培育形成五百亿级产业集群', value: 6, unit: '个', year: 2025 }),
        expect.objectContaining({ value: 5000, unit: '亿', year: 2025 }),
        expect.objectContaining({ value: 8, high: 10, unit: '个', year: 2025 }),
      ]),
    );
  });

  it('keeps compound and bare units and counts 三大 classes of size (云南 意见, 安徽 行动方案)', () => {
    const found = targets(
      '关于支持昆明高质量发展的若干意见\n(二)发展目标。到2025年,常住人口达到1000万左右,铁路网密度达到507公里/万平方公里,培育形成新材料、大健康、数字经济三大千亿级产业。\n',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '常住人口', value: 1000, unit: '万' }),
        expect.objectContaining({ name: '铁路网密度', value: 507, unit: '公里/万平方公里' }),
        expect.objectContaining({ value: 3, unit: null }),
      ]),
    );
  });
});

describe('targets of a page that says which year of a plan period this is, or strives for its end (branch plans, blind round of issue #15)', () => {
  it('is the year a dateless page places this year in (rule this-year-in-period: 张掖 2016 今年,是“十三五”规划的开局之年)', () => {
    const zhangye =
      '近年来，张掖市旅游业高位运行。\n今年，是“十三五”规划的开局之年，是推进供给侧结构性改革的攻坚之年。张掖将秉持总体思路，确定全年旅游接待人数达到1800万人次以上，实现旅游综合收入100亿元以上的目标任务。\n';
    expect(documentYear(parseDocument(zhangye))).toEqual({ year: 2016, rule: 'year the text places in a plan period' });
    expect(documentYear(parseDocument('标题\n今年是“十四五”收官之年。\n'))?.year).toBe(2025);
    // A value before 的目标任务 is the target's own (rule value-of-the-target).
    expect(targets(zhangye).map(({ value, unit, year }) => [value, unit, year])).toEqual([
      [1800, '万人次', 2016],
      [100, '亿元', 2016],
    ]);
    // A year said to be of the period in another way (关键之年) places it nowhere.
    expect(documentYear(parseDocument('标题\n今年是“十四五”的关键之年。\n'))).toBeNull();
  });

  it('dates a target striven for at the end of a period with no 到, the period end no part of its name (rule striven-period-end: 丽江 2022)', () => {
    expect(
      targets(
        '聚焦!丽江力争“十四五”末地区生产总值达到1000亿元以上\n下一步，丽江将力争“十四五”末地区生产总值达到1000亿元以上，旅游总收入达到2000亿元以上。\n',
      ).map(({ name, value, year }) => [name, value, year]),
    ).toEqual([
      ['地区生产总值', 1000, 2025],
      ['旅游总收入', 2000, 2025],
    ]);
  });
});

describe('a plan speaking of the period before its own (rule period-behind-plan: 樟树 2021)', () => {
  it('reads no target in a paragraph of its preamble that tells what the last period did', () => {
    expect(
      targets(
        '某市国民经济和社会发展十四五规划\n“十三五”期间,全市 GDP 增速明显高于全国平均水平。全市固定资产投资年均增速 11%,社会消费品零售总额年均 增长 9.65%。\n',
      ),
    ).toEqual([]);
    // Its goals stay targets of the period's end.
    expect(targets('某市国民经济和社会发展十四五规划\n“十四五”期间,社会消费品零售总额年均增长8%。\n').map(({ value, year }) => [value, year])).toEqual([
      [8, 2025],
    ]);
  });
});

describe('a page presenting the record of a five-year period, with no date of its own (rule achievements-page: 邢台 2025)', () => {
  it('reads no target in a paragraph telling of that period', () => {
    const xingtai =
      '邢台答卷——跨越赶超的五年\n11月13日下午，邢台市政府新闻办举行“十四五”高质量发展邢台答卷系列主题新闻发布会第一场。\n“十四五”期间，我市全社会研发经费投入年均增长28.77%。国家科技型中小企业数量突破1500家，高新技术企业达1029家。\n';
    expect(targets(xingtai)).toEqual([]);
  });
});

describe('the year of a page telling how its year is planned, or naming it in numerals (rules planned-year-work, headline-year-in-numerals)', () => {
  it('is the year whose work a news page says is planned (襄城 2022)', () => {
    const xiangcheng =
      '县农业农村局认真传达学习县委经济工作会议精神\n县农业农村局组织召开党组会议，深入谋划2022年“三农”重点工作、重点项目。一是扛稳粮食安全重任。新建高标准农田2.53万亩，确保粮食面积稳定在136万亩以上。\n';
    expect(documentYear(parseDocument(xiangcheng))).toEqual({ year: 2022, rule: 'year of the planned work' });
    expect(targets(xiangcheng)).toContainEqual({ name: '新建高标准农田', value: 2.53, high: null, unit: '万亩', year: 2022, basis: 'inferred' });
  });

  it('is the year a first paragraph says it is, whatever plan it names after (rule year-is-opening: 杭州 2023)', () => {
    const hangzhou =
      '索引号: | 002489698/2023-272488 | 公开方式: | 主动公开 |\n2023年是全面贯彻落实党的二十大精神开局之年,是实施“十四五”规划承上启下的关键之年。\n主要指标:农林牧渔业增加值增长2.5%,力争3%。\n';
    expect(documentYear(parseDocument(hangzhou))).toEqual({ year: 2023, rule: 'year opening the document' });
  });

  it('is the one year a headline writes in Chinese numerals, not a vision year (江苏 2023)', () => {
    const jiangsu =
      '关于做好二〇二三年全面推进乡村振兴重点工作的实施意见江苏是鱼米之乡、农业大省。(一)压紧压实粮食安全政治责任。确保全省粮食播种面积8124.9万亩、总产量保持基本稳定。\n';
    expect(documentYear(parseDocument(jiangsu))).toEqual({ year: 2023, rule: 'year of the headline' });
    expect(targets(jiangsu)).toContainEqual({ name: '全省粮食播种面积', value: 8124.9, high: null, unit: '万亩', year: 2023, basis: 'inferred' });
    expect(documentYear(parseDocument('某县国民经济和社会发展规划和二〇三五年远景目标纲要\n一、发展基础\n'))).toBeNull();
  });
});

describe('a one-year schedule written as months of no year (rule dated-schedule: 临安 2022)', () => {
  const page = (issued: string, plan: string) =>
    `索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |\n发布单位 | 区政府 | 发文日期 | ${issued} |\n序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n${plan}`;
  const row =
    '2 | 新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个。 | 1.婴幼儿照护服务成长驿站:3月底前新建成2家;6月底前新建成2家;9月底前完成7家建设任务。 2.婴幼儿照护服务托位:3月底前新增100个以上托位;6月底前新增200个以上托位。 | 卫生健康局 | 财政局 |\n';

  it('is the year of the page that issues it, inferred', () => {
    expect(documentYear(parseDocument(page('2022-07-14', row)))).toEqual({ year: 2022, rule: 'year of the dated schedule' });
    const found = targets(page('2022-07-14', row));
    expect(found).toContainEqual({ name: '新建成婴幼儿照护服务成长驿站', value: 7, high: null, unit: '家', year: 2022, basis: 'inferred' });
    expect(found).toContainEqual({ name: '新增婴幼儿照护服务托位', value: 500, high: null, unit: '个', year: 2022, basis: 'inferred' });
  });

  it('implies none for a page issued in November or December (its months may be of the next year) or with one month named', () => {
    expect(documentYear(parseDocument(page('2022-12-05', row)))).toBeNull();
    expect(documentYear(parseDocument(page('2022-07-14', '1 | 新增公交线路3条。 | 6月底前完成。 | 交通运输局 | 财政局 |\n')))).toBeNull();
  });

  it('drops the month of a milestone from its name and counts the thing its item names before the colon (rule labelled-milestones)', () => {
    const names = targets(page('2022-07-14', row)).map((target) => `${target.name} ${target.value}${target.unit}`);
    expect(names).toEqual(expect.arrayContaining(['新建成婴幼儿照护服务成长驿站 2家', '新增托位 100个', '新增托位 200个']));
    // 7家建设任务: a count naming a thing after it counts that thing, not the item's.
    expect(names.some((name) => name.startsWith('3月') || name.startsWith('6月') || name === '完成婴幼儿照护服务成长驿站 7家')).toBe(false);
  });

  it('takes no goal or task word before a colon for the thing counted', () => {
    expect(targets('2023年重点工作\n主要目标：3月底前新建成2家；6月底前新建成3家。\n').map((target) => target.name)).not.toContain('新建成主要目标');
  });
});

describe('targets of a part of the year on a dated page (rule dated-part-of-year, branch policies, blind round of 2026-12-08)', () => {
  it('dates 力争三季度… and 确保下半年… to the year the page was issued, the part of the year no part of the name (苍溪 2021, 涟水 2023)', () => {
    const cangxi =
      '苍溪县“全域发力”冲刺三季度发展目标\n发布机构: 苍溪县政府 发布时间: 2021-09-13\n⑴紧盯目标任务。力争三季度全县GDP增长10.8%以上,规上工业增加值增长11.8%以上。\n';
    expect(targets(cangxi).map(({ name, value, year }) => [name, value, year])).toEqual([
      ['全县GDP增长', 10.8, 2021],
      ['规上工业增加值增长', 11.8, 2021],
    ]);
    expect(documentYear(parseDocument(cangxi))).toEqual({ year: 2021, rule: 'year of the dated part-of-year targets' });
    // Issued in December, a page may already speak of the next year: no year implied.
    expect(documentYear(parseDocument('某县冲刺目标\n发布时间: 2021-12-13\n力争全年地区生产总值增长8%以上。\n'))).toBeNull();
  });

  it('gives each verb listed before the thing they count the one value (rule verbs-share-object: 涟水 2023)', () => {
    const lianshui =
      '我县打造县域经济发展新优势\n2023-09-22 09:00:11\n本报讯 今年以来,我县锚定目标。\n聚力联动招商强突破。我县深耕重点区域,确保下半年新签约亿元以上项目50个。加快重大项目建设,确保下半年再新开工、新竣工亿元以上项目分别达20个。\n';
    expect(targets(lianshui).map(({ name, value, year }) => [name, value, year])).toEqual([
      ['新签约亿元以上项目', 50, 2023],
      ['新开工亿元以上项目', 20, 2023],
      ['新竣工亿元以上项目', 20, 2023],
    ]);
  });
});
