import { headingUndertakings } from './heading-undertakings';
import { namedUndertakings, type UndertakingRuleName } from './undertaking-rules';

const names = (sentence: string): string[] => namedUndertakings(sentence).map((found) => found.name);
const rules = (sentence: string): Array<[string, UndertakingRuleName]> => namedUndertakings(sentence).map((found) => [found.name, found.rule]);

describe('undertaking rules (one convention each, examples from real plans and work reports)', () => {
  it('programme-after-verb: 实施/开展/落实/对接/加快…工程, 行动, 计划, 项目, 试点', () => {
    expect(names('深入开展提振消费专项行动，实施城乡居民增收计划，提高消费能力。')).toEqual(['提振消费专项行动', '城乡居民增收计划']);
    expect(names('深度对接国家新一轮重点产业链高质量发展行动，优化培育机制。')).toEqual(['国家新一轮重点产业链高质量发展行动']);
    expect(names('深入实施企业挂牌上市“玉如意计划”和贷款畅通工程，更好打通金融血脉。')).toEqual(['企业挂牌上市“玉如意计划”', '贷款畅通工程']);
    expect(names('支持郑州创建国家“两业”融合试点。')).toEqual(['国家“两业”融合试点']);
  });

  it('duty-verb-opening: a name opening with a verb of duty, or with a conjunction joining a second verb, is a verb phrase (襄城 2022, 盐城 2024); 并 and 完善 before a named work are no part of it', () => {
    expect(names('谋划襄城农业“3518”工程，抓好省级农业产业园建设，创建国家“大豆制种大县”。')).toEqual(['襄城农业“3518”工程']);
    expect(names('加快建设和改造提升绿色蔬菜保供基地，蔬菜播种面积稳定在400万亩以上。')).toEqual([]);
    expect(names('大力发展“平台+交易”，建成并完善南亚东南亚大宗商品跨境交易平台。')).toEqual(['南亚东南亚大宗商品跨境交易平台']);
  });

  it('counted-quoted-kind and class-of-projects: a count before a quoted name, and …类项目, name kinds of works (蔡甸 2023, 城厢 2022)', () => {
    expect(names('完成知音城配建幼儿园等19个“公益普惠性幼儿园新改扩建”项目，增加幼儿学位3330个。')).toEqual([]);
    expect(names('在推进教育类项目建设中，城厢区还实施专题研究、专班协调。')).toEqual([]);
    expect(names('深入实施企业挂牌上市“玉如意计划”和贷款畅通工程。')).toEqual(['企业挂牌上市“玉如意计划”', '贷款畅通工程']);
  });

  it('counted-class-in-quotes: N个 before a 一号 counts works each the first (浙江 2023: “三个一号工程”), as “十大工程” does', () => {
    expect(names('紧紧围绕省委省政府深入实施“八八战略”“三个一号工程”和“十项重大工程”等决策部署。')).toEqual([]);
  });

  it('counted-layout: a quoted slogan of counted parts is what the place is to become, no undertaking (长丰 2022)', () => {
    expect(names('聚力“强县、富民、善治”,锚定“两新一示范”,奋力打造“三区一中心”,全面做强,奋勇争先。')).toEqual([]);
    // A named undertaking beside it is still read.
    expect(names('积极争创国家人工智能应用中试基地。')).toEqual(['国家人工智能应用中试基地']);
  });

  it('facility-after-verb: 建设/打造/争创…平台, 中心, 基地, 示范区, 先导区, 实验室, 都市圈, 口岸', () => {
    expect(rules('积极争创国家人工智能应用中试基地。')).toEqual([['国家人工智能应用中试基地', 'facility-after-verb']]);
    expect(names('发挥哈尔滨省会城市辐射带动作用，推进建设哈尔滨都市圈。')).toEqual(['哈尔滨都市圈']);
    expect(names('建设关键金属研究院、关键金属实验室、南丹关键金属高质量发展综合试验区。')).toEqual([
      '关键金属研究院',
      '关键金属实验室',
      '南丹关键金属高质量发展综合试验区',
    ]);
  });

  it('quoted-campaign: a quoted name closed by a campaign’s or fair’s head is one the plan organises (怀化 2023, 青海 seed)', () => {
    expect(rules('联合金融机构整合3000万元资金用于发放消费券，精心组织“嗨购幸福怀化”消费季、“味道湖南怀化味道”美食节等重点消费促进活动。')).toEqual([
      ['“嗨购幸福怀化”消费季', 'quoted-programme'],
      ['“味道湖南怀化味道”美食节', 'quoted-programme'],
    ]);
    expect(names('高标准办好“青洽会”“国际生态博览会”等大型展会。')).toEqual(['“国际生态博览会”']);
  });

  it('quoted-programme-carried-out: a quoted programme before the words that carry it out (滨江 2023, 荆州 2021), not before a noun it qualifies', () => {
    expect(names('落实省、市“千项万亿”工程工作部署，坚持一切围着项目转。')).toEqual(['“千项万亿”工程']);
    expect(names('建成10个省重点成长型产业集群；“千企千亿”技改工程加速推进。')).toEqual(['“千企千亿”技改工程']);
    expect(names('引进“千人计划”专家20名。')).toEqual([]);
  });

  it('supported-not-undertaken: a clause opening with a verb of support names the aim it serves (荆门 2024), unless a verb of building opens it (云南 seed)', () => {
    expect(names('推动低空经济全产业链融合发展，打造特色产业集群，助力荆门产业转型升级示范区建设，制定本方案。')).toEqual([]);
    expect(names('主动融入成渝地区双城经济圈建设。')).toEqual([]);
    // A programme the plan joins is one of its undertakings, named without the verb (新疆, 青海 2026).
    expect(names('积极融入国家“东数西算”工程。')).toEqual(['国家“东数西算”工程']);
    expect(names('打造融入全球供应链支撑平台，鼓励企业开展国际合作。')).toEqual(['融入全球供应链支撑平台']);
  });

  it('heading-names-undertaking: a numbered heading names the programme of its section (楚雄 2024, 黔江 2023), never a facility, a field’s box of works or a plain heading', () => {
    const heading = (title: string): Array<[string, UndertakingRuleName]> => headingUndertakings(title).map((found) => [found.name, found.rule]);
    expect(heading('深入实施“文化兴楚”行动')).toEqual([['“文化兴楚”行动', 'programme-after-verb']]);
    expect(heading('重点行业绿色升级工程。')).toEqual([['重点行业绿色升级工程', 'heading-programme']]);
    expect(heading('产业提升人才行动计划')).toEqual([['产业提升人才行动计划', 'heading-programme']]);
    expect(heading('扎实推进先进制造业强省行动')).toEqual([['先进制造业强省行动', 'programme-after-verb']]);
    // The role a heading says the place is to play, a field's box of works, a plain or a joined heading: none.
    expect(heading('建设国家重要能源和战略资源基地')).toEqual([]);
    expect(heading('实施节能减排重点工程')).toEqual([]);
    expect(heading('数字经济重大工程')).toEqual([]);
    expect(heading('重点工程')).toEqual([]);
    expect(heading('大健康产业重点领域和重大工程')).toEqual([]);
    expect(heading('推进设施高端化')).toEqual([]);
  });

  it('takes no 以…为中心 principle for a facility (坚持…以人民为中心…的基本原则: 铜梁 2022 商务规划解读)', () => {
    expect(names('《规划》坚持“党的全面领导、以人民为中心、新发展理念改革开放、系统观念”的基本原则，设置了8个专栏。')).toEqual([]);
  });

  it('takes no 副中心 of the place’s layout for a facility (绵阳 2022: “一副”指…打造服务业高质量发展副中心)', () => {
    expect(names('“一副”指依托江油市优越的区位条件等，打造服务业高质量发展副中心。')).toEqual([]);
  });

  it('takes no role the place is to play for a facility, nor what is coordinated with it (湖北 2021 服务业规划)', () => {
    expect(names('提出努力建设全国重要的商贸物流中心、区域金融中心，着力打造具有全国影响力的研发设计基地和高端商务服务基地。')).toEqual([]);
    expect(names('推进全省统一的旅游大数据中心、旅游综合服务平台、旅游综合管理平台建设。')).toEqual(['旅游综合服务平台', '旅游综合管理平台']);
  });

  it('titled-item: the title of a boxed list item closed by its colon (昆明 十四五 纲要: 专栏6 and the items of its 都市农业 section)', () => {
    expect(rules('产业链补链强链工程：做好产业链顶层设计，研究制定生物医药、智能装备、电子信息、新材料等新兴产业全景图和发展路线图。')).toEqual([
      ['产业链补链强链工程', 'titled-item'],
    ]);
    expect(names('烤烟产业工程：以稳定规模、适度集中、做优做强、提质增效为目标，调整烤烟品种结构，优化种植区域。')).toEqual(['烤烟产业工程']);
    expect(names('“双百”工程：培育壮大100家主营业务收入10亿元以上重点企业。')).toEqual(['“双百”工程']);
    // A plain word of a plan names no undertaking, nor a title with a generic opening (重大技术改造工程).
    expect(names('实施计划：分三步推进。')).toEqual([]);
    expect(names('重大技术改造工程：深化新一代信息技术与制造业融合发展。')).toEqual([]);
  });

  it('takes no designation the text says was won for an undertaking (余杭 2023 review: 成功创建全国科普示范区)', () => {
    expect(names('“创新指数”跃居全省第二,成功创建全国科普示范区,获评国家知识产权强县建设示范县。')).toEqual([]);
    // The same words as an undertaking still name one.
    expect(names('积极创建全国科普示范区。')).toEqual(['全国科普示范区']);
  });

  it('takes no list naming what the place is to become, one of its items a kind of county (竹溪 2020 十四五 纲要审查报告)', () => {
    expect(names('全力建设乡村振兴先行示范区、“两山”实践创新示范基地和康养旅居地、国家公园县和全省山区绿色发展示范县，为全面建设开好局。')).toEqual([]);
    expect(names('建设关键金属研究院、关键金属实验室、南丹关键金属高质量发展综合试验区。')).toHaveLength(3);
  });

  it('takes no document cited in 《》 for an undertaking (…推进会发布了《“数字福州”建设三年行动计划(2018—2020年)》: 福州 2018 news)', () => {
    expect(names('5日召开的数字福州建设推进会发布了《“数字福州”建设三年行动计划(2018—2020年)》。')).toEqual([]);
  });

  it('starts a name after 纳入/列入 (争取将成都市纳入国家…试点: 四川 2022 现代流通体系)', () => {
    expect(names('争取将成都市纳入国家要素市场化配置综合改革试点。')).toEqual(['国家要素市场化配置综合改革试点']);
  });

  it('keeps the stretch of a work in one place in its name (…建设工程霍邱段: 霍邱 2024), not a stage (阶段)', () => {
    expect(names('加快推进淮河流域重要行蓄洪区建设工程霍邱段(即保庄圩工程)和行蓄洪区居民迁建工程。')).toEqual(['淮河流域重要行蓄洪区建设工程霍邱段']);
    expect(names('推进蒙华铁路湖南段建设。')).toEqual(['蒙华铁路湖南段']);
    expect(names('加快推进项目前期阶段工作。')).toEqual([]);
  });

  it('leaves the 好 of the verb before it and a leading 落实/运营 out of the name, and keeps 高质量发展 in it', () => {
    expect(names('加快建设好全民健康信息平台，提升服务能力。')).toEqual(['全民健康信息平台']);
    expect(names('建设运营好国家区域医疗中心。')).toEqual(['国家区域医疗中心']);
    // 高质量发展 is a noun phrase of the name, not an adverb before its verb.
    expect(names('推进国家公立医院高质量发展示范项目。')).toEqual(['国家公立医院高质量发展示范项目']);
  });

  it('takes no name inside 《…》: a document title names the document, not an undertaking of it', () => {
    expect(names('《某市数字经济高质量发展三年行动计划》已经市政府常务会议审议通过，现印发给你们。')).toEqual([]);
    expect(names('认真落实《某省制造业高质量发展行动计划》，实施技改提升工程。')).toEqual(['技改提升工程']);
  });

  it('under-construction: a facility followed by 建设 after a list separator', () => {
    expect(rules('推进南宁、百色、来宾、梧州泛铝件先进制造基地建设。')).toEqual([['梧州泛铝件先进制造基地', 'under-construction']]);
    // selection-list: a 建设名单 lists those chosen, no works (内蒙古 2026).
    expect(names('鄂尔多斯蒙苏经济开发区、包头稀土高新技术产业开发区入选首批国家级零碳园区建设名单。')).toEqual([]);
    expect(names('支持中小企业数字化转型城市试点建设，推动企业上云。')).toEqual(['中小企业数字化转型城市试点']);
  });

  it('listed-after-verb: every item of a list after a verb that ends in a head noun', () => {
    expect(names('高标准建设大滇西旅游环线、澜沧江沿岸休闲旅游示范区、昆玉红旅游文化带。')).toEqual(['澜沧江沿岸休闲旅游示范区']);
  });

  it('quoted-programme: a quoted name with its head inside or right after the quote', () => {
    expect(rules('聚焦“人工智能+”行动，带动产业升级。')).toEqual([['“人工智能+”行动', 'quoted-programme']]);
    expect(names('统筹各类资金，优化实施“两重”项目。')).toEqual(['“两重”项目']);
    expect(names('深化拓展“人工智能+”行动，加快应用。')).toEqual(['“人工智能+”行动']);
  });

  it('listed-projects: the items of a list the text calls projects, and a quoted list name', () => {
    expect(names('开工建设绵遂资内铁路（遂内段）、南三高速、攀西特高压交流工程等项目。')).toEqual(['绵遂资内铁路（遂内段）', '南三高速', '攀西特高压交流工程']);
    // “十大工程” counts a class of works: its items are the projects, it is none itself.
    expect(names('推动成渝世界级机场群、宜西攀高铁等“十大工程”纳入国家规划。')).toEqual(['成渝世界级机场群', '宜西攀高铁']);
    // 湖南 2017 key projects: after 抓好; 大连 2025: a list that is the subject of its clause.
    expect(names('铁路方面抓好张吉怀、常益长等项目建设')).toEqual(['张吉怀', '常益长']);
    expect(names('恒力重工、奇瑞汽车、SK海力士、鼎际得新材料等一批重大产业项目支撑有力，新机场、城市地铁、长海跨海大桥等重大基础设施项目加快建设。')).toEqual([
      '恒力重工',
      '奇瑞汽车',
      'SK海力士',
      '鼎际得新材料',
      '新机场',
      '城市地铁',
      '长海跨海大桥',
    ]);
    expect(names('大力推进三峡水运新通道、沿江高铁宜涪段、长江存储三期等1.22万个亿元以上新建续建项目建设。')).toEqual([
      '三峡水运新通道',
      '沿江高铁宜涪段',
      '长江存储三期',
    ]);
  });

  it('counted-list: the items of a list closed by the class that counts them, as many as it says (雅安 2022, 宿州 2023)', () => {
    expect(
      rules(
        '提出“1+1+N+1”全市物流发展布局及雅安物流园、雅安无水港、川藏物流（旅游）产业园、世界茶都交易市场、中农批·川西国际农博城五大重点突破项目，提出13个重点发展方向。',
      ),
    ).toEqual([
      ['雅安物流园', 'counted-list'],
      ['雅安无水港', 'counted-list'],
      ['川藏物流（旅游）产业园', 'counted-list'],
      ['世界茶都交易市场', 'counted-list'],
      ['中农批·川西国际农博城', 'counted-list'],
    ]);
    // Items named without their shared head (…等“六大工程”): each item is one of the works.
    expect(rules('以实施旅游能级提升、旅游目的地示范引领、旅游消费促进等“三大工程”为抓手，做精产品。').map(([name, rule]) => `${name} ${rule}`)).toEqual([
      '旅游能级提升 counted-list',
      '旅游目的地示范引领 counted-list',
      '旅游消费促进 counted-list',
    ]);
    // A count that does not match the items names no list.
    expect(rules('提出雅安物流园、雅安无水港三大重点突破项目。').filter(([, rule]) => rule === 'counted-list')).toEqual([]);
  });

  it('listed-after-copula: the items of a list the text introduces as its projects (徽县 2018: 这些项目分别是…)', () => {
    expect(names('这些项目分别是冷链及现代物流建设项目、昊通物流园项目、纬八路道路改扩建工程、7号桥建设项目。')).toEqual([
      '冷链及现代物流建设项目',
      '昊通物流园项目',
      '纬八路道路改扩建工程',
      '7号桥建设项目',
    ]);
    // 开工仪式 is an event, not works started.
    expect(names('园区十大重点项目开工仪式举行。')).toEqual([]);
  });

  it('sized-by-investment: a project named right after what it costs, the amount no part of the name (邹城)', () => {
    expect(rules('以实施总投资1.2亿元的交通物流园区、总投资2.06亿元的千泉物流园区为重点。')).toEqual([
      ['交通物流园区', 'sized-by-investment'],
      ['千泉物流园区', 'sized-by-investment'],
    ]);
    expect(names('依托马来西亚森达美集团总投资5000万美元、首期投资2998万美元的森达美太平港项目，发挥黄金水道优势。')).toEqual(['森达美太平港项目']);
    expect(
      names('推进总投资1.2亿元香港时代超市建设项目，投资3000万元的东方购物中心百货大厦超市建设，完善提升以百货大楼、华联商厦为主的旧城区商业中心。'),
    ).toEqual(['香港时代超市建设项目']);
    // 以…为重点 frames a means: 以 opens no name, and …为重点的 is part of a longer noun phrase.
    expect(names('全面建成以内陆开放型经济试验区为重点的“11228”开放体系。')).toEqual([]);
    expect(names('深化以国企平台为载体的县域投融资体制改革。')).toEqual([]);
    // 以…为重点: the name ends before 为.
    expect(names('以推进香港怡康科技邹城百大生态园二期工程为重点，加快单体式高层五星级生态酒店、生态温泉、生态植物建设。')).toEqual([
      '香港怡康科技邹城百大生态园二期工程',
    ]);
  });

  it('named infrastructure: railways, reservoirs, 科学城 after a verb, in a list or before 前期工作', () => {
    expect(names('推进重庆至贵阳高速铁路前期工作。')).toEqual(['重庆至贵阳高速铁路']);
    expect(names('开工大村至遵义、纳雍至六盘水等铁路。')).toEqual(['大村至遵义', '纳雍至六盘水']);
    expect(names('推进宣威水库、花滩子水库、夹岩大型灌区等重大水利工程建设。')).toEqual(['宣威水库', '花滩子水库', '夹岩大型灌区']);
    expect(names('加快推进瓮福—江山新材料及电子化学品产业园、贵州能源大方燃煤发电等12个百亿元、70个30亿元以上项目建设。')).toEqual([
      '瓮福—江山新材料及电子化学品产业园',
      '贵州能源大方燃煤发电',
    ]);
    expect(names('规划建设渤海湾未来科技动力产业城。')).toEqual(['渤海湾未来科技动力产业城']);
  });

  it('reads capacities inside a name as part of it (西安 2025): 启动…5万千瓦光伏电站项目和…20万千瓦…项目建设', () => {
    expect(names('启动大唐灞桥热电厂5万千瓦光伏电站项目和国投电力20万千瓦灌溉渠光伏复合利用项目建设，扩大新能源装机规模。')).toEqual([
      '大唐灞桥热电厂5万千瓦光伏电站项目',
      '国投电力20万千瓦灌溉渠光伏复合利用项目',
    ]);
  });

  it('reads more facility heads (电厂, 新港, 公园, 中心 after 新建): 湖南 2017, 兴庆区 2025', () => {
    expect(names('能源网，抓好永州电厂、平江电厂、新粤浙天然气湖南段等。')).toEqual(['永州电厂', '平江电厂']);
    expect(names('新建老大楼、月星家居适老生活体验中心，招引品牌首店50家以上。')).toEqual(['月星家居适老生活体验中心']);
  });

  it('reads inland ports as facilities (无水港, 陆港; not 空港, which 推进水港和空港建设 uses for a kind), so one joined by 和 to the next is a name of its own (长治 2024)', () => {
    expect(names('加快一体化无水港和煤炭储备基地及交易专区建设，重点推进长治综合保税物流园等项目建设。')).toEqual(
      expect.arrayContaining(['一体化无水港', '煤炭储备基地']),
    );
    expect(names('加快一体化无水港和煤炭储备基地及交易专区建设。')).not.toContain('一体化无水港和煤炭储备基地');
    expect(names('大力推进水港和空港建设，完善多式联运体系。')).toEqual([]);
  });

  it('leaves out counted classes written in quotes: 实施“三个专项行动”, 推进“十大工程”', () => {
    expect(names('实施“三个专项行动”，巩固经济稳中向好基础。')).toEqual([]);
    expect(names('全力推进“十大工程”建设。')).toEqual([]);
  });

  it('works-started: named works started or completed', () => {
    expect(rules('开工建设广珠（澳）高铁鹤洲至横琴段，建成投用新皇岗口岸。')).toEqual([
      ['广珠（澳）高铁鹤洲至横琴段', 'works-started'],
      ['新皇岗口岸', 'works-started'],
    ]);
  });

  it('works-started: works named before 建成通车/建成投用, when every item of the list is a built work by its ending (咸安 2023, 福建 2026)', () => {
    expect(rules('确保107国道咸安绕城段、s361星星竹海至大竹山段公路建成通车。')).toEqual([
      ['107国道咸安绕城段', 'works-started'],
      ['s361星星竹海至大竹山段公路', 'works-started'],
    ]);
    expect(rules('推出全球首款量产级9兆瓦时储能系统，绿氢中试基地建成投用。')).toEqual([['绿氢中试基地', 'works-started']]);
    // An item that is no built work (a programme, a reform) makes the list none.
    expect(rules('确保城市更新行动、107国道咸安绕城段建成通车。')).toEqual([]);
  });

  it('leaves out count targets (indicators), classes, generic kinds, fields and documents', () => {
    expect(names('培育100家以上示范企业。')).toEqual([]);
    expect(names('开展大规模新型技术改造，实施3000个技改项目。')).toEqual([]);
    expect(names('建设10个省级数据产业园，新建200个智能车间。')).toEqual([]);
    expect(names('实施千项合作项目。')).toEqual([]);
    expect(names('一体布局高水平工业设计中心、计量和检验检测中心、认证中心、中试验证基地、共性技术平台。')).toEqual([]);
    expect(names('创建一批国家级旅游景区、旅游度假区、全域旅游示范区。')).toEqual([]);
    expect(names('支持交通、水利、能源等重大项目建设。')).toEqual([]);
    expect(names('加快城市更新、乡村振兴等领域项目建设。')).toEqual([]);
    expect(names('着力抓好“有根产业、有效投资、有持续税源”项目。')).toEqual([]);
    expect(names('完善“标准地+承诺制+全代办”项目服务模式。')).toEqual([]);
    expect(names('编制城市更新专项规划，制定实施县域经济发展意见。')).toEqual([]);
    expect(names('力争实施医疗卫生强基工程10个以上。')).toEqual([]);
    expect(names('实施片区综合更新改造重点项目100个，加快推进算力基础设施项目建设。')).toEqual([]);
    expect(names('实施包头、阿拉善等6个国家历史遗留废弃矿山生态修复示范工程项目。')).toEqual([]);
    expect(names('乡乡基本通三级以上公路，新建改造保障性住房。')).toEqual([]);
  });

  it('reads facilities after 培育, 壮大 and 强化, without the verb (沁县 2025: 培育服装加工产业园)', () => {
    expect(names('推动生产线投产，培育服装加工产业园，推动项目达产达效。')).toContain('服装加工产业园');
    expect(names('强化国际航空货运枢纽建设。')).toEqual(['国际航空货运枢纽']);
    expect(names('培育壮大区域消费中心。')).toEqual(['区域消费中心']);
    // Two kinds joined name no undertaking.
    expect(names('培育一批产业类科创项目和平台。')).toEqual([]);
  });

  it('reads no name that opens with the preposition of a framing clause (重庆 2023 行动方案)', () => {
    expect(names('按照市委关于把成渝地区双城经济圈建设作为“一号工程”的决策部署，全市域融入。')).not.toContain('按照市委关于把成渝地区双城经济圈');
    expect(names('实施对外开放促进工程、市场主体培育工程。')).toContain('对外开放促进工程');
  });

  it('leaves the opening verb out of a name', () => {
    expect(names('开工周至至乾县、改扩建西安至永寿等高速公路。')).toEqual(['周至至乾县', '西安至永寿']);
  });

  it('keeps the object of a verb inside a match, with offsets into the sentence', () => {
    const sentence = '支持省产业技术研究院深度参与长三角国家技术创新中心建设。';
    const found = namedUndertakings(sentence);
    expect(found.map((item) => item.name)).toEqual(['长三角国家技术创新中心']);
    for (const item of found) expect(sentence.slice(item.start, item.start + item.name.length)).toBe(item.name);
  });
});

