import { parseDocument } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { findDocumentRegion, regionOfDocumentNumber } from './document-region';
import { gazetteer, shortForms } from './gazetteer';

const regionOf = (text: string) => {
  const found = findDocumentRegion(new ExtractionContext('t', parseDocument(text)));
  return found ? { name: found.entry.name, cue: found.cue, basis: found.basis } : null;
};

describe('the region a document is about', () => {
  it('from the issuer and from the title', () => {
    expect(regionOf('云南省人民政府办公厅\n关于推动服务业发展的实施意见\n正文。')).toEqual({ name: '云南省', cue: 'issuer', basis: 'stated' });
    expect(regionOf('2026年内蒙古自治区政府工作报告\n正文。')).toEqual({ name: '内蒙古自治区', cue: 'title', basis: 'stated' });
  });

  it('from the venue of a report when the title names no region (云南, 广东, 贵州)', () => {
    expect(regionOf('2026年政府工作报告\n——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长 王予波\n')).toEqual({
      name: '云南省',
      cue: 'occasion',
      basis: 'stated',
    });
  });

  it('from the government a report is delivered for when its occasion names no place (姑苏 2024: 我代表姑苏区人民政府)', () => {
    const text =
      '政府工作报告\n  ——2024年1月9日在区三届人大三次会议上\n  区长 陈 羔\n  各位代表:\n  现在,我代表姑苏区人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。\n  一、2023年工作回顾\n';
    expect(regionOf(text)).toEqual({ name: '姑苏区', cue: 'signature', basis: 'stated' });
    // 我代表县人民政府 names no place: nothing is taken from it.
    expect(regionOf('政府工作报告\n（2023年1月6日在县第十八届人民代表大会第二次会议上）\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n')).toBeNull();
  });

  it('from a headline naming the place by its short name that the text writes in full (邹城, not 香港 of company names)', () => {
    const text =
      '邹城规划建设四大商贸中心打造服务业核心区\n邹城市着力规划建设四大商贸中心。\n推进香港时代超市建设项目，以推进香港怡康科技二期工程为重点，全力打造全省重要的商贸流通基地。';
    expect(regionOf(text)).toEqual({ name: '邹城市', cue: 'title', basis: 'stated' });
    // A news lead is no headline: a place it names in passing (广西财政厅…介绍，…桂林…) is left to the count of names.
    expect(regionOf('广西财政厅12月1日介绍，累计下达桂林市转移支付305.72亿元。\n支持桂林市的重大产业项目。\n桂林市交通基础设施建设。')?.name).toBe('桂林市');
  });

  it('rule chain-before-title: a chain of full names on the title line, before a title naming the place short (萧山)', () => {
    const text =
      '潮盛高企网\n\n杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见\n\n为认真贯彻中央和省委经济工作会议精神，特制定如下政策实施细则。\n';
    expect(regionOf(text)).toEqual({ name: '萧山区', cue: 'title', basis: 'stated' });
  });

  it('a state-level new area the gazetteer does not list as a division (雄安 2021), under its province', () => {
    const text = '河北雄安新区近日印发《河北雄安新区农村人居环境整治提升五年行动实施方案(2021—2025年)》,明确到2025年处理率达到100%。';
    expect(regionOf(text)).toMatchObject({ name: '雄安新区', basis: 'stated' });
    const entry = gazetteer().entriesNamed('雄安')[0];
    expect(gazetteer().parentOf(entry)?.name).toBe('河北省');
    // Short stems that are rivers, cities or sayings name no new area: 湘江, 天府之国, 两江四岸.
    expect(gazetteer().entriesNamed('湘江')).toEqual([]);
    expect(gazetteer().entriesNamed('两江')).toEqual([]);
  });

  it('a new area is named in full: 哈尔滨 stays the city (平房 2017: …携手哈尔滨新区产业支撑区)', () => {
    const text =
      '哈尔滨经开区“黄金10条”扶持产业\n    科技日报哈尔滨3月30日电 3月30日,哈尔滨市平房区(经开区)召开黄金10条产业扶持政策新闻发布会,会上,哈尔滨经济技术开发区携手哈尔滨新区产业支撑区,强强联手推出了该区史上最强产业扶持政策“黄金10条”。';
    expect(regionOf(text)?.name).toBe('平房区');
  });

  it("from the speaker's office when nothing else names it", () => {
    expect(regionOf('政府工作报告\n四川省人民政府省长 施小琳\n各位代表：')).toEqual({ name: '四川省', cue: 'signature', basis: 'stated' });
  });

  it('from the document number: a province abbreviation, a city name, a city first character the text names', () => {
    expect(regionOf('关于推动服务业发展的实施意见\n青政办〔2020〕62号\n正文。')).toEqual({ name: '青海省', cue: 'document-number', basis: 'stated' });
    expect(regionOfDocumentNumber('鄂州政发〔2021〕3号', '')?.name).toBe('鄂州市');
    expect(regionOfDocumentNumber('温政办〔2023〕5号', '推动温州商贸发展，全市温州')?.name).toBe('温州市');
    expect(regionOfDocumentNumber('温政办〔2023〕5号', '没有地名')).toBeNull();
    // A district's first character after its city's: 杭西政办 → 西湖区 of 杭州市 (the only one of its districts with 西).
    expect(regionOfDocumentNumber('杭西政办〔2023〕5号', '推动杭州发展，杭州全市')?.name).toBe('西湖区');
    expect(regionOfDocumentNumber('苏园管〔2023〕5号', '推动苏州发展，苏州全市')?.name).toBe('苏州市');
    expect(regionOfDocumentNumber('川办发〔2024〕1号', '全省推进')?.name).toBe('四川省');
  });

  it('from the congress a report was delivered to, named in running text (昆明 2025, 西藏 2018)', () => {
    const lead = '1月12日上午，昆明市第十五届人民代表大会第五次会议在昆明会堂开幕。政府工作报告指出，全省要推进。';
    expect(regionOf(lead)).toEqual({ name: '昆明市', cue: 'occasion', basis: 'stated' });
  });

  it('from the first line of a page with no recognized title, not from a document it cites', () => {
    expect(regionOf('西藏自治区将着力推进实施“十大工程”\n记者从会上获悉，今年将推进项目建设。')).toEqual({
      name: '西藏自治区',
      cue: 'headline',
      basis: 'stated',
    });
    expect(regionOf('为贯彻落实部署，根据《昆明市人民政府关于印发稳增长若干政策措施的通知》，结合本区实际，制定如下措施。\n一、加快发展')).toBeNull();
  });

  it("from the document number before a headline: the number is the document's own", () => {
    expect(regionOf('关于推动服务业发展的工作安排\n青政办〔2020〕62号\n西宁市将加快发展。')?.cue).toBe('document-number');
  });

  it('from the content: the division of the document level (全市) the text names most often', () => {
    const text = '关于加快发展的实施意见\n全市要推进。全市要落实。全市要发展。支持许昌商务区。许昌中心。许昌市场。郑州合作。';
    expect(regionOf(text)).toEqual({ name: '许昌市', cue: 'content', basis: 'inferred' });
  });
});

