import { normalizeText } from '@policygraph/parse';
import { read } from './spec-support';
import { bareListInBrackets, leadVerbInBrackets, responsibleVerbInBrackets } from './verb-in-brackets';

// Real examples: 关于推动经济高质量发展若干政策举措 (金华市婺城区, 2025) and the list of conventions.
describe('lead-verb-in-brackets', () => {
  it('reads a lead stated on a heading: 一、强化科技创新(区科技局牵头), 一、加快调整能源结构(省发改委总牵头)', () => {
    expect(read(leadVerbInBrackets, '一、强化科技创新(区科技局牵头)')).toEqual([['区科技局 lead']]);
    expect(read(leadVerbInBrackets, '一、加快调整能源结构(省发改委总牵头)')).toEqual([['省发改委 lead']]);
  });

  it('reads past leaders named by office, and not the run a cut opening leaves without its verb (officials-by-office, cut-run-unstated, 湖南 2019)', () => {
    const hunan = '万元GDP能耗下降2.5%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省';
    expect(read(leadVerbInBrackets, hunan)).toEqual([['省发展改革委 lead']]);
    // Written whole, every run has its verb.
    expect(read(leadVerbInBrackets, '能耗下降2.5%(分管副省长负责,省发展改革委牵头,省工业和信息化厅配合)')).toEqual([
      ['省发展改革委 lead', '省工业和信息化厅 support'],
    ]);
  });

  it('reads a unit with its other name in angle brackets as one lead (龙湾 2025): 一、强化科技创新(新区科技和人才局〈区科技局〉牵头)', () => {
    expect(read(leadVerbInBrackets, '一、强化科技创新(新区科技和人才局〈区科技局〉牵头)')).toEqual([['新区科技和人才局〈区科技局〉 lead']]);
  });

  it('reads （A牵头，B、C配合） and （A、B牵头，C按职责分工负责）', () => {
    expect(read(leadVerbInBrackets, '完善冷链物流网络。（省商务厅牵头，省农业农村厅、省市场监管局配合）')).toEqual([
      ['省商务厅 lead', '省农业农村厅 support', '省市场监管局 support'],
    ]);
    expect(read(leadVerbInBrackets, '清单管理。(市政府办公室、市审改办牵头,市级各有关部门及各县市区政府按职责分工负责)')).toEqual([
      ['市政府办公室 lead', '市审改办 lead', '市级各有关部门 co-responsible', '各县市区政府 co-responsible'],
    ]);
  });

  it('reads the same in tortoise-shell brackets (陕政办发〔2023〕29号): 〔A、B牵头，各市（区）政府配合〕', () => {
    expect(read(leadVerbInBrackets, '推出系列活动。〔省文物局、省文化和旅游厅牵头,各市(区)政府配合〕')).toEqual([
      ['省文物局 lead', '省文化和旅游厅 lead', '各市（区）政府 support'],
    ]);
  });

  it('reads 主办 (hosts) as 牵头 and 协办 (assists) as 配合, the shared 省 prefix kept (黑龙江 2013 责任分工)', () => {
    expect(read(leadVerbInBrackets, '(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)')).toEqual([
      ['省财政厅 lead', '省国税局 support', '省地税局 support'],
    ]);
    expect(read(leadVerbInBrackets, '促进尽快落实、落地。(省工信委主办,省发改委协办)')).toEqual([['省工信委 lead', '省发改委 support']]);
    expect(read(responsibleVerbInBrackets, '(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)')).toEqual([]);
  });

  it('reads a city government leading with a department (皖 长三角 2021): (合肥市,省发展改革委牵头)', () => {
    expect(read(leadVerbInBrackets, '推动合巢产业新城建设。(合肥市,省发展改革委牵头)')).toEqual([['合肥市 lead', '省发展改革委 lead']]);
    // Rule cities-share-government (银川 2019): full city names before one written with its government are governments too;
    // a full name before a comma stays the place.
    expect(read(leadVerbInBrackets, '保障道路安全畅通。(自治区交通运输厅牵头,银川市、石嘴山市、吴忠市人民政府、宁东管委会配合)')).toEqual([
      ['自治区交通运输厅 lead', '银川市人民政府 support', '石嘴山市人民政府 support', '吴忠市人民政府 support', '宁东管委会 support'],
    ]);
  });

  it('lets 配合 govern every unit after 牵头, across 等部门, (官渡区 2016)', () => {
    expect(read(leadVerbInBrackets, '加强项目谋划储备。(区发改局牵头,区财政局、区交运局、区水务局等部门,区国投公司、各街道办事处配合)')).toEqual([
      ['区发改局 lead', '区财政局 support', '区交运局 support', '区水务局 support', '区国投公司 support', '各街道办事处 support'],
    ]);
  });

  it('splits 和 / 及 between two unit names (呼包银榆 2013): 环保厅和内蒙古电力监管办及相关盟市配合', () => {
    expect(read(leadVerbInBrackets, '建设国家综合能源基地。(自治区水利厅牵头,自治区环保厅和内蒙古电力监管办及相关盟市配合)')).toEqual([
      ['自治区水利厅 lead', '自治区环保厅 support', '内蒙古电力监管办 support', '相关盟市 support'],
    ]);
  });

  it('reads 按照职责牵头负责 as a lead of every unit, the 市 prefix shared (滨州: 重大工程和项目责任主体和分工)', () => {
    expect(read(leadVerbInBrackets, '建立定期公布的相应制度。(市国土资源局、经贸委、环保局按照职责牵头负责)')).toEqual([
      ['市国土资源局 lead', '市经贸委 lead', '市环保局 lead'],
    ]);
    expect(read(leadVerbInBrackets, '工业用水重复利用率75%。(市经贸委牵头负责)')).toEqual([['市经贸委 lead']]);
    // Rule county-before-district: 沾化县 (since 2014 沾化区) is a unit under its old name.
    expect(read(leadVerbInBrackets, '大高通用航空城建设工程。(沾化县牵头负责)')).toEqual([['沾化县 lead']]);
  });

  it('does not read a 牵头 that names no unit (鼓励龙头企业牵头)', () => {
    expect(read(leadVerbInBrackets, '组建创新联合体（鼓励龙头企业牵头）。')).toEqual([]);
  });
});