describe('service-industry and consumption plans (服务业 / 消费)', () => {
  it('takes no hub of trade or spending named by its reach: the role a place is to play (湖北 2021, 广元 2023)', () => {
    expect(names('建设全国消费中心、全国商贸物流中心，打造国内大循环重要节点。')).toEqual([]);
    expect(names('积极打造川陕甘结合部区域消费中心，为加快建设广元现代化中心城市提供坚实支撑。')).toEqual([]);
    expect(names('统筹推进多级消费中心建设，构建消费发展新格局。')).toEqual([]);
    // An international one is a national programme, a 保税物流中心 a facility.
    expect(names('加快建设上海国际金融中心。')).toEqual(['上海国际金融中心']);
  });

  it('takes no item of a list opened by 一批 after its verbs (广元 2023)', () => {
    expect(names('建成或改造提升一批城市商圈、购物中心、商贸服务中心、专业市场、物流配送中心等消费基础设施。')).toEqual([]);
  });

  it('opens no name with a purpose (为…) or 发展 (海门 2022, 沙县 2012)', () => {
    expect(names('为坚决扛起现代化示范区建设新使命，争当高质量发展领跑者。')).toEqual([]);
    expect(names('以现代服务业为重点，加快发展服务业集聚区，培育第三产业重点企业。')).toEqual([]);
  });

  it('reads a quoted programme taken as the occasion (以…工程为契机, 广元 2023)', () => {
    expect(names('以全省消费“三品一创”提质扩容工程为契机，大力开展“消费促进年”活动。')).toEqual(['“三品一创”提质扩容工程']);
  });
});