describe('regions the header does not name', () => {
  it('the place below the issuer that the title is about (关于支持昆明… of 云南省)', () => {
    expect(regionOf('中共云南省委 云南省人民政府\n关于支持昆明高质量发展的若干意见\n正文。')).toEqual({ name: '昆明市', cue: 'title', basis: 'stated' });
    // A place outside the issuer's region is a partner, not the subject.
    expect(regionOf('云南省人民政府\n关于支持成都合作发展的若干意见\n正文。')?.name).toBe('云南省');
  });

  it('a title dividing up a cited document names that document whole (《江西省人民政府关于…》责任分工)', () => {
    expect(regionOf('《江西省人民政府关于促进全省经济平稳较快发展的若干意见》责任分工\n一、加大投资力度')).toEqual({
      name: '江西省',
      cue: 'title',
      basis: 'stated',
    });
  });

  it('the place whose conditions the measures are fitted to (结合官渡区实际)', () => {
    const text = '为贯彻落实部署，根据《昆明市人民政府关于印发稳增长若干政策措施的通知》，结合官渡区实际，制定如下措施。\n一、加快发展';
    expect(regionOf(text)).toEqual({ name: '官渡区', cue: 'local-conditions', basis: 'stated' });
    expect(regionOf('为贯彻落实部署，结合本区实际，制定如下措施。\n一、加快发展')).toBeNull();
  });

  it('the division opening the title of the document the page says was made and abbreviates (郑州 2025 政策解读)', () => {
    const text =
      '一、起草背景和过程\n省委、省政府高度重视人工智能发展，印发《河南省推动“人工智能+”行动计划(2024-2026年)》(豫政办〔2024〕64号)。为深入贯彻落实国家和河南省关于发展人工智能的决策部署，制定了《郑州市场景驱动人工智能创新发展行动方案(2025—2027年)》(以下简称《行动方案》)。\n';
    expect(regionOf(text)).toEqual({ name: '郑州市', cue: 'subject-document', basis: 'stated' });
    // A document followed (根据) is not the page's subject.
    expect(regionOf('根据《河南省推动“人工智能+”行动计划》(以下简称《计划》)，制定如下措施。\n一、加快发展')).not.toEqual(
      expect.objectContaining({ cue: 'subject-document' }),
    );
  });

  it('the division opening the title of the report the page says was submitted, before its superiors (高邮 2021 news)', () => {
    const text = [
      '本报讯(记者 孔令玲)13日上午,市发改委主任周建峰受市人民政府委托,向市十五届人大五次会议书面提交了《关于高邮市2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》。',
      '周建峰在报告中说,2020年,全市上下认真贯彻落实中央、省和扬州市决策部署,统筹推进疫情防控和经济社会发展。',
    ].join('\n');
    expect(regionOf(text)).toEqual({ name: '高邮市', cue: 'subject-document', basis: 'stated' });
  });

  it('the division opening the title of a document named and abbreviated, then made (rule document-made-after-name: 泸州 2021 news)', () => {
    const text =
      '近日,《泸州市“十四五”服务业发展规划(2021—2025)》(以下简称《规划》)正式印发实施。根据《规划》,到2025年,全市服务业增加值达到1800亿元以上。\n《规划》提出,泸州将以推动“一体两翼”特色发展为引领。\n';
    expect(regionOf(text)).toEqual({ name: '泸州市', cue: 'subject-document', basis: 'stated' });
  });

  it("the division opening the title of a document made, in a page of its level's voice (rule own-level-document-made: 兰陵 2022)", () => {
    const text =
      '一、出台背景\n为加快旅游业新旧动能转换，创建山东省全域旅游示范县，根据省委、省政府《大力推进全域旅游高质量发展实施方案》要求，结合我县实际，出台了《兰陵县创建山东省全域旅游示范县实施方案》。\n二、主要任务\n创建山东省全域旅游示范县主要有四项任务。\n';
    expect(regionOf(text)).toEqual({ name: '兰陵县', cue: 'subject-document', basis: 'stated' });
    // A city's document on a page in a county's voice is not the page's subject.
    expect(regionOf('结合我县实际，印发了《临沂市全域旅游实施方案》。创建山东省全域旅游示范县。山东省部署。')).not.toEqual(
      expect.objectContaining({ cue: 'subject-document' }),
    );
  });

  it('the city whose short name a development zone bears, where nothing else names a division (rule zone-of-city: 宿迁 2025 news)', () => {
    const text =
      '宿迁经开区服务业发展推进会召开\n本报讯(记者 周妮) 近日,宿迁经开区召开全区服务业发展推进会,深入分析全区服务业发展情况,为全区高质量转型发展注入强劲动能。副市长、宿迁经开区党工委书记张辉出席会议并讲话。\n会议指出,当前,全区服务业发展具有较大空间和潜力。全区上下要坚持把服务业发展摆在重要位置。\n';
    expect(regionOf(text)).toEqual({ name: '宿迁市', cue: 'short-name', basis: 'inferred' });
    // A zone named by no city's short name names nothing; a district's own government makes the page a district's (广丰 2021).
    expect(regionOf('高新区召开推进会\n会议指出,全区上下要坚持把服务业发展摆在重要位置。\n')).toBeNull();
    expect(regionOf('区政府办公室关于印发重点工作责任分工的通知\n各乡镇(街道)人民政府(办事处),上饶高新区,区直各单位:\n')).toBeNull();
  });

  it('a short name in a headline, of a province, or of a city where the text speaks for a city', () => {
    expect(regionOf('陕西《政府工作报告》部门分工确定\n记者获悉，省政府就落实报告提出分工意见。')).toEqual({
      name: '陕西省',
      cue: 'short-name',
      basis: 'stated',
    });
    expect(regionOf('政府工作报告-南宁日报\n我市是全国脱贫人口最多的省会城市。')).toEqual({ name: '南宁市', cue: 'short-name', basis: 'stated' });
    // Without 我市/全市 a city's short name in a headline may be a word: nothing is concluded.
    expect(regionOf('政府工作报告-南宁日报\n今年经济平稳。')).toBeNull();
  });

  it("no province's short name where the text speaks for a county (rule county-text-names-province: 新巴尔虎左旗 2024)", () => {
    const text =
      '2024年是全面落实国务院推动内蒙古高质量发展《意见》的奋进之年。认真落实旗委全会暨全旗经济工作会议部署,奋力开创现代化新巴尔虎左旗建设崭新局面。\n综合研判我旗经济社会发展面临的新形势。\n';
    expect(regionOf(text)).toEqual({ name: '新巴尔虎左旗', cue: 'content', basis: 'inferred' });
  });

  it('from the place a news headline reports from (长春：…), narrowed to the place below it the headline is about (吉林日报 2024, 长城网 2022)', () => {
    expect(regionOf('长春：全面推进县域经济高质量发展\n3月20日，全省县域前10名，长春市召开推进县域经济高质量发展大会。')).toEqual({
      name: '长春市',
      cue: 'dateline',
      basis: 'stated',
    });
    expect(regionOf('河北：11条举措支持宁晋建设全国产业转型升级试验区先行县\n日前，河北省政府办公厅印发通知，为全省发挥示范引领作用。')).toEqual({
      name: '宁晋县',
      cue: 'dateline',
      basis: 'stated',
    });
  });

  it('a headline about a development zone that the text writes with its district (哈尔滨市平房区（经开区）, 科技日报 2017)', () => {
    const news =
      '2017年03月31日 星期五\n哈尔滨经开区“黄金10条”扶持产业\n\n科技日报哈尔滨3月30日电，3月30日，哈尔滨市平房区(经开区)召开新闻发布会，哈尔滨经济技术开发区推出政策。';
    expect(regionOf(news)).toEqual({ name: '平房区', cue: 'title', basis: 'stated' });
    expect(regionOf(news.replace('平房区(经开区)', '经开区(平房区)'))?.name).toBe('平房区');
    // Without the zone written with its district, the headline's city.
    expect(regionOf(news.replace('哈尔滨市平房区(经开区)', '哈尔滨市经开区'))?.name).toBe('哈尔滨市');
  });

  it('narrows a short name to the division inside it written right after (上海奉贤推出… → 奉贤区)', () => {
    expect(regionOf('上海奉贤推出产业促进意见\n财联社10月14日电,该区发布意见。')).toEqual({ name: '奉贤区', cue: 'short-name', basis: 'stated' });
  });

  it('rule short-name-narrowed: a title opening with a short name written in full in the text narrows to the division named right after (眉山 2022)', () => {
    const text = '四川眉山出台林业发展“十四五”规划\n\n近期，四川省眉山市林业局印发《眉山市林业发展“十四五”规划》。';
    expect(regionOf(text)).toEqual({ name: '眉山市', cue: 'title', basis: 'stated' });
    // Without a division inside it right after, the province stays.
    expect(regionOf('四川出台林业发展“十四五”规划\n\n近期，四川省林业和草原局印发规划。')?.name).toBe('四川省');
  });

  it('rule links-above-trail: the links to superior governments above a breadcrumb trail are no headline (丹棱 2018)', () => {
    const page =
      '四川省人民政府     眉山市委市政府   \n当前位置: 首页>>信息公开>>政府常务会议>>正文\n政府常务会议\n丹棱县第十七届人民政府 第28次常务会议召开\n2018-01-31 09:30\n\n1月23日，县长主持召开县政府常务会议。会前学习了《四川省城乡规划条例》。';
    expect(regionOf(page)).toEqual({ name: '丹棱县', cue: 'headline', basis: 'stated' });
  });

  it('rule site-masthead: a page naming no place of its own is on the site of the government named above its trail, inferred (嵊州 2022)', () => {
    const page =
      '嵊州市人民政府\n您当前的位置:\n>> 走进嵊州 >> 投资嵊州 >> 投资政策\n\n加快推进工业经济高质量发展若干政策\n\n为加快推动制造业高质量发展，结合省相关政策，特制订如下政策。对绍兴市级以上项目给予奖励。';
    expect(regionOf(page)).toEqual({ name: '嵊州市', cue: 'site-masthead', basis: 'inferred' });
    // A site's name naming the division in brackets (医药高新区(高港区)政务服务网: 高港 2015).
    expect(regionOf(page.replace('嵊州市人民政府', '医药高新区(高港区)政务服务网'))?.name).toBe('高港区');
    // Not where a stated cue names the place: a headline naming a county (新昌县…) is the page's.
    expect(regionOf(page.replace('加快推进工业经济', '新昌县加快推进工业经济'))).toEqual({ name: '新昌县', cue: 'headline', basis: 'stated' });
  });

  it("rule county-branch: a city's body named with its branch in one of the city's counties speaks for that county (达拉特旗 2025)", () => {
    const news =
      '\n2月26日下午3点，在鄂尔多斯市交通运输综合行政执法支队达拉特旗大队二楼会议室，一场联席会议成功召开。会议由大队长主持，达拉特旗交通运输局参与。';
    expect(regionOf(news)).toEqual({ name: '达拉特旗', cue: 'headline', basis: 'stated' });
    expect(regionOf('鄂尔多斯市生态环境局达拉特旗分局\n关于开展检查的通知\n正文。')?.name).toBe('达拉特旗');
    // A county named after a body with no branch word (…支队赴达拉特旗检查) is not the body's.
    expect(regionOf('\n鄂尔多斯市交通运输综合行政执法支队达拉特旗检查，一场会议召开。')?.name).toBe('鄂尔多斯市');
  });

  it('inferred from the content, and marked so', () => {
    expect(regionOf('名单显示\n今年我省重点建设项目共196个，包括长沙高新区、株洲云龙示范区、衡阳白沙洲工业园项目。')).toEqual({
      name: '湖南省',
      cue: 'places-named',
      basis: 'inferred',
    });
  });
});

