import { WORDED_NUMBER, wordedNumber } from './chinese-numerals';
import { afterMetricAbbreviation } from './indicator-value';
import {
  PARALLEL,
  SCALE_OF_CLASS,
  clauseSubject,
  countedThingAfter,
  distribute,
  distributiveEach,
  pairedList,
  sharedCountedThing,
  subjectOf,
} from './listed-subjects';
import { LEADING, TRAILING, measureOf } from './metric-wording';

/**
 * Numeric statements as reports and plans write them in running text: a metric, a verb, a value or range with a
 * unit, and a qualifier — "地区生产总值增长4.5%—5%", "城镇调查失业率控制在5.5%以内", "城镇新增就业50万人以上",
 * "地区生产总值按增长5%安排", "城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右". Pure: offsets are into the
 * clause given.
 */

/** Whether the value is a rate of change (增长5%, 下降3%) or the level itself (失业率5.5%, 就业50万人). */
export type Measure = 'growth' | 'decline' | 'level';

export interface StatedValue {
  readonly value: number;
  /** Upper end of a range (4.5%—5% → 5), else null. */
  readonly high: number | null;
  /** Null for a price index written against 100 (居民消费价格指数控制在103.5以内). */
  readonly unit: string | null;
  /** 左右, 以上, 以内, 以下, 超过, 突破, 不低于, 力争, 按…安排 …, or null for a plain value. */
  readonly qualifier: string | null;
  readonly start: number;
  readonly end: number;
}

export interface StatedMetric {
  /** The metric as written, with its verb of change (地区生产总值增长, 城镇调查失业率, 城镇新增就业). */
  readonly name: string;
  readonly measure: Measure;
  readonly value: StatedValue;
  /** Span of the whole statement (name to value) in the clause. */
  readonly start: number;
  readonly end: number;
  /** Offset that tells apart metrics sharing one value (A、B均增长12%: each subject's own); default the value's start. */
  readonly key?: number;
}

/** A number, with ASCII thousands separators as news pages write them (200,000): normalizing keeps a comma between digits. */
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/**
 * Units of stated values; a year (2025年) or a count of days is not one. Rates per mille and per 100 000 are health plans'
 * units (榆阳 2023: 婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万: rule `rate-per-100000`). A bare 万
 * closing a value after a verb of reaching or passing counts the thing its metric names (rule `bare-wan`: 长沙 2024 人才总量突破
 * 300万, 云南 2026 旅居人数超550万), also before 大关 (赤峰 2025 玉龙机场旅客吞吐量突破200万大关). Electricity is counted in 度 as
 * well as in 千瓦时 (锡林郭勒盟 2024: 发电量达到640亿度左右). A life expectancy is in 岁 where its clause ends at it (rule
 * `years-of-age`: 扬中 2023 人均预期寿命提高到82.25岁), never 5岁以下儿童; a density in 台/万人 (上海 2023: 工业机器人使用
 * 密度力争达360台/万人); forest stocks in 万立方米 and trees in 万株 (rule `forestry-units`: 眉山 2022 活立木總蓄積達到2630萬立方米,
 * 義務植樹1200萬株); grain in 亿公斤 and events in 场 (洛阳 2023: 粮食总产量25亿公斤, 商贸促消费活动165场: rule `grain-and-events-units`), a port's
 * throughput in 亿吨 (宁德 2021: 港口吞吐量突破1亿吨); horses in 匹, camels in 峰 and flocks in 群 (rule `herd-units`: 苏尼特左旗 2022
 * 苏尼特羊标准化畜群达到2800群, 养殖规模稳定在2万匹、5000峰左右); tobacco bought in 万担 and land in 公顷 (rule `dan-and-hectares`:
 * 宁远 2023 收购烟叶21.43万担, 人工造林面积达到3300公顷).
 */
export const STATED_UNITS =
  '个百分点|百分点|%|‰|/10万|万亿元|万亿(?=[，。；、]|左右|以上|$)|亿元|万元/人|万元|元|亿美元|万美元|美元|亿人次|万人次|人次|万人|人|亿斤|万斤|亿公斤|万公斤|公斤|斤|万担|亿吨|万吨|吨|亿千瓦时|亿度|万度|万千瓦|千瓦|公里|万公顷|千公顷|公顷|万平方米|平方米|亿立方米|万立方米|万亩|亩|万株|万头只|头只|万头|头|万只|只|万匹|匹|峰(?![会值])|群(?![众体岛落])|微克/立方米|万户|户|万家|家|万个|个|项|亿件|万件|亿笔|万笔|笔|所|座|倍|万辆|辆|万标箱|标箱|件|张|条|处|例|台/万人|场次|场|岁(?=[，。；、,;]|$)|万(?=[，。；、,;]|左右|以上|以内|大关|$)';
