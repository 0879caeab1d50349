// How a metric is named from the words before its value: noise, verbs of striving and change, shared rates.
/**
 * A plan's or an estimate's word before the verb of reaching (rule `planned-reach`: 大庆 2018 良种覆盖率计划达到90%以上; 沧源 2016
 * 预计年综合产值可达1.5亿元以上; 沾益 2014 牧业收入可增至13.43亿元), a yearly reach (朝天 2019 全区中药材产值年达2.5亿元) and the verbs of
 * growing to a level (延寿 2012 亚麻纺织企业发展到30户, 湿纺能力增加到5万锭) are no part of the metric.
 * …and 过 written for 超过 (商贸服务业主营业务收入过3万亿, 湖北 2021); 向 before a value a verb of striving follows (rule
 * `toward-value`: 安徽 2023 到2027年,安徽全省经济总量向7万亿元冲刺), not the 向 of 方向.
 */
export const TRAILING_VERBS =
  /((?:计划|预计|预期)(?:可)?(?:达到|达|突破|超过|实现|增至|增长到|发展到|增加到)|可(?:达到|达|增至|实现|突破)|(?<=[\u4e00-\u9fa5])年达到?|发展到|增加到|力争|确保|争取|努力|也|完成|至少|需|超|(?<![经通])过|迈上|跨上|冲刺|(?<!方)向|压缩至|压缩到|缩短至|缩短到|压减至|达到|达|突破|超过|实现|保持在|控制在|提高到|提高至|提升至|提升到|下降至|下降到|下降|降至|降低到|降低至|减少到|减少至|增长到|增至|增长|增加|为|均|要|不低于|不少于|不高于|不超过|稳定在|保持|较“十三五”末|的|将|同比|比上年|在|再|又)+$/;
/**
 * Words before a deadline inside a clause ("…意见计划到2027年实现"), up to it: the metric follows the deadline; so does it
 * after the end of a period striven for (聚焦!丽江力争“十四五”末地区生产总值达到1000亿元以上: rule `striven-period-end`).
 */
export const WORDS_BEFORE_DEADLINE =
  /^[^，；。]*?(?:(?:到|至)(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:底|末)?(?:前)?|(?:到|至|力争|确保|争取)“?十[三四五六]五”?(?:期末|末))/;
/**
 * Words opening a clause before what it measures; a month's deadline of the year's schedule (3月底前新增100个以上托位: 临安 2022)
 * too, the quarter or half of the year striven for (苍溪 2021: 力争三季度全县GDP增长10.8%以上), and an estimate's word (朝天 2019
 * 预计可吸引游客100余万人: rule `planned-reach`).
 */
export const LEADING_NOISE =
  /^(——|—|其中|力争|推动|确保|努力|争取|预计可|预计|全年|今年|年内|(?:前三|第?[一二三四])季度|[上下]半年|到?(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:底|末)?|(?:1[0-2]|[1-9])月(?:底|末)?前|[一二三四五六七八九十]+是|，|,)+/;
/** A span of years before a sum over it ("三年累计投资90亿元": 贵州 2018, rule `span-before-sum`): no part of the metric. */
export const SPAN_BEFORE_SUM = /^[二三四五两]年(?=累计|共计)/;
/** An abbreviation the text introduces (（以下简称“两区”）) names the subject; it is no part of the metric's name. */
export const SO_CALLED = /（以下简称[^（）]{0,12}）/g;
/** The verb of a rate of change right before its value (增长6.5%, 同比下降3%); 提高到/降至 state a level instead. */
export const CHANGE_BEFORE_VALUE = /((?:年均)?(?:增长|下降|降低|减少|提高|提升|增加))(?:均)?$/;
/** Words of striving right before a verb of change (力争增长, 均增长), which are no part of the metric. */
export const STRIVING_BEFORE_CHANGE = /(?:也|力争|确保|争取|努力|要|将|(?<!年)均)+((?:年均)?(?:增长|下降|降低|减少|提高|提升|增加))均?$/;
export const LINE_BREAK = /[ \t]*\n[ \t]*/g;
/**
 * A metric phrase ends in what is measured: a share, a value, a total, a rate, a number of persons or units
 * (比重, 增加值, 总额, 收入, 人数, 覆盖率, 数量, 规模, 家, 个 …), also a forest's stock (rule `forestry-units`: 眉山 2022
 * 活立木總蓄積達到2630萬立方米) and livestock and planting counted by head or area (rule `farm-output-names`: 大田 2023
 * 确保一季度生猪出栏 6.5 万头以上, 确保一季度完成植树造林 1.6315 万亩). Clauses such as "建成" or "四大重点领域各有" are not. News copy may write the abbreviations in
 * lower case (rule `lowercase-abbreviation`: 潍坊 2024 寿光市gdp完成1100亿元以上). A ratio per thousand or ten thousand of the population
 * names what it counts whatever it is (rule `per-population-ratio`: 宝应 十四五 每千常住人口执业(助理)医师达3.9人、每千常住人口注册护士达3.5人).
 */