describe('the customary form of an autonomous county or prefecture', () => {
  it('is a name of its own, not the county inside it (肃南县 of 肃南裕固族自治县, not 南县 of 湖南; 恩施州)', () => {
    // 肃南 2022 (gssn.gov.cn): the issuer and signature write the county 肃南县.
    expect(regionOf('肃南县人民政府办公室\n关于印发促消费专项活动实施方案的通知\n各乡(镇)人民政府:\n')?.name).toBe('肃南裕固族自治县');
    expect(regionOf('恩施州人民政府办公室关于印发旅游业发展实施方案的通知\n各县市人民政府:\n')?.name).toBe('恩施土家族苗族自治州');
    // A county written in full keeps its own name (南县 of 益阳市).
    expect(regionOf('南县人民政府办公室\n关于印发工作方案的通知\n')?.name).toBe('南县');
  });

  it("of a wing banner is its people's first character, wing and rank (rule wing-banner-short-form: 察右后旗 2023)", () => {
    // 察右后旗 2023 (a listing site's copy): the occasion and the text write the banner only so.
    const report = '政 府 工 作 报 告\n\n  ——2023年1月15日在察右后旗第十六届\n\n  人民代表大会第二次会议上\n\n  旗长 张建宾\n\n  各位代表:\n';
    expect(regionOf(report)?.name).toBe('察哈尔右翼后旗');
    expect(regionOf('科左中旗人民政府办公室关于印发工作方案的通知\n各苏木镇人民政府:\n')?.name).toBe('科尔沁左翼中旗');
    // A banner without a wing keeps its stem as its short form (巴林左旗 → 巴林左), no wing form.
    expect(shortForms(gazetteer().byName.get('巴林左旗')![0])).toEqual(['巴林左']);
    expect(shortForms(gazetteer().byName.get('察哈尔右翼前旗')![0])).toContain('察右前旗');
  });
});

