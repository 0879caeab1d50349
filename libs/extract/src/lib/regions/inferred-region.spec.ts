import { gazetteer } from './gazetteer';
import { inferRegionFromContent, scopeLevel } from './inferred-region';

const inferred = (text: string) => {
  const found = inferRegionFromContent(text);
  return found ? { name: found.entry.name, cue: found.cue, quote: text.slice(found.span.start, found.span.end) } : null;
};

describe('the level a text speaks for', () => {
  it('from 全省/我市/州委 and departments named by level', () => {
    expect(scopeLevel('全省推进。我省落实。')).toBe('province');
    expect(scopeLevel('牵头单位：市发改委、市商务局')).toBe('city');
    expect(scopeLevel('州委、全州上下')).toBe('city');
    expect(scopeLevel('没有层级的话')).toBeNull();
  });

  it("the lowest level used twice: a city's report speaks of 省委、省政府 and 全省前列 too", () => {
    expect(scopeLevel('在省委、省政府的坚强领导下，全州上下、州委带领，指标保持在全省前列。')).toBe('city');
  });

  it('a bureau named by its field is no level: 市场监管局, 市政局 (市市场监管局 is)', () => {
    expect(scopeLevel('城管局\n市政局、相关街道\n市场监管局、商务局')).toBeNull();
    expect(scopeLevel('牵头单位：市市场监管局、市政务服务局')).toBe('city');
  });

  it("a district's words (区政府, 全区) where no other level's are used, never in an autonomous region's text", () => {
    expect(scopeLevel('2023年区政府重点民生实事项目推进情况')).toBe('county');
    expect(scopeLevel('全区经济增长，全市同步，我市推进')).toBe('city');
    expect(scopeLevel('自治区政府部署，全区推进')).toBeNull();
  });

  it("a district's own departments opening a clause (区发改局) speak for a county-level district, beside a city's branch (咸安 2023)", () => {
    expect(scopeLevel('（责任领导:某某;牵头单位:区发改局）（牵头单位:区财政局;责任单位:市生态环境局咸安分局）')).toBe('county');
  });

  it('not words about governments below or beside it (各市政府, 市县政府)', () => {
    expect(scopeLevel('全省推进，各市政府、各市政府、市县政府要落实。')).toBe('province');
  });
});

