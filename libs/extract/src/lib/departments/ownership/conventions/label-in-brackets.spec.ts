import { labelInRoundBrackets, labelInTortoiseBrackets } from './label-in-brackets';
import { read } from './spec-support';

// Real examples: 西宁市加快流通业发展实施意见 (2017), 青政办〔2020〕62号, 四川省“十四五”现代流通体系建设实施方案 (2022).
describe('label-in-round-brackets', () => {
  it('reads (牵头单位:A  责任单位:B、C) with ASCII brackets: A leads, the 责任单位 beside a stated lead are co-responsible', () => {
    expect(read(labelInRoundBrackets, '提高管理效能。(牵头单位:市商务局  责任单位:市编办、市发改委、市法制办、各区县政府)')).toEqual([
      ['市商务局 lead', '市编办 co-responsible', '市发改委 co-responsible', '市法制办 co-responsible', '各区县政府 co-responsible'],
    ]);
  });

  it('reads a plain 责任单位 list as co-responsible, the first presumed to lead', () => {
    expect(read(labelInRoundBrackets, '推进智慧医院试点工作。(责任单位:省工业和信息化厅、省科技厅、省通信管理局、各行业主管部门)')).toEqual([
      ['省工业和信息化厅 co-responsible*', '省科技厅 co-responsible', '省通信管理局 co-responsible', '各行业主管部门 co-responsible'],
    ]);
  });

  it('reads （牵头单位：A；配合单位：B） as lead and support, and an inline （牵头） mark as that unit alone', () => {
    expect(read(labelInRoundBrackets, '建设强港。（牵头单位：省发展改革委；配合单位：省交通运输厅、宁波海关）')).toEqual([
      ['省发展改革委 lead', '省交通运输厅 support', '宁波海关 support'],
    ]);
    expect(read(labelInRoundBrackets, '培育龙头企业。（责任单位：省商务厅、省经信厅（牵头）、省国资委）')).toEqual([
      ['省商务厅 co-responsible', '省经信厅 lead', '省国资委 co-responsible'],
    ]);
    // Bare role words as labels: （牵头：A；配合：B、C）.
    expect(read(labelInRoundBrackets, '建设物流枢纽。（牵头：市商务局；配合：市财政局、市交通局）')).toEqual([
      ['市商务局 lead', '市财政局 support', '市交通局 support'],
    ]);
    // The inline mark in other brackets, and a unit said to be the lead (为牵头单位).
    expect(read(labelInRoundBrackets, '建设物流枢纽。（责任单位：市发改委〔牵头〕、市财政局）')).toEqual([['市发改委 lead', '市财政局 co-responsible']]);
    expect(read(labelInRoundBrackets, '发展物流。（责任单位：市商务局为牵头单位，市交通局配合）')).toEqual([['市商务局 lead', '市交通局 support']]);
  });

  it('keeps 各区、县级市 one collective (广州 人才 633, 2010) and reads parks as units (金乡 2025)', () => {
    expect(read(labelInRoundBrackets, '实施博士后培养项目。（牵头单位：市人力资源和社会保障局，配合单位：市委组织部，各区、县级市）')).toEqual([
      ['市人力资源和社会保障局 lead', '市委组织部 support', '各区、县级市 support'],
    ]);
    expect(read(labelInRoundBrackets, '修编整体规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、食品产业园、商贸物流园等)')).toEqual([
      ['县政府园区发展服务中心 lead', '新材料产业园 co-responsible', '食品产业园 co-responsible', '商贸物流园 co-responsible'],
    ]);
  });

  it('keeps a collective with tortoise-shell brackets inside one unit (黔府发〔2015〕29号)', () => {
    const item =
      '同等条件下优先安排创造就业岗位多的项目。(牵头单位:省发展改革委;责任单位:省就业工作联席会议成员单位,各市〔州〕人民政府、贵安新区管委会、各县〔市、区、特区〕人民政府)';
    expect(read(labelInRoundBrackets, item)).toEqual([
      [
        '省发展改革委 lead',
        '省就业工作联席会议成员单位 co-responsible',
        '各市〔州〕人民政府 co-responsible',
        '贵安新区管委会 co-responsible',
        '各县〔市、区、特区〕人民政府 co-responsible',
      ],
    ]);
  });

  it('skips the leaders named before or between the unit labels (咸安 2023 责任领导, 聊城-style 牵头领导): names are no units', () => {
    expect(read(labelInRoundBrackets, '1.地区生产总值增长8%以上。(责任领导:杜新国;牵头单位:区发改局)')).toEqual([['区发改局 lead']]);
    expect(read(labelInRoundBrackets, '7.城乡居民收入增长与经济增长基本同步。(责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局)')).toEqual([
      ['区发改局 lead', '区农业农村局 lead'],
    ]);
    const snippet =
      '确保s361星星竹海至大竹山段公路建成通车。(责任领导:洪声耀;牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、区林业局,区经发集团,相关乡镇办)';
    expect(read(labelInRoundBrackets, snippet)).toEqual([
      [
        '区交通运输局 lead',
        '区发改局 co-responsible',
        '区自然资源和规划局 co-responsible',
        '区林业局 co-responsible',
        '区经发集团 co-responsible',
        '相关乡镇办 co-responsible',
      ],
    ]);
    // Constructed: a leader label between the unit labels ends the list before it.
    expect(read(labelInRoundBrackets, '推进城市更新。（牵头单位：市住建局；牵头市领导：王某；配合单位：市财政局）')).toEqual([
      ['市住建局 lead', '市财政局 support'],
    ]);
  });

  it('drops what a unit includes (〈含开发区、…〉) and reads a bracket the stored page opening cuts off (武汉 2022)', () => {
    expect(read(labelInRoundBrackets, '（二）推进改革。（牵头单位：市发改委；责任单位：各区人民政府〈含开发区、风景区、化工区〉，市统计局）')).toEqual([
      ['市发改委 lead', '各区人民政府 co-responsible', '市统计局 co-responsible'],
    ]);
    // The page's opening ends inside the bracket and inside the remark: the units written whole are read.
    expect(read(labelInRoundBrackets, '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、\n')).toEqual([
      ['市发改委 lead', '各区人民政府 co-responsible'],
    ]);
    // Rule cut-bracket-keeps-whole-pieces: the piece the opening cuts off may be the start of a longer name (广西 2019,
    // 中国铁路南宁局 of …南宁局集团有限公司?): only the pieces closed by a separator are read, here none.
    expect(read(labelInTortoiseBrackets, '加快岑溪-罗定等既有铁路扩能改造。〔责任单位:中国铁路南宁局\n')).toEqual([]);
    expect(read(labelInRoundBrackets, '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:市统计局、各区人民')).toEqual([
      ['市发改委 lead', '市统计局 co-responsible'],
    ]);
    // Not when text follows on a later line: an unclosed bracket inside a document is no clause.
    expect(read(labelInRoundBrackets, '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府\n(二)推进改革。')).toEqual([]);
  });

  it('ignores brackets that hold no label', () => {
    expect(read(labelInRoundBrackets, '将“食品经营许可”(预包装食品)纳入改革。')).toEqual([]);
  });
});

