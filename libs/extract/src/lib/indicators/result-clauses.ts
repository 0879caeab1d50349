import { ExtractionContext } from '../extraction-context';
import { addIndicator, addStatedTarget, resultFacts } from './indicator-nodes';
import { metricKey } from './metric-key';
import { clauseSubject, PARALLEL } from './listed-subjects';
import { type StatedMetric, statedMetrics, statedValues } from './stated-values';

/** The clauses of a sentence read as results: which values are results, of which year, under which name. */

/**
 * Five-year or multi-year figures ("年均增长4.7%", "这五年", "从3.68万亿元增长到…") are not last year's; 今年以来 (since this
 * year began) is within one year (rule `this-year-in-plan-execution`).
 */
const MULTI_YEAR =
  /年均|五年|十[三四五]五|从(?:19|20)\d{2}年|较.{0,6}末|(?<!今年)以来|(?:19|20)\d{2}\s*[—–\-~～至]\s*(?:(?:19|20)\d{2}|\d{2})年|(?<![\d.])[2-9两三四五]年(?:来|间|累计|增长|提升|提高|共)|近[2-9两三四五十]年/;

/**
 * "从2015年的1705亿元增加到2020年2369亿元", "由2015年的20.3%提升至21.3%": two results of one metric; the base may be the end
 * of its year (庆元 2021: 从2015 年末的57.02 亿元增长到2020 年的78.93 亿元, rule `from-year-end`).
 */
const FROM_TO = /(?:从|由)\s*(?:((?:19|20)\d{2})\s*年(?:末|底)?的?\s*)?(?=\d)/;

/**
 * The verb between the two values of a from-to statement; 为 as 到 (公安 2020: 由 2016 年的 46.2% 提升为 2020 年的 52.5%), and
 * 达到 (rule `from-to-reaching`: 张掖 2020 旅游接待人次由2012年的300万人次达到2019年的4200万人次).
 */
const CHANGED_TO = /^\s*(?:(?:增加|增长|提升|提高|上升|跃升|扩大|下降|降低|减少|降|增)(?:到|至|为)|达到)/;

/**
 * Rule `rate-before-metric`: a rate written before the metric it is, the place ranked by it (齐齐哈尔 2021: 2020年，齐齐哈尔市以
 * 3.5%的GDP增速排名全省第一): a result of that metric.
 */
const RATE_BEFORE_METRIC = /以(\d+(?:\.\d+)?%)的([\u4e00-\u9fa5A-Za-z]{0,10}?(?:增速|增幅|增长率|增长))(?=排名|位居|居|位列|领跑|领先)/;
function measureOfRate(name: string): 'growth' | 'level' {
  return /增速|增幅|增长/.test(name) ? 'growth' : 'level';
}

/**
 * Rule `stated-base-level`: a change against a year whose level the text writes (武冈 2021: 2020年全市地区生产总值达172.2亿元，
 * 比2015年的119.4亿元增加52.8亿元) states that year's level of the subject just named.
 */
const BASE_LEVEL = /^\s*(?:比|较)\s*((?:19|20)\d{2})\s*年(?:末|底)?的\s*(?=\d)/;

/** A value: a digit, or a passed 万亿 with no numeral (旅游总收入突破万亿元: 广东 2025, rule `bare-wanyi`). */
export const HAS_DIGIT = /\d|(?:突破|超过|过)万亿(?![级])/;

/**
 * Names of what was added or done over the period (铁路运营里程新增…, 实施…改造11万户, 五年增量, 引进…子公司, 总投资) or of a
 * first (成为全国首个经济总量突破5万亿元): no level of its last year.
 */
/**
 * Names of what a review of several years tells over the whole span, no level of its last year: additions, sums, firsts,
 * and a contribution to growth over the span (rule `contribution-over-period`: 常州 2016 “十二五”期间,…服务业对GDP增长的贡献率
 * 达到60.5%).
 */
const PERIOD_NAME = /新增|新建|累计|增量|五年|首个|首位|^(?:实施|完成|建成|建设|改造|引进|开工|实现|争取|获批)|总投资|贡献率/;

/** Sums and averages over the period (累计, 年均): no level of its last year. */
const PERIOD_SUM = /累计|共计|总计|合计|年均|平均/;

/** A share of a whole: 占工业比重, 占GDP比重, 服务业占比. */
const SHARE_NAME = /^[^，。；]{2,}(?:比重|占比)$/;

/** Verbs of a level reached (达到7亿元, 增至45家, 突破150亿元, 提高到…), or a value marked as passed (突破/超过). */
const REACHED_BEFORE = /(?:达到|达|增至|增加到|增长到|提高到|提高至|提升到|提升至|跃升至|跃升到|上升到|上升至)$/;