describe('a region inferred from the content', () => {
  it('the division of its level the text names most often', () => {
    expect(inferred('全市推进。全市落实。全市发展。支持许昌商务区。许昌中心。许昌市场。郑州合作。')).toEqual({ name: '许昌市', cue: 'content', quote: '许昌' });
  });

  it('twice is enough when no other division of that level is named', () => {
    expect(inferred('信息来源：丽水市政府\n一、全市经济社会发展主要预期目标\n丽水开发区')?.name).toBe('丽水市');
    expect(inferred('信息来源：丽水市政府\n全市目标。温州市合作。温州投资。丽水开发区')).toBeNull();
    // Where 温州 is written short only, 丽水市 is the one city written in full (rule only-one-in-full).
    expect(inferred('信息来源：丽水市政府\n全市目标。温州合作。温州投资。丽水开发区')).toMatchObject({ name: '丽水市', cue: 'only-one-in-full' });
  });

  it('twice is enough when no other division of that level is named as often as half (赤峰 2025 report)', () => {
    const review = '在市委带领下，全市经济社会发展迈出了新步伐。赤峰国际陆港至天津港、大连港班列和赤峰至莫斯科的运输成功开行，全市第二个院士工作站建成。';
    expect(inferred(review)?.name).toBe('赤峰市');
    expect(inferred('在市委带领下，全市发展。赤峰陆港至大连港、大连港和赤峰站。')).toBeNull();
  });

  it('in news without scope words: a province or city named 3 times and twice as often as any other', () => {
    const news = '广西财政厅介绍，倾力支持桂林世界级旅游城市建设，下达桂林市转移支付，支持桂林市交通，桂林至柳州段。';
    expect(inferred(news)?.name).toBe('桂林市');
  });

  it('the division holding every place named one level below (我省 … 长沙, 株洲, 衡阳)', () => {
    expect(inferred('今年我省重点项目包括长沙高新区、株洲云龙示范区和衡阳白沙洲工业园。')).toEqual({ name: '湖南省', cue: 'places-named', quote: '长沙' });
    // Places in two provinces hold no single answer.
    expect(inferred('今年我省重点项目包括长沙高新区和成都天府新区。')).toBeNull();
  });

  it('not from county short forms that are common words (共同富裕: 富裕县), nor 和县 in 和县委 (龙游 2025)', () => {
    const report =
      '2025年是龙游加快建设的关键之年。在县委的坚强领导下，按照市委和县委部署，建设共同富裕示范区，在建设共同富裕示范区上当龙头。全县生产总值增长7%。亮明“龙游的态度”。全县上下。';
    expect(inferred(report)).toEqual({ name: '龙游县', cue: 'content', quote: '龙游' });
  });

  it("a district's table: the one district named, if only inside a unit's name (崇川 2023: 区政府 … 崇川经济开发区)", () => {
    const table = '2023年区政府重点民生实事项目推进情况\n牵头 单位 |\n城管局 |\n市政局、环卫处、崇川经济开发区、各街道 |\n城管局 |\n崇川经济开发区、相关街道 |';
    expect(inferred(table)).toEqual({ name: '崇川区', cue: 'content', quote: '崇川' });
  });

  it('the one division of its level a county text names, named once where two scope words say the level (泽州 2023)', () => {
    expect(inferred('2022年，是泽州发展历程中极不平凡的一年。在市委、县委的坚强领导下，全县上下团结奋斗。')?.name).toBe('泽州县');
    expect(inferred('2022年，是泽州发展历程中极不平凡的一年。全县上下团结奋斗。')).toBeNull();
  });

  it('a word for one whole province (全疆), never 安全 or 完全', () => {
    expect(inferred('全疆粮食播种面积4440万亩。')).toEqual({ name: '新疆维吾尔自治区', cue: 'province-wide', quote: '全疆' });
    expect(inferred('保障安全川流不息，完全藏于山中。')).toBeNull();
  });

  it('a name counts for the one division of the level that it names (朝阳: a city; districts of 北京 and 长春, a county)', () => {
    expect(inferred('全市推进。朝阳发展。朝阳建设。朝阳规划。')?.name).toBe('朝阳市');
    expect(inferred('全县推进。全县落实。朝阳发展。朝阳建设。朝阳规划。')).toBeNull();
  });
});

describe("a city's old or new quarter", () => {
  it('names no district: 老城厢, 老城区改造, 新城建设 (钟楼 2021: …“钟楼”…老城厢道路整治 is no page of 洛阳市老城区)', () => {
    expect(inferred('全区推进。区住建局牵头。推进大庙弄核心区改造及三堡街、北大街等老城厢道路整治。老城区改造。')?.name).not.toBe('老城区');
    expect(inferred('推进老城区改造，加快新城建设。老城区街巷整治。')).toBeNull();
  });
});

describe("a town's quarter", () => {
  it('names no district: 城西高中, 城西教育网点 (town-quarter-word, 吉水 民生实事: no page of 西宁市城西区); 城西区 in full does', () => {
    const jishui =
      '完成吉水二中迁建项目，增加义务教育学位5000个，启动城西教育网点规划布局，做好城西高中建设开工前期工作。吉水二中完成建设，城西高中已启动前期工作。全县公办幼儿园在园人数占比达到50%。';
    expect(inferred(jishui)?.name).not.toBe('城西区');
    expect(inferred('全区推进。城西区发展。城西区建设。城西区规划。')?.name).toBe('城西区');
  });
});