describe('completed-facility', () => {
  it('reads facilities a place names as the subject of their completion (莆田 2014), not a kind (社区养老服务中心全面建成)', () => {
    expect(rules('到2020年，莆田市社会福利中心和仙游县社会福利中心建成护理型养老服务机构。')).toEqual([
      ['莆田市社会福利中心', 'completed-facility'],
      ['仙游县社会福利中心', 'completed-facility'],
    ]);
    expect(names('——社区养老服务中心全面建成。')).toEqual([]);
  });
});

describe('frames and objects that name no undertaking (若干政策, 实施方案)', () => {
  it('a name opening with the preposition 以 (以…为牵引) is a frame, not an undertaking (东阳 2023); 以工代赈 is a programme', () => {
    expect(names('以共同富裕示范区建设和数字化改革为牵引，更好地发挥政府部门作用。')).toEqual([]);
    expect(names('实施以工代赈项目，带动群众就近就业。')).toEqual(['以工代赈项目']);
  });

  it('a list before 等 whose object a preposition turns to other things is no list of projects (争取A、B等政策性资金对重大项目的支持: 滨江 2023)', () => {
    expect(names('争取国家各类专项资金、金融工具等政策性资金对重大项目的支持。')).toEqual([]);
    expect(names('开工建设南湖大道、滨江路等重大项目。')).toEqual(['南湖大道', '滨江路']);
  });
});

describe('words about projects that name none (eighth session: 交城 2021, 石泉 2022, 吴忠 2021, 珠海 2024, 西昌 2021)', () => {
  it('works-verb-as-noun: 开工率 is a rate and 开工及投产投用情况 a report, not works started', () => {
    expect(names('力争签约项目开工率达到30%。')).toEqual([]);
    expect(names('会上，梁鸿汇报了全县重点项目开工及投产投用情况。')).toEqual([]);
    // A highway listed after it is a work too (rule line-opened's highways, 宜昌 2026).
    expect(names('开工建设宜西攀高铁、南三高速。')).toEqual(['宜西攀高铁', '南三高速']);
  });

  it('work-style-slogan: 大抓项目、抓大项目 say how projects are pursued', () => {
    expect(names('持续掀起大抓项目、抓大项目、狠抓产业项目的热潮。')).toEqual([]);
  });

  it('title-sought: a place created as a 示范区 wins a title, it builds no zone', () => {
    expect(names('力争2021年盐池县成功创建为国家全域旅游示范区，到2023年底再新创建2个。')).toEqual([]);
    expect(names('积极争创国家人工智能应用中试基地。')).toEqual(['国家人工智能应用中试基地']);
  });

  it('aim-framed: 围绕打造… names the role the works serve; 围绕 before a field keeps the facility built', () => {
    expect(names('围绕打造区域航空航运枢纽和珠江口西岸轨道交通中心，开工珠海中心站(鹤洲)站城一体化工程。')).toEqual(['珠海中心站(鹤洲)站城一体化工程']);
    expect(names('围绕健康医药等优势产业打造行业级工业互联网平台。')).toEqual(['行业级工业互联网平台']);
  });

  it('centre-as-frame: …为中心 is what the work centres on, the 中心 of no facility (天元 2016)', () => {
    expect(names('以率先实现基本现代化为目标，以打造中国动力谷为中心，全面实施创新驱动、四化同步、绿色发展、共建共享四大发展战略。')).toEqual([]);
    expect(names('加快建设浙江光电子研究院，建设区域性技术转移中心。')).toEqual(['浙江光电子研究院', '区域性技术转移中心']);
  });

  it('year-class: a year’s projects name none (陵水 2023); a named project of a year is still one', () => {
    expect(names('要提前谋划2024年项目，做好项目包装策划，力争实现高起点开局。')).toEqual([]);
    expect(names('扎实推进今年重点项目，加快实施2024年城区污水管网改造工程。')).toEqual(['2024年城区污水管网改造工程']);
  });

  it('counted-qualifiers: items that say what each of a counted class serves are no undertakings (南开 2010)', () => {
    expect(names('成立中小企业服务中心，搭建小额贷款、中小企业担保、自主创新三个资金服务平台，建立民营企业发展专项基金。')).toEqual([]);
    // Items with a head of their own are the class's undertakings.
    expect(names('加快建设雅安物流园、雅安无水港、川西国际农博城三大重点突破项目。')).toEqual(['雅安物流园', '雅安无水港', '川西国际农博城']);
  });

  it('works-joined-event: what a conjunction joins to a start names the next event, no works (驿城 2016, 安康 2021)', () => {
    expect(names('驿城区2016年第三批亿元以上重点项目集中开工暨天中鸟船艇项目开工仪式举行。')).toEqual([]);
    expect(names('我市全年共举办重点项目集中开工和投产投用现场会4次。')).toEqual([]);
    expect(names('开工建设宜西攀高铁。')).toEqual(['宜西攀高铁']);
  });

  it('ceremony-verb: a name closing with a ceremony’s verb is a headline’s account, no works (定州 2017)', () => {
    expect(names('我市15个重点项目集中开工王东群宣布项目开工陈业鹏主持')).toEqual([]);
  });

  it('capacity-in-name: a works’ yearly capacity inside its name counts no class (驿城 2016)', () => {
    expect(names('项目包括天中鸟船艇项目、长龙山农牧有限公司年出栏20万头生猪养殖项目、永和箱包项目。')).toEqual([
      '天中鸟船艇项目',
      '长龙山农牧有限公司年出栏20万头生猪养殖项目',
      '永和箱包项目',
    ]);
    // A count of works is still a class (3000个技改项目).
    expect(names('实施3000个技改项目。')).toEqual([]);
  });

  it('name-within-cell: a name read across a table’s cell border is cut to its last cell', () => {
    expect(names('1 | 产业发展 | 玉米制种基地建设项目 | 扩建 | 烘干中心建设工程13000m2')).toEqual(['玉米制种基地']);
  });
});