describe('a chain of division names', () => {
  it("narrows a collection site's province tag to the division its title names after the year (（湖南省）2020年新晃侗族自治县…: 新晃 2020)", () => {
    expect(regionOf('（湖南省）2020年新晃侗族自治县政府工作报告（全文）\n正文。')?.name).toBe('新晃侗族自治县');
    // A year between two untagged names joins nothing: the first is the issuer's.
    expect(regionOf('湖南省2020年长沙市工作方案\n正文。')?.name).toBe('湖南省');
  });

  it('narrows to the innermost division written together (深圳市盐田区人民政府 → 盐田区)', () => {
    expect(regionOf('深圳市盐田区人民政府\n关于支持发展的若干措施\n正文。')?.name).toBe('盐田区');
    expect(regionOf('金华市婺城区人民政府关于印发若干政策举措的通知\n正文。')?.name).toBe('婺城区');
    expect(regionOf('（湖北省）荆州市公安县国民经济和社会发展十四五规划（2022年更新）\n正文。')?.name).toBe('公安县');
    // Two names side by side that are not nested stay the first.
    expect(regionOf('关于支持四川省重庆市合作的实施意见\n正文。')?.name).toBe('四川省');
  });
});

describe('short forms of autonomous divisions (rule peoples-by-name, branch meta)', () => {
  it('keep a stem ending in a compass word, read by the names of the peoples (黔西南 2021, 西双版纳)', () => {
    expect(
      gazetteer()
        .entriesNamed('黔西南州')
        .map((entry) => entry.name),
    ).toEqual(['黔西南布依族苗族自治州']);
    expect(
      gazetteer()
        .entriesNamed('西双版纳')
        .map((entry) => entry.name),
    ).toEqual(['西双版纳傣族自治州']);
    expect(
      gazetteer()
        .entriesNamed('黔西')
        .map((entry) => entry.name),
    ).toEqual(['黔西市']);
    expect(
      gazetteer()
        .entriesNamed('张家川县')
        .map((entry) => entry.name),
    ).toEqual(['张家川回族自治县']);
    expect(
      gazetteer()
        .entriesNamed('鄂温克')
        .map((entry) => entry.name),
    ).toEqual(['鄂温克族自治旗']);
    // A people named without 族 closes the stem: 伊犁州, 巴音郭楞 (博尔塔拉 2024, 巴音郭楞 2022 name themselves in full).
    const named = (name: string) =>
      gazetteer()
        .entriesNamed(name)
        .map((entry) => entry.name);
    expect(named('伊犁州')).toEqual(['伊犁哈萨克自治州']);
    expect(named('巴音郭楞')).toEqual(['巴音郭楞蒙古自治州']);
    expect(regionOf('(贵州省)2021年黔西南州人民政府工作报告(全文)\n\n政府工作报告\n')).toMatchObject({ name: '黔西南布依族苗族自治州', cue: 'title' });
  });
});

