/** The subjects a value applies to when a clause lists several (A、B均增长12%, 分别, counted things and their examples). */
import { BARE_CHANGE, CONTRIBUTION, COUNTED_THING, DECLINE_END, GROWTH_END, LEADING, TRAILING, measureOf } from './metric-wording';
import type { StatedMetric, StatedValue } from './stated-values';

/**
 * A base a change is measured against, written before its verb (同比, 比上年, 较2020年: rule `based-change-list`): 天水 2025
 * 产值分别达211.6亿元、38亿元、38亿元和86.4亿元,较2020年增长73.9%、178.6%、4.1%和12% pairs the rises as the levels.
 */
const CHANGE_BASE = /^(?:同比|比上年|较上年|(?:比|较)(?:19|20)\d{2}\s?年(?:末|底)?)/;

/** The clause is a verb of change (after a base, if any) and a list of values joined by 、 or 和, nothing else between them. */
export function pairedList(clause: string, values: readonly StatedValue[]): boolean {
  if (!BARE_CHANGE.test(clause.slice(0, values[0].start).trim().replace(CHANGE_BASE, ''))) return false;
  return values.every((value, index) => index === 0 || /^[、和及]$/.test(clause.slice(values[index - 1].end, value.start)));
}

/**
 * The first of two counts of one thing told apart by a modifier each (苏尼特右旗 2023: 6个盟级、42个旗级重点项目): the
 * thing the second counts, with the first's own modifier in place of the second's (盟级重点项目).
 */
export function sharedCountedThing(clause: string, value: StatedValue, next: StatedValue | undefined): string | null {
  if (!next || next.unit !== value.unit) return null;
  const modifier = /^([\u4e00-\u9fa5]{1,6})、$/.exec(clause.slice(value.end, next.start));
  const thing = modifier ? countedThingAfter(clause.slice(next.end)) : null;
  if (!modifier || !thing || thing.length <= modifier[1].length + 1) return null;
  // The modifiers are parallel: as long as each other and ending alike (盟级, 旗级; 省级, 市级).
  if (thing[modifier[1].length - 1] !== modifier[1][modifier[1].length - 1]) return null;
  return modifier[1] + thing.slice(modifier[1].length);
}

/** A class of size a count's things are to reach: 千亿级产业集群, 500亿级产业集群, 百亿元产业. */
export const SCALE_OF_CLASS = /^[^，；。]{0,6}(?:级|亿元?产业)/;

/**
 * The thing counted right after a count ("15个全国美丽宜居示范村", "4个贫困县(区)全部摘帽" → 贫困县, a class of size written in
 * digits: "2个500亿级产业集群" → 500亿级产业集群), else null.
 */
export function countedThingAfter(after: string): string | null {
  // A grade may open the thing (rule `graded-thing`: 已成功创建3个4A级景区、6个3A级景区: 宣汉 2021).
  const run = /^(?:\d+(?=[十百千万]*亿级)|[1-5]A(?=级))?[\u4e00-\u9fa5“”]{2,24}/.exec(after);
  if (!run) return null;
  for (let end = run[0].length; end >= 3; end--) {
    const thing = run[0].slice(0, end);
    // …到我区开展测试 (龙岗 2025: 74家企业常态化到我区): 我区, 本市 refer to the text's own place, they are no counted thing.
    if (COUNTED_THING.test(thing) && !/^(方面|批|类|种|重点|大)/.test(thing) && !/[我本该][省市区县州旗镇乡村]$/.test(thing)) return thing;
  }
  return null;
}

/** Joins the subjects of a 分别 list in what clauseSubject returns; no text holds it. */
export const PARALLEL = '\u001f';

/**
 * What the next clause's bare value or 分别 refers to, as statedMetrics takes it: the subjects of a 分别 list (all its
 * metrics start where the list does), else the subject of the clause's last metric; `previous` when it stated none.
 */
export function clauseSubject(metrics: readonly StatedMetric[], previous: string | null): string | null {
  if (metrics.length === 0) return previous;
  const parallel = metrics.length > 1 && metrics.every((metric) => metric.start === metrics[0].start && metric.key === undefined);
  if (parallel)
    return (
      metrics
        .map(subjectOf)
        .filter((subject): subject is string => subject !== null)
        .join(PARALLEL) || null
    );
  return subjectOf(metrics[metrics.length - 1]);
}