/**
 * The value of a clause of a five-year review is the level reached at the period's end when a verb of reaching comes
 * right before it (一般公共预算收入达到7亿元, 规模以上工业企业由23家增至45家) or it is marked as passed (地区生产总值突破150亿元):
 * not sums over the period (争取上级转移支付资金140亿元), counts of what was done in it (实施…项目79个) or growth over it.
 */
function reachedLevel(clause: string, metric: StatedMetric): boolean {
  if (/^(突破|超过)$/.test(metric.value.qualifier ?? '')) return true;
  // 2021年牧业年度牲畜存栏125万头只 (苏尼特左旗 2022): a clause opening with its own year states that year's level, with no
  // verb of reaching (rule `dated-clause-in-term-review`; the year is the clause's, see readResultClauses).
  if (CLAUSE_YEAR.test(clause)) return true;
  // 七大产业产值占工业比重88.4%，提高23.4个百分点 (辽源 2022): a share is no sum over the period, so a share stated with no verb
  // is the level at its end (rule `share-at-period-end`).
  if (metric.value.unit === '%' && SHARE_NAME.test(metric.name)) return true;
  return REACHED_BEFORE.test(clause.slice(0, metric.value.start));
}

/** What joins two values sharing one verb (分别达到44846元和37342元). */
const JOINER = /^[和、及与]$/;

/** Words of a forecast: 有望 (is expected to), 预计 before a year (预计2022年全年…). */
const FORECAST = /有望|预计(?:19|20)\d{2}年/;

/** Years listed with 、/和 opening a clause: 2020年、2021年. */
const YEAR_LIST = /^\s*(?:19|20)\d{2}年(?:[、和及](?:19|20)\d{2}年)+/;

/** The years a clause opens with, when it lists exactly as many as it states values; null otherwise. */
function pairedYears(clause: string, values: number): number[] | null {
  const list = YEAR_LIST.exec(clause);
  if (!list) return null;
  const years = [...list[0].matchAll(/((?:19|20)\d{2})年/g)].map((match) => Number(match[1]));
  return years.length === values ? years : null;
}

/**
 * A year opening a clause, of a point in time (2020年达到…), not a span or a start (2016—2020年, 2015年以来, 2020年底前); also
 * the end of a year reached (rule `year-end-reached`: 梁子湖 2021 “十三五”时期，…，到2020年底，预计实现地区生产总值100.13亿元 in
 * a review; read only up to the year the review is of).
 */
export const CLAUSE_YEAR = /^\s*(?:到|截至|截止到?)?\s?((?:19|20)\d{2})\s?年(?!以来|—|-|至|底前|前(?!三季度)|以前|[起初])/;

/**
 * What a clause measures when it states no value of its own (增加值由2万亿迈上3万亿台阶 → 增加值, 占GDP比重继2015年超过第二产业后
 * → 占GDP比重), if a metric: the subject of a dated clause after it.
 */
function subjectWithoutValue(clause: string): string | null {
  // A span before an average (公安 2020: 地区生产总值前四年年均增长 8.1%) ends the subject too (rule `span-before-average`).
  // An adjustment after the subject (景东 2023: 地方一般公共预算收入扣除留抵退税,同口径增长9.9%) ends it too.
  const head = /^([\u4e00-\u9fa5A-Za-z]{2,16}?)(?:由|从|继|年均|在|已|连续|稳居|位居|先后|扣除|[前近][二三四五两]年)/.exec(
    clause.replace(/^(?:“?十[一二三四五]五”?(?:期间|时期|以来)|全省|全市|全区|全县)+/, ''),
  );
  // A bare measure (总量稳居…第一) names no subject of its own: the one before stays (横州 2026).
  return head && /(增加值|总值|总额|收入|规模|比重|产值|总量)$/.test(head[1]) && !/^(?:总量|总额|规模|产值|收入|比重)$/.test(head[1]) ? head[1] : null;
}

const COMMA = 0xff0c;

/** The subject of the clause ending at a comma (see subjectWithoutValue), within its sentence. */
function subjectBefore(text: string, comma: number): string | null {
  const from = Math.max(text.lastIndexOf('，', comma - 1), text.lastIndexOf('。', comma - 1), text.lastIndexOf('；', comma - 1));
  return comma - from > 40 ? null : subjectWithoutValue(text.slice(from + 1, comma));
}

const SEMICOLON = 0xff1b;

const FULL_STOP = 0x3002;

/** ， ； 。 end a clause: tested by code unit, this runs on every character of the sentences read. */
function isClauseEnd(code: number): boolean {
  return code === COMMA || code === SEMICOLON || code === FULL_STOP;
}