describe('words that hold a county name', () => {
  it('a demonstration county names no 范县 (临颍 2020: 创建全国“四好农村路”示范县, 来源:临颍网)', () => {
    const news = '来源:临颍网\n县长主持召开“四好农村路”全国示范县创建工作推进会。确保今年成功创建全国“四好农村路”示范县。';
    expect(inferred(news)?.name).not.toBe('范县');
    expect(inferred('全县推进，全县落实。范县推进。范县发展。')?.name).toBe('范县');
  });

  it('the verb 会同 names no 会同县 (会昌 2023: 县发改委要会同县督查落实办对相关工作进行督导)', () => {
    expect(inferred('县发改委要会同县督查落实办对相关工作进行督导。县发改委牵头，会同县财政局落实。')).toBeNull();
    expect(inferred('全县推进，全县落实。会同县推进。会同县发展。')?.name).toBe('会同县');
  });
});

describe('a name several divisions bear', () => {
  it('stands for the one inside a division the text names (通州 2024: 南通市 and 通州区, not 北京市通州区)', () => {
    const text =
      '关于《加快推动通州区2024年现代服务业高质量发展的实施意见》的政策解读\n来源: 通州区发展和改革委员会\n近日，通州区人民政府办公室印发了《实施意见》。根据区委、区政府的工作要求，结合3月26日印发的《南通市2024年加快推进现代服务业高质量发展的实施意见》，制定本实施意见。';
    expect(inferred(text)).toMatchObject({ name: '通州区', cue: 'content' });
    expect(inferRegionFromContent(text)?.entry.parentCode).toBe(gazetteer().byName.get('南通市')?.[0].code);
  });
});

describe('banners, leagues and the country name (branch tasks, sixth session)', () => {
  it('a banner (旗) speaks at the level of a county and a league (盟) at the level of a city', () => {
    expect(scopeLevel('综合研判我旗经济社会发展面临的新形势,建议全旗经济社会发展主要预期目标确定为:')).toBe('county');
    expect(scopeLevel('全盟经济工作会议,盟委部署')).toBe('city');
  });

  it('names no place inside the country name (rule nation-name: 中华人民共和国 holds 共和, 共和县)', () => {
    const text =
      '2024年是中华人民共和国成立75周年。认真落实旗委全会暨全旗经济工作会议部署,奋力开创现代化新巴尔虎左旗建设崭新局面。我旗经济社会发展主要预期目标确定为:地区生产总值增长6.5%左右。';
    expect(inferred(text)).toMatchObject({ name: '新巴尔虎左旗', cue: 'content' });
  });
});

describe('a county named only inside a word (rule county-in-named-city, branch meta)', () => {
  it('is the one county the text names inside a city it names, where it speaks of a county body of its own (略阳 2019)', () => {
    const table =
      '推进县文化馆、图书馆总分馆制建设。\n完成县级应急广播系统(二期)建设。\n完善西淮坝油菜观花线路观景平台及配套服务设施建设,精心策划2019年汉中油菜花海略阳观花活动。\n新建、改建旅游厕所6 座。';
    expect(inferred(table)).toEqual({ name: '略阳县', cue: 'county-in-named-city', quote: '略阳' });
  });

  it('is no county without county bodies of its own, with none inside a named city, or with two', () => {
    // A city's text may name one of its counties in passing.
    expect(inferred('精心策划2019年汉中油菜花海略阳观花活动。')).toBeNull();
    // 完成县级… holds 成县 (陇南), whose city the text does not name.
    expect(inferred('推进县文化馆建设。完成县级应急广播系统建设。')).toBeNull();
    // A range's floor (县级以上人民政府) is no body of the text's own.
    expect(inferred('县级以上人民政府负责。县级以上人民政府落实。汉中油菜花海略阳观花活动。')).toBeNull();
    expect(inferred('推进县文化馆建设。完成县级广播建设。汉中略阳观花活动、城固油菜花节。')).toBeNull();
  });
});