/**
 * The metric a clause is about, without its verb of change: the subject a following bare 增长5.5% refers to. A
 * contribution (拉动经济增长3.1个百分点) is none: the 同比增长6.2% after it is not its growth; nor is a comparison.
 */
export function subjectOf(metric: StatedMetric): string | null {
  if (CONTRIBUTION.test(metric.name)) return null;
  // 高于全国、全省1个、0.2个百分点，总量跨过3000亿元 (安庆 2025): a comparison is no subject of the bare 总量 after it either
  // (rule `comparison-listed-references`).
  if (/^(?:高于|低于|高出|低出|超出|快于|慢于|领先)/.test(metric.name)) return null;
  // 地方一般公共预算收入剔除留抵退税后 (restated in brackets): the bare growth after it is the subject's as written.
  // The total of a sum is the sum (rule `total-of-a-sum`: 2018年，张湾区服务业增加值总量达到181.55亿元，同比增长17.2%, 张湾
  // 2019): the growth after it is the value added's, not a 总量增长.
  return metric.name
    .replace(GROWTH_END, '')
    .replace(DECLINE_END, '')
    .replace(/(?<=.{2})(?:剔除|扣除)[^，。；]{1,16}?后$/, '')
    .replace(TOTAL_OF_SUM, '');
}

/** 总量 closing the name of a sum (增加值, 总值, 收入, 产值, 总额, 投资: 慈利 2018 完成固定资产投资总量9亿元，同比增长18%): the sum itself. */
const TOTAL_OF_SUM = /(?<=(?:增加值|总值|收入|产值|总额|投资))总量$/;

/**
 * 一产、二产、三产增加值分别增长5%左右、5%以上、5%左右 → 一产增加值增长 5%左右, 二产增加值增长 5%以上, …; with 均
 * (`wordLength` 1) one value for every subject: A、B均增长12% → A增长 12%, B增长 12%.
 */
export function distribute(
  clause: string,
  respectively: number,
  values: readonly StatedValue[],
  wordLength = 2,
  previousSubjects: readonly string[] | null = null,
): StatedMetric[] {
  // 小蓝经开区营业收入、工业总产值预计分别完成1585亿元、1530亿元 (南昌县 2022): an estimate's hedge before 分别 is no part of the
  // last subject (rule `hedge-before-respectively`).
  const subject = clause
    .slice(0, respectively)
    .replace(LEADING, '')
    .replace(/(?<=.{2})(?:初步)?预计$/, '');
  // 城乡人均可支配收入分别预计增长6.7%、7.3% (滦南 2024): the hedge may follow 分别 as well (rule
  // `hedge-after-respectively`); the verb is 增长.
  const verb = clause
    .slice(respectively + wordLength, values[0].start)
    .replace(TRAILING, '')
    .replace(/^(?:初步)?预计/, '')
    .replace(/^(?:比|较)(?:19|20)\d{2}\s?年(?:末|底)?|^(?:同比|比上年|较上年)/, '');
  // …分别达到36583元和17736元，分别增长7%和10%: a 分别 with no subject of its own has the subjects of the one before.
  // "…分别增长5.4%、11.5%和11.1%,对地区生产总值贡献率分别为9.0%、53.5%和37.5%" (郴州 2013): a share of another whole
  // (对…贡献率, 占…比重) written with no subject of its own is each earlier subject's, named by its head without the
  // measure (第一产业增加值 → 第一产业对地区生产总值贡献率: rule `share-of-listed-subjects`).
  const subjects =
    subject === '' && previousSubjects
      ? previousSubjects
      : /^[对占]/.test(subject) && previousSubjects
        ? previousSubjects.map((head) => head.replace(HEAD_MEASURE, '') + subject)
        : (countedSubjects(subject, values) ?? subjectsOf(subject));
  const shared = values.length === 1 && wordLength === 1;
  if (subjects.length < 2 || (!shared && subjects.length !== values.length)) return [];
  const start = clause.length - clause.replace(LEADING, '').length;
  let cursor = start;
  // 分别超过8万元、4.5万元: a word before the first value qualifies each of them (rule `respectively-shared-qualifier`).
  const first = values[0].qualifier;
  const sharedQualifier =
    !shared && first !== null && /^(?:超过|突破|不低于|不少于)$/.test(first) && values.slice(1).every((value) => value.qualifier === null);
  return subjects.map((name, index) => {
    const full = name + verb;
    const written = values[shared ? 0 : index];
    const value = sharedQualifier && index > 0 ? { ...written, qualifier: first } : written;
    if (!shared) return { name: full, measure: measureOf(full), value, start, end: value.end };
    // Each subject's statement runs from where it is written to the shared value.
    const at = Math.max(cursor, clause.indexOf(name.slice(0, 2), cursor));
    cursor = at + 1;
    return { name: full, measure: measureOf(full), value, start: at, end: value.end, key: at };
  });
}