describe('works and programmes of county reports and investment plans (eighth session: 交城 2021, 珠海 2024, 吴忠 2021, 石泉 2022)', () => {
  it('sized-facility: a capacity or output before 的 sizes the facility after it', () => {
    expect(rules('焦化行业，打造600万吨级的绿色焦化产业园。')).toEqual([['绿色焦化产业园', 'sized-by-investment']]);
    expect(names('肥料行业，打造500万吨的新型肥料产业园。建材行业，打造总产值50亿元的绿色建材产业园。')).toEqual(['新型肥料产业园', '绿色建材产业园']);
  });

  it('listed-projects: a list signed or planned, its investment written before its first item (交城 2021)', () => {
    expect(names('积极谋划总投资100亿元的焦化苯、水溶肥、永磁材料等16个重点项目。')).toEqual(['焦化苯', '水溶肥', '永磁材料']);
    expect(names('签约总投资80亿元的金风集团绿色新材料、维尔利集团焦炉煤气综合利用等12个项目。')).toEqual(['金风集团绿色新材料', '维尔利集团焦炉煤气综合利用']);
  });

  it('class-word-in-name: 新型 opening a name the text lists as its projects qualifies that one (石泉 2022)', () => {
    expect(names('本次集中开工的重点项目分别是富硒魔芋功能食品生产线、新型环保绿色产业园等25个重点建设项目。')).toEqual([
      '富硒魔芋功能食品生产线',
      '新型环保绿色产业园',
    ]);
    expect(names('加快建设新型基础设施、新型城镇化等项目。')).toEqual([]);
  });

  it('heads: a plant’s line (生产线) and a named high-speed railway (高铁); 城市间高铁 is a kind', () => {
    expect(names('生物医药行业，持续推进新天源β内酰胺生产线建设。')).toEqual(['新天源β内酰胺生产线']);
    expect(names('加快城市间高铁、城际铁路、高快速路等建设。')).toEqual([]);
    expect(names('全面实现市市通高铁、县县通高速。')).toEqual([]);
  });

  it('quoted-campaign: a quoted series of events; words listed in quotes are a slogan unless a programme’s head follows', () => {
    expect(names('继续举办“山水交城、康养一夏”系列文旅活动；')).toEqual(['“山水交城、康养一夏”系列文旅活动']);
    expect(names('深入实施“千村引领、万村升级”工程。')).toEqual(['“千村引领、万村升级”工程']);
    expect(names('坚持“项目大谋划、谋划大项目”，推动经济增长。')).toEqual([]);
    expect(names('大力招引“有根产业、有效投资、有持续税源”项目。')).toEqual([]);
    expect(names('推行“一码、一图、一表”管项目。')).toEqual([]);
  });

  it('part-of-programme: a part named within its programme, and works-before-start: a work named before 开工建设', () => {
    expect(names('推动珠澳水资源保障工程中平岗泵站扩建工程(二期)年内投产，梅溪水库与大镜山水库连通及水质改善工程开工建设。')).toEqual([
      '珠澳水资源保障工程',
      '平岗泵站扩建工程',
      '梅溪水库与大镜山水库连通及水质改善工程',
    ]);
  });

  it('works-started-list and listed-works-stretches: every work of the list, stretches and bracketed parts included', () => {
    expect(
      names(
        '开工珠海中心站(鹤洲)站城一体化工程、南珠(中)城际香山至拱北段，推进珠肇高铁珠海至江门段、黄茅海跨海通道项目(珠海段)、香海大桥西延线先行段、中山东部外环高速公路二期工程珠海段、珠海机场改扩建工程加快建设。',
      ),
    ).toEqual([
      '珠海中心站(鹤洲)站城一体化工程',
      '南珠(中)城际香山至拱北段',
      '珠肇高铁珠海至江门段',
      '黄茅海跨海通道项目',
      '香海大桥西延线先行段',
      '中山东部外环高速公路二期工程珠海段',
      '珠海机场改扩建工程',
    ]);
    // A list opened by a class names kinds throughout.
    expect(names('开工建设一批海上风电、核电和抽水蓄能项目。')).toEqual([]);
  });

  it('single-before-preparation: one named work before 等前期工作 after its verb', () => {
    expect(names('加速推动广珠(澳)高铁等前期工作。')).toEqual(['广珠(澳)高铁']);
  });

  it('completed-by-deadline: works named before plain 建成 by their own stretch or place; items without a head share the next one’s', () => {
    expect(rules('到2023年底，国家长城、长征文化公园吴忠段基本建成；')).toEqual([['国家长城、长征文化公园吴忠段', 'works-started']]);
    expect(names('到2025年，综合交通枢纽基本建成。')).toEqual([]);
    expect(names('加快雄忻、石雄铁路项目建设，力促雄商高铁建成投用。')).toContain('雄商高铁');
  });
});

describe('enumerated-projects (second blind round: 苏家屯 2022)', () => {
  it('a list after 分别是 whose every item closes with 项目 or 工程 names the projects', () => {
    expect(rules('初步筛选出目前适合举办集中开工仪式项目现场有3个，分别是德科中德高端零部件产业园项目、新日铝一期项目、天河谷精酿啤酒项目。')).toEqual([
      ['德科中德高端零部件产业园项目', 'listed-after-copula'],
      ['新日铝一期项目', 'listed-after-copula'],
      ['天河谷精酿啤酒项目', 'listed-after-copula'],
    ]);
    // Items that are no projects by their ending: none.
    expect(names('三个片区分别是城东片区、城西片区、城南片区。')).toEqual([]);
  });
});

describe('funded-works (桂林 2022 财政 news)', () => {
  it('a list after 支持 is read where every item is a built work by its ending, not a list of fields', () => {
    expect(names('拨付专项债券6.8亿元，支持桂林至柳州段改扩建工程、桂林龙胜至峒中公路、桂林—恭城—贺州公路等高速公路建设。')).toEqual([
      '桂林至柳州段改扩建工程',
      '桂林龙胜至峒中公路',
      '桂林—恭城—贺州公路',
    ]);
    expect(names('支持“五网”基础设施、现代产业园区等项目建设。')).toEqual([]);
  });
});