describe('label-in-tortoise-brackets', () => {
  it('gives places written before a shared ending that ending each (赣市府发〔2015〕27号: 赣州、龙南经济技术开发区管委会)', () => {
    const item = '纳入国民经济和社会发展规划及年度计划。〔牵头单位:各县(市、区)人民政府,赣州、龙南经济技术开发区管委会;责任单位:市发改委、市财政局、市统计局〕';
    expect(read(labelInTortoiseBrackets, item)).toEqual([
      [
        '各县（市、区）人民政府 lead',
        '赣州经济技术开发区管委会 lead',
        '龙南经济技术开发区管委会 lead',
        '市发改委 co-responsible',
        '市财政局 co-responsible',
        '市统计局 co-responsible',
      ],
    ]);
    expect(read(labelInTortoiseBrackets, '推进落实。〔责任单位:昆明、曲靖市政府〕')).toEqual([['昆明市政府 co-responsible*', '曲靖市政府 co-responsible']]);
    // Level words are no places: 各市、县人民政府 stays one collective.
    expect(read(labelInTortoiseBrackets, '推进落实。〔责任单位:各市、县人民政府〕')).toEqual([['各市、县人民政府 co-responsible*']]);
  });

  it('keeps a place and its body named after 和 one collective, and gives zones before a shared ending that ending (平顶山 2018)', () => {
    const item = '严守水资源开发利用控制红线。〔责任单位:各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会〕';
    expect(read(labelInTortoiseBrackets, item)).toEqual([
      ['各县（市、区）党委和人民政府 co-responsible*', '城乡一体化示范区党工委和管委会 co-responsible', '高新区党工委和管委会 co-responsible'],
    ]);
    // Two whole units stay two.
    expect(read(labelInTortoiseBrackets, '推进落实。〔责任单位:市商务局和市财政局〕')).toEqual([['市商务局 co-responsible*', '市财政局 co-responsible']]);
  });

  it('reads 〔责任单位:…按职责分工负责。…〕: split responsibility, no presumed lead, the remark after 。 is no unit', () => {
    const snippet =
      '争取纳入试点。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕';
    expect(read(labelInTortoiseBrackets, snippet)).toEqual([
      ['省发展改革委 co-responsible', '省市场监管局 co-responsible', '商务厅 co-responsible', '省大数据中心 co-responsible'],
    ]);
    expect(read(labelInTortoiseBrackets, '持续实施“歇业登记”等新制度。〔责任单位:省市场监管局〕')).toEqual([['省市场监管局 co-responsible*']]);
  });

  it('ends a list at a scope remark on the later measures after a comma or semicolon (scope-remark: 宁德 2025, 漳州 2025)', () => {
    const ningde =
      '就业困难人员就业1900人以上。(责任单位:市人社局,各县(市、区)人民政府、东侨经济技术开发区管委会;以下各项任务措施均需各县(市、区)人民政府、东侨经济技术开发区管委会落实,不再列出。)';
    expect(read(labelInRoundBrackets, ningde)).toEqual([
      ['市人社局 co-responsible*', '各县（市、区）人民政府 co-responsible', '东侨经济技术开发区管委会 co-responsible'],
    ]);
    const zhangzhou =
      '保持在3.26万人。〔牵头单位:市人社局,责任单位:市财政局、农业农村局,各县(区)人民政府、开发区(投资区)管委会。以下各条措施均需各县(区)人民政府、开发区(投资区)管委会落实,不再列出〕';
    expect(read(labelInTortoiseBrackets, zhangzhou)).toEqual([
      ['市人社局 lead', '市财政局 co-responsible', '市农业农村局 co-responsible', '各县（区）人民政府 co-responsible', '开发区（投资区）管委会 co-responsible'],
    ]);
  });

  it('keeps a collective whose level words are in tortoise-shell brackets inside a round bracket one unit (inner-tortoise-collective, 江西 2020)', () => {
    const jiangxi = '开展多元化保险服务。(责任单位:各市、县〔区〕人民政府,省发展改革委、省财政厅)';
    expect(read(labelInRoundBrackets, jiangxi)).toEqual([['各市、县〔区〕人民政府 co-responsible*', '省发展改革委 co-responsible', '省财政厅 co-responsible']]);
  });

  it('reads the same list in square brackets, ASCII or full-width (下陆区 2020: [牵头单位:A;责任单位:B、C])', () => {
    expect(read(labelInTortoiseBrackets, '切实巩固疫情防控成果。[牵头单位:区卫健局、区创文办;责任单位:区疫情防控指挥部成员单位、各街办(新区)]')).toEqual([
      ['区卫健局 lead', '区创文办 lead', '区疫情防控指挥部成员单位 co-responsible', '各街办（新区） co-responsible'],
    ]);
    expect(read(labelInTortoiseBrackets, '做好监测。［牵头单位：区卫健局］')).toEqual([['区卫健局 lead']]);
  });
});

// Real example of the 2026-12-08 blind round: 数智贵州建设2026年工作要点.
describe('label-in-round-brackets, level words sharing a zone office', () => {
  it('reads 各市〔州〕、贵安新区数据管理部门 as one collective, and the remark after 。 as no list (levels-and-zone-share-office)', () => {
    const guizhou =
      '集聚华为云生态企业累计达到150家。(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复)';
    expect(read(labelInRoundBrackets, guizhou)).toEqual([
      ['省大数据局 co-responsible*', '省工业和信息化厅 co-responsible', '各市〔州〕、贵安新区数据管理部门 co-responsible'],
    ]);
    // A zone's own government is a unit of its own.
    expect(read(labelInRoundBrackets, '做好就业。(责任单位:省人社厅,各市(州)、贵安新区管委会)')).toEqual([
      ['省人社厅 co-responsible*', '各市（州） co-responsible', '贵安新区管委会 co-responsible'],
    ]);
  });
});