/**
 * Words before a value that qualify it; 接近/逼近 (逼近300亿元大关) say it was nearly reached; 跨过/迈过 a mark passed, as 突破
 * (rule `mark-passed`: 安庆 2025 总量跨过3000亿元历史性节点).
 */
const PREFIX_QUALIFIER = '超过|突破|不低于|不少于|不超过|不高于|高于|低于|接近|逼近|跨过|迈过|超(?=\\d)';
const SUFFIX_QUALIFIER = '左右|以上|以内|以下|上下';
/** The remark of a value restated in brackets: (剔除留抵退税后为, (扣除…因素后. */
const RESTATED = /^\s*[（(]((?:剔除|扣除)[^（）()，。；]{1,16}?后)(?:为|是)?\s*$/;
/** A value and its unit, maybe apart as PDF copies set them (公安 2020: 2020 年预计完成 310 亿元: rule `spaced-unit`). */
const VALUE = new RegExp(
  `(${PREFIX_QUALIFIER})?(${NUMBER}) ?(${STATED_UNITS})?(?:\\s*[-—–~～至到]\\s*(${NUMBER}) ?(${STATED_UNITS}))?(${SUFFIX_QUALIFIER})?`,
  'g',
);

/**
 * 突破万亿元, 超过万亿, 过万亿: a passed 万亿 with no numeral before it; never a class of size (万亿级). So are a passed 千亿 and
 * 百亿 (rule `bare-qianyi`: 寿光 2023 地区生产总值首次突破千亿元大关, 南浔 2023 规上工业总产值突破千亿元), one thousand and one
 * hundred 亿元, also after 跨过 or 迈过.
 */
const BARE_WANYI = /(突破|超过|过|跨过|迈过)(万亿元|万亿|千亿元|千亿|百亿元|百亿)(?![级元])/g;
const BARE_YI: Readonly<Record<string, number>> = { 千: 1000, 百: 100 };
/** A percentage in words, as older reports and speeches write it: 百分之七左右, 百分之六到百分之六点五, 百分之三点五以内. */
const WORDED_PERCENT = new RegExp(
  `(${PREFIX_QUALIFIER})?百分之(${WORDED_NUMBER})(?:\\s*[-—–~～至到]\\s*(?:百分之)?(${WORDED_NUMBER}))?(${SUFFIX_QUALIFIER})?`,
  'g',
);

/**
 * Adjustments written before a rate of change (扣除留抵退税因素后增长7.2%, 按可比价格计算增长5%): the rate is still the metric's;
 * also the basis a rate is stated on (察右后旗 2023: 一般公共预算收入预计完成3.6亿元，自然口径同比增长26.2%; rule `stated-basis`),
 * written 自然 alone before the rate, or a level restated on the same basis (建宁 2023: 地方一般公共预算收入3.5亿元，自然增幅2%，
 * 同口径完成3.67亿元，增幅6.1%: each the revenue's).
 */
const ADJUSTED = /^(?:扣除[^，；。]{1,16}?后|按可比价格?计算|同口径|可比口径|自然口径|自然(?=增幅|增长|增速))/;
/**
 * An adjustment written between the metric and its verb of change (桦川 2023: 一般公共预算收入扣除政策性减收和一次性收入因素同比
 * 增长2.6%): the rate is still the metric's.
 */
const ADJUSTED_BEFORE_CHANGE =
  /(?:扣除[^，；。]{1,20}?因素(?:后)?|同口径|可比口径|自然口径)(?=(?:同比|比上年|较上年)?(?:增长|下降|降低|减少|提高|提升|增加|上涨|回落)$)/;
/**
 * Comparisons before a verb of change: the usual one for a yearly change, or a stated base year (比2015年增长37.8%); also
 * the hedge of a review's estimate (德宏 2025: 农产品加工产值预计增长8%), also before a comparison (桦川 2023: 地区生产总值预计同比
 * 增长6%左右), and 名义 (横州 2026: 城乡居民人均可支配收入名义增长5.3%: a growth in money, as a plain 增长 of an income is):
 * none is part of the metric; nor is the same months of last year (林周 2023: 预计农村居民人均可支配收入比上年同期增加2661元),
 * an achieving verb (鄂城 2023: 市场主体实现增长60%以上) or 均 saying that each grew (松原 2021: 城乡居民人均可支配收入均增长6%;
 * not the 均 of 人均, 年均, 平均) (rule `adverb-before-change`).
 */
const COMPARED =
  /(?:同比|[比较]上年(?:同期)?|[比较](?:19|20)\d{2}年|预计|名义|(?<=[\u4e00-\u9fa5])实现|(?<=[\u4e00-\u9fa5](?<![人年户亩日月平季周]))均)+(?=(增长|下降|降低|减少|提高|提升|增加|上涨|上升|回落|新增)$)/;
/** A particle between a verb of change and its value (增长了2.2倍, 提高约14个百分点, 提升近6个百分点): not the metric's. */
const CHANGE_PARTICLE = /(增长|下降|降低|减少|提高|提升|增加|上涨|回落|新增)(?:了|约|近)$/;
/**
 * A metric's abbreviation glossed in brackets (肇庆 2025: 肇庆市要实现GDP(地区生产总值)增长5%左右) is named by the full name
 * the gloss gives (rule `glossed-abbreviation`), so that it is the same metric as the list's 地区生产总值增长.
 */
const GLOSSED_ABBREVIATION = /(?:GDP|CPI|PPI)[（(]([\u4e00-\u9fa5]{2,12})[）)]/;
/** A place and its intent before the metric (肇庆市要实现…, 某县将实现…): the place stays, the intent is no part of it. */
const PLACE_INTENDS = /^([\u4e00-\u9fa5]{1,10}?[省市县区州旗盟])(?:要|将)(?:力争)?实现/;
/** An achieving verb between a subject and its measure (服务业实现增加值, 规上服务业企业完成营业收入): not part of the metric. */
const ACHIEVED_MEASURE = /^(.{2,}?)(?:实现|完成)(增加值|营业收入|主营业务收入|销售收入|营业额|总产值|产值|生产总值|税收|利润总额|利润)$/;
/** Words of striving, with 也/还/将 before them, right before a verb of change (rule `striving-before-change`). */
const STRIVING_BEFORE_CHANGE = /(?<=.{2})(?:也|还)?(?:将)?(?:力争|确保|争取|努力)((?:同比|比上年|较上年)?(?:增长|下降|降低|减少|提高|提升|增加|上涨))$/;
/** A verb with nothing measured before the number: 并将创造, 新建, 培育. */
const BARE_VERB = /^\s*(?:并|并且|将|要|再)*(?:创造|新增|新建|建成|培育|打造|引进|建设|提供|开发)\s*$/;
/**
 * A verb and the examples of what it counts before the number (rule `examples-before-count`: 甘肃 2023 打造生猪、苹果2个500亿级产业
 * 集群; 打造牛、羊、蔬菜、中药材4个千亿级产业集群): the number counts the thing after it, as after a bare verb.
 */
const VERB_AND_EXAMPLES = /^\s*(?:并|并且|将|要|再)*(?:新增|新建|建成|培育|打造|引进|建设|开发)[\u4e00-\u9fa5]{1,8}(?:、[\u4e00-\u9fa5]{1,8})+\s*$/;
/** Units that count things: "29个国家级示范试点" names what it counts after the number. */
const COUNT_UNITS = /^(个|家|项|座|所|件|张|条|处|户|万户|万家|万个|辆|万辆)$/;
/** Subjects measured in money or as a rate: no count of things is theirs. */
const AMOUNT_OR_RATE = /(?:收入|支出|总值|增加值|产值|总额|额|率|价格|投资)$/;
/** Words that mark a sentence about the work, not a metric ("重点抓好以下14个方面的工作"). */
const NOT_A_METRIC = /(工作|方面|以下|措施|这些|目标|任务|举措|部署)/;

/** Every value with a unit in `clause`, left to right. A range's first number may omit the unit (4.5-5%). */
/**
 * A price index set against last year's 100, written without a unit (潜江 2017: 居民消费价格指数控制在103.5以内; 居民消费价格
 * 总水平控制在103左右): the metric right before the value names an index of prices.
 */
const PRICE_INDEX_BEFORE = /(?:价格|物价)(?:总水平|总指数|指数)(?:涨幅)?(?:控制在|保持在|稳定在|为|在)?$/;

function priceIndexValue(clause: string, at: number, written: string): boolean {
  const value = Number(written);
  return value >= 95 && value <= 115 && PRICE_INDEX_BEFORE.test(clause.slice(Math.max(0, at - 20), at));
}

/** What a threshold of money qualifies: a noun written right after it (…万元以上固定资产投资, …亿元以上项目), no particle or verb. */
const THRESHOLD_OF_NAME = /^(?!的|和|与|及|或|目标|左右|规模|水平)[\u4e00-\u9fa5]/;

/**
 * A rate brought to zero, written with no unit (rule `zero-rate`: 扬中 2023 孕产妇死亡率为0): a level of the rate, as its
 * ‰ or % would be; a bare number of anything else is none.
 */
function zeroRate(clause: string, at: number, written: string): boolean {
  return written === '0' && /率(?:为|降为|降至|保持为|保持在|控制在)$/.test(clause.slice(Math.max(0, at - 6), at));
}

const SIGNED_CHANGE = /(?:增长|增速|增幅)[-−]$/;

export function statedValues(clause: string): StatedValue[] {
  const values: StatedValue[] = [];
  VALUE.lastIndex = 0;
  for (let match = VALUE.exec(clause); match; match = VALUE.exec(clause)) {
    if (match[0].length === 0) {
      VALUE.lastIndex++;
      continue;
    }
    const unit = match[5] ?? match[3] ?? null;
    if (!unit && !priceIndexValue(clause, match.index, match[2]) && !zeroRate(clause, match.index, match[0])) continue;
    if (match[3] && match[5] && match[3] !== match[5]) continue;
    // A bare 万 states a level only after a verb of reaching or passing (人才总量突破300万, 旅居人数超550万); a change in it
    // (比上年末增加0.01万: 和政 2022, cut before its 人) may have lost its unit.
    if (unit === '万' && !match[1] && !/(?:达到|达|为|约|近)$/.test(clause.slice(0, match.index))) continue;
    // A digit glued to letters or to a number before it (5G, PM2.5) is part of a name.
    const before = clause[match.index - 1] ?? '';
    if (/[A-Za-z.\d]/.test(before) && !afterMetricAbbreviation(clause, match.index)) continue;
    // 超78万户 (海口 2023) says 超过, as written in full.
    let qualifier: string | null = match[6] ?? (match[1] === '超' ? '超过' : match[1]) ?? null;
    const after = clause.slice(match.index + match[0].length);
    // A threshold of money opening a name (黎平 2023: 500万元以上固定资产投资完成39.73亿元; 投资5000万元以上项目1381个) is
    // part of what is measured, not a value.
    if (match[6] === '以上' && (unit === '万元' || unit === '亿元') && THRESHOLD_OF_NAME.test(after)) continue;
    const before4 = clause.slice(Math.max(0, match.index - 6), match.index);
    if (/^安排/.test(after) && /按[^，；。]*$/.test(before4)) qualifier = '按…安排';
    // Rule `signed-change`: a minus sign right after the verb of a change is the value's (宁远 2023: 全县实现地区生产总值
    // 2616611万元，同比增长-0.5%: the metric's change is -0.5%), no part of the metric's words (同比增长-).
    const signed = !match[1] && SIGNED_CHANGE.test(before4);
    values.push({
      value: (signed ? -1 : 1) * writtenNumber(match[2]),
      high: match[4] !== undefined ? writtenNumber(match[4]) : null,
      unit,
      qualifier,
      start: match.index - (signed ? 1 : 0),
      end: match.index + match[0].length + (qualifier === '按…安排' ? 2 : 0),
    });
  }
  // 万亿 with no numeral before it, passed (旅游总收入突破万亿元: 广东 2025), is one 万亿, as in running targets (rule `bare-wanyi`).
  if (clause.includes('亿') && /[万千百]亿/.test(clause)) {
    BARE_WANYI.lastIndex = 0;
    for (let match = BARE_WANYI.exec(clause); match; match = BARE_WANYI.exec(clause)) {
      const qualifier = match[1] === '过' ? '超过' : match[1];
      const wan = match[2].startsWith('万');
      // A numeral right before (两千亿, 三百亿) makes no bare 千亿: read as written elsewhere, or not at all.
      if (!wan && /[一二两三四五六七八九十\d]$/.test(clause.slice(0, match.index + match[1].length))) continue;
      const unit = wan ? (match[2] === '万亿' ? '万亿' : '万亿元') : '亿元';
      values.push({ value: wan ? 1 : BARE_YI[match[2][0]], high: null, unit, qualifier, start: match.index, end: match.index + match[0].length });
    }
    values.sort((a, b) => a.start - b.start);
  }
  if (!clause.includes('百分之')) return values;
  WORDED_PERCENT.lastIndex = 0;
  for (let match = WORDED_PERCENT.exec(clause); match; match = WORDED_PERCENT.exec(clause)) {
    const value = wordedNumber(match[2]);
    if (value === null) continue;
    const high = match[3] !== undefined ? wordedNumber(match[3]) : null;
    const qualifier = match[4] ?? match[1] ?? null;
    values.push({ value, high, unit: '%', qualifier, start: match.index, end: match.index + match[0].length });
  }
  return values.sort((a, b) => a.start - b.start);
}

/** A list of subjects (A、B or A和B) before the first value, no other value or clause among them. */
const LISTED = /^[^，；。\d]{2,40}[、和][^，；。\d]{2,40}$/;

/** A verb of change closing what is written before a value (城镇、农村居民人均可支配收入增长4.5%、6.5%). */
const CHANGE_AT_END = /(?:同比|比上年)?(?:增长|下降|降低|减少|提高|提升|增加|上涨)$/;

/** A subject naming two: deposits and loans, towns and villages (see subjectsOf). */
const COMPOUND_PAIR = /存贷款|城乡/;

/** A metric read from a slice of a clause, placed in the whole clause. */
function shiftMetric(metric: StatedMetric, offset: number): StatedMetric {
  return {
    ...metric,
    start: metric.start + offset,
    end: metric.end + offset,
    value: { ...metric.value, start: metric.value.start + offset, end: metric.value.end + offset },
  };
}

/** Values one after the other with only 、 or 和 between them. */
function joinedValues(clause: string, values: readonly StatedValue[]): boolean {
  return values.every((value, index) => index === 0 || /^[、和及]$/.test(clause.slice(values[index - 1].end, value.start)));
}

function writtenNumber(written: string): number {
  return Number(written.replace(/,/g, ''));
}

/**
 * The metrics stated in one clause of a target or result list. Several values in one clause are several metrics
 * ("城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内"), or one metric per subject with 分别; a value without a
 * metric before it ("增长5.5%") takes `previousSubject` (the metric of the clause before: 实现地区生产总值67665亿元，
 * 增长5.5%). Returns nothing for clauses that state no metric.
 */
export function statedMetrics(clause: string, previousSubject: string | null = null, options: { countedAfter?: boolean } = {}): StatedMetric[] {
  const values = statedValues(clause);
  if (values.length === 0) return [];
  const respectively = clause.indexOf('分别');
  // The subjects of a 分别 list before (see clauseSubject): the next 分别 may have them; a bare value is of the last.
  const parallel = previousSubject?.includes(PARALLEL) ? previousSubject.split(PARALLEL) : null;
  if (respectively >= 0 && respectively < values[0].start && values.length > 1) return distribute(clause, respectively, values, 2, parallel);
  // 城乡居民收入达到23292元和7750元、分别增长8.8%和10% (镇安 2016): a 分别 run on after a pair with 、 is a second statement of
  // the pair's subjects, as after a comma (rule `respectively-run-on`).
  if (respectively > 0 && values.length >= 4 && respectively > values[1].end && /^[、，,]$/.test(clause.slice(values[1].end, respectively))) {
    const pair = statedMetrics(clause.slice(0, values[1].end), previousSubject, options);
    if (pair.length === 2) {
      const rest = statedMetrics(clause.slice(respectively), clauseSubject(pair, previousSubject), options);
      if (rest.length > 0) return [...pair, ...rest.map((metric) => shiftMetric(metric, respectively))];
    }
  }
  // …分别完成44607元、16996元，增长4.3%、7.6%: a bare verb of change before a list of as many values as the 分别 list
  // before it had subjects pairs them one by one, as a second 分别 would (苏尼特右旗 2023).
  if (parallel && respectively < 0 && values.length === parallel.length && pairedList(clause, values)) return distribute(clause, 0, values, 0, parallel);
  // 城镇和农村居民人均可支配收入44178元、25396元 (湘潭县 2023): a list of subjects right before as many values joined by 、 or
  // 和 pairs them one by one without 分别 (rule `implicit-respectively`).
  if (respectively < 0 && values.length > 1 && LISTED.test(clause.slice(0, values[0].start)) && joinedValues(clause, values)) {
    const stem = clause.slice(0, values[0].start).replace(TRAILING, '');
    const paired = distribute(clause, stem.replace(CHANGE_AT_END, '').length, values, 0);
    if (paired.length > 0) return paired;
  }
  // 金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9% (巨野 2025): one subject naming two (存贷款, 城乡) before as
  // many values joined by 、 or 和 pairs them one by one, as a 、-list of subjects does (rule `compound-subject-pair`).
  if (respectively < 0 && values.length === 2 && joinedValues(clause, values) && COMPOUND_PAIR.test(clause.slice(0, values[0].start))) {
    const stem = clause.slice(0, values[0].start).replace(TRAILING, '');
    const paired = stem.includes('、') ? [] : distribute(clause, stem.replace(CHANGE_AT_END, '').length, values, 0);
    if (paired.length > 0) return paired;
  }
  // 固定资产投资、工业投资、服务业投资均增长12%左右: one value for each subject of the list.
  const each = distributiveEach(clause, values[0].start);
  if (each > 0 && each < values[0].start && values.length === 1 && clause.lastIndexOf('、', each) >= 0 && !clause.slice(0, each).includes('等')) {
    const shared = distribute(clause, each, values, 1);
    if (shared.length > 0) return shared;
  }
  // 全县行政村道路通达率、通畅率达到100% (林周 2023): rates listed before one percentage they reach are each at it, with no 均
  // (rule `rates-one-value`).
  if (each < 0 && values.length === 1 && values[0].unit === '%' && clause.lastIndexOf('、', values[0].start) >= 0) {
    const rates = ratesReachingOne(clause, values[0]);
    if (rates.length > 0) return rates;
  }
  const found: StatedMetric[] = [];
  let from = 0;
  // After a 分别 list, a bare value is of its last subject (as written nearest).
  let subject = parallel ? parallel[parallel.length - 1] : previousSubject;
  for (const [index, value] of values.entries()) {
    const written = clause.slice(from, value.start);
    const leadingLength = written.length - written.replace(LEADING, '').length;
    // A count after a bare verb (并将创造200,000个新工作岗位) names its thing after the number, as counts of results do.
    const examples = VERB_AND_EXAMPLES.test(written.replace(LEADING, ''));
    // A list item naming its own thing before its count (三穗 2024 新增高新技术企业1家、省级创新型中小企业3家和省级“专精特新”中小企业
    // 2家) counts that thing, not the one the next item names after it (rule `own-name-before-count`).
    const ownName = index > 0 && /^[、和及][\u4e00-\u9fa5“”]{2,}$/.test(written.trim()) && !BARE_VERB.test(written.trim().slice(1));
    const countsAfter = (options.countedAfter && !ownName) || examples || BARE_VERB.test(written.replace(LEADING, ''));
    const counted =
      countsAfter && value.unit !== null && COUNT_UNITS.test(value.unit) && value.high === null
        ? (countedThingAfter(clause.slice(value.end)) ?? sharedCountedThing(clause, value, values[index + 1]))
        : null;
    // Examples as many as the count, of no scale to reach (打造A、B 2个优势产业), only sum up the list: no target (see
    // countsTheListedItems).
    if (counted && examples && written.split('、').length === value.value && !SCALE_OF_CLASS.test(counted)) {
      from = value.end;
      continue;
    }
    if (counted) {
      // "争创…等29个国家级示范试点": the statement runs from the number to the thing counted.
      // A thing shared with the next count (6个盟级、42个旗级重点项目) is written after that count: the statement runs to it.
      const thingEnd = clause.startsWith(counted, value.end) ? value.end + counted.length : clause.indexOf(counted.slice(-2), value.end) + 2;
      const metric: StatedMetric = { name: counted, measure: 'level', value, start: value.start, end: thingEnd };
      found.push(metric);
      subject = null;
      from = metric.end;
      continue;
    }
    const strivesFor = /力争/.test(written);
    let name = cleanName(written);
    // 地方一般公共预算收入完成8.72亿元(剔除留抵退税后为8.04亿元),增长6.9% (通城 2023): a value restated in brackets, measured
    // without something, is the subject's so measured (rule `restated-in-brackets`); the subject stays for a bare growth after.
    const restated = subject && /^\s*[（(](?:剔除|扣除)/.test(written) && /^[）)]/.test(clause.slice(value.end)) ? RESTATED.exec(written) : null;
    if (restated) name = subject + restated[1];
    // "增长5.5%、达到10.3万亿元": the level of the metric just named; not a count of things (…分别增长5.5%和8.6%,10件民生实事全面
    // 完成: 黔西南 2021), which no income, value or rate is counted in (rule `count-not-of-amount`).
    if (name === '' && subject && !(value.unit !== null && COUNT_UNITS.test(value.unit) && AMOUNT_OR_RATE.test(subject))) name = subject;
    // "经营主体…，总量达2037.7万户": a bare measure word is the measure of the subject just named.
    // 总量 of a total (地区生产总值…，总量力争突破3000亿元: 肇庆 2025) is that total.
    if (name !== null && subject && /^(总量|总额|总数|数量|规模|总规模|余额)$/.test(name))
      name = subject.endsWith(name) || (name === '总量' && /(?:总值|总额)$/.test(subject)) ? subject : subject + name;
    // "新能源装机达4091万千瓦、占比达44.7%" (湖南 2026): a bare share right after a measured quantity is that quantity's share;
    // not after a count of items (达到序时进度44项、占比80.0%: 宣城 2020), whose share measures nothing (rule `share-of-quantity`).
    if (
      name !== null &&
      subject &&
      /^(?:占比|比重)$/.test(name) &&
      index > 0 &&
      values[index - 1].unit !== null &&
      !/^(?:项|个|件|条)$/.test(values[index - 1].unit!)
    )
      name = subject + name;
    // "建成高标准农田8.9万亩、累计达到120.5万亩" (上海 2026), "实际使用外资达到160.6亿美元、折合1148亿元": a running total or a
    // conversion of the metric just named is that metric; "工程项目2758个、完工2746个" (广西 2026) counts those of its things that
    // reached a stage (rule `continued-measure`).
    if (name !== null && subject && CONTINUED_MEASURE.test(name)) name = /^(?:累计|折合|合计|共计)$/.test(name) ? subject : subject + name;
    if (name === null || name === '') continue;
    // "景区购票21.63万人，较2019年同期增长98.3%" (巫山 2023): a change against a base year the text states is of the metric just
    // named; the base year stays a property of the change (rule `base-year-change-of-subject`).
    // 同比2015年增长67.86% (梁子湖 2021) leaves 同 once its base year is cut: the same.
    if (name !== null && subject && /^(?:(?:同比|比|较)(?:19|20)\d{2}年(?:末|底)?(?:同期)?|同)(?:增长|增加|提高|提升|下降|减少|降低)$/.test(name))
      name = subject + name.replace(/^(?:(?:同比|比|较)(?:19|20)\d{2}年(?:末|底)?(?:同期)?|同)/, '');
    // "完成社会消费品零售额92.9亿元，累计增长10.5%": 累计 says the growth is the year's so far, of the metric just named.
    if (/^(?:累计)?(增长|增速|增幅|涨幅|上涨|提高|提升|增加|下降|降低|减少|新增)$/.test(name)) {
      if (!subject) continue;
      name = subject + name;
    }
    const qualified = value.qualifier === null && strivesFor ? { ...value, qualifier: '力争' } : value;
    const metric: StatedMetric = { name, measure: measureOf(name), value: qualified, start: from + leadingLength, end: value.end };
    found.push(metric);
    subject = subjectOf(metric);
    from = value.end;
  }
  return found;
}

/**
 * Quotation marks left over at a name's ends by the clause's cut are no part of it; a quoted word opening or closing the
 * name keeps its marks (rule `quoted-name-opening`: 全县“宁脆”苹果种植规模达到2万亩 → “宁脆”苹果种植规模, 大宁 2024).
 */
function withoutStrayQuotes(name: string): string {
  let result = name.replace(/^[”"]+/, '').replace(/[“"]+$/, '');
  if (result.startsWith('“') && !result.includes('”', 1)) result = result.replace(/^“+/, '');
  if (result.endsWith('”') && !result.slice(0, -1).includes('“')) result = result.replace(/”+$/, '');
  return result;
}

/** The verb of a level reached before one value, after a list of rates. */
const RATES_REACH = /(?:达到|达|提升至|提升到|提高至|提高到|保持在|稳定在)\s*$/;

/** Each rate of a list before one percentage the list reaches (see rule `rates-one-value`), or none. */
function ratesReachingOne(clause: string, value: StatedValue): StatedMetric[] {
  const stem = clause.slice(0, value.start);
  const verb = RATES_REACH.exec(stem);
  if (!verb) return [];
  const subject = stem.slice(0, verb.index);
  const start = subject.length - subject.replace(LEADING, '').length;
  const parts = subject.slice(start).split('、');
  if (parts.length < 2 || !parts.every((part) => part.length >= 2 && part.length <= 20 && /率$/.test(part) && !/[，,等和及与]/.test(part))) return [];
  let at = start;
  return parts.map((part) => {
    const metric: StatedMetric = { name: part, measure: measureOf(part), value, start: at, end: value.end, key: at };
    at += part.length + 1;
    return metric;
  });
}

/** A bare word continuing the metric just named: its running total, its conversion, those of its things at a stage. */
const CONTINUED_MEASURE = /^(?:累计|折合|合计|共计|完工|竣工|开工|建成|投产|投用)$/;

/** The metric as written, '' when only verbs and scope words were written, null when it is no metric. */
function cleanName(written: string): string | null {
  let name = written
    // An editorial note (同比（下同）增长: "the same below") says how later figures read, not what is measured.
    .replace(/[（(]下同[）)]/g, '')
    .replace(LEADING, '')
    .replace(/按(增长|增速)$/, '$1')
    // A space before the value, as copies that set numbers apart write it (遵义: 城镇人口达到 473 万人左右), leaves the verb.
    .trimEnd()
    .replace(TRAILING, '')
    // 地区生产总值预计达到58.8亿元 (正蓝旗 2022): an estimate's hedge before the verb of a level is no part of the name.
    .replace(/(?<=.{2})预计$/, '')
    .trim();
  // 交出了高质量振兴答卷：固定资产投资384亿元 (罗湖 2021): what a colon opens is the list, the words before it name nothing measured
  // (rule `colon-opens-list`).
  // 一般公共预算收入[1]17.7亿元 (瑶海 2021): a footnote's mark is no part of the name (rule `footnote-mark`).
  if (name.includes('[')) name = name.replace(/\[\d{1,2}\]/g, '');
  // 固定资产投资(不含农户)增长20% (霞浦 2020): a remark in brackets of what the metric includes or leaves out is no part of its
  // name (rule `scope-remark-off-name`); so is what it is counted without (漾濞 2023: 一般公共预算支出(扣除2022年灾后恢复重建
  // 专项资金支出外)增长3%以上).
  if (name.includes('含') || name.includes('扣除'))
    name = name.replace(/[（(]\s*(?:不含|含|不包括|包括)[^（()）]{1,12}[）)]|[（(]\s*扣除[^（()）]{1,30}[）)]/g, '');
  // 杨河循环经济产业园、青山桥皮鞋工业园、茶恩寺竹木产业园等乡镇园区新引进项目20个 (湘潭县 2023): examples listed before 等
  // name no metric; what follows 等 does (rule `examples-before-etc`).
  const etc = name.lastIndexOf('等');
  if (etc > 0 && name.length - etc > 3 && name.lastIndexOf('、', etc) >= 0) name = name.slice(etc + 1);
  const colon = Math.max(name.lastIndexOf('：'), name.lastIndexOf(':'));
  if (colon >= 0 && name.length - colon > 2) name = name.slice(colon + 1);
  name = withoutStrayQuotes(name).replace(ACHIEVED_MEASURE, '$1$2').replace(GLOSSED_ABBREVIATION, '$1').replace(PLACE_INTENDS, '$1');
  // 服務業占全區增加值的81% (南开 2010), 占GDP比重的51.7%: the share of a whole written with 的 before the value is named by
  // the whole (rule `share-of-whole-de`); not a base written 由…的 (陕南 2016: 占全省比重由“十一五”末的13.7%: the level a rise
  // started from), nor the part of a plan done (占年计划的137.61%: 靖安 2023, not golded as a result of its own).
  if (name.endsWith('的') && name.startsWith('占') && !/[由从]|计划/.test(name)) name = name.slice(0, -1);
  // 同比下降, 比上年增长: the comparison is the usual one for a yearly change, not part of the metric.
  name = name.replace(ADJUSTED, '').replace(ADJUSTED_BEFORE_CHANGE, '').replace(CHANGE_PARTICLE, '$1').replace(COMPARED, '');
  // 固定资产投资力争增长10%以上 (安徽 2023), 一般公共预算收入也将力争增长4%左右 (北京 2025): the striving is no part of the metric.
  name = name.replace(STRIVING_BEFORE_CHANGE, '$1');
  if (name === '') return '';
  if (name.length < 2 || name.length > 30 || NOT_A_METRIC.test(name) || /[。！？]/.test(name)) return null;
  return name;
}