describe('works-started news and progress notes (ninth session, blind round: 房县 2021, 池州 2024, 潍坊 2018, 潍坊滨海区 2021, 南昌县 2023, 临西 2023, 蓬安 2017, 庆阳 2024)', () => {
  it('works-verb-as-subject: after 开工, a copula, the ceremony, a headline’s site or a log’s time names no works', () => {
    expect(names('以“开工就是决战，起步就要冲刺”的奋进姿态，推动项目快开工。')).toEqual([]);
    expect(names('出席活动的县领导共同为项目集中开工培土奠基。')).toEqual([]);
    expect(names('总投资123.65亿元 江西南昌县第二季度重大重点项目集中开工-世界播报')).toEqual([]);
    expect(names('县委书记蔡贤忠宣布全县2021年第一季度重大项目集中开工9:15部分项目业主、特邀嘉宾和有关单位代表发言')).toEqual([]);
    expect(names('建成投用新皇岗口岸。')).toEqual(['新皇岗口岸']);
  });

  it('listed-by-stage: a subject list closed by its count or stage (等续建项目, 等151个项目, 等项目, 等) and the stage reached', () => {
    expect(
      rules(
        '宝镁轻合金、G236殷汇至查桥段一级公路改建工程、鑫力达高端智能装备及百吨级智能装备组件等续建项目顺利推进；联森五金机电制造产业园、经开区半导体特色生态产业园等151个项目开工建设，开工率73%；金娃科技创新产业园等85个项目竣工，竣工率76.6%。',
      ),
    ).toEqual([
      ['宝镁轻合金', 'listed-projects'],
      ['G236殷汇至查桥段一级公路改建工程', 'listed-projects'],
      ['鑫力达高端智能装备及百吨级智能装备组件', 'listed-projects'],
      ['联森五金机电制造产业园', 'listed-projects'],
      ['经开区半导体特色生态产业园', 'listed-projects'],
      ['金娃科技创新产业园', 'listed-projects'],
    ]);
    expect(names('特高压输变电工程、福田诸城汽车零部件、集成电路封装、莫言文学馆诺奖家园、鲁中农副产品批发交易市场等项目开工建设。')).toEqual([
      '特高压输变电工程',
      '福田诸城汽车零部件',
      '集成电路封装',
      '莫言文学馆诺奖家园',
      '鲁中农副产品批发交易市场',
    ]);
    expect(names('其中基础设施项目完成投资计划的31%，东外环路、南外环路拆迁、下穿青银高速道路工程、智慧防控综合实战平台等开工建设；')).toEqual([
      '东外环路',
      '南外环路拆迁',
      '下穿青银高速道路工程',
      '智慧防控综合实战平台',
    ]);
    // A single item of six characters and more is named without a head of its own (池州 2024).
    expect(names('友进冠华绿色低碳工厂等20个储备项目提前开工，转化率8.7%。')).toEqual(['友进冠华绿色低碳工厂']);
    // No stage after the class, a single item without a work's head, fields, or a list with no work's head: none.
    expect(names('福田诸城汽车零部件、集成电路封装等项目。')).toEqual([]);
    expect(names('其中工业等85个项目竣工。')).toEqual([]);
    expect(names('交通、水利等项目加快推进。')).toEqual([]);
    expect(names('招商引资、项目建设等开工建设。')).toEqual([]);
  });

  it('works-relative: the 的 after the verb that opens a list is no part of its first item', () => {
    expect(names('今年3月开工建设的尚勤路、横二路、横三路等3条道路工程，建设规模12.72千米。')).toEqual(['尚勤路', '横二路', '横三路']);
  });

  it('projects-include: a list after 项目，包括 ends at its 等; 、 inside quotes or brackets divides no item', () => {
    expect(names('此次集中开工项目，包括海化集团硝盐升级项目、中车交通城市运维装备北方基地、京新医药、优然牧业等项目。')).toEqual([
      '海化集团硝盐升级项目',
      '中车交通城市运维装备北方基地',
      '京新医药',
      '优然牧业',
    ]);
    expect(names('本次集中开工的22个重大项目，包括：嘉陵江水上游乐、工业技改升级扩能项目、“万、千、百、十”脱贫攻坚项目等，总投资69.3亿元。')).toEqual([
      '嘉陵江水上游乐',
      '工业技改升级扩能项目',
      '“万、千、百、十”脱贫攻坚项目',
    ]);
    expect(
      names(
        '本次集中开工的重大重点项目包括南昌国际陆港枢纽产业园（南昌向塘电商物流服务中心）、昌南农产品冷链智慧物流产业园（一期农产品交易市场）等，涵盖了工业、农业等领域。',
      ),
    ).toEqual(['南昌国际陆港枢纽产业园（南昌向塘电商物流服务中心）', '昌南农产品冷链智慧物流产业园（一期农产品交易市场）']);
    // After a comma only 包括 introduces the list: 为 there states a purpose.
    expect(names('加快建设城市更新项目，为产业升级、城市发展提供支撑。')).toEqual([]);
  });

  it('quoted-list-shared-head: quoted names one after another closed by 等 and the head they share', () => {
    expect(names('持续开展“全员招商”“挂牌招商”“精准招商”等专项行动，以高质量项目建设引领高质量发展。')).toEqual(['“全员招商”', '“挂牌招商”', '“精准招商”']);
    expect(names('深化“放管服”“最多跑一次”等改革。')).toEqual([]);
  });

  it('works-line-started: a named work and plain 开工 closing the clause (a live log’s lines, 房县 2021; 实现开工, 浦北 2023)', () => {
    expect(rules('北京忠和酒业二期（扩能）项目开工')).toEqual([['北京忠和酒业二期（扩能）项目', 'works-started']]);
    expect(names('G346国道军店至窑淮一级路开工')).toEqual(['G346国道军店至窑淮一级路']);
    expect(names('本地龙头企业柑浦堂已进驻，中小企业孵化园项目实现开工，4幢标准厂房完成施工交付。')).toEqual(['中小企业孵化园项目']);
    // A class set apart, projects a speaker or a duty points to, or a work described by its rank: none.
    expect(names('县委书记孟宪鹏宣布项目开工。')).toEqual([]);
    expect(names('力争新建项目开工，确保各项目开工。')).toEqual([]);
    expect(names('获得国债资金97.4亿元，全省首个超百亿元水利工程娄里水库开工。')).toEqual([]);
  });

  it('progress-of-part: a named work opening its clause, then the part that reached its stage (潍坊 2018)', () => {
    expect(rules('济青高铁潍坊段正线铺轨完成、计划年底开通，青银高速公路改扩建工程潍坊段桥梁及通道全部完成，万创众创空间项目商务楼主体完成。')).toEqual([
      ['济青高铁潍坊段', 'works-progress'],
      ['青银高速公路改扩建工程潍坊段', 'works-progress'],
      ['万创众创空间项目', 'works-progress'],
    ]);
    // The part's stage may be followed by the next one after 、 (潍坊 2018).
    expect(names('盛瑞8挡自动变速器项目生产设备制造完成、研发中心主体完工。')).toEqual(['盛瑞8挡自动变速器项目']);
    expect(names('318个社会投资项目完成年度投资计划24%，盛瑞8挡自动变速器项目生产设备制造完成。')).toEqual(['盛瑞8挡自动变速器项目']);
    // 各项 before 目标 is no 项目; a duty opens no name.
    expect(names('确保各项目标任务圆满完成。')).toEqual([]);
    expect(names('2021年全县经济社会发展各项目标任务全面完成。')).toEqual([]);
  });

  it('listed-by-progress: a list opening its clause, closed by how its works progress, most items ending in a work’s head (潍坊 2018)', () => {
    expect(names('其中基础设施项目完成投资计划的31%，站南广场片区改造工程、高铁新片区开发工程、山东海洋技术大学、城区道路畅通工程进展加快。')).toEqual([
      '站南广场片区改造工程',
      '高铁新片区开发工程',
      '山东海洋技术大学',
      '城区道路畅通工程',
    ]);
    expect(names('项目审批制度改革、要素保障机制建设加快推进。')).toEqual([]);
    expect(names('交通、水利、能源等重大项目加快推进。')).toEqual([]);
  });

  it('works-of-manager: the works a site manager runs (浦北 2023)', () => {
    expect(names('5月11日，中铁四局浦北县马江河县城段水环境治理一期工程项目经理羊羊介绍。')).toEqual(['中铁四局浦北县马江河县城段水环境治理一期工程']);
  });

  it('second blind round (澄城 2022, 丹凤 2022, 安平 2022, 商城 2020): 开工 qualifying the noun after it, a count in one Arabic digit, a batch named by its qualities, a project introduced by where it lies', () => {
    expect(names('县发改委主任王景昌就全县2020年第一批重点项目集中开工情况作了介绍。')).toEqual([]);
    expect(names('15个重点项目集中开工既是我县贯彻落实市委、市政府关于重点项目集中开工部署的具体行动。')).toEqual([]);
    expect(rules('仪式结束后，与会人员现场观摩了山水致诚肉类精深加工、丹凤葡萄酒庄、金山康养产业园3个项目。')).toEqual([
      ['山水致诚肉类精深加工', 'counted-list'],
      ['丹凤葡萄酒庄', 'counted-list'],
      ['金山康养产业园', 'counted-list'],
    ]);
    expect(names('“六横”指六个横向输水大动脉，包括都江堰灌区、长征渠引水、向家坝灌区3个工程。')).toEqual(['都江堰灌区', '长征渠引水', '向家坝灌区']);
    // A range (1—2个) counts no list.
    expect(names('在全省各州、市和各类产业园区中认定 1—2个开展省级服务贸易创新试点和 1—2个省级文化出口基地。')).not.toContain('在全省各州');
    expect(names('1—4月份新开工入库项目47项，特别是庞德铝模板、雄衡协作区智能制造基地等一批大好高优项目的落地开工。')).toEqual([
      '庞德铝模板',
      '雄衡协作区智能制造基地',
    ]);
    expect(rules('位于澄城县寺前镇的新型材料生产线项目，总投资2.66亿元。')).toEqual([['新型材料生产线项目', 'located-project']]);
  });
});