describe('a page stored from the middle of a plan (rule bullet-no-headline, branch meta)', () => {
  it('takes no headline region from a first line opening with a bullet (宣州 2021: ——…深入贯彻安徽省…)', () => {
    const text =
      '——加工流通链条纵深延展。深入贯彻安徽省农产品加工业“五个一批”工程，加快布局特色农产品产地初加工。\n实施产业园区创建行动，全力推进宣州区现代农业产业园建设，全区推进。全力推进宣州区农产品加工。\n';
    expect(regionOf(text)).toMatchObject({ name: '宣州区', basis: 'inferred' });
  });

  it('reads no region from a postal address in a site contact block (rule street-address: 镇海 2012 on an association site)', () => {
    const zhenhai =
      '联系我们\n电话:\n0731-84420968\n地址:\n长沙市天心区融城路18号\n远航企业广场C座8楼\n关于提升发展开放型经济的实施细则\n为进一步扩大对外开放,根据区委区政府《关于促进全区经济发展的若干意见》文件精神,制定本实施细则。\n1.继续开展评选活动,对区属自营出口前十位的企业,分别授予镇海区“出口十强企业”荣誉称号。\n';
    expect(regionOf(zhenhai)?.name).toBe('镇海区');
    // A place written in a sentence, not an address, still names it.
    expect(regionOf('长沙市天心区促进消费若干措施\n正文。\n')?.name).toBe('天心区');
  });
});

describe('cues of the blind metadata round (branch meta, fourth sitting)', () => {
  it('takes the division whose delegation the opening says reviewed a report (rule delegation-review: 荣昌 2026, 巫溪 2023)', () => {
    const rongchang =
      '1月28日,市人大代表、区委书记万容在荣昌代表团审议市政府工作报告时指出,要把市长胡衡华参加荣昌代表团审议时提出的工作要求,与市政府工作报告各项部署一体推进、一体落实。\n万容指出,五年来,在市委、市政府坚强领导下,荣昌与全市发展同频共振。我们将抢抓成渝地区双城经济圈建设机遇,为现代化新重庆建设贡献荣昌力量,优化重庆都市圈环境。';
    expect(regionOf(rongchang)).toEqual({ name: '荣昌区', cue: 'delegation', basis: 'stated' });
    const wuxi =
      '1月13日下午,出席市六届人大一次会议的巫溪代表团认真审议了市政府工作报告。县人大常委会主任、代表团团长李先斌主持会议。\n与会代表纷纷表示,政府工作报告全面贯彻党的二十大精神,充分体现市第六次党代会要求,重庆经济发展客观需要。';
    expect(regionOf(wuxi)).toEqual({ name: '巫溪县', cue: 'delegation', basis: 'stated' });
  });

  it('takes the one county a page names where its text says 该县 (rule county-of-anaphor: 白水 2017, the county in the next item’s link)', () => {
    const baishui =
      '时间:2017-11-27 08:36 作者: 来源: 来源:渭南政法网\n据了解,该《办法》对自2017年起培育和新纳入“四上”企业的相关单位和企业统计人员进行奖励。根据《办法》,该县当年成功申报的规模以上工业企业,给予一次性奖励5万元。\n下一篇: 白水探索创新七大产业扶贫新模式';
    expect(regionOf(baishui)).toEqual({ name: '白水县', cue: 'county-of-anaphor', basis: 'inferred' });
    // Two counties named: no answer.
    expect(regionOf(baishui.replace('下一篇: 白水探索', '上一篇: 蒲城县召开会议\n下一篇: 白水探索'))).toBeNull();
  });

  it('takes the place of the government news account a page names, of the level its text speaks for (rule release-account: 始兴 2024)', () => {
    const shixing =
      '总投资10.46亿元 我县17个项目集中开工\n6月1日上午,2024年全市第二季度项目集中开工活动启动,我县在物流产业园项目现场设立分会场,县委书记华关、县长宋在军等县四套班子领导参加活动,翁源考察团观摩。\n关闭窗口 打印本页\n微信\n始兴发布\n';
    expect(regionOf(shixing)).toEqual({ name: '始兴县', cue: 'release-account', basis: 'inferred' });
    // A text speaking for no level, or an account of another level than the text's, names none.
    expect(regionOf('项目集中开工活动启动。\n微信\n始兴发布\n')).toBeNull();
    expect(regionOf(shixing.replace('始兴发布', '韶关发布'))?.cue).not.toBe('release-account');
  });
});