describe('the scope words of a prefecture and of a government named in full', () => {
  it("a prefecture (地区) speaks at a city's level by 地委 and 行政公署 (塔城 2019), not inside 基地委托", () => {
    const news =
      '地区住房和城乡建设工作会议召开，地委委员、行政公署副专员参加会议。会议指出，在自治区党委和地委行政公署的坚强领导下，为建设和谐生态宜居塔城贡献力量，建设宜居塔城。';
    expect(scopeLevel(news)).toBe('city');
    expect(inferred(news)).toMatchObject({ name: '塔城地区', cue: 'content' });
    expect(scopeLevel('示范基地委托第三方评估。')).toBeNull();
  });

  it('州人民政府各部门 speaks for a prefecture (伊犁 2006); 各州、市人民政府 for the governments below', () => {
    const notice =
      '自治州直属各县市人民政府，州人民政府各部门：《伊犁哈萨克自治州州直国民经济和社会发展第十一个五年规划纲要》是指导“十一五”时期各项事业发展的纲领性文件。';
    expect(scopeLevel(notice)).toBe('city');
    expect(inferred(notice)).toMatchObject({ name: '伊犁哈萨克自治州' });
    expect(scopeLevel('各州、市、县、区人民政府，省直各委、办、厅、局：进一步促进全省经济发展。各州、市人民政府要落实。')).toBe('province');
  });
});

describe('a tie of scope words (rule tie-to-lower-level)', () => {
  it("goes to the lower level: a county's text ranks itself in its province (高县 2022)", () => {
    expect(scopeLevel('全县地区生产总值达350亿元以上。建设全省优质茧生产基地。')).toBe('county');
    expect(scopeLevel('全省推进。全省落实。全县跟进。')).toBe('province');
  });
});

describe('the one division of its level a text writes in full (rule only-one-in-full)', () => {
  const report = '全县地区生产总值达350亿元以上。建设全省优质茧生产基地，力争将高县建成西部一流的茶叶集散贸易中心，推进资源化利用。';

  it('is the region where no other of that level is written in full (高县 2022: 茶叶集 and 资源 are short forms inside words)', () => {
    expect(inferred(report)).toEqual({ name: '高县', cue: 'only-one-in-full', quote: '高县' });
  });

  it('is none with two written in full, or without any scope word', () => {
    expect(inferred(report.replace('。建设', '，学习长兴县经验。建设'))).toBeNull();
    expect(inferred('力争将高县建成西部一流的茶叶集散贸易中心。')).toBeNull();
  });
});

describe('a county named most in a text without scope words (rule county-named-most)', () => {
  const excerpt = '力争年内完成中西部数据中心4000台机柜的设备采购安装。打造如金水上乐园新品牌。启动交城山森林康养；继续举办“山水交城、康养一夏”系列文旅活动。';

  it('is a county named twice and twice as often as any other division (交城 2021)', () => {
    expect(inferred(excerpt)).toEqual({ name: '交城县', cue: 'county-named-most', quote: '交城' });
  });

  it('is none when named once, when another is named as often, or where the text has scope words', () => {
    expect(inferred(excerpt.replace('“山水交城、', '“山水'))).toBeNull();
    expect(inferred(excerpt + '赴文水、文水学习。')).toBeNull();
    expect(inferred(excerpt + '全市推进，我市落实。')).toBeNull();
  });
});

describe('a scope word that is also a county short form (rule scope-word-not-county, branch meta)', () => {
  it('全州 (the whole prefecture) names no 全州县: a county text naming its own county once is that county (姚安 2023)', () => {
    const text =
      '为认真贯彻落实州人民政府安排,切实抓好2023年全县烟叶工作。全县烟叶收购等级结构达到全州平均水平。各乡镇人民政府要严格贯彻落实好《姚安县人民政府办公室关于加强基本烟田规划和保护利用工作的通知》要求,推进全县烟叶生产。';
    expect(inferred(text)).toMatchObject({ name: '姚安县', cue: 'content' });
    expect(inferred('全县推进,全县落实。全州县推进。全州县发展。')?.name).toBe('全州县');
  });
});