describe('named projects of plans, action plans and work reports of places not golded before (branch projects, blind round, sitting 2026-12-07 fourth)', () => {
  it('works-put-in-operation: a plant or platform named before the stage it reached (建成投产, 投产运营, 建成上线, 全线开工), without its rank', () => {
    expect(names('新型建材产业稳步发展，建云公司日产3000吨新型干法水泥熟料生产线建成投产。')).toEqual(['建云公司日产3000吨新型干法水泥熟料生产线']);
    expect(names('云龙至兰坪高速公路建成通车，云龙至永平高速公路全线开工。')).toEqual(['云龙至兰坪高速公路', '云龙至永平高速公路']);
    expect(names('全国首个“区块链+AI”肉牛产业数智化平台建成上线，漕涧万头奶牛牧场投产运营。')).toEqual(['“区块链+AI”肉牛产业数智化平台', '漕涧万头奶牛牧场']);
  });

  it('work-by-progress: one named work opening its clause, then how far it has got (云龙 2025, 祥云 2022); a class or a duty opens none', () => {
    expect(names('国家级县域充换电设施补短板试点项目加速推进，建成充电桩156个。')).toEqual(['国家级县域充换电设施补短板试点项目']);
    expect(names('大理宸宇年产10万吨电池负极一体化项目送电试车，贝特瑞年产20万吨锂电池负极材料一体化基地建设加快推进。')).toEqual([
      '大理宸宇年产10万吨电池负极一体化项目',
      '贝特瑞年产20万吨锂电池负极材料一体化基地',
    ]);
    expect(names('立新年产1万吨再生硅材料项目一期投产，保利协鑫10万吨颗粒硅一体化项目能评审批进度加快。')).toEqual([
      '立新年产1万吨再生硅材料项目',
      '保利协鑫10万吨颗粒硅一体化项目',
    ]);
    // Two works joined by 及, each closed by a work's head, are two names.
    expect(names('云龙至泸水高速及“大(理)漾(濞)云(龙)泸(水)”铁路前期工作稳步推进，交通领域争取项目数居全州首位。')).toEqual([
      '云龙至泸水高速',
      '“大(理)漾(濞)云(龙)泸(水)”铁路',
    ]);
    expect(names('重点项目加快推进，确保各项工作有序推进。')).toEqual([]);
  });

  it('listed-by-stage: a subject list closed by 等项目 and 有序推进, 稳步推进, 加速推进 (祥云 2022)', () => {
    expect(names('皇正集团茅草坝新型建材产业园原料基地一期工程、建云公司年产1000万吨砂石骨料和水泥窑协同工业固废处置等项目有序推进。')).toEqual([
      '皇正集团茅草坝新型建材产业园原料基地一期工程',
      '建云公司年产1000万吨砂石骨料和水泥窑协同工业固废处置',
    ]);
  });

  it('listed-by-stage: a subject list closed by 等项目 and 相继备案、落地, 立项 (丽水 2022)', () => {
    expect(names('缙云县冷链物流综合小微园、遂昌县冷链物流城、松阳县冷链物流中心等项目相继备案、落地。')).toEqual([
      '缙云县冷链物流综合小微园',
      '遂昌县冷链物流城',
      '松阳县冷链物流中心',
    ]);
    expect(names('项目备案、立项手续加快办理。')).toEqual([]);
  });

  it('support-after-pursuit: a verb of support after a verb of pursuing or a duty’s frame still names the aim (铁岭 2022, 通道 2024)', () => {
    expect(names('加快推进融入沈阳现代化都市圈和辽东绿色经济区，坚持项目化、工程化、清单化。')).toEqual([]);
    expect(names('必须在融入怀化国际陆港建设上下足功夫，务实有效融入怀化国际陆港发展体系。')).toEqual([]);
  });

  it('ordinal-or-rank-before-name: 七是…, 全国首条… open no name (宁夏 2026)', () => {
    expect(names('九是黄河宁夏段河道治理工程加快推进。')).toEqual(['黄河宁夏段河道治理工程']);
  });

  it('counted-class-in-quotes: a counted class in quotes closing a name, or counting the quoted slogans before it, is a set of works (湖南 2026, 霍邱 2024)', () => {
    expect(names('实施降低全社会物流成本“七大行动”，物流成本持续下降。')).toEqual([]);
    expect(names('扎实推动“改作风、提效能、促发展、护稳定”八大行动，锐意进取。')).toEqual([]);
    // A field and its count written plainly titles the set as plans do (湘潭 2021), and a number inside a name counts nothing.
    expect(names('实施服务业提质增效七大工程。')).toEqual(['服务业提质增效七大工程']);
    expect(names('实施“百万千”产业倍增计划，努力打造四个“千字号”产业集群。')).toEqual(['“百万千”产业倍增计划']);
  });
  it('quoted-consumption-campaign: a quoted 促消费活动, its count of events after it (铜川 2025); a themed year’s 活动 stays none (潍坊 2018)', () => {
    expect(names('开展提振消费专项行动，扩围实施“两新”政策，精心举办“秦乐购”促消费活动150场次。')).toEqual(['提振消费专项行动', '“秦乐购”促消费活动']);
    expect(names('深入开展“项目建设年”活动，全力推进项目建设。')).toEqual([]);
  });

  it('work-by-progress also when approved (获批, 获批设立), alone or listed; a line’s voltage is part of its name (云龙 2025)', () => {
    expect(names('漕涧梁子(二期)风电场、500千伏长新输变电工程获批，全县水电装机容量达243万千瓦。')).toEqual(['漕涧梁子(二期)风电场', '500千伏长新输变电工程']);
    expect(names('云南云龙省级产业园区获批设立，成功招引5家企业。')).toEqual(['云南云龙省级产业园区']);
    expect(names('争取深海领域国家技术创新中心获批。')).toEqual([]);
  });

  it('described-work: a named work opening its clause, then where it lies, its length or its investment (贵州 2016, 白银 2018)', () => {
    expect(rules('贵州侗乡大健康产业示范区(以下简称示范区)位于黔东南苗族侗族自治州，以从江县洛香镇为核心区。')).toEqual([
      ['贵州侗乡大健康产业示范区', 'described-work'],
    ]);
    expect(names('加大白银军民融合创新示范区建设，中核甘肃核技术产业园完成投资42亿元。')).toEqual(['白银军民融合创新示范区', '中核甘肃核技术产业园']);
    // A work pointed to, or a class, opens none.
    expect(names('该项目总投资5亿元，重点项目完成投资120亿元。')).toEqual([]);
  });

  it('focus-before-name: what a facility is built around, written before it, is no part of its name (白银 2018)', () => {
    expect(names('建设以兰白地区为重点的中部绿色生态产业示范区。')).toEqual(['中部绿色生态产业示范区']);
  });
  it('second blind round (平阴 2019, 五莲 2024): a counted list followed by its stage, a facility 建成启用', () => {
    expect(
      names('玫瑰高端产业园、锦水高端装备制造产业园、产发置业标准化厂房、绿色建材产业园、榆山中小企业孵化园5大园区同步推进，50万平方米标准厂房全部开工。'),
    ).toEqual(['玫瑰高端产业园', '锦水高端装备制造产业园', '产发置业标准化厂房', '绿色建材产业园', '榆山中小企业孵化园']);
    expect(names('创新推行“专链”深度融合，建成启用“遇见未来·招商会客厅”，新签约招商项目62个。')).toEqual(['“遇见未来·招商会客厅”']);
  });

  it('level-kind-facility: a facility named by the level it serves is a kind, no works; so is what is coordinated with it (开阳 2023)', () => {
    expect(names('2023年，改造提升县域商贸中心和物流配送中心，建设一批乡镇商贸中心、村级便利店，夯实农村电子商务基础。')).toEqual([]);
    expect(names('建设县级物流配送中心。')).toEqual([]);
    // A programme opening with the level stays a name.
    expect(names('深入实施县域商业建设行动。')).toEqual(['县域商业建设行动']);
  });

  it('bare-programme-list: a line that is only a list of programmes sharing one head names each whole (德阳 2022)', () => {
    expect(rules('市场主体培育专项行动、集成能力提升专项行动、深度融合示范专项行动、品牌标准建设专项行动、要素供给保障专项行动、区域协同发展专项行动')).toEqual(
      [
        ['市场主体培育专项行动', 'bare-programme-list'],
        ['集成能力提升专项行动', 'bare-programme-list'],
        ['深度融合示范专项行动', 'bare-programme-list'],
        ['品牌标准建设专项行动', 'bare-programme-list'],
        ['要素供给保障专项行动', 'bare-programme-list'],
        ['区域协同发展专项行动', 'bare-programme-list'],
      ],
    );
    // Two items, or items of different heads, are no such line.
    expect(rules('市场主体培育专项行动、集成能力提升工程').map(([, rule]) => rule)).not.toContain('bare-programme-list');
  });

  it('under-construction-in-progress: a facility the clause says is being built (德阳 2022)', () => {
    expect(rules('3月16日，德阳经开区，国家发电设备机械零部件产品质量监督检验中心正抓紧建设。')).toEqual([
      ['国家发电设备机械零部件产品质量监督检验中心', 'under-construction'],
    ]);
    expect(names('推进南宁、百色、来宾、梧州泛铝件先进制造基地建设。')).toEqual(['梧州泛铝件先进制造基地']);
    expect(names('该中心正在建设。')).toEqual([]);
  });

  describe('third blind round (sitting 2026-12-07 fifth: 建平 2018, 承德 2023, 牡丹江 2023, 驻马店 2022, 宜昌 2026, 贵港 2018, 铜仁 2026)', () => {
    const review = (sentence: string): string[] => namedUndertakings(sentence, { text: sentence, start: 0 }, 'review').map((found) => found.name);

    it('stage-of-park: a review’s point opening with a dash and a quoted programme, parks by how far they got (建平 2018)', () => {
      expect(review('——“五个一工程”强力推进。')).toEqual(['“五个一工程”']);
      expect(review('经济开发区环保科技产业园积极推进，农产品加工产业园10万平方米标房初具规模。')).toEqual(['经济开发区环保科技产业园', '农产品加工产业园']);
      // A station is read before 高铁, which would close its name early.
      expect(review('富山新市镇高铁站建设启动实施。')).toEqual(['富山新市镇高铁站']);
    });

    it('work-put-in-use: the whole subject of its clause, an adverb at most between (建平 2018, 广西 2026), not the facility a part belongs to (云南 2026)', () => {
      expect(review('红山文化研究中心初步投入使用。')).toEqual(['红山文化研究中心']);
      expect(review('南宁吴圩机场改扩建工程投入使用。')).toEqual(['南宁吴圩机场改扩建工程']);
      expect(review('昆明长水国际机场东二跑道投入使用。')).toEqual([]);
    });

    it('counted-class-quoted-after-items: the count quoted right after the last item, without 等 (承德 2023); fields before it are none (宁德 2021)', () => {
      expect(names('持续落实保护传承、研究发掘、环境配套、文旅融合、数字再现“五大工程”，以项目建设全力推进。')).toEqual([
        '保护传承',
        '研究发掘',
        '环境配套',
        '文旅融合',
        '数字再现',
      ]);
      expect(names('重点围绕临海产业、临港能源、海洋渔业、滨海旅游、现代港口、海洋生态、海洋科技等方面实施七大行动。')).toEqual([]);
    });

    it('namely-projects, work-listed-in, work-accepted: a count then 即, a work a list takes in, a work that passed its acceptance (承德 2023)', () => {
      expect(rules('纳入国规重点项目1个，即长城(金山岭段)文旅融合示范区项目，纳入省规重点项目8个。')).toEqual([
        ['长城(金山岭段)文旅融合示范区项目', 'listed-after-copula'],
      ]);
      expect(names('其中，金山岭长城文旅融合示范区项目列入国家层面重点项目，计划总投资9亿元。')).toEqual(['金山岭长城文旅融合示范区项目']);
      expect(names('涝洼长城五道梁抢险加固项目已通过省文物局项目技术验收。')).toEqual(['涝洼长城五道梁抢险加固项目']);
      // The rank and grade before a name are no part of it (内蒙古 2026).
      expect(review('开通航线483条，全区首座4F级盛乐国际机场通过行业验收。')).toEqual(['盛乐国际机场']);
    });

    it('built-list: works a text says were built, after 建成了, 构建了, 打造了, 建设了 (贵港 2018, 承德 2023)', () => {
      expect(review('初步构建了广西第二汽车生产基地、中国—东盟新能源电动车生产基地、电子信息制造基地和生物医药生产基地。')).toEqual([
        '广西第二汽车生产基地',
        '中国—东盟新能源电动车生产基地',
        '电子信息制造基地',
        '生物医药生产基地',
      ]);
      expect(names('今年重点建设了长城国家文化公园游步道项目和花楼沟国际摄影艺术村项目。')).toEqual(['长城国家文化公园游步道项目', '花楼沟国际摄影艺术村项目']);
    });

    it('place-of-item, quoted-programme-carried-out with 的部署: a list’s items without the county before 的 (牡丹江 2023)', () => {
      expect(names('重点推进爱民区的旭昇化工邻氨基苯酚、阳明区的辰能生物质热电联产、海林市的大唐万米沟风电等项目，加快建设速度。')).toEqual([
        '旭昇化工邻氨基苯酚',
        '辰能生物质热电联产',
        '大唐万米沟风电',
      ]);
      expect(names('按照省委、省政府关于加快建设工业强省、实施“百千万”工程的部署，持之以恒抓投资。')).toEqual(['“百千万”工程']);
    });

    it('work-then-investment: a clause that is a work’s name alone, its investment after it (驻马店 2022’s captions); 新 of a place’s name sets nothing apart', () => {
      expect(names('遂平县克明食品面品项目，总投资5.3亿元，目前正在进行设备安装。')).toEqual(['遂平县克明食品面品项目']);
      expect(names('鹏辉绿色动力电池生产项目投资25亿元，目前正在安装调试设备。')).toEqual(['鹏辉绿色动力电池生产项目']);
      expect(names('新蔡县亚特专用汽车产业园项目，总投资 20亿元，现已投产。')).toEqual(['新蔡县亚特专用汽车产业园项目']);
      expect(names('本次签约项目，总投资120亿元。')).toEqual([]);
    });

    it('line-opened: a line or highway opened to traffic (宜昌 2026), not a goal of reaching every county (广西 2026)', () => {
      expect(names('沪渝蓉沿江高铁武宜段开通运营。')).toEqual(['沪渝蓉沿江高铁武宜段']);
      expect(names('确保宜(昌)来(凤)高速通车运营。')).toEqual(['宜(昌)来(凤)高速']);
      expect(names('全面实现市市通高铁、县县通高速。')).toEqual([]);
    });

    it('docking is an aim served (宜昌 2026); 各 opens no name (上饶 2023) but 各族 does (内蒙古 2026); a pronoun opens none (紫金 2020)', () => {
      expect(names('全面对接长江中游城市群、成渝地区双城经济圈。')).toEqual([]);
      expect(names('其他县(市、区)力争各建成一个夜间经济特色集聚区。')).toEqual([]);
      expect(names('实施各族青少年交流计划。')).toEqual(['各族青少年交流计划']);
      expect(names('这一年，我们在园区建设上打造了紫金速度。')).toEqual([]);
    });

    it('joined-works-split: two works joined by 和/及/以及, the first closed by a work’s head, each a work (云南, 陕西, 广东, 广西, 山东 2026)', () => {
      expect(names('开工建设滇中引水二期骨干工程和景腊大型灌区。')).toEqual(['滇中引水二期骨干工程', '景腊大型灌区']);
      // Items sharing a head before a stage (西康、西十高铁、西安东站和府谷、定边机场建成投运, 陕西 2026) name none: rule
      // items-sharing-a-head (4be6f06) reads them.
      expect(names('建设华南国家植物园和深圳国际红树林中心。')).toEqual(['华南国家植物园', '深圳国际红树林中心']);
      // A work in progress’s word before the second is no part of it; a kind alone is none (kind-of-works).
      expect(names('推进白龙核电一期、红沙核电三期、钦州电厂三期以及在建抽水蓄能电站等项目，稳妥推进源网荷储一体化试点。')).toEqual([
        '白龙核电一期',
        '红沙核电三期',
        '钦州电厂三期',
        '源网荷储一体化试点',
      ]);
      // One work whose 项目 closes both stays one name (卢龙 2019).
      expect(names('开工建设优质鲜薯深加工二期工程及科研中心项目。')).toEqual(['优质鲜薯深加工二期工程及科研中心项目']);
    });

    it('kind-of-works: a work named by its technology or class alone, or by a superlative, is no name (广西, 西藏, 新疆, 黑龙江 2026)', () => {
      expect(names('开工建设抽水蓄能电站。')).toEqual([]);
      expect(names('开工建设富民抽水蓄能电站。')).toEqual(['富民抽水蓄能电站']);
      expect(names('开工建设新时代重大标志性工程。')).toEqual([]);
      expect(names('创建国家级零碳园区。')).toEqual([]);
      expect(names('世界最长高速公路加快推进。')).toEqual([]);
    });

    it('fourth blind round: enumerated-with-figures (临汾 2023), a staged list’s progress and quoted items (连云港 2022)', () => {
      expect(
        names(
          '4个省重点项目分别为：乡宁县云丘山完成投资1.11亿元，翼城县河上功德山完成投资1.5亿元，洪洞县广胜寺旅游文化景区(入口片区)修复性开发一期工程完成投资1.4亿元。',
        ),
      ).toEqual(['乡宁县云丘山', '翼城县河上功德山', '洪洞县广胜寺旅游文化景区(入口片区)修复性开发一期工程']);
      expect(names('11个其他重点项目分别为：隰县小西天景区生态综合体建设完成0.1亿元；曲沃县曲村-天马国家考古遗址公园做好前期准备工作。')).toEqual([
        '隰县小西天景区生态综合体',
        '曲沃县曲村-天马国家考古遗址公园',
      ]);
      expect(names('其中，抗日山文旅产业园、花果山综合提升工程等7个项目进展较快，超过全市平均进度。')).toEqual(['抗日山文旅产业园', '花果山综合提升工程']);
      expect(names('其中灌南硕项湖酒店景观提升、“海州湾之星”水上酒店提升、连云新城科技体验馆等12个项目进展较快。')).toEqual([
        '灌南硕项湖酒店景观提升',
        '“海州湾之星”水上酒店提升',
        '连云新城科技体验馆',
      ]);
    });

    it('verb-word-in-name: a verb before a head alone is part of the name (澄迈 2024); a name holds no 解决 (始兴 2024)', () => {
      expect(names('信义玻璃深加工、海南生产支持基地(一期)、自动化设备制造基地等12个项目集中开工。')).toEqual([
        '信义玻璃深加工',
        '海南生产支持基地(一期)',
        '自动化设备制造基地',
      ]);
      expect(names('全力协调解决阻碍项目建设的堵点、卡点问题。')).toEqual([]);
    });

    it('park-by-floor-space: parks opening their clause, then the factory floor they hold (建平 2018)', () => {
      expect(review('经济开发区家居产业园60万平方米标房入驻46家企业陆续投产，新型建材产业园、现代制造产业园30万平方米标房全部入驻。')).toEqual([
        '经济开发区家居产业园',
        '新型建材产业园',
        '现代制造产业园',
      ]);
      expect(names('全县新建标准厂房30万平方米。')).toEqual([]);
    });

    it('building-in-name: a programme whose name holds 建设 after a project’s head is read whole (铜仁 2026)', () => {
      expect(names('(一)加力实施生态工业项目建设提升行动。')).toEqual(['生态工业项目建设提升行动']);
    });
  });

  it('invested-before-started: the investment written before a work that starts sizes it, no part of its name (淄博 2025)', () => {
    expect(rules('总投资221.6亿元的齐鲁石化鲁油鲁炼转型升级技术改造项目开工建设，标志着我市石油炼化产业升级改造掀开了崭新一页。')).toEqual([
      ['齐鲁石化鲁油鲁炼转型升级技术改造项目', 'works-started'],
    ]);
  });
});