describe('responsible-verb-in-brackets', () => {
  it('reads the list before a remark stating the document rule (江西 2017 鄱余万都 分工方案: …负责。列第一位的为牵头部门,下同)', () => {
    expect(read(responsibleVerbInBrackets, '纳入全省收费公路体系管理。(省发改委、省交通运输厅、省财政厅负责。列第一位的为牵头部门,下同)')).toEqual([
      ['省发改委 co-responsible*', '省交通运输厅 co-responsible', '省财政厅 co-responsible'],
    ]);
  });

  it('reads the list before a scope remark for later measures (rule scope-remark, 黑龙江 2023 旅游 50条), and 按属地分别负责 as a verb', () => {
    // The PDF copy's line-break spaces (省文化 和旅游厅) are gone once normalized; the remark after 。 gives no unit.
    const heilongjiang =
      '建 设一批省级文化产业和旅游产业融合发展示范区。〔省文化 和旅游厅、省委宣传部、省外办按职责分工负责,各市(地) 政府(行署)按属地分别负责。以下均需各市(地)政府(行 署)按属地分别负责,不再列出〕';
    expect(read(responsibleVerbInBrackets, heilongjiang)).toEqual([
      ['省文化和旅游厅 co-responsible', '省委宣传部 co-responsible', '省外办 co-responsible', '各市（地）政府（行署） co-responsible'],
    ]);
    expect(read(responsibleVerbInBrackets, '抓好落实。（市商务局、各县区政府负责。以下均需各县区政府落实，不再重复列出）')).toEqual([
      ['市商务局 co-responsible*', '各县区政府 co-responsible'],
    ]);
  });

  it('reads （省自然资源厅负责） and （A、各市人民政府负责）: co-responsible, the first presumed', () => {
    expect(read(responsibleVerbInBrackets, '严格耕地保护。（省自然资源厅负责）')).toEqual([['省自然资源厅 co-responsible*']]);
    // 铁路办 shares the 省 written once on 省发改委 (shared-prefix-list).
    expect(read(responsibleVerbInBrackets, '推进建设。(省发改委、铁路办、相关市、县政府负责)')).toEqual([
      ['省发改委 co-responsible*', '省铁路办 co-responsible', '相关市、县政府 co-responsible'],
    ]);
  });

  it('reads （A、B分工负责） as split responsibility with no presumed lead, and keeps 各区、市政府 one collective', () => {
    expect(read(responsibleVerbInBrackets, '落实政策。（省财政厅、省税务局分工负责）')).toEqual([['省财政厅 co-responsible', '省税务局 co-responsible']]);
    expect(read(responsibleVerbInBrackets, '抓好落实。（市住房城乡建设局、各区、市政府负责）')).toEqual([
      ['市住房城乡建设局 co-responsible*', '各区、市政府 co-responsible'],
    ]);
  });

  it('reads units and 负责 before a labelled sentence in the same bracket, leaving the label its own (verb-then-label-sentence, 玉林 2024)', () => {
    const snippet =
      '推动重点行业建设项目环评中开展碳排放影响评价。〔市生态环境局、发展改革委、工业和信息化局、水利局、自然资源局等按职责分工负责。责任单位:各县(市、区)人民政府、各开发园区管委。以下均需各县(市、区)人民政府、各开发园区管委落实,不再列出。〕';
    expect(read(responsibleVerbInBrackets, snippet)).toEqual([
      [
        '市生态环境局 co-responsible',
        '市发展改革委 co-responsible',
        '市工业和信息化局 co-responsible',
        '市水利局 co-responsible',
        '市自然资源局 co-responsible',
      ],
    ]);
    const text = normalizeText(snippet).text;
    const [clause] = responsibleVerbInBrackets.find(text);
    expect(text.slice(clause.start, clause.end)).toBe('〔市生态环境局、发展改革委、工业和信息化局、水利局、自然资源局等按职责分工负责');
  });

  it('reads units that coordinate or push a task others are responsible for as support (coordinates-after-responsible, 云南 全域旅游)', () => {
    expect(read(responsibleVerbInBrackets, '推动实施50个示范区创建。(各州、市人民政府负责;省旅游发展委协调推动)')).toEqual([
      ['各州、市人民政府 co-responsible', '省旅游发展委 support'],
    ]);
    expect(
      read(responsibleVerbInBrackets, '建成200个以上汽车旅游营地。(各州、市人民政府负责;省工业和信息化委、交通运输厅、旅游发展委,省通信管理局协调推动)'),
    ).toEqual([['各州、市人民政府 co-responsible', '省工业和信息化委 support', '省交通运输厅 support', '省旅游发展委 support', '省通信管理局 support']]);
    // 负责协调 is a unit's own duty, no help.
    expect(read(responsibleVerbInBrackets, '做好衔接。(市发展改革委负责协调)')).toEqual([]);
  });

  it('reads a bare unit before a scope remark run on after a comma (scope-remark, 三明 2025)', () => {
    const sanming = '实现城镇新增就业8500人。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕';
    expect(read(responsibleVerbInBrackets, sanming)).toEqual([['市人社局 co-responsible*']]);
    expect(read(bareListInBrackets, '实现城镇新增就业8500人。〔市人社局,此项及以下任务均需各县(市、区)落实,不再列出〕\n')).toEqual([
      ['市人社局 co-responsible*'],
    ]);
  });

  it('does not read a bracket that is a sentence (具体由各地负责)', () => {
    expect(read(responsibleVerbInBrackets, '资金（具体由各地结合实际负责）。')).toEqual([]);
  });
});