describe("a district's own words used most (rule district-words-dominate)", () => {
  // 尖山区 2022, a district portal's reading of its draft work report.
  const reading =
    '深入学习党的二十大精神，中央经济工作会议及近期省委省政府、委市政府相关重要会议精神，与区委十一届四次全会报告进行全面对接。起草过程中，王区长带领分管战线副区长…区政府办将报告草稿、征求意见稿先后六次向区委区政府领导、区属各部门负责人征求意见建议。各项工作安排符合尖山区发展实际和区情实际。主要从发展质量稳步提升…六个方面对区政府工作进行全面总结。同时，对尖山区经济社会发展和区政府工作存在问题进行总结。';

  it('speak for the district though the text names its superiors as a pair (省委省政府)', () => {
    expect(scopeLevel(reading)).toBe('county');
    expect(inferred(reading)).toEqual({ name: '尖山区', cue: 'content', quote: '尖山区' });
  });

  it('do not outweigh another level used as often, nor speak where the text names an autonomous region (全区 of 广西)', () => {
    expect(scopeLevel('全省推进，全省落实，省委部署，省政府安排。区委、区政府跟进，全区落实。')).toBe('province');
    expect(scopeLevel('自治区党委部署。区委、区政府跟进，全区落实，区长调度。全市推进，全市落实。')).toBe('city');
  });
});

describe('served-place', () => {
  it('a division named as what the text serves or docks with is not the text’s place (定州 2017: 服务雄安新区建设)', () => {
    const text = '我市15个重点项目集中开工。开发区要精准对接京津、服务雄安新区建设，推动传统产业转型升级。全市开工重点项目94个。';
    expect(inferred(text)?.name).not.toBe('雄安新区');
  });
});

describe('a county-level city (rule county-level-city, branch meta)', () => {
  const dingzhou =
    '我市15个重点项目集中开工 王东群宣布项目开工陈业鹏主持\n本报讯(记者马康勤)11月14日,我市举行第四批重点项目集中开工仪式。市委书记、市人大常委会主任王东群宣布项目集中开工。\n市长陈业鹏主持开工仪式。他指出,今年我市要举办四批重点项目集中开工活动,必将为实施“12239”工程、建设经济强市美丽定州提供有力支撑。开发区要精准对接京津、服务雄安新区建设。';

  it('speaks as a city (我市, 市委书记, 市长) though the gazetteer lists it among counties (定州 2017)', () => {
    expect(inferred(dingzhou)).toEqual({ name: '定州市', cue: 'county-level-city', quote: '定州' });
  });

  it('is none in a prefecture’s text naming the counties below it (吉林市 2021: 各县(市)区, 舒兰市 in passing), or naming two', () => {
    const jilin = '(责任单位:市农业农村局,各县(市)区人民政府、开发区管委会)推动舒兰市肉牛产业发展。全市落实,市政府督办。';
    expect(inferred(jilin)?.name).not.toBe('舒兰市');
    expect(inferred(`${dingzhou}借鉴义乌市经验。`)?.cue).not.toBe('county-level-city');
  });
});

describe('a government’s direct units (rule direct-units, branch meta)', () => {
  it('市直各单位, 县直机关, 省直有关部门 speak at their level; 省直管县 does not', () => {
    expect(scopeLevel('市直各单位、各区县市负责。市直相关单位、高新区配合。')).toBe('city');
    expect(scopeLevel('县直机关、县直各单位负责。')).toBe('county');
    expect(scopeLevel('深化省直管县改革。推进省直管县财政改革。')).toBeNull();
  });

  it("a city's task table naming one district in many cells is the city's (长沙's 目标任务责任分解表: 岳麓区, 长沙先导区)", () => {
    const changsha =
      '| 市直各单位、各区县市\n|\n长沙\n先导\n区管委会\n| 推进河西商业配套建设\n| 商务局、高新区、岳麓区\n|\n实施先导区新三年行动计划\n| 市直相关单位、高新区、岳麓区、望城区\n|\n继续开展岳麓山景区综合整治\n| 环保局、城投集团、岳麓区和市直相关单位\n|\n| 岳麓区\n|\n长沙先导区管委会、岳麓区\n';
    expect(inferred(changsha)).toMatchObject({ name: '长沙市', cue: 'content' });
  });
});