describe('works of a one-year schedule and lists of works sharing a head (lead, fifth sitting: 临安 2022, 2026 reports)', () => {
  it('facilities-by-stage: schools, hospitals and care homes named before the stage they reach, the month of the schedule no part of a name', () => {
    expect(
      names('1.4月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园、优樾府幼儿园、青山湖科技城第一幼儿园主体完工，开始装修工程施工。'),
    ).toEqual(['职教中心', '学府路幼儿园', '8300安置小区配套幼儿园', '宝龙幼儿园', '优樾府幼儿园', '青山湖科技城第一幼儿园']);
    expect(names('3.11月底前天目山镇中心幼儿园竣工交付。')).toEqual(['天目山镇中心幼儿园']);
    // Kinds are no names: a list of kinds of school is left.
    expect(names('新建幼儿园、小学竣工交付。')).toEqual([]);
  });

  it('names works sharing a head as written, one name (the text writes neither whole), and drops a world first before a name', () => {
    expect(names('湘河、拉洛水利枢纽投入使用。')).toEqual(['湘河、拉洛水利枢纽']);
    expect(names('到2023年底，国家长城、长征文化公园吴忠段基本建成；')).toEqual(['国家长城、长征文化公园吴忠段']);
    expect(names('全球首个商用海底数据中心、海底智算中心投入使用。')).toEqual(['商用海底数据中心', '海底智算中心']);
  });
});