export const MEASURE_END =
  /(^每(?:千|万|百|十万)(?:常住)?人口[\u4e00-\u9fa5（）()]{2,20}|能耗|消耗|排放|蓄积|进出口|出口|进口|外贸|GDP|CPI|gdp|cpi|人口|人才|岗位|公寓|比重|占比|比例|比率|增加值|总值|总额|总量|产值|收入|营业收入|营收|利润|税收|投资|消费|规模|总数|人数|人次|数量|数|量|率|度|指数|额|费用|花费|支出|成本|价格|时间|面积|里程|容量|能力|产量|年限|寿命|水平|增速|增幅|涨幅|增长|销售|个|家|项|座|所|件|处|张|条|床|户|人|元|吨|强|企业|机构|试点|标准|中心|基地|园区|平台|市场|城市|景区|品牌|床位|评价|增加|试点|外资|资金|游客|旅客|人员|用户|专利|出栏|存栏|造林)$/;
export const SUBJECT = /^(.+?(增加值|收入|总额|规模|产值|投资|人员|人口|消费|总量|营业收入))/;
/** A measure of an industry named before a share of another whole: 增加值占…, 产值占… (the industry is the subject before). */
export const MEASURE_OF_SHARE = /^(?:增加值|产值|营业收入|营收|总产值)占/;
/** The industry a subject names: 全省体育产业总规模 → 体育产业. */
export const INDUSTRY_OF_SUBJECT = /^(?:全省|全市|全区|全县|全州)?([\u4e00-\u9fa5]{1,12}?(?:产业|行业))/;

/**
 * 实现营业收入500亿元, 努力实现烤烟生产收购总值…, 要实现产值120亿元 (海盐 2011), 尽快实现公办幼儿园占比… (蕲春 2021): 实现 says
 * the target is to be reached; it is no part of the metric, nor the will, haste or effort before it. Nor is
 * a place's intent before it (肇庆市要实现…, 北京市将致力于实现…: the place stays), and a metric's abbreviation glossed in brackets is named by
 * the gloss (rule `glossed-abbreviation`, 肇庆 2025: 肇庆市要实现GDP(地区生产总值)增长5%左右 → 肇庆市地区生产总值增长, the
 * list's 地区生产总值增长 restated).
 */
export function withoutAchieve(name: string): string {
  const rest = name
    .replace(/^(?:要|将)?(?:努力|力争|尽快|争取|确保)?实现(?:全年|今年|年内)?(?=[\u4e00-\u9fa5“A-Za-z])/, '')
    .replace(/^([\u4e00-\u9fa5]{1,10}?[省市县区州旗盟])(?:要|将)(?:力争|致力于|努力)?实现(?=[\u4e00-\u9fa5“A-Za-z])/, '$1')
    .replace(/(?:GDP|CPI|PPI)[（(]([\u4e00-\u9fa5]{2,12})[）)]/, '$1');
  return rest.length >= 2 ? rest : name;
}