describe('the six regions missed on the last sitting’s blind pages (branch meta, fifth sitting)', () => {
  it('rule congress-abbreviated: a congress named short (X区二届人大二次会议) names its place, past a headline naming the city (坪山 2022)', () => {
    const pingshan =
      '深圳二屆人大二次會議開幕 部署2022政府工作\n2022-04-22 08:24:49 來源: 深圳商報\n4月21日,坪山區二屆人大二次會議開幕。區政府工作報告回顧了2021年工作,對2022年政府工作進行部署安排。\n報告指出,坪山區2021年實現了經濟發展穩中提質。全年地區生產總值達910.6億元、增長11.7%,固定資產投資總額達481.5億元、增長15.9%,兩項指標增速均排名全市第三。';
    expect(regionOf(pingshan)).toEqual({ name: '坪山区', cue: 'occasion', basis: 'stated' });
    // 省/市 alone before the session name no place (白银 2018: 在省十三届人大一次会议上).
    expect(regionOf('近日,在省十三届人大一次会议上,一份政府工作报告稳稳落入每一位省人大代表手中。')?.cue).not.toBe('occasion');
  });

  it('rule news-lead-subject: the division opening a news lead after its byline (祥云 2023, Traditional; 柞水 2018; 云龙 2025)', () => {
    const xiangyun =
      '642a5967-5e03-446e-9f62-8c992cae245ccopy.jpg)\n本報訊(通訊員 胡林果 陳治學 徐亞園 特約記者 陳應國) 祥云縣在省、州黨委、政府的重視支持下,全面吹響產業強縣三年行動號角,全力推進區域產業中心城市建設邁出堅實步伐,實現了經濟平穩增長,教育醫療、水利環保等社會民生事業不斷進步。\n該縣堅持調結構、促轉型,加快構建現代化產業體系。萬花溪中型水';
    expect(regionOf(xiangyun)).toEqual({ name: '祥云县', cue: 'news-lead', basis: 'stated' });
    expect(
      regionOf(
        '加快服务业发展扶持奖励办法出台\n本报讯(李德林)日前,柞水县出台加快服务业发展扶持奖励暂行办法,对在推动全县服务业发展中做出积极贡献的有关单位进行奖励。',
      ),
    ).toEqual({
      name: '柞水县',
      cue: 'news-lead',
      basis: 'stated',
    });
    // A division later in the sentence is no subject (近日,在徽县工业集中区…), nor 我市.
    expect(regionOf('本报讯(记者姚琴)近日,在徽县工业集中区的项目工地,园区十大重点项目开工仪式举行。')?.cue).not.toBe('news-lead');
    expect(regionOf('本报讯(记者马康勤)11月14日,我市举行第四批重点项目集中开工仪式。')?.cue).not.toBe('news-lead');
  });

  it('rule own-contribution: 作出X贡献 / 贡献X力量 names the text’s own place (漾濞 2023, named only so and in 把漾濞打造成…)', () => {
    const yangbi =
      '2023年政府工作总体要求是:坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻落实省委十一届三次全会、省“两会”、州委九届三次全会和县委十三届三次全会等精神,聚焦省委提出的“3815”战略,围绕“核桃产业振兴示范县、森林大理建设示范县”建设,主动融入大理“两城一区”,全面构建“一核两极多点”县域发展新格局,真正把漾濞打造成苍洱后花园,为全面建设社会主义现代化强国作出漾濞贡献。';
    expect(regionOf(yangbi)).toEqual({ name: '漾濞彝族自治县', cue: 'own-contribution', basis: 'inferred' });
    expect(regionOf('在新征程上贡献更多宁夏力量。')).toEqual({ name: '宁夏回族自治区', cue: 'own-contribution', basis: 'inferred' });
    // 作出新的更大贡献 names no place.
    expect(regionOf('为全面建设社会主义现代化国家作出新的更大贡献。')).toBeNull();
  });
});

describe('regions missed on the fifth sitting’s blind pages of other branches (branch meta)', () => {
  it('rule city-voice-over-county: a city paper’s headline names a county, the text speaks as the city (南充 2022, 营山县入选…)', () => {
    const nanchong =
      '首页 > 南充经济网 > 时政要闻 > 正文\n\n营山县入选四川省服务业强县(市、区)公示名单\n2022-04-13 14:54:14   来源:南充日报   \n\n  4月11日,记者从市商务局获悉,日前省商务厅发布四川省现代服务业集聚区、服务业强县(市、区)评审结果公示名单,营山县成功入选。此前顺庆区、南部县已成功申报,这标志着我市省级服务业强县(市、区)已达到3个。\n\n  近年来,我市始终把服务业发展放在重要位置。统计数据显示,南充市服务业增加值年均增长9.2%,跃升成为全市的首位产业。\n';
    expect(regionOf(nanchong)).toEqual({ name: '南充市', cue: 'city-voice', basis: 'inferred' });
    // The county's own words (全县, 该县) keep the headline's county.
    expect(regionOf(nanchong.replace('跃升成为全市的首位产业', '该县服务业跃升成为全县的首位产业'))?.name).toBe('营山县');
  });

  it('rule cited-number: a number after a title in 《》 is the cited document’s, not the region’s cue (大田 2023)', () => {
    const datian =
      'Hi,欢迎来到惠企政策信息统一发布平台! 免费注册\n政策码上看\n\n大田县人民政府办公室关于促进 2023 年一季度经济“开门稳”若干措施的通知\n\n发布日期:2023-01-30 作者:- 来源:大田县人民政府办公室 505 1\n\n为深入贯彻党的二十大精神,根据《福\n\n建省发展和改革委员会印发关于做好 2023 年一季度经济工作若\n\n干措施的通知》(闽发改综合〔2023〕1 号)、《三明市人民政\n\n府办公室关于促进 2023 年一季度经济“开门稳”若干措施的通\n\n知》(明政办发明电〔2023〕2 号)精神,结合我县实际,制定\n';
    expect(regionOf(datian)).toEqual({ name: '大田县', cue: 'issuer', basis: 'stated' });
  });
});