describe('named projects on unseen pages, a fifth blind round (branch projects, sitting 2026-12-08)', () => {
  it('stage-planned: a list closed by its count and the month its stage is planned for (吴川 2021), the count approximate (泰兴 2020)', () => {
    expect(names('其中，已初步确定湛江锦汇港洋现代冷链产业物流园、广东海豹信息科技产业基地等7个项目在6月开工建设。')).toEqual([
      '湛江锦汇港洋现代冷链产业物流园',
      '广东海豹信息科技产业基地',
    ]);
    expect(names('市滨江污水处理厂及配套管网（一期）工程等3个项目计划在6月竣工建成。')).toEqual(['市滨江污水处理厂及配套管网（一期）工程']);
    expect(names('全力以赴推动项目建设快上快干，力推裕辉食品、佰纳环保等10多个开工项目加快推进，及早竣工投产。')).toEqual(['裕辉食品', '佰纳环保']);
    // 力推 is no opener inside 着力推进: the name is not cut.
    expect(names('着力推进国家区域医疗中心、省级区域医疗中心等项目建设。')).not.toContain('进国家区域医疗中心');
  });

  it('listed-included, visited-list: a list after 包括 or the verb of a visit, and a stage before 项目 that qualifies them (天门, 雁峰 2020)', () => {
    expect(names('集中开工的19个项目总投资86.53亿元，包括沿江高铁天门段、西河治理等基础设施项目，拓优特电气等产业项目。')).toEqual([
      '沿江高铁天门段',
      '西河治理',
    ]);
    expect(names('考核组一行先后来到缤购商业街、金钟时代广场、雁兴混凝土生产等新竣工项目现场，认真听取企业负责人的情况汇报。')).toEqual([
      '缤购商业街',
      '金钟时代广场',
      '雁兴混凝土生产',
    ]);
  });

  it('projects-each-named: a list whose every item closes with 项目 or 工程, wherever it stands (海东 2020, 沂水, 淮南 2018)', () => {
    expect(rules('绿城五彩河湟建设项目、易华录城市数据湖项目、润厚农产品交易中心项目3项计划参加集中签约专题活动，投资金额达120亿元。')).toEqual([
      ['绿城五彩河湟建设项目', 'projects-each-named'],
      ['易华录城市数据湖项目', 'projects-each-named'],
      ['润厚农产品交易中心项目', 'projects-each-named'],
    ]);
    expect(names('在中睿无人机电池智造基地项目、临工智慧农业装备产业园项目、国华金泰光伏新材料项目，考察团通过观展厅、进车间、听介绍。')).toEqual([
      '中睿无人机电池智造基地项目',
      '临工智慧农业装备产业园项目',
      '国华金泰光伏新材料项目',
    ]);
    expect(names('处于协议起草阶段的项目8个，分别为轴承锻件车件生产项目、年产400吨薄荷脑生产项目等。')).toEqual([
      '轴承锻件车件生产项目',
      '年产400吨薄荷脑生产项目',
    ]);
    // Two items joined by 和 are each named (江西 2026); a bracketed note of who leads opens none (滨州).
    expect(names('持续实施文旅业态融合计划和“引客入赣”工程、旅游服务质量提升工程。')).toEqual(['文旅业态融合计划', '“引客入赣”工程', '旅游服务质量提升工程']);
    expect(names('（市发改委、建设局按职责牵头负责）新农村社区建设试点工程、“城中村”改造工程')).not.toContain(
      '（市发改委、建设局按职责牵头负责）新农村社区建设试点工程',
    );
    // Kinds are no names: items described with 的, or of a few words only (济宁 2015).
    expect(names('对稳定和扩大就业的转型升级项目、创业创新项目、教育培训项目等，各级财政专项资金优先给予支持。')).not.toContain('教育培训项目');
  });

  it('project-is-project: a project the clause says is a project of some kind (新邵 2023)', () => {
    expect(rules('湖南省新华书店有限责任公司邵阳市分公司物流中心项目是新华书店的专属物流项目，计划总投资5000万元。')).toEqual([
      ['湖南省新华书店有限责任公司邵阳市分公司物流中心项目', 'project-is-project'],
    ]);
    expect(names('该项目是全省重点项目。')).toEqual([]);
  });

  it('visited-works: the works a visit goes to, each closed by a work’s head; a company visited is none (商洛 2023, 台前 2012)', () => {
    expect(names('与会人员首先在商南县观摩了茶旅康养融合示范园、镁橄榄岩全产业链一期和菊花水系列功能性饮品生产线建设项目')).toEqual([
      '茶旅康养融合示范园',
      '镁橄榄岩全产业链一期',
      '菊花水系列功能性饮品生产线建设项目',
    ]);
    expect(names('考察团一行先后参观了宏宇羽绒、鑫隆羽绒、芳欣制衣、武元实业、恒润碳四综合利用项目、英腾服饰一期等地。')).toEqual([
      '恒润碳四综合利用项目',
      '英腾服饰一期',
    ]);
    // 深入 and 挖掘 are no visit: the resources a place draws on are none (seed 002).
    expect(names('深入挖掘怀化、邵阳在雪峰山、崀山的自然资源、抗战文化资源和南山国家公园等方面优势。')).toEqual([]);
  });

  it('described-plant: a named work, its phase at most after its head, then its capacity or what it generated (乌拉特中旗 2020, 太仆寺旗 2010, 新邵 2023)', () => {
    expect(rules('国华巴彦淖尔公司中旗德岭山20MWp自发自用光伏发电项目总装机容量2万千瓦，总投资约1.5亿元。')).toEqual([
      ['国华巴彦淖尔公司中旗德岭山20MWp自发自用光伏发电项目', 'described-work'],
    ]);
    expect(names('其中，申华协合投资有限公司太旗贡宝拉格4.95万千瓦风电项目累计发电1.78亿千瓦时，实现产值9891万元。')).toEqual([
      '申华协合投资有限公司太旗贡宝拉格4.95万千瓦风电项目',
    ]);
    expect(names('其中，长鸿绿色智慧产业园二期总投资3亿元，总占地30.4亩。')).toEqual(['长鸿绿色智慧产业园二期']);
  });

  it('work-by-progress: the news opening a clause (目前, 此外) is no part of a name; 已 may precede the stage; a plant connected to the grid or put on record (阿巴嘎旗, 太仆寺旗 2010)', () => {
    expect(names('目前融丰（港城）灰腾梁风电项目已开工建设，鑫能20MW分布式光伏发电项目已取得备案，争取年内实现并网发电。')).toEqual([
      '融丰（港城）灰腾梁风电项目',
      '鑫能20MW分布式光伏发电项目',
    ]);
    expect(names('国电电力公司太旗红旗风电场4.95万千瓦一期风电项目于今年10月并网发电。')).toEqual(['国电电力公司太旗红旗风电场4.95万千瓦一期风电项目']);
  });

  it('start-joined-by-ji, start-as-noun, sized-then-stage: the work after 暨; no start as a noun or as the start of a span; a phase alone is no name (英山, 泰兴 2020)', () => {
    expect(names('上午九点三十分，县委书记陈武斌宣布我县一季度重大项目集中开工活动启动暨长安建筑工业化产业园项目正式开工。')).toEqual([
      '长安建筑工业化产业园项目',
    ]);
    expect(
      names('县长田洪光代表县委、县政府向项目的隆重开工表示热烈祝贺，他说，长安建筑工业化产业园等5个项目的开工为我县经济发展注入了新动能。'),
    ).not.toContain('表示热烈祝贺');
    expect(names('总投资1亿元的忠成金属项目从开工建设到竣工投产，用了不到一年时间，10月底一期项目投入生产后，本月实现开票销售有望超过800万元。')).toEqual([
      '忠成金属项目',
    ]);
    expect(names('今年以来，泰兴市围绕在建项目抓竣工，落实部门包保服务项目，着力提升项目竣工率。')).toEqual([]);
  });

  it('signed-and-landed: one project signed and landed, its size before it with 的 no part of its name (宣化 2015)', () => {
    expect(names('总投资110亿元的中意国别建材城项目签约落地，为园区建设提供了项目支撑和保障。')).toEqual(['中意国别建材城项目']);
  });

  it('kind-of-works: a technology and its plant alone, a voltage alone, a network or a treatment plant without a place (金塔, 太仆寺旗 2010)', () => {
    expect(names('其中，电网建设、光伏发电、城乡路网等能源交通项目如期推进，330千伏输变电、酒航高速等重大项目取得进展。')).toEqual(['酒航高速']);
    expect(names('目前，国电电力太仆寺旗风电开发有限公司正积极开展大型光伏电站项目建设的前期准备工作。')).toEqual([]);
  });

  it('counted-list: a count of wind farms closes its items (阿巴嘎旗); built-into-role: what a thing is built into is a role (都江堰 2017)', () => {
    expect(names('大力发展新能源产业，重点抓好灰腾梁、别力古台两大风电场，积极发展光伏产业。')).toEqual(['灰腾梁', '别力古台']);
    expect(names('将田园综合体建设成美丽乡村展示区、都市现代农业示范区、农业农村改革先行区和绿色农业典范区。')).toEqual([]);
    expect(rules('湛江吴川机场空港经济区起步区（一期）工程项目为协办开工项目，要在6月10日前完成先行开工道路地块的征地拆迁。')).toEqual([
      ['湛江吴川机场空港经济区起步区（一期）工程项目', 'project-is-project'],
    ]);
  });

  it('second round: a list of sites after 在, a counted list of a level’s key projects, a stage behind or planned for a quarter (绥中 2024, 三元 2010, 阜新 2022)', () => {
    expect(names('在县民生医院、六股河北桥、猴山水库净水厂等各大重点项目的建设现场，大型机械设备往来穿梭。')).toEqual([
      '县民生医院',
      '六股河北桥',
      '猴山水库净水厂',
    ]);
    expect(names('三明宾馆重建、闽新新型建材生产、天尊短流程铸造技改等13个省市重点项目，完成年计划70%以上。')).toEqual([
      '三明宾馆重建',
      '闽新新型建材生产',
      '天尊短流程铸造技改',
    ]);
    expect(names('82个省市区在建或预备重点项目中，三明一品农林产品仓储、华油仓储、三明汽车维修中心等26个项目滞后。')).toEqual([
      '三明一品农林产品仓储',
      '华油仓储',
      '三明汽车维修中心',
    ]);
    expect(names('仅1月份，正大畜牧生猪屠宰加工、阜新盛步100MW光伏发电等12个项目计划首季开工。')).toEqual(['正大畜牧生猪屠宰加工', '阜新盛步100MW光伏发电']);
    expect(names('其中我县海洋高端装备产业基地项目计划年内开工，佳粮·君悦城项目1—4号楼已封顶。')).toContain('海洋高端装备产业基地项目');
    // A level's class, a place's or a half year's projects are none (三元 2010, 正宁, 香格里拉 2012).
    expect(names('其中：省市级重点建设项目完成投资11.33亿元，区级重点建设项目完成投资12.35亿元。')).toEqual([]);
    expect(names('正宁县周家镇项目建设稳步推进')).toEqual([]);
  });

  it('second round: an each-named list opened after its last verb, quoted items joined by 和 before a counted head, kinds of rural works (磴口 2023, 阜新 2022, 香格里拉 2012)', () => {
    expect(names('开工仪式同时还设立中利乳业奶粉加工项目、工业园区基础设施建设项目、中央公园住宅小区二期建设项目7个其他项目开工现场。')).toEqual([
      '中利乳业奶粉加工项目',
      '工业园区基础设施建设项目',
      '中央公园住宅小区二期建设项目',
    ]);
    expect(names('目前，我县正全力推进“千百十”“3510”“三牌”“三走”和“双一二三四”等五大工程。')).toEqual([
      '“千百十”',
      '“3510”',
      '“三牌”',
      '“三走”',
      '“双一二三四”',
    ]);
    expect(names('全镇投资超过900多万元，先后实施了安全饮水工程、小农水工程、抽水站建设等项目，解决了4村145户农户的安全饮水问题。')).toEqual([]);
  });
});