/**
 * The growth rate of an industry or economy names its measure by the growth word alone: "算力产业年均增速超过20%" (达州
 * 2024), "数字经济年均增长超20%" (福州 2018).
 */
export const INDUSTRY_GROWTH = /(?:产业|行业|经济)(?:年均增速|年均增长|增速)$/;
/** An industry's scale names no measure before a sum of money: "汽车产业力争突破3500亿元" (襄阳 2024). */
export const INDUSTRY = /(?:产业|行业)$/;

/**
 * A measure named by a bare word (总量, 规模, 增速) after a clause naming its subject ("社会消费品零售额年均增长10%左右，总量
 * 突破650亿元"): the subject is the one of the indicator before it in the sentence.
 */
export const BARE_MEASURE = /^(?:总量|总额|规模|增速|增幅|累计增长|同比增长)$/;
/** Words of a change closing a metric's name, which its subject is written without: 社会消费品零售额年均增长 → 社会消费品零售额. */
export const CHANGE_END = /(?:年均|同比|累计)?(?:增长|增速|增幅|下降|提高|提升)$/;
/** The short name a text gives its subject (社会消费品零售总额（以下简称社零额）): later clauses call it by that name. */
export const SHORT_NAME = /（以下简称“?([^（）“”]{1,10})”?）/;

/**
 * The metrics of a 、-list one value applies to each of (A、B均增长12%), each a whole metric; a rate the last names is
 * shared (街道综合养老服务机构、社区日间照料中心覆盖率均达到100% → …机构覆盖率, …中心覆盖率). Null for examples of a
 * class (锂离子动力电池、新能源汽车等绿色产品产量) or parts that measure nothing.
 */
export function eachSubject(name: string, rawName: string): string[] | null {
  if (!name.includes('、') || name.includes('等')) return null;
  // Rule `verbs-share-object`: verbs listed before the one thing they count, 分别 and one value (涟水 2023: 确保下半年再新开工、
  // 新竣工亿元以上项目分别达20个): each verb with the thing reaches it (新开工亿元以上项目, 新竣工亿元以上项目).
  const shared = name.endsWith('分别') ? VERBS_SHARE_OBJECT.exec(name) : null;
  if (shared) return shared[1].split('、').map((verb) => verb + shared[2]);
  const parts = name.split('、');
  // "工业投资、高新产业投资增速力争达20%" (滨江 2023): a rate after a list of metrics is each one's, 均 or not (rates add up to nothing).
  const rateOfEach = SHARED_GROWTH_RATE.exec(parts[parts.length - 1])?.[0];
  if (!/均[\u4e00-\u9fa5]{0,3}$/.test(rawName)) {
    if (!rateOfEach) return null;
    const each = parts.map((part) => (part.endsWith(rateOfEach) ? part : part + rateOfEach));
    const bases = each.map((part) => part.slice(0, part.length - rateOfEach.length));
    return each.length >= 2 && bases.every((base) => base.length >= 2 && MEASURE_END.test(base)) ? each : null;
  }
  const rate = SHARED_RATE.exec(parts[parts.length - 1])?.[0];
  const whole = parts.map((part) => (rate && !SHARED_RATE.test(part) ? part + rate : part));
  return whole.length >= 2 && whole.every((part) => part.length >= 2 && MEASURE_END.test(part)) ? whole : null;
}

const LISTED_VERB = '(?:新|再)?(?:开工|竣工|投产|签约|开业|落地|建成|入库|纳统|引进|招引|达产)';
const VERBS_SHARE_OBJECT = new RegExp(`^(${LISTED_VERB}(?:、${LISTED_VERB})+)([\\u4e00-\\u9fa5\\d]{0,12}(?:项目|企业|工程|园区|基地))分别$`);

/** A rate of growth closing the last metric of a list, which each shares: 增速, 增幅, 增长率. */
const SHARED_GROWTH_RATE = /(?:增速|增幅|增长率)$/;

/** A rate or share closing the last metric of a list, which the others may share: 覆盖率, 达标率, 比重. */
const SHARED_RATE = /(?:[\u4e00-\u9fa5]{2}率|比重|占比)$/;