describe('bare-list-in-brackets', () => {
  it('reads units alone in brackets after the last sentence of an item (应急通信 tasks, 工业和信息化部 2024)', () => {
    expect(read(bareListInBrackets, '加快研发推广。（工信部、公安部、应急管理部、国家消防救援局）\n（三）构建平台。')).toEqual([
      ['工信部 co-responsible*', '公安部 co-responsible', '应急管理部 co-responsible', '国家消防救援局 co-responsible'],
    ]);
  });

  it('reads the list before a remark, and a unit written with the one it houses (浙政办发〔2014〕89号)', () => {
    expect(read(bareListInBrackets, '实现煤炭消费总量负增长。(省经信委、省发改委(省能源局)。列第一位者为牵头部门,下同)\n')).toEqual([
      ['省经信委 co-responsible*', '省发改委（省能源局） co-responsible'],
    ]);
  });

  it('reads a list run into its remark after a comma, with the next item run on after it (嘉兴 2023 民营经济实施方案)', () => {
    const item =
      '作为制度性安排长期实施。(市税务局、市财政局、市科技局、市人力社保局、市退役军人事务局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)(二)加强产业基金支持。';
    expect(read(bareListInBrackets, item)).toEqual([
      [
        '市税务局 co-responsible*',
        '市财政局 co-responsible',
        '市科技局 co-responsible',
        '市人力社保局 co-responsible',
        '市退役军人事务局 co-responsible',
        '各县市、区政府 co-responsible',
      ],
    ]);
    // A bracket inside a sentence stays unread even when an item number follows later on.
    expect(read(bareListInBrackets, '鼓励银行（中国银行、建设银行）(二)加大投放。')).toEqual([]);
  });

  it('does not read examples in brackets inside a sentence, nor brackets holding anything but units', () => {
    expect(read(bareListInBrackets, '鼓励银行（中国银行、建设银行）加大投放。')).toEqual([]);
    expect(read(bareListInBrackets, '完善网络。（含5G基站、光纤）\n')).toEqual([]);
    expect(read(bareListInBrackets, '建设区域中心城市。（昆明市、曲靖市）\n')).toEqual([]);
  });
  it('drops role holders after 及 and reads the unit before them alone (role-holders, 开封 2024)', () => {
    expect(
      read(responsibleVerbInBrackets, '新增市场主体8万户以上。(市工业和信息化局、发展改革委及各产业链责任单位按职责分工负责。以下均需各县区政府落实,不再列出)'),
    ).toEqual([['市工业和信息化局 co-responsible', '市发展改革委 co-responsible']]);
  });
});