/** 从2015年的1705亿元增加到2020年2369亿元 → 1705 of 2015 and 2369 of 2020 (or of the year the text is about). */
function fromToResults(
  clause: string,
  year: number,
  subject: string | null = null,
  carriedFrom: number | null = null,
): Array<{ metric: StatedMetric; year: number }> {
  if (!clause.includes('从') && !clause.includes('由')) return [];
  const from = FROM_TO.exec(clause);
  if (!from) return [];
  let name = clause
    .slice(0, from.index)
    .replace(/^(?:(?:19|20)\d{2}年|全省|全市|全区|全州|我省|我市|其中|[，、])+/, '')
    .trim();
  // 服务业增加值稳居全省第二，从2015年的…增长到2020年的… (芜湖 2021): the subject of the clause before, read in front of the
  // values so that the first is no opening number.
  const prefix = name.length === 0 && subject !== null ? subject : '';
  if (prefix) name = prefix;
  const metrics = statedMetrics(prefix + clause.slice(0, from.index) + clause.slice(from.index + from[0].length));
  if (metrics.length !== 2) return [];
  const shift = from[0].length - prefix.length;
  if (!CHANGED_TO.test(clause.slice(metrics[0].value.end + shift, metrics[1].value.start + shift).replace(/(?:19|20)\d{2}\s*年(?:末|底)?的?\s*$/, '')))
    return [];
  if (name.length < 2 || name.length > 30) return [];
  const toYear = /((?:19|20)\d{2})\s*年(?:末|底)?的?\s*$/.exec(clause.slice(0, metrics[1].value.start + shift));
  const at = (metric: StatedMetric, offset: number): StatedMetric => ({
    name,
    measure: 'level',
    value: { ...metric.value, start: metric.value.start + offset, end: metric.value.end + offset },
    start: clause.length - clause.trimStart().length,
    end: metric.value.end + offset,
  });
  const reached = { metric: at(metrics[1], shift), year: toYear ? Number(toYear[1]) : year };
  // 由38.5%提高到41.1% without the base's year: only the value reached is dated, unless a from-to of the same sentence wrote
  // both years and this one's reached value is of the later (…从2020年的2290.47万人次增至2024年的5950万人次…；旅游收入由142.36
  // 亿元增至383亿元: 天水 2025, rule `from-to-years-carried`).
  const fromYear = from[1] !== undefined ? Number(from[1]) : toYear === null ? carriedFrom : null;
  return fromYear === null ? [reached] : [{ metric: at(metrics[0], shift), year: fromYear }, reached];
}

/** Policies or measures counted right after a count: 175项稳经济一揽子政策, 73项接续措施. */
const POLICIES_COUNTED = /^[\u4e00-\u9fa5“”]{0,10}?(?:政策|措施|举措|意见|办法)(?:[和、及，；。]|$)/;

/** A verb of adding right before a count: 新增了1所, 新建3个. */
const ADDED_BEFORE = /(?:新增|新建|增加)了?$/;
/** Things counted and then rated or recognized: …所乡镇幼儿园被评为…, …家企业被认定为…. */
const RATED_AFTER = /^[\u4e00-\u9fa5]{1,12}?(?:被评为|被认定为|被命名为|获评)/;

/**
 * A project's name right after an amount, with no clause break or particle between (…3万头和1.2万头奶牛养殖项目); not a verb
 * doing the projects (投资2.47亿元实施20个乡村振兴项目: 林周 2023, money spent on what was done).
 */
/** A verb doing a counted number of projects right after an amount: 实施20个乡村振兴项目. */
const INVESTED_IN_COUNTED = /^(?:用于|实施|建设|推进|新建|完成)\d+个([\u4e00-\u9fa5]{2,16}?项目)/;

const PROJECT_AFTER = /^(?!实施|建设|新建|改建|扩建|推进|完成|启动|开工|用于)[^，。；、的]{2,30}?(?:项目|工程)/;

/** What follows a count of places covered in full: 行政村实现幼儿园全覆盖, 个乡镇实现通村公路全覆盖. */
const PLACES_OF_COVERAGE = /^[\u4e00-\u9fa5]{1,10}?实现[\u4e00-\u9fa5]{0,12}全覆盖/;

/** A sentence opening with the end of a five-year period: (预计)(到)十三五末，/“十四五”期末，. */
const PERIOD_END_OPENING = /^\s*(?:预计)?(?:到|至)?“?十([三四五])五”?(?:期)?末[，,]/;
const PERIOD_END_YEAR: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030 };

/** What a count of work items counts: 项重点工作, 项任务, 条举措. */
const COUNT_OF_WORK = /^(?:重点|主要|具体|专项|改革)?(?:工作|任务|举措|措施)(?!室|站|队|组)/;

const MILESTONE_ONLY = /^(首次|再次|历史性地?|首度)$/;

/**
 * 首次/再次/历史性 before the verb say how remarkable a value is, not what is measured (支出首次超过7000亿元); so does a bare
 * 首 before 超/破 (硚口 2025: 服务业增加值占比首超80%), not the 首 of 榜首 or 之首.
 */
function withoutMilestoneWord(metric: StatedMetric): StatedMetric {
  const name = metric.name.replace(/(首次|再次|历史性地?|首度|(?<![榜之元])首)$/, '');
  return name === metric.name || name.length < 2 ? metric : { ...metric, name };
}