/**
 * The 均 of "A、B均增长12%" before the first value: the last one that is not part of a word (人均, 平均, 年均, 均衡),
 * as in 城镇居民人均可支配收入、农民人均纯收入均增长12%以上 (黑龙江 2013). -1 when there is none.
 */
export function distributiveEach(clause: string, before: number): number {
  for (let at = clause.lastIndexOf('均', before - 1); at >= 0; at = clause.lastIndexOf('均', at - 1)) {
    if (!/[人平年]/.test(clause[at - 1] ?? '') && !/[衡匀价值]/.test(clause[at + 1] ?? '')) return at;
    if (at === 0) break;
  }
  return -1;
}

/** The unit of output a use is measured per: 万元GDP, 单位GDP, 单位(地区)生产总值, 万元工业增加值. */
const PER_UNIT_HEAD = /^(?:万元|单位)(?:GDP|国内生产总值|地区生产总值|生产总值|工业增加值)/;

/** A name that ends in what is measured: a value, a total, an income, a rate, a quantity. */
const WHOLE_METRIC = /(值|额|入|率|量|数|资|重|费|价|出|口)$/;

/**
 * Rule `counted-things-respectively`: things listed before a 分别 of as many counts are each counted (万盛 2023: 高新技术企业和
 * 科技型企业…分别超过90家和870家), though no measure word closes them.
 */
function countedSubjects(subject: string, values: readonly StatedValue[]): string[] | null {
  if (values.length < 2 || !values.every((value) => value.unit !== null && /^(?:家|个|所|座|项|户|名)$/.test(value.unit))) return null;
  const parts = subject.split(/、|和|及/).filter((part) => part.length > 0);
  return parts.length === values.length && parts.every((part) => part.length >= 2 && COUNTED_THING.test(part)) ? parts : null;
}

/**
 * 一产、二产、三产增加值 → three subjects sharing 增加值; 城乡居民… → 城镇居民…, 农村居民…; 一二三产… likewise; …存贷款余额 →
 * …存款余额, …贷款余额.
 */