describe('regions of a blind round of 23 unseen pages (branch meta, sitting of 8 December)', () => {
  it('rule generic-name-after-holder: 城区 written right after its city names that district; alone it names none (汕尾城区 2024)', () => {
    const chengqu =
      '汕尾市城区2024年政府工作报告\n2024-03-21 10:38 来源: 本网 发布机构: 城区政府网站管理中心\n  ——2024年3月20日  在汕尾市城区第九届\n  人民代表大会第四次会议上\n各位代表:\n';
    expect(regionOf(chengqu)).toEqual({ name: '城区', cue: 'title', basis: 'stated' });
    // 汕尾城区 (the short form before it) and 城区 alone name the city at most.
    expect(regionOf('汕尾市人民政府\n提高汕尾城区在汕尾市的首位度,城区空气质量持续改善。\n')?.name).toBe('汕尾市');
  });

  it('rule visiting-delegation: the division whose delegation comes to visit is the guest, the host read from the rest (浠水, 商洛 2014)', () => {
    const xishui =
      '麻城党政代表团来我县考察交流\n\n2月17日至18日,麻城市委书记汪国兵,市委副书记、市长裴永波率党政代表团来我县考察交流。县委书记付宇,县委副书记、县长陈正红等陪同考察。\n\n付宇代表县委县政府对麻城市党政代表团一行表示热烈欢迎。他说,麻城市是全市高质量发展的排头兵,是我县学习的标杆。\n\n汪国兵说,在浠水一路走来一路看,浠水在重大项目推进上的理念和做法值得麻城学习借鉴。\n';
    expect(regionOf(xishui)).toEqual({ name: '浠水县', cue: 'content', basis: 'inferred' });
    const shangluo =
      '首页  »  新闻频道  »  时事综合\n\n汉中市政府代表团来商考察\n\n2014-05-12 10:42:06\n\n  商洛日报讯 (记者 陈 静)5月9日,汉中市委副书记、市长王建军率政府代表团来商洛参观考察。市委书记胡润泽主持召开座谈会。\n  陈俊介绍了我市社会经济发展情况。她说,近年来,商洛致力于打造关天经济区次核心城市,以建设幸福商洛为目标。这次汉中市政府代表团来商考察,为商洛提供了一次难得的学习机会。\n';
    expect(regionOf(shangluo)).toEqual({ name: '商洛市', cue: 'content', basis: 'inferred' });
    // A delegation that goes out (赴) is the page's own.
    expect(regionOf('商洛市政府代表团赴汉中考察\n\n商洛日报讯 5月9日,我市代表团赴汉中考察。\n')?.name).toBe('商洛市');
  });
});