/** A result names a known metric, or a measured thing (not a rank, a list of tasks or a bare verb). */
function plausibleResult(metric: StatedMetric): boolean {
  if (metricKey(metric.name) !== null) return true;
  const quotes = (metric.name.match(/“/g) ?? []).length === (metric.name.match(/”/g) ?? []).length;
  // 26个项目, 155个国家或地区, 12类45件, 玉柴甲醇发动机…等20项, 占固定资产投资的60.2%: no measured thing is named.
  // A name may open with a threshold of money (500万元以上固定资产投资: 黎平 2023) or an age group (rule `age-group-name`: 扬中
  // 2023 5岁以下儿童死亡率) or a grade (4A级景区: rule `graded-thing`), not with another number.
  if (
    /^(项目|企业|国家|地区|安排|其中)$|^[、，”]|连续|国家[和或及]地区|^\d(?![\d.]*(?:[万亿]元以上|周?岁及?(?:以下|以上))|A级)|[等的和与及、\/]$|^(降至|降到|提高到|提升至|达到|向)/.test(
      metric.name,
    )
  )
    return false;
  // 制定17项抗旱救灾措施 (察右后旗 2023): a count of the measures made, as 出台…20条, measures nothing.
  if (/^(累计)?(推进|实施|开展|完成|实现|建设|办理|落实|推动|开通|新建|建成|引进|获批|获批建设|年度|全年|当年|制定|出台)$/.test(metric.name)) return false;
  // 高于全国0.4个百分点, 快于2024年1.8个百分点, 高出全市1.1个百分点 (封丘 2025): a comparison with another value, not the value
  // itself; so with the references listed (安庆 2025: GDP增长6%，高于全国、全省1个、0.2个百分点: rule
  // `comparison-listed-references`).
  if (
    /(高于|低于|高出|低出|超出|快于|慢于|多于|少于|领先)(?:(全国|全省|全区|全市|全州|全盟|平均|上年|(?:19|20)\d{2}年)[、和及与]?)*(平均水平|平均)?$/.test(
      metric.name,
    )
  )
    return false;
  // …等自治区级以上荣誉69项 (万秀 2023), 荣誉70余项 (青龙 2026): honours received are no measured thing (rule `honours-no-result`).
  if (/(?:荣誉|称号)$/.test(metric.name)) return false;
  // 每年安排140亿元 (a commitment), 规模最大 (a rank), 全球前1‰, 1000吨级航道 (a class), 省会城市 (where to).
  if (/^(每年|级|前|和|与|及|（|\()|最|[前下]$|^(省会城市|城市|国家|省份|地区)$/.test(metric.name)) return false;
  // 出台…20条: measures of a policy, not a length; 条 counts routes, rivers, lines and streets only (邯郸 2025: 打造8条特色餐饮街区).
  if (metric.value.unit === '条' && !/(线|路|河|湖|道|廊|网|渠|航线|街|街区)$/.test(metric.name)) return false;
  // 比上年末增加0.01万 with its subject in the clause before (和政 2022): a comparison and a verb name nothing measured.
  if (/^(?:比上年末?|较上年末?|同比|比去年)(?:增加|增长|减少|下降)$/.test(metric.name)) return false;
  if (metric.value.unit === '个百分点') {
    // Points against a base year with no subject of their own (常州 2016: …比重达到38%，比2010年上升2.3个百分点): the
    // change of the level before, a bare verb naming nothing measured (rule `bare-change-no-result`).
    if (/^(?:上升|提高|提升|增加|下降|降低|减少|回落)$/.test(metric.name)) return false;
    // A rate above another by so many points (常州 2016: 服务业完成税收329.4亿元，增速高于全部税收增速0.5个百分点): the gap
    // between two rates, the value of neither (rule `rate-gap-no-result`).
    // …also written 超过 (黄龙 2026: 生产总值…增长4.7%，超过全市增速0.4个百分点).
    if (/(?:高于|低于|高出|快于|慢于|超过|超出)[^，。；]{1,12}(?:增速|增幅|速度|平均水平)$/.test(metric.name)) return false;
  }
  // …达到序时进度44项、占比80.0% (宣城 2020): a share with no subject of its own is the share of the count before it, no
  // measured thing (rule `bare-share-no-result`).
  if (/^(?:占比|比重|占)$/.test(metric.name)) return false;
  // 输出345亿度、增长32%: a value whose unit was not read ran into the name.
  if (/\d[\u4e00-\u9fa5]{0,3}、/.test(metric.name)) return false;
  return (
    quotes &&
    // 第 marks a rank (居全省第3位), not the first, second and third industries (第一产业增加值: 和政 2022); 以下 a rank too,
    // not an age group (5岁以下儿童死亡率).
    // …在全省率先实现100%复工复产 (黔西南 2021): a first among places, told with a share, is a rank too.
    !/(第(?![一二三]产业)|排名|位居|居全|前列|(?<!岁)以下|批次|次会议|在全[国省市区州县]率先)/.test(metric.name) &&
    !/^(经|对|按|通过|围绕|实施|开展|推进|加快|完成|实现)$/.test(metric.name) &&
    !/^(经|对|按|通过|围绕)/.test(metric.name)
  );
}

/**
 * A change measured from a stated year (2020年地区生产总值…比2015年增长37.8%: 南宁 2021; 较2015年增长180.4%: 芜湖 2021) is
 * a result of its year over that base, not a yearly change: its base year is kept (rule `stated-base-year`), for every value
 * of a list after the verb too (较2020年增长73.9%、178.6%: 天水 2025).
 */
const BASE_YEAR = /[比较]((?:19|20)\d{2})\s?年(?:末|底)?(?:同期)?(?:分别)?(?:增长|下降|降低|减少|提高|提升|增加|上涨|回落)[了约近]?(?:[\d.]+%[、和及])*$/;

/**
 * Rule `year-plan-of-projects`: a statement giving the year's investment plan of its key projects (闽侯 2023: 2023年县级重点项目共
 * 530项，总投资2944.74亿元，年度计划投资561.86亿元，1-6月累计完成投资362.32亿元，占年计划投资的64.49%; 王益 2024: 2024年，全区共安排
 * 区级重点项目119个，总投资153.64亿元，年度投资88.37亿元) states the plan of that year in its clauses that say no progress (the
 * count, the total and the year's investment): targets of the year; its clauses of progress (累计完成, 占…%) stay results.
 * A plain 年度投资 of a review with no 安排 (安康 2025: 30个省级、382个市级重点项目年度投资80.3亿元、577.9亿元，分别完成计划任务的
 * 138.3%、111.4%) is what was invested.
 */
export const YEAR_PLAN = /(?:年度计划投资|年度投资计划|当年计划投资)\s?\d|安排[^。；]{2,40}?年度投资\s?\d/;
/** A clause of progress within a year's plan: what was done, its share of the plan, the rate of starts. */
const PROGRESS = /完成|累计|占|实际|开工率|进度|到位/;

function addPlanTarget(context: ExtractionContext, metric: StatedMetric, year: number, clauseStart: number): number {
  addStatedTarget(context, null, metric, year, clauseStart, null, null);
  return 1;
}

function addResult(context: ExtractionContext, metric: StatedMetric, year: number, clauseStart: number): number {
  const base = metric.measure === 'level' ? null : BASE_YEAR.exec(context.document.text.slice(clauseStart + metric.start, clauseStart + metric.value.start));
  const baseYear = base && Number(base[1]) < year ? Number(base[1]) : null;
  addIndicator(
    context,
    null,
    resultFacts({
      name: metric.name,
      unit: metric.value.unit,
      qualifier: metric.value.qualifier,
      measure: metric.measure,
      year,
      value: metric.value.value,
      high: metric.value.high,
      baseYear,
    }),
    clauseStart + metric.start,
    clauseStart + metric.end,
    clauseStart + (metric.key ?? metric.value.start),
  );
  return 1;
}

/**
 * Reads the results a sentence states, clause by clause, as values of the year given (or of a year a clause opens with);
 * onlyReached keeps the levels reached at the end of a five-year review. Returns how many were added.
 */
export function readResultClauses(
  context: ExtractionContext,
  sentenceStart: number,
  sentenceEnd: number,
  year: number,
  onlyReached = false,
  periodReview = false,
  subjectFromClauseBefore = false,
  planOnly = false,
  planned: Array<{ start: number; end: number }> | null = null,
): number {
  const { text } = context.document;
  let count = 0;
  // The end of the statement (up to ；) whose year's plan was tested, and whether it gives one (rule year-plan-of-projects).
  let statementEnd = -1;
  let planStatement = false;
  let planSeen = false;
  // 预计十三五末，全县地区生产总值突破400亿元，…；人均生产总值7.9万元，… (谷城 2020): a review sentence opening with the end of a
  // five-year period dates every level after it to that end, with or without a verb of reaching (rule `period-end-named`).
  const periodEnd = onlyReached && text.includes('五末', sentenceStart) ? PERIOD_END_OPENING.exec(text.slice(sentenceStart, sentenceEnd)) : null;
  const endYear = periodEnd ? PERIOD_END_YEAR[periodEnd[1]] : null;
  // Read from a year opening a clause in the middle of a sentence (…地区生产总值先后跨越700亿元、800亿元，2024年达952.25亿元: 天水
  // 2025): what the clause before it measured, stating no value of that year, is the subject of a bare value after the year
  // (rule `year-clause-subject-before`), in a text whose own year is known (a plan without one, whose years may be its
  // targets', gives none: 扬州 2024 …年均增速高于GDP年均增速0.5个百分点左右，2025年突破4000亿元).
  let previousSubject: string | null = subjectFromClauseBefore && text.charCodeAt(sentenceStart) === COMMA ? subjectBefore(text, sentenceStart) : null;
  // The projects the last clause counted (实施重点项目36个), for a bare investment after them.
  let countedProjects: string | null = null;
  let clauseStart = sentenceStart;
  let multiYear = false;
  // Whether a clause without a value set the period (这五年，…; “十三五”期间，…): it governs the whole sentence.
  let periodTopic = false;
  // Whether a clause with a value came before in the sentence (see rule streak-after-value).
  let valueSeen = false;
  // The base year of a from-to of the sentence that wrote both its years and reached the year read.
  let datedFrom: number | null = null;
  for (let i = sentenceStart; i <= sentenceEnd; i++) {
    if (i < sentenceEnd && !isClauseEnd(text.charCodeAt(i))) continue;
    const clause = text.slice(clauseStart, i);
    if (clauseStart > statementEnd) {
      const semicolon = text.indexOf('；', clauseStart);
      statementEnd = semicolon < 0 || semicolon > sentenceEnd ? sentenceEnd : semicolon;
      const statement = text.slice(clauseStart, statementEnd);
      planStatement = statement.includes('投资') && YEAR_PLAN.test(statement);
      planSeen ||= planStatement;
    }
    // …and, after one, a statement of the plan's projects by their stage (池州 2024: …；计划竣工项目111个).
    const plan = (planStatement || (planSeen && clause.trimStart().startsWith('计划'))) && !PROGRESS.test(clause);
    if (planOnly && !plan) {
      clauseStart = i + 1;
      continue;
    }
    if (onlyReached) {
      // A five-year review closing with the year: only the levels reached at its end are that year's.
      if (HAS_DIGIT.test(clause) && !PERIOD_SUM.test(clause)) {
        const fromTo = fromToResults(clause, year).filter((found) => found.year <= year);
        // A level reached with only its manner before it (一般公共预算收入增加近1000亿元，稳步达到3000亿元以上: 内蒙古 2026) is
        // of the metric the clause before named (rule `manner-before-verb`).
        const metrics = fromTo.length > 0 ? fromTo.map((found) => found.metric) : statedMetrics(clause, previousSubject);
        previousSubject = fromTo.length > 0 || metrics.length === 0 ? null : clauseSubject(metrics, previousSubject);
        let reachedBefore: StatedMetric | null = null;
        metrics.forEach((metric, index) => {
          // 突破3万亿元、达3.6万亿元: the threshold passed, then the value reached.
          const next = metrics[index + 1];
          if (next && next.name === metric.name && /^(突破|超过)$/.test(metric.value.qualifier ?? '') && next.value.qualifier === null) return;
          // 城乡常住居民人均可支配收入分别达到44846元和37342元 (东乌旗 2022): a value joined to one reached shares its verb (rule
          // `reached-pair`).
          const joined = reachedBefore !== null && JOINER.test(clause.slice(reachedBefore.value.end, metric.value.start));
          reachedBefore = null;
          if (metric.measure !== 'level' || PERIOD_NAME.test(metric.name) || !plausibleResult(metric)) return;
          if (endYear !== null && fromTo.length === 0 && !PERIOD_SUM.test(metric.name)) {
            count += addResult(context, metric, endYear, clauseStart);
            return;
          }
          if (fromTo.length > 0 || joined || reachedLevel(clause, metric)) {
            // 从2017年的111.8亿元提高至2021年的160亿元左右 (西乌旗 2022): a base written with its year is that year's (rule
            // `dated-from-to`), as outside a term's review.
            const dated = fromTo.length > 0 ? null : CLAUSE_YEAR.exec(clause);
            const clauseYear = dated && Number(dated[1]) <= year ? Number(dated[1]) : year;
            count += addResult(context, metric, fromTo.length > 0 ? fromTo[index].year : clauseYear, clauseStart);
            reachedBefore = metric;
          }
        });
      }
      clauseStart = i + 1;
      continue;
    }
    if (!HAS_DIGIT.test(clause)) {
      // A clause naming years with no value sets the period of the sentence (这五年，…); a streak remarked after a value (陵川 2026: 固定资产投资完成51.5亿元，同比增长10%，连续五年实现两位数增长；社会消费品零售
      // 总额完成32.8亿元) is of that statement alone, up to its semicolon (rule `streak-after-value`).
      if (MULTI_YEAR.test(clause)) {
        multiYear = true;
        periodTopic ||= !valueSeen;
      }
      // "占GDP比重连续七年超过第二产业，2016年首次突破50%" (台州 2021): what a clause without a value measures is the subject of
      // the dated clauses after it.
      previousSubject = subjectWithoutValue(clause) ?? previousSubject;
      clauseStart = i + 1;
      // A semicolon closes the statement a value's multi-year word governs (…较“十二五”末增长192.4%；规上服务业营业收入743.90亿元:
      // 芜湖 2021, rule `semicolon-ends-period`), not a period a clause of its own set (这五年，…；…).
      if (text.charCodeAt(i) === SEMICOLON && !periodTopic) multiYear = false;
      continue;
    }
    valueSeen = true;
    // A forecast (…，预计2022年全年工业产值有望突破700亿元: 平罗 2022) states no result (rule `forecast-no-result`).
    if (FORECAST.test(clause)) {
      clauseStart = i + 1;
      continue;
    }
    // A clause opening with a year of its own up to the one read (…，2020年达到3.6万亿) states that year's value, whatever
    // multi-year figure came before it in the sentence (“十三五”期间，…增加值由2万亿迈上3万亿台阶，2020年达到3.6万亿).
    const ownYear = CLAUSE_YEAR.exec(clause);
    const clauseYear = ownYear && Number(ownYear[1]) <= year ? Number(ownYear[1]) : null;
    multiYear = clauseYear !== null ? MULTI_YEAR.test(clause) : multiYear || MULTI_YEAR.test(clause);
    // Five-year figures written before the value govern it (这五年，…), not those after it (实现了“十四五”良好开局).
    const fromTo = fromToResults(clause, year, previousSubject, datedFrom);
    const base = previousSubject !== null && fromTo.length === 0 && (clause.includes('比') || clause.includes('较')) ? BASE_LEVEL.exec(clause) : null;
    const baseValue = base && Number(base[1]) < year ? statedValues(clause.slice(base[0].length))[0] : undefined;
    if (base && baseValue && baseValue.start === 0 && !previousSubject!.includes(PARALLEL)) {
      const offset = base[0].length;
      const metric: StatedMetric = {
        name: previousSubject!,
        measure: 'level',
        value: { ...baseValue, start: baseValue.start + offset, end: baseValue.end + offset },
        start: base.index + (base[0].length - base[0].trimStart().length),
        end: baseValue.end + offset,
      };
      count += addResult(context, metric, Number(base[1]), clauseStart);
      clauseStart = i + 1;
      continue;
    }
    const ranked = fromTo.length === 0 && clause.includes('以') ? RATE_BEFORE_METRIC.exec(clause) : null;
    const rate = ranked ? statedValues(ranked[1])[0] : undefined;
    if (ranked && rate) {
      const at = ranked.index + ranked[0].indexOf(ranked[1]);
      const name = ranked[2];
      const metric: StatedMetric = {
        name,
        measure: measureOfRate(name),
        value: { ...rate, start: rate.start + at, end: rate.end + at },
        start: at,
        end: at + ranked[1].length + 1 + name.length,
      };
      count += addResult(context, metric, clauseYear ?? year, clauseStart);
      previousSubject = name;
      clauseStart = i + 1;
      continue;
    }
    if (fromTo.length > 0) {
      for (const found of fromTo) count += addResult(context, found.metric, found.year, clauseStart);
      if (fromTo.length === 2 && fromTo[1].year === year) datedFrom = fromTo[0].year;
      previousSubject = null;
      // A from-to states its own years: the clauses after it are of the year read (…增长到2020年的1804.2亿元，占GDP比重达到48.1%).
      multiYear = false;
    } else if (multiYear) {
      // Not read, but what it measures is the subject of a dated clause after it (增加值…，2020年达到3.6万亿).
      if (clauseYear === null) previousSubject = subjectWithoutValue(clause) ?? previousSubject;
    } else {
      // A clause naming nothing but how remarkable its value is (2016年首次突破50%) measures the subject before it.
      const subject: string | null = previousSubject;
      const metrics: StatedMetric[] = statedMetrics(clause, previousSubject, { countedAfter: true })
        .map((metric) => (subject !== null && MILESTONE_ONLY.test(metric.name) ? { ...metric, name: subject } : metric))
        .map(withoutMilestoneWord);
      previousSubject = metrics.length === 0 ? (subjectWithoutValue(clause) ?? previousSubject) : clauseSubject(metrics, previousSubject);
      const valueYear = clauseYear ?? year;
      // "2020年、2021年规上工业企业累计完成产值398.8亿元、579.33亿元" (平罗 2022): as many years listed before as values
      // after, paired one by one (rule `paired-years`).
      const listed = clauseYear !== null ? pairedYears(clause, metrics.length) : null;
      metrics.forEach((metric, index) => {
        // 首次突破2万元、达到20793元: the threshold passed, then the value; the value is the result.
        const next = metrics[index + 1];
        if (next && next.name === metric.name && /^(突破|超过)$/.test(metric.value.qualifier ?? '') && next.value.qualifier === null) return;
        // 组建总规模1000亿元的基金: the value describes what follows 的, it measures nothing of its own; so does an investment
        // written right before the project it sizes (投资12.6亿元3万头和1.2万头奶牛养殖项目成功获批: 察右后旗 2023, rule
        // `size-before-project`).
        // 在新增减税降费18.2亿元的基础上 (坪山 2022): a fact the clause builds on is stated all the same (rule `basis-stated`).
        const basis = clause.startsWith('的基础上', metric.value.end);
        if (clause[metric.value.end] === '的' && !basis) return;
        if (basis) metric = { ...metric, name: metric.name.replace(/^在/, '') };
        // 加快推进粤港澳大湾区建设38项重点工作落实 (斗门 2022): a count of tasks is the size of a list of work, as counts of
        // policy articles are, no result (rule `counted-tasks`).
        if (COUNT_OF_WORK.test(clause.slice(metric.value.end)) && /^(?:项|条|件|个)$/.test(metric.value.unit ?? '')) return;
        if (/^总?投资$/.test(metric.name) && PROJECT_AFTER.test(clause.slice(metric.value.end))) return;
        // 投资2.47亿元实施20个乡村振兴项目 (林周 2023): money invested in the projects a count after it names is their investment
        // (rule `investment-before-counted`, as a 总投资 after a count is: investment-of-counted).
        const investedIn = /^总?投资$/.test(metric.name) ? INVESTED_IN_COUNTED.exec(clause.slice(metric.value.end)) : null;
        // 谋划储备重大项目111个，总投资169.51亿元; 实施重点项目36个，完成投资39.8亿元 (景东 2023): an investment named bare right
        // after a count of projects is theirs (rule `investment-of-counted`, as in targets).
        const bare = !investedIn && /^(?:总|完成)?投资$/.test(metric.name) ? /(?:总|完成)?投资$/.exec(clause.slice(0, metric.value.start)) : null;
        const named = investedIn
          ? { ...metric, name: `${investedIn[1]}投资` }
          : bare && countedProjects && index === 0
            ? { ...metric, name: countedProjects + bare[0] }
            : metric;
        // 落实区委10个方面40条贯彻举措 (泉山 2024): a count of the aspects of a text, not of things done; nor is a count of
        // reforms (硚口 2025: “云油控”等2项改革纳入国家试点), policy items rather than measured things.
        // Nor a count of the policies or measures issued (洛阳 2023: 制定出台175项稳经济一揽子政策和73项接续措施: rule
        // `policies-counted-no-result`), as counts of a policy's articles are none.
        if (clause.startsWith('方面', metric.value.end) || /^项?改革/.test(clause.slice(metric.value.end, metric.value.end + 3))) return;
        if (POLICIES_COUNTED.test(clause.slice(metric.value.end, metric.value.end + 16))) return;
        // A rise told after a from-to of the sentence that wrote both its years, with no year of its own, is the rise over
        // that span, no change of one year (常德 2025: 由2020年的3749.1亿元增加到2024年的4532.7亿元,…人均GDP突破9万元,增幅超过
        // 30%: rule `span-rise-no-result`).
        if (datedFrom !== null && clauseYear === null && metric.measure === 'growth') return;
        // 全县243个行政村实现幼儿园全覆盖 (会昌 2022): the count names the places a full coverage is for, as in targets (rule
        // `places-of-coverage`); the coverage is the fact, no level of the places.
        if (PLACES_OF_COVERAGE.test(clause.slice(metric.value.end))) return;
        // 为全国15个县市区之一 (上高 2024): the places a place is one of, no count of its own (rule `one-of-many`).
        if (clause.startsWith('之一', metric.end)) return;
        // 新增了1所省级示范幼儿园 in a plan's review of its period (会昌 2022): what was added over the period, no level of its last
        // year (rule `addition-in-period-review`, as five-year reviews read 新增).
        if (periodReview && ADDED_BEFORE.test(clause.slice(0, metric.value.start))) return;
        // …and so are things rated over it (14所乡镇幼儿园被评为市级示范园: 会昌 2022).
        if (periodReview && RATED_AFTER.test(clause.slice(metric.value.end))) return;
        // 累计完成投资68.39亿元，2024年完成投资19.23亿元 (封丘 2025): a sum the sentence follows with the year's own is over more
        // years than the one read (rule `sum-before-years-own`).
        if (metric.name.startsWith('累计') && text.slice(i, sentenceEnd).includes(`${year}年`)) return;
        if (!plausibleResult(named)) return;
        if (plan) {
          count += addPlanTarget(context, named, listed?.[index] ?? valueYear, clauseStart);
          planned?.push({ start: clauseStart + named.start, end: clauseStart + named.end });
        } else count += addResult(context, named, listed?.[index] ?? valueYear, clauseStart);
      });
      const last = metrics[metrics.length - 1];
      countedProjects = last && (last.value.unit === '个' || last.value.unit === '项') && /项目$/.test(last.name) ? last.name : null;
    }
    clauseStart = i + 1;
    if (text.charCodeAt(i) === SEMICOLON && !periodTopic) multiYear = false;
  }
  return count;
}