// Real examples of the 2026-12-08 blind round (north-east): 吉政办明电〔2022〕15号 and 黑龙江省促进经济稳增长的若干措施 (2014).
describe('responsible-verb-in-brackets, north-east pages', () => {
  it('reads the list before a scope remark after a semicolon, and 各市、县级政府 as one collective (scope-remark, level-government, 吉林 2022)', () => {
    const jilin =
      '工业消费品市场逐步有序放开。(省商务厅、省工业和信息化厅、省农业农村厅等部门及各市、县级政府按职责分工负责;以下均需各市、县级政府负责,不再列出)';
    expect(read(responsibleVerbInBrackets, jilin)).toEqual([
      ['省商务厅 co-responsible', '省工业和信息化厅 co-responsible', '省农业农村厅 co-responsible', '各市、县级政府 co-responsible'],
    ]);
    // The remark alone in its bracket is no list.
    expect(read(responsibleVerbInBrackets, '逐步有序放开。(以下均需各市、县级政府负责,不再列出)')).toEqual([]);
  });

  it('reads places sharing the government written after the last of a run (places-share-ending, 黑龙江 2014, a Traditional copy read as Simplified)', () => {
    const heilongjiang = '开工建设哈尔滨机场扩建工程。(哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责)';
    expect(read(responsibleVerbInBrackets, heilongjiang)).toEqual([
      [
        '哈尔滨机场扩建指挥部 co-responsible*',
        '哈尔滨市政府 co-responsible',
        '黑河市政府 co-responsible',
        '绥芬河市政府 co-responsible',
        '省农垦总局 co-responsible',
      ],
    ]);
    // A place alone before a comma is no part of the run: the list is not read.
    expect(read(responsibleVerbInBrackets, '开工建设机场。(哈尔滨,黑河市政府负责)')).toEqual([]);
  });
});