describe('regions missed on other branches’ blind pages of 8 December (branch meta)', () => {
  it('rule newsflash-place: 本报X讯 and X人民政府网讯 name the page’s place; 工业园区 alone names no division (海东 2020, 吴川 2021)', () => {
    const haidong =
      '海东工业园区 意向签约 160亿元\n本报海东讯 (记者 赵睿) 7月21日,记者从海东工业园区管理委员会获悉,园区已落实“青洽会”意向签约项目7项,意向签约额160亿元。\n';
    expect(regionOf(haidong)).toEqual({ name: '海东市', cue: 'newsflash', basis: 'stated' });
    const wuchuan =
      '首頁 > 要聞動態 > 政務要聞\n\n我市召開第二季度重點項目開工、竣工工作推進會\n\n時間:2021-05-19 16:19:13 來源:市融媒體中心\n\n  吳川市人民政府網訊  5月18日,我市召開2021年第二季度重點項目開工、竣工工作推進會。會議要求,全市上下要對標湛江市的部署,市委、市政府…\n';
    expect(regionOf(wuchuan)).toEqual({ name: '吴川市', cue: 'newsflash', basis: 'stated' });
  });

  it('rule chain-into-citation: a province right before the plan it cites names the division opening the plan’s title (海盐 2011)', () => {
    const haiyan = '日前,浙江省《海盐县纺织服装产业发展规划(2011~2015年)》经过专家组评审一致通过,海盐纺织服装产业经过转型升级,到2015年要实现产值120亿元。\n';
    expect(regionOf(haiyan)).toMatchObject({ name: '海盐县', cue: 'headline' });
    // A province citing a document of its own stays the province.
    expect(regionOf('日前,浙江省《关于加快服务业发展的若干意见》正式印发。\n')?.name).toBe('浙江省');
  });

  it('rule county-voice-under-city: an opening naming the city’s event, the text speaking as the one county it names (英山)', () => {
    const yingshan =
      '30日,黄冈市重大项目集中开工英山分会场活动在县创业大道长安建筑工业化产业园举行,陈武斌、田洪光参加活动。\n上午九点三十分,县委书记陈武斌宣布我县一季度重大项目集中开工活动启动。\n县长田洪光代表县委、县政府向项目的隆重开工表示热烈祝贺。\n';
    expect(regionOf(yingshan)).toEqual({ name: '英山县', cue: 'county-voice', basis: 'inferred' });
  });

  it('rule visiting-delegation, going out: the places the page’s delegation visits (赴…考察) are not the page’s (沂水)', () => {
    const yishui =
      '齐鲁网·闪电新闻12月24日讯 12月20日,县政协主席郭忠友带领党政考察团赴兰山区、罗庄区、兰陵县、临沭县、沂河新区、河东区考察学习,县领导李晓冬等参加。\n大家表示,将认真学习兄弟县区的先进经验做法,结合沂水实际将优秀做法加以应用。\n';
    expect(regionOf(yishui)).toEqual({ name: '沂水县', cue: 'local-conditions', basis: 'stated' });
  });

  it('rule own-after-superiors: the last of the governments a text follows top down is its own (瑞金 2022)', () => {
    const ruijin =
      '微信扫一扫\n今年是党的二十大召开之年\n今年政府工作的总体要求是:持续深入贯彻习近平总书记视察江西和赣州重要讲话精神,按照省、赣州市、瑞金市党代会部署要求,坚持稳字当头、稳中求进。全市上下要…赣州市…赣州市\n';
    expect(regionOf(ruijin)).toEqual({ name: '瑞金市', cue: 'own-after-superiors', basis: 'stated' });
    // A list of places side by side (none inside the one before) names no own.
    expect(regionOf('按照赣州市、吉安市委部署,全市上下…')?.cue).not.toBe('own-after-superiors');
  });

  it('reads no 成县 inside 完成县…, no 范县 inside 模范县, no 康县 inside 健康县 (澜沧 2025, 固安 2025, 同心 2023)', () => {
    const lancang =
      '奖励政策\n普洱市澜沧县"专精特新"奖励政策:澜沧县2025年推动经济稳进提质政策措施\n澜沧县2025年推动经济稳进提质政策措施\n为深入贯彻落实中央、省委、市委和县委经济工作会议精神,推动澜沧经济高质量发展,全面完成县第十六届人民代表大会第四次会议确定的目标任务,进一步推动全县经济稳进提质。\n';
    expect(regionOf(lancang)?.name).not.toBe('成县');
    expect(gazetteer().findNames('健身模范县').length).toBeGreaterThan(0);
  });
});

describe('cues of the sectors rounds’ pages (lead, sitting 2026-12-08)', () => {
  it('takes the one division written in full as the subject of what will be done, twice or more (rule subject-of-plans: 平坝 2025)', () => {
    const pingba =
      '政府工作报告,站位高、理念新、内容详、亮点多、数据实,部署2025年工作方向明确、举措精准,为下一步工作指明了方向,增强了信心。\n今年,平坝区将围绕“两城三基地”战略目标和发展方向,以大抓产业大抓项目大抓招商为主抓手,着力在以下几个方面做好工作部署。\n第一,主攻工业,平坝区作为全市传统的工业聚集区,将在航空产业装备、管道管材、特色轻工、特色医药等领域精耕细作。\n第二,在农业产业方面,平坝区将凭借得天独厚的区位优势,东接贵阳,西接安顺主城区,大力发展特色蔬菜。';
    expect(regionOf(pingba)).toEqual({ name: '平坝区', cue: 'subject-of-plans', basis: 'inferred' });
    // Once is no subject of the text; two divisions each the subject of a plan name none.
    expect(regionOf(pingba.replace('平坝区将凭借', '将凭借'))?.cue).not.toBe('subject-of-plans');
    expect(regionOf(pingba.replace('平坝区将凭借', '西秀区将凭借'))?.cue).not.toBe('subject-of-plans');
  });
});

describe('a county’s delegates at its city’s congress (rules delegation-review extended and delegate-office, branch meta)', () => {
  it('reads 参加X代表团审议 and X代表团在审议, a county since made a city by its stem, and a delegate’s office (高州 2005, 嫩江 2015, 武陵源 2020, 雁山 2023)', () => {
    const gaozhou =
      '2005年03月04日 来源:茂名晚报 作者: \n0 收藏 打印 增大字体 减小字体\n\n  昨天下午,市委书记、市人大常委会主任周镇宏在参加高州代表团审议政府工作报告时强调:要加大招商引资力度。我市积极实施…\n';
    expect(regionOf(gaozhou)).toEqual({ name: '高州市', cue: 'delegation', basis: 'stated' });
    const nenjiang =
      '东北网黑河02月06日讯 新形势催生新动力。2月5日,参加市五届人大四次会议的嫩江县代表团在审议政府工作报告时认为,报告结合黑河发展实际,提振了全市奋发进取的精气神儿。\n';
    expect(regionOf(nenjiang)).toEqual({ name: '嫩江市', cue: 'delegation', basis: 'stated' });
    const yanshan = '□本报记者陈娟 文/摄\n“政府工作报告为我市经济社会发展明晰了方向。”市人大代表、雁山区委书记李强表示,雁山区将认真贯彻此次会议精神。\n';
    expect(regionOf(yanshan)).toMatchObject({ name: '雁山区', basis: 'stated' });
  });
});