function subjectsOf(subject: string): string[] {
  const parts = subject.split(/、|和|及/).filter((part) => part.length > 0);
  if (parts.length === 1) {
    const single = parts[0];
    if (single.startsWith('城乡')) return ['城镇', '农村'].map((head) => head + single.slice(2));
    // 金融机构存贷款余额达到831.8亿元、406.7亿元 (巨野 2025): deposits and loans, each with what the name adds around them (rule
    // `deposits-and-loans`).
    const loans = single.indexOf('存贷款');
    if (loans >= 0) return ['存款', '贷款'].map((head) => single.slice(0, loans) + head + single.slice(loans + 3));
    // 一二三产业增加值 names 第一产业增加值, …; 一二三产增加值 the short 一产增加值, ….
    if (single.startsWith('一二三产业')) return ['第一产业', '第二产业', '第三产业'].map((head) => head + single.slice(5));
    if (single.startsWith('一二三产')) return ['一产', '二产', '三产'].map((head) => head + single.slice(4));
    return parts;
  }
  // 城、乡居民人均可支配收入 (涪城 2019): the towns' and the villages' residents, as 城乡居民… names them (rule `town-and-village`).
  if (parts.length === 2 && parts[0] === '城' && parts[1].startsWith('乡') && parts[1].length > 2)
    return ['城镇', '农村'].map((head) => head + parts[1].slice(1));
  // 万元GDP建设用地、水耗、电耗 (罗湖 2021): what is used per unit of output, the unit written once before the first; the short
  // parts after it are per the same unit (rule `per-unit-head`).
  const perUnit = PER_UNIT_HEAD.exec(parts[0]);
  if (perUnit && parts[0].length > perUnit[0].length + 1 && parts.slice(1).every((part) => part.length <= 4 && !PER_UNIT_HEAD.test(part)))
    return [parts[0], ...parts.slice(1).map((part) => perUnit[0] + part)];
  // 地区生产总值、居民人均可支配收入: each part a whole metric already, nothing shared.
  if (parts.slice(0, -1).every((part) => WHOLE_METRIC.test(part))) {
    // …、社会消费品零售总额对全省的贡献率: a tail the parts share after all, which cannot be told apart: none.
    return /[占对的]/.test(parts[parts.length - 1]) ? [] : parts;
  }
  const last = parts[parts.length - 1];
  // 化学需氧量、氨氮、…等重点工程减排量: examples closed by 等 may end in anything, a measure word too (需氧量).
  if (last.includes('等')) return examplesOfClass(parts);
  // 进口货值、免签入境游客、…销售额: some parts whole and some not: the heads are not parallel.
  if (parts.slice(0, -1).some((part) => WHOLE_METRIC.test(part))) return [];
  const shared = last.slice(parts[0].length);
  // The shared part must itself be what is measured (增加值, 居民人均可支配收入), else the heads are not parallel
  // (集成电路、汽车零配件、锂电池出口): no subjects rather than wrong ones.
  if (shared.length < 2 || !WHOLE_METRIC.test(shared)) return sharedMeasureAfterCommonWord(parts) ?? [];
  return [...parts.slice(0, -1).map((part) => part + shared), last];
}

/**
 * Examples closed by 等 and the class they belong to, then the measure (rule `examples-of-class`): "氮氧化物、挥发性有机物等
 * 主要大气污染物排放总量" → 氮氧化物排放总量, 挥发性有机物排放总量 (陕西 2022 air plan). The class ends in the word the examples
 * end in (…物 / 污染物); the measure follows it. None when the examples end otherwise.
 */
function examplesOfClass(parts: readonly string[]): string[] {
  const last = parts[parts.length - 1];
  const etc = last.indexOf('等');
  const heads = [...parts.slice(0, -1), last.slice(0, etc)];
  if (etc < 2 || !heads.every((head) => head.length >= 2)) return [];
  const rest = last.slice(etc + 1);
  const ending = heads[0].slice(-1);
  if (heads.every((head) => head.endsWith(ending)) && rest.includes(ending)) {
    const measure = rest.slice(rest.lastIndexOf(ending) + 1);
    return measure.length >= 2 && WHOLE_METRIC.test(measure) ? heads.map((head) => head + measure) : [];
  }
  // "化学需氧量、氨氮、氮氧化物、挥发性有机物等重点工程减排量分别达到245吨、18吨…" (黔江 2023): examples that share no ending
  // name no class; all after 等 is their measure.
  return rest.length >= 2 && WHOLE_METRIC.test(rest) && !/[、和及等]/.test(rest) ? heads.map((head) => head + rest) : [];
}

/** The measure closing a subject (第一产业增加值), cut before a share of another whole is named by its head. */
const HEAD_MEASURE = /(?:增加值|总产值|产值|营业收入|收入|规模)$/;

/** Measures a list of industries may share after the word they end in. */
const SHARED_MEASURE = /^(?:规模|总规模|增加值|产值|总产值|营业收入|营收|收入)$/;

/**
 * 人工智能核心产业和相关产业规模: the earlier heads end in the word the last part's measure follows (…产业 / 相关产业规模), so
 * that measure is theirs too (郑州 2025: 人工智能核心产业规模, 相关产业规模). Null when the heads end otherwise.
 */
function sharedMeasureAfterCommonWord(parts: readonly string[]): string[] | null {
  const last = parts[parts.length - 1];
  for (let length = 2; length <= last.length - 2; length++) {
    const measure = last.slice(-length);
    if (!SHARED_MEASURE.test(measure)) continue;
    const word = last.slice(-length - 2, -length);
    if (parts.slice(0, -1).every((part) => part.length > word.length && part.endsWith(word)))
      return [...parts.slice(0, -1).map((part) => part + measure), last];
  }
  return null;
}