describe('a rank in the superior division (rule rank-in-superior, branch meta)', () => {
  it('全省 before a rank is no scope word: a city’s record ranked in its province speaks as the city (淄博 2026)', () => {
    const zibo =
      '过去五年干了啥\n●预计全市地区生产总值突破5000亿元大关,年均增长约6%\n●国家级单项冠军企业29家、居全省第2位\n●积极融入黄河重大国家战略、济南都市圈发展布局\n●新增上市公司12家,A股上市公司数量列全省第4位\n●临淄齐国古城、胶济铁路(淄博段)列入中国世界文化遗产预备名单\n●周村古商城获批国家5A级景区\n●由2020年的全省第13位上升至第2位\n●深入推进“五个淄博”建设\n●淄博陶瓷琉璃\n';
    expect(scopeLevel(zibo)).toBe('city');
    expect(inferred(zibo)).toMatchObject({ name: '淄博市' });
    expect(scopeLevel('全省推进，全省落实，排名全市第三。')).toBe('province');
  });
});

describe('the holder of the places a text names (rule most-places-named, branch meta, sitting of 8 December)', () => {
  it('holds three places or more where no other holds more than one: a city’s report naming its counties (黄冈 2022)', () => {
    const huanggang =
      '现在,我代表市人民政府向大会报告工作。在市委坚强领导下,较好完成市五届人大一次会议确定的目标任务。“加快振兴崛起,决胜全面小康”取得丰硕成果。罗田获评国家生态文明建设示范区。蕲艾、大别山黑山羊入选全国特色农产品区域公用品牌百强,麻城福白菊、黄梅挑花、英山云雾茶入选中欧地标互认名单。英山成功创建国家全域旅游示范区。';
    expect(inferred(huanggang)).toMatchObject({ name: '黄冈市', cue: 'places-named' });
    // Two places of one holder beside one of another hold no answer.
    expect(inferred('我代表市人民政府向大会报告工作。在市委坚强领导下,罗田、英山和黑山各有进步。')?.cue).not.toBe('places-named');
  });
});

describe('regions of other branches’ blind pages of 8 December (branch meta)', () => {
  it('rule autonomous-region-departments: 自治区商务厅 speaks at a province’s level; its party and government offices in a citation do not (西藏 2021)', () => {
    const xizang =
      '10月9日,以“乐享消费 美好生活”为主题的消费促进活动启动仪式在拉萨举行。拉萨、昌都、林芝等6地(市)同步举行启动仪式。此次消费促进活动是由自治区商务厅与中国邮政集团有限公司西藏自治区分公司牵头,拉萨、昌都、林芝等6地(市)商务部门共同举办。';
    expect(scopeLevel(xizang)).toBe('province');
    expect(inferred(xizang)).toMatchObject({ name: '西藏自治区', cue: 'places-named' });
    expect(scopeLevel('根据《内蒙古自治区党委办公厅、自治区人民政府办公厅关于…的通知》')).toBeNull();
  });

  it('rule only-county-in-full: an excerpt with no scope words naming one division only, a county in full, is that county’s (宝应)', () => {
    const baoying = '——健康投入更可持续。居民个人卫生支出占卫生总费用的比重降低到23%以下。\n宝应县“十四五”卫生健康主要发展指标\n';
    expect(inferred(baoying)).toMatchObject({ name: '宝应县', cue: 'only-one-in-full', quote: '宝应县' });
    // Another division named, even short (下马关 beside 同心县: 同心 2023, left unread), or a full name of two characters: none.
    expect(inferred('中医院门诊楼建成投运,下马关分院加快建设;举办同心县第四届运动会。')).toBeNull();
    expect(inferred('举办同心县运动会,学习宝应县经验。')).toBeNull();
  });
});
