import type { Section } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addIndicator, resultFacts } from './indicator-nodes';
import { metricKey } from './metric-key';
import { clauseSubject, StatedMetric, statedMetrics } from './stated-values';
import { REPORT_REVIEWS_YEAR } from './undated-targets';

/** Sections that review what was done: "一、2025年工作回顾", "2025年工作总结和…", a plan's "发展基础", "…取得决定性成就". */
const REVIEW_SECTION = /回顾|总结|过去|成就|发展基础|现实基础|工作成效|(?:19|20)\d{2}年.{0,12}计划执行情况/;
/** Five-year or multi-year figures ("年均增长4.7%", "这五年", "从3.68万亿元增长到…") are not last year's. */
const MULTI_YEAR =
  /年均|五年|十[三四五]五|从(?:19|20)\d{2}年|较.{0,6}末|以来|(?:19|20)\d{2}\s*[—–\-~～至]\s*(?:(?:19|20)\d{2}|\d{2})年|(?<![\d.])[2-9两三四五]年(?:来|间|累计|增长|提升|提高|共)|近[2-9两三四五十]年/;
/** A sentence that turns to a longer period (这五年，…, “十四五”时期…), not one that names it in passing (2025年是“十四五”收官之年). */
const LONGER_PERIOD = /^[^，。；]{0,10}(这五年|五年来|过去五年|十[三四五]五”?(?:时期|期间|以来)|以来)/;
/** A line that heads a review without being a heading of the outline ("2024年工作回顾" opening a copied page). */
/** …also a news page's boxed heading of the year's record (■ 2024年成绩单); a report delayed into its own year reviews
 * the last year and the months since (新晃 2020: 2019年及今年以来工作回顾, the figures are of 2019), and a document
 * site's copy may close the line with a watermark (…工作回顾hd9: three Latin letters and digits mixed). */
const REVIEW_LINE =
  /^(?:[一二三四五六七八九十]+、|[■□●○◆◇▲△★☆◎]\s*)?(?:回顾)?((?:19|20)\d{2})\s?年(?:及今年以来)?(?:(?:政府)?工作(?:简要)?(?:回顾|总结)|成绩单)(?:(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3})?$/;
/**
 * A heading of one year's execution of the yearly plan (一、2022年国民经济和社会发展计划执行情况: 琼海 2023), the review of a
 * 计划执行情况与计划草案 report: like 一、2022年工作回顾, it reviews that one year throughout its subsections.
 */
const PLAN_EXECUTION_HEADING = /^(?:[一二三四五六七八九十]+、)?((?:19|20)\d{2})年(?:国民经济和社会发展)?计划执行情况$/;
/**
 * A review line naming the year and the five-year period it closes (2025年和“十四五”工作回顾: 中宁 2026): what follows
 * is of that year only where a paragraph says so (刚刚过去的2025年, 全年), as under 一、2025年和过去五年工作回顾.
 */
const REVIEW_LINE_WITH_PERIOD = /^(?:[一二三四五六七八九十]+、)?((?:19|20)\d{2})\s?年(?:和|及)“?十[三四五]五”?(?:时期)?(?:政府)?工作(?:简要)?回顾$/;
/**
 * A review heading run into a paragraph (2021年青浦区政府工作报告各位代表:…。 一、2020年工作回顾过去一年，…: 青浦 2021, a copy
 * that lost its line breaks): the sentences from it on review that year, where they say so, until the heading of the work
 * ahead (二、2021年工作安排).
 */
const INLINE_REVIEW = /(?:^|[。：:\s])[一二三四五六七八九十]{1,2}、((?:19|20)\d{2})年(?:政府)?工作(?:简要)?回顾/;
const INLINE_PLAN_HEADING = /[。\s][一二三四五六七八九十]{1,2}、[^。，]{0,20}(?:安排|目标|任务|打算|思路)/;
/** Headings that turn from the review to what is to be done (二、2025年工作安排, 今年的目标任务). */
const PLAN_HEADING = /安排|任务|目标|打算|思路|建议|部署|今年|重点工作/;
/** A year of its own opening a clause ("2020年，全市地区生产总值完成4726.3亿元", "…，2020年地区生产总值…"). */
const OPENING_YEAR = /(?:^|[，,])((?:19|20)\d{2})(?:年(?!以来|—|-|至|底前|前|以前|[起初底末])|(?=全年))/;
/**
 * A from-to statement with both years written (从2015年的931.9亿元增长到2020年的1804.2亿元: 芜湖 2021) states results of
 * its years wherever it stands; the sentence is of the later year (rule `dated-from-to`).
 */
const DATED_FROM_TO =
  /(?:从|由)\s*(?:19|20)\d{2}\s*年的?\s*\d[^，。；]{0,20}?(?:增加|增长|提升|提高|上升|跃升|扩大|下降|降低|减少|降)(?:到|至)\s*((?:19|20)\d{2})\s*年/;
/** What a sentence states as done: the verbs of an achieved value, also a share raised by points (提升0.2个百分点: 扬州 2024). */
const DONE =
  /(完成|实现|达到|达(?=\d)|提升(?=\d)|提高(?=\d)|建成|投用|突破|提升至|提升到|提高到|提高至|增加到|跃升|累计|增长|下降|上涨|新增|创建|争创|获批|出列|摘帽)/;
/** Words of a target or a plan: a sentence with one states no result. */
const STRIVING =
  /(力争|确保|争取|预期|计划(?:到|在|于)|将(?!近)|(?<![重主需必])要(?![求素点闻])|目标(?:是|为)|(?<!增长|增加|提升|提高|上升|跃升|扩大|下降|降低|减少|降)到(?:19|20)\d{2}年)/;
/** "从2015年的1705亿元增加到2020年2369亿元", "由2015年的20.3%提升至21.3%": two results of one metric. */
const FROM_TO = /(?:从|由)\s*(?:((?:19|20)\d{2})\s*年的?\s*)?(?=\d)/;
/** The verb between the two values of a from-to statement. */
const CHANGED_TO = /^\s*(?:增加|增长|提升|提高|上升|跃升|扩大|下降|降低|减少|降|增)(?:到|至)/;

interface ReviewScope {
  /** The year the figures are of. */
  readonly year: number;
  /** The section speaks of that one year throughout (a review line of its own), or only where a paragraph says so. */
  readonly throughout: boolean;
  /** Opened by a news account saying the report reviews the year: it ends where the account turns to the targets. */
  readonly untilPlan?: boolean;
}

/**
 * Where such an account turns to the plan: the targets, this year, the years ahead (报告称，今后五年…: 安徽 2023), or a
 * sentence opening with a later year.
 */
const TURN_TO_PLAN = /预期目标|目标任务|目标是|今年|明年|今后|^\s*(?:报告)?(?:提出|指出)?[，,]?(?:19|20)\d{2}年(?:要|将|的?目标|[，,]\s*(?:力争|要|将))/;
/** A deadline opening a sentence (到2027年，安徽全省经济总量向7万亿元冲刺): a plan when it is later than the year reviewed. */
const DEADLINE_OPENING = /^\s*(?:[^，。；]{0,8}[，,])?(?:到|至)((?:19|20)\d{2})年/;

/**
 * Results — observed values with their year — become Indicators of kind 'result' (observedYear, observedValue,
 * unit, measure). Read where the text says the figures are done:
 * - the review of a yearly report (政府工作报告): a section headed 回顾/总结 (or any section before this year's target
 *   list), of the year its heading names (一、2024年工作回顾, 一、回顾2022年政府工作) else the year before the report's.
 *   Only sentences about that one year are read (the paragraph or sentence says 一年来, 过去一年, 全年, 2024年 or 去年,
 *   and no multi-year figure comes before the value), a paragraph that does so sets the topic for the next ones;
 *   In a paragraph turning to the five years that close with that year (五年来，…), only the levels reached at their end
 *   (达到7亿元, 由23家增至45家, 突破150亿元) are read, as that year's;
 * - a line "2024年工作回顾" that the outline did not take for a heading: what follows reviews 2024;
 * - a plan's review of the last period (发展基础, …取得决定性成就): the levels reached at its end (the year before the
 *   plan's period);
 * - anywhere else, a sentence opening with a past year and stating what was done, with no word of a target
 *   ("2020年，全市地区生产总值完成4726.3亿元"), and the sentences after it in its paragraph;
 * and "从2015年的1705亿元增加到2020年2369亿元" gives a result of each year.
 */
export function extractResults(context: ExtractionContext, targetLists: ReadonlyArray<{ start: number; end?: number }> = []): number {
  const { metadata, sections, paragraphs, text } = context.document;
  const singleYear = metadata.periodStart !== null && metadata.periodStart === metadata.periodEnd;
  const reportYear = singleYear ? metadata.periodStart! - 1 : null;
  const planBase = metadata.periodStart !== null && metadata.periodEnd !== null && metadata.periodEnd > metadata.periodStart ? metadata.periodStart - 1 : null;
  const ownYear = metadata.periodStart ?? (metadata.issuedOn ? Number(metadata.issuedOn.slice(0, 4)) : null);
  const headingYear = sections.map((section) => reviewedYearOf(section.path));
  const firstTargets = targetLists.length > 0 ? Math.min(...targetLists.map((span) => span.start)) : -1;
  const review = sections.map(
    (section) => section.path.some((heading) => REVIEW_SECTION.test(heading)) || (singleYear && section.index > 0 && section.headingSpan.start < firstTargets),
  );
  const lineReview = reviewLines(context, sections);
  // The heading that names one year's review and nothing else (一、2024年工作回顾, not 一、2024年和过去五年工作回顾) over
  // each section, if any: the topic a paragraph of it sets (一年来…) carries into its subsections (（一）农林牧渔稳中有进…).
  const wholeYear = sections.map(
    (section) => section.path.find((heading) => REVIEW_LINE.test(heading.trim()) || PLAN_EXECUTION_HEADING.test(heading.trim())) ?? null,
  );
  const goal = sections.map((section) => section.path.some((heading) => /目标/.test(heading) && !REVIEW_SECTION.test(heading)));
  const lastYearPatterns = new Map<number, RegExp>();
  const lastYearOf = (year: number): RegExp => {
    let pattern = lastYearPatterns.get(year);
    if (!pattern) {
      pattern = new RegExp(`(过去|刚刚过去的)的?一年|一年来|全年|去年|(?<![\\d—-])${year}年(?!以来|—|-|至)`);
      lastYearPatterns.set(year, pattern);
    }
    return pattern;
  };
  const partsNamed = partsOfYearNamed(text);
  const inTargetList = (offset: number): boolean => targetLists.some((span) => offset >= span.start && offset < (span.end ?? span.start));
  let count = 0;
  // The section whose news account turned to the plan (see REPORT_REVIEWS_YEAR): nothing after that is a result.
  let turnedToPlan = -1;
  let carried = false;
  let carriedSection = -1;
  // The year the last paragraph outside a review opened with, for a paragraph after it opening with 这一年.
  let yearBefore: number | null = null;
  const read = (sentenceStart: number, sentenceEnd: number, year: number, onlyReached = false): void => {
    let previousSubject: string | null = null;
    let clauseStart = sentenceStart;
    let multiYear = false;
    // Whether a clause without a value set the period (这五年，…; “十三五”期间，…): it governs the whole sentence.
    let periodTopic = false;
    for (let i = sentenceStart; i <= sentenceEnd; i++) {
      if (i < sentenceEnd && !isClauseEnd(text.charCodeAt(i))) continue;
      const clause = text.slice(clauseStart, i);
      if (onlyReached) {
        // A five-year review closing with the year: only the levels reached at its end are that year's.
        if (HAS_DIGIT.test(clause) && !PERIOD_SUM.test(clause)) {
          const fromTo = fromToResults(clause, year).filter((found) => found.year === year);
          const metrics = fromTo.length > 0 ? fromTo.map((found) => found.metric) : statedMetrics(clause, null);
          metrics.forEach((metric, index) => {
            // 突破3万亿元、达3.6万亿元: the threshold passed, then the value reached.
            const next = metrics[index + 1];
            if (next && next.name === metric.name && /^(突破|超过)$/.test(metric.value.qualifier ?? '') && next.value.qualifier === null) return;
            if (metric.measure !== 'level' || PERIOD_NAME.test(metric.name) || !plausibleResult(metric)) return;
            if (fromTo.length > 0 || reachedLevel(clause, metric)) count += addResult(context, metric, year, clauseStart);
          });
        }
        clauseStart = i + 1;
        continue;
      }
      if (!HAS_DIGIT.test(clause)) {
        if (MULTI_YEAR.test(clause)) multiYear = periodTopic = true;
        // "占GDP比重连续七年超过第二产业，2016年首次突破50%" (台州 2021): what a clause without a value measures is the subject of
        // the dated clauses after it.
        previousSubject = subjectWithoutValue(clause) ?? previousSubject;
        clauseStart = i + 1;
        // A semicolon closes the statement a value's multi-year word governs (…较“十二五”末增长192.4%；规上服务业营业收入743.90亿元:
        // 芜湖 2021, rule `semicolon-ends-period`), not a period a clause of its own set (这五年，…；…).
        if (text.charCodeAt(i) === SEMICOLON && !periodTopic) multiYear = false;
        continue;
      }
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
      const fromTo = fromToResults(clause, year, previousSubject);
      if (fromTo.length > 0) {
        for (const found of fromTo) count += addResult(context, found.metric, found.year, clauseStart);
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
          // 组建总规模1000亿元的基金: the value describes what follows 的, it measures nothing of its own.
          if (clause[metric.value.end] === '的') return;
          // 落实区委10个方面40条贯彻举措 (泉山 2024): a count of the aspects of a text, not of things done.
          if (clause.startsWith('方面', metric.value.end)) return;
          if (plausibleResult(metric)) count += addResult(context, metric, listed?.[index] ?? valueYear, clauseStart);
        });
      }
      clauseStart = i + 1;
      if (text.charCodeAt(i) === SEMICOLON && !periodTopic) multiYear = false;
    }
  };
  // A statistical communiqué (2022年和政县国民经济和社会发展统计公报) reports the year of its title throughout: every value it
  // states of a year is a result of that year, none a target.
  const communique = /统计公报$/.test(metadata.title) && singleYear;
  for (const paragraph of paragraphs) {
    const section = paragraph.section;
    const before = yearBefore;
    yearBefore = null;
    if (communique) {
      for (const sentence of paragraph.sentences) if (HAS_DIGIT.test(sentence.text)) read(sentence.start, sentence.end, metadata.periodStart!);
      continue;
    }
    const reviewYear = review[section] ? (headingYear[section] ?? reportYear ?? (planBase !== null && !singleYear ? planBase : null)) : null;
    const lined = reviewYear === null ? lineReview[section] : null;
    if (reviewYear === null && lined === null) {
      const inline = singleYear && paragraph.text.length > 30 ? INLINE_REVIEW.exec(paragraph.text) : null;
      if (inline && !goal[section]) {
        // The sentences from the run-in review heading on, read as a review of its year.
        const headingAt = paragraph.start + inline.index;
        const lastYear = lastYearOf(Number(inline[1]));
        let aboutLastYear = false;
        for (const sentence of paragraph.sentences) {
          if (sentence.end <= headingAt) continue;
          if (INLINE_PLAN_HEADING.test(sentence.text)) break;
          if (lastYear.test(sentence.text)) aboutLastYear = true;
          if (LONGER_PERIOD.test(sentence.text)) aboutLastYear = false;
          if (aboutLastYear && HAS_DIGIT.test(sentence.text)) read(Math.max(sentence.start, headingAt), sentence.end, Number(inline[1]));
        }
        continue;
      }
      if (!goal[section]) {
        // A paragraph opening with 这一年 (周海兵表示，这一年，…: 长沙 2024) speaks of the year the paragraph before opened with.
        const carriedYear = THIS_YEAR_OPENING.test(paragraph.text) ? before : null;
        yearBefore = sentenceYearResults(paragraph.sentences, ownYear, inTargetList, (start, end, year) => read(start, end, year), partsNamed, carriedYear);
      }
      continue;
    }
    if (reviewYear !== null && planBase !== null && !singleYear && headingYear[section] === null) {
      // A plan's review: the levels reached at the end of the last period, never its growth over the period.
      for (const sentence of paragraph.sentences) read(sentence.start, sentence.end, reviewYear);
      continue;
    }
    const year = reviewYear ?? lined!.year;
    const lastYear = lastYearOf(year);
    // A paragraph that speaks of last year (刚刚过去的一年…) sets the topic for the next ones of its section, and of the
    // next subsections under a heading of that one year's review, until one names a longer period (这五年, 十四五).
    if (section !== carriedSection) {
      const sameReview: boolean = carried && carriedSection >= 0 && wholeYear[section] !== null && wholeYear[section] === wholeYear[carriedSection];
      carried = (lined !== null && lined.throughout) || sameReview;
    }
    carriedSection = section;
    // The review line itself (2019年及今年以来工作回顾) names no longer period: what follows it is of its one year.
    if (lined !== null && paragraph.text.length <= 30 && REVIEW_LINE.test(paragraph.text.trim())) {
      carried = true;
      continue;
    }
    let aboutLastYear: boolean = carried;
    let longerPeriod = false;
    let closingPeriod = false;
    for (const sentence of paragraph.sentences) {
      const deadline = lined?.untilPlan ? DEADLINE_OPENING.exec(sentence.text) : null;
      if (lined?.untilPlan && (TURN_TO_PLAN.test(sentence.text) || (deadline !== null && Number(deadline[1]) > year))) {
        turnedToPlan = section;
        break;
      }
      if (turnedToPlan === section) break;
      if (lastYear.test(sentence.text)) aboutLastYear = true;
      if (LONGER_PERIOD.test(sentence.text)) longerPeriod = true;
      if (singleYear && year === reportYear && periodClosingWith(sentence.text, year)) closingPeriod = true;
      // A news account turning to the five years the report closes (更从长的时间来看，报告指出，过去五年，…: 安徽 2023): from there on
      // only the levels reached at their end are the reviewed year's.
      if (lined?.untilPlan && ACCOUNT_OF_FIVE_YEARS.test(sentence.text)) {
        aboutLastYear = false;
        longerPeriod = closingPeriod = true;
      }
      if (!HAS_DIGIT.test(sentence.text)) continue;
      if (aboutLastYear) read(sentence.start, sentence.end, year);
      else if (closingPeriod) read(sentence.start, sentence.end, year, true);
    }
    carried = aboutLastYear && !longerPeriod;
  }
  return count;
}

/** A value: a digit, or a passed 万亿 with no numeral (旅游总收入突破万亿元: 广东 2025, rule `bare-wanyi`). */
const HAS_DIGIT = /\d|(?:突破|超过|过)万亿(?![级])/;
/**
 * A paragraph of a yearly report's review opening the five years that close with the reviewed year (青龙 2026: 五年来，…; 过去
 * 五年, 这五年, “十四五”时期 in a review of 2025).
 */
const FIVE_YEARS = /^[^，。；]{0,10}(?:这五年|五年来|过去五年|过去的五年|十([三四五])五”?(?:时期|期间|以来))/;
const PLAN_START: Record<string, number> = { 三: 2016, 四: 2021, 五: 2026 };
/** The same turn in a news account, maybe after the words that report it (报告指出，过去五年，…). */
const ACCOUNT_OF_FIVE_YEARS = /^(?:[^，。；]{0,12}(?:指出|称|表示|说|来看)[，,])*(?:这五年|五年来|过去五年|过去的五年)/;

function periodClosingWith(sentence: string, year: number): boolean {
  const match = FIVE_YEARS.exec(sentence);
  if (!match) return false;
  return match[1] === undefined || PLAN_START[match[1]] + 4 === year;
}

/**
 * Names of what was added or done over the period (铁路运营里程新增…, 实施…改造11万户, 五年增量, 引进…子公司, 总投资) or of a
 * first (成为全国首个经济总量突破5万亿元): no level of its last year.
 */
const PERIOD_NAME = /新增|新建|累计|增量|五年|首个|首位|^(?:实施|完成|建成|建设|改造|引进|开工|实现|争取|获批)|总投资/;
/** Sums and averages over the period (累计, 年均): no level of its last year. */
const PERIOD_SUM = /累计|共计|总计|合计|年均|平均/;
/** Verbs of a level reached (达到7亿元, 增至45家, 突破150亿元, 提高到…), or a value marked as passed (突破/超过). */
const REACHED_BEFORE = /(?:达到|达|增至|增加到|增长到|提高到|提高至|提升到|提升至|跃升至|跃升到|上升到|上升至)$/;

/**
 * The value of a clause of a five-year review is the level reached at the period's end when a verb of reaching comes
 * right before it (一般公共预算收入达到7亿元, 规模以上工业企业由23家增至45家) or it is marked as passed (地区生产总值突破150亿元):
 * not sums over the period (争取上级转移支付资金140亿元), counts of what was done in it (实施…项目79个) or growth over it.
 */
function reachedLevel(clause: string, metric: StatedMetric): boolean {
  if (/^(突破|超过)$/.test(metric.value.qualifier ?? '')) return true;
  return REACHED_BEFORE.test(clause.slice(0, metric.value.start));
}
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
 * A paragraph opening with 这一年, maybe after its speaker (周海兵表示，这一年，…: 长沙 2024), is of the year the paragraph before
 * opened with (rule `this-year-back`).
 */
const THIS_YEAR_OPENING = /^(?:[^，。；]{0,10}[，,])?这一年[，,]/;
/** A year opening a clause, of a point in time (2020年达到…), not a span or a start (2016—2020年, 2015年以来, 2020年底前). */
const CLAUSE_YEAR = /^\s*((?:19|20)\d{2})年(?!以来|—|-|至|底前|前|以前|[起初])/;
/**
 * What a clause measures when it states no value of its own (增加值由2万亿迈上3万亿台阶 → 增加值, 占GDP比重继2015年超过第二产业后
 * → 占GDP比重), if a metric: the subject of a dated clause after it.
 */
function subjectWithoutValue(clause: string): string | null {
  const head = /^([\u4e00-\u9fa5A-Za-z]{2,16}?)(?:由|从|继|年均|在|已|连续|稳居|位居)/.exec(
    clause.replace(/^(?:“?十[一二三四五]五”?(?:期间|时期|以来)|全省|全市|全区|全县)+/, ''),
  );
  // A bare measure (总量稳居…第一) names no subject of its own: the one before stays (横州 2026).
  return head && /(增加值|总值|总额|收入|规模|比重|产值|总量)$/.test(head[1]) && !/^(?:总量|总额|规模|产值|收入|比重)$/.test(head[1]) ? head[1] : null;
}
const COMMA = 0xff0c;
const SEMICOLON = 0xff1b;
const FULL_STOP = 0x3002;

/** ， ； 。 end a clause: tested by code unit, this runs on every character of the sentences read. */
function isClauseEnd(code: number): boolean {
  return code === COMMA || code === SEMICOLON || code === FULL_STOP;
}

/**
 * A news account's turn to the year the report reviews, opening a sentence: 报告指出，刚刚过去的2022年，预计全省生产总值增长3.5%左右
 * (安徽 2023): what follows is that year's record until the account turns to the plan (rule `just-past-year`).
 */
const JUST_PAST_YEAR = /(?:^|[。；])\s*(?:[^，。；]{0,8}(?:指出|称|表示|说)[，,：:]?)?刚刚过去的((?:19|20)\d{2})\s?年[，,]/;

/** Sections after a line "2024年工作回顾" review 2024, until a heading turns to plans or names another year. */
function reviewLines(context: ExtractionContext, sections: readonly Section[]): Array<ReviewScope | null> {
  const scopes: Array<ReviewScope | null> = sections.map(() => null);
  let open: ReviewScope | null = null;
  let paragraphIndex = 0;
  const { paragraphs } = context.document;
  for (const section of sections) {
    const heading = section.path[section.path.length - 1] ?? '';
    if (open && (PLAN_HEADING.test(heading) || /(?:19|20)\d{2}年/.test(heading))) open = null;
    scopes[section.index] = open;
    for (; paragraphIndex < paragraphs.length && paragraphs[paragraphIndex].section === section.index; paragraphIndex++) {
      // A review line is short: longer paragraphs are not tested (this runs on every paragraph).
      const text = paragraphs[paragraphIndex].text.trim();
      const line = text.length <= 30 ? REVIEW_LINE.exec(text) : null;
      const withPeriod = line === null && text.length <= 30 ? REVIEW_LINE_WITH_PERIOD.exec(text) : null;
      if (line || withPeriod) {
        open = { year: Number((line ?? withPeriod)![1]), throughout: line !== null };
        scopes[section.index] ??= open;
        continue;
      }
      // A news account of the report: 报告回顾了2024年的工作成果 (REPORT_REVIEWS_YEAR), or 报告指出，刚刚过去的2022年，… (JUST_PAST_YEAR),
      // until it turns to the plan.
      REPORT_REVIEWS_YEAR.lastIndex = 0;
      const reviews = text.includes('回顾') ? REPORT_REVIEWS_YEAR.exec(text) : text.includes('刚刚过去') ? JUST_PAST_YEAR.exec(text) : null;
      if (reviews && open === null) {
        open = { year: Number(reviews[1]), throughout: true, untilPlan: true };
        scopes[section.index] ??= open;
      }
    }
  }
  return scopes;
}

/**
 * Outside a review: a sentence that opens with a past year and states what was done, without a word of a target
 * ("2020年，全市地区生产总值完成4726.3亿元"); the year carries to the next such sentences of the paragraph.
 */
/**
 * A part of a year written with its year (2013年上半年, 2020年1-11月): where the text names it, a sentence opening with the
 * part alone (上半年,全市完成地区生产总值726.4亿元: 郴州 2013) reports that year's figures (rule `part-of-year-named`).
 */
const PART_OF_YEAR = /((?:19|20)\d{2})\s?年(上半年|前三季度|[一二三]季度|第[一二三]季度|1[-—~至]\d{1,2}月份?)/g;
const PART_OPENING = /^(上半年|前三季度|[一二三]季度|第[一二三]季度|1[-—~至]\d{1,2}月份?)[，,]/;

function partsOfYearNamed(text: string): Array<{ at: number; part: string; year: number }> {
  return [...text.matchAll(PART_OF_YEAR)].map((match) => ({ at: match.index ?? 0, part: match[2], year: Number(match[1]) }));
}

function sentenceYearResults(
  sentences: ReadonlyArray<{ start: number; end: number; text: string }>,
  ownYear: number | null,
  inTargetList: (offset: number) => boolean,
  read: (start: number, end: number, year: number) => void,
  partsNamed: ReadonlyArray<{ at: number; part: string; year: number }> = [],
  carriedYear: number | null = null,
): number | null {
  let year: number | null = carriedYear;
  let opened: number | null = null;
  for (const sentence of sentences) {
    const part = partsNamed.length > 0 ? PART_OPENING.exec(sentence.text) : null;
    const named = part ? partsNamed.filter((entry) => entry.part === part[1] && entry.at < sentence.start).pop() : undefined;
    // Most sentences name no year and carry none: nothing to read.
    if (year === null && !named && !sentence.text.includes('年')) continue;
    const fromTo: RegExpExecArray | null = year === null && !named && sentence.text.includes('到') ? DATED_FROM_TO.exec(sentence.text) : null;
    const fromClause = fromTo ? Math.max(sentence.text.lastIndexOf('，', fromTo.index), sentence.text.lastIndexOf(',', fromTo.index)) + 1 : 0;
    // Read from the sentence's start where no figure comes before (its subject may open it), else from the clause.
    const fromToAt: number = /\d/.test(sentence.text.slice(0, fromClause)) ? fromClause : 0;
    const openingMatch = OPENING_YEAR.exec(sentence.text);
    const opening: { index: number; year: number } | null = openingMatch
      ? { index: openingMatch.index, year: Number(openingMatch[1]) }
      : named
        ? { index: 0, year: named.year }
        : fromTo
          ? { index: fromToAt, year: Number(fromTo[1]) }
          : null;
    if (opening) year = opening.year;
    if (opening && opened === null) opened = opening.year;
    if (year === null || (ownYear !== null && year >= ownYear)) continue;
    if (STRIVING.test(sentence.text) || !DONE.test(sentence.text) || inTargetList(sentence.start)) {
      if (!opening) year = null;
      continue;
    }
    // Figures before the year's clause are not of that year.
    read(opening ? sentence.start + opening.index : sentence.start, sentence.end, year);
  }
  return opened ?? carriedYear;
}

/** 从2015年的1705亿元增加到2020年2369亿元 → 1705 of 2015 and 2369 of 2020 (or of the year the text is about). */
function fromToResults(clause: string, year: number, subject: string | null = null): Array<{ metric: StatedMetric; year: number }> {
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
  if (!CHANGED_TO.test(clause.slice(metrics[0].value.end + shift, metrics[1].value.start + shift).replace(/(?:19|20)\d{2}\s*年的?\s*$/, ''))) return [];
  if (name.length < 2 || name.length > 30) return [];
  const toYear = /((?:19|20)\d{2})\s*年的?\s*$/.exec(clause.slice(0, metrics[1].value.start + shift));
  const at = (metric: StatedMetric, offset: number): StatedMetric => ({
    name,
    measure: 'level',
    value: { ...metric.value, start: metric.value.start + offset, end: metric.value.end + offset },
    start: clause.length - clause.trimStart().length,
    end: metric.value.end + offset,
  });
  const reached = { metric: at(metrics[1], shift), year: toYear ? Number(toYear[1]) : year };
  // 由38.5%提高到41.1% without the base's year: only the value reached is dated.
  return from[1] === undefined ? [reached] : [{ metric: at(metrics[0], shift), year: Number(from[1]) }, reached];
}

const MILESTONE_ONLY = /^(首次|再次|历史性地?|首度)$/;

/** 首次/再次/历史性 before the verb say how remarkable a value is, not what is measured (支出首次超过7000亿元). */
function withoutMilestoneWord(metric: StatedMetric): StatedMetric {
  const name = metric.name.replace(/(首次|再次|历史性地?|首度)$/, '');
  return name === metric.name || name.length < 2 ? metric : { ...metric, name };
}

/** A result names a known metric, or a measured thing (not a rank, a list of tasks or a bare verb). */
function plausibleResult(metric: StatedMetric): boolean {
  if (metricKey(metric.name) !== null) return true;
  const quotes = (metric.name.match(/“/g) ?? []).length === (metric.name.match(/”/g) ?? []).length;
  // 26个项目, 155个国家或地区, 12类45件, 玉柴甲醇发动机…等20项, 占固定资产投资的60.2%: no measured thing is named.
  // A name may open with a threshold of money (500万元以上固定资产投资: 黎平 2023), not with another number.
  if (
    /^(项目|企业|国家|地区|安排|其中)$|^[、，”]|连续|国家[和或及]地区|^\d(?![\d.]*[万亿]元以上)|[等的和与及、\/]$|^(降至|降到|提高到|提升至|达到|向)/.test(
      metric.name,
    )
  )
    return false;
  if (/^(累计)?(推进|实施|开展|完成|实现|建设|办理|落实|推动|开通|新建|建成|引进|获批|获批建设|年度|全年|当年)$/.test(metric.name)) return false;
  // 高于全国0.4个百分点, 快于2024年1.8个百分点: a comparison with another value, not the value itself.
  if (/(高于|低于|快于|慢于|多于|少于|领先)(全国|全省|全区|全市|平均|上年|(?:19|20)\d{2}年)?(平均水平|平均)?$/.test(metric.name)) return false;
  // 每年安排140亿元 (a commitment), 规模最大 (a rank), 全球前1‰, 1000吨级航道 (a class), 省会城市 (where to).
  if (/^(每年|级|前|和|与|及|（|\()|最|[前下]$|^(省会城市|城市|国家|省份|地区)$/.test(metric.name)) return false;
  // 出台…20条: measures of a policy, not a length; 条 counts routes, rivers and lines only.
  if (metric.value.unit === '条' && !/(线|路|河|湖|道|廊|网|渠|航线)$/.test(metric.name)) return false;
  // 输出345亿度、增长32%: a value whose unit was not read ran into the name.
  if (/\d[\u4e00-\u9fa5]{0,3}、/.test(metric.name)) return false;
  return (
    quotes &&
    // 第 marks a rank (居全省第3位), not the first, second and third industries (第一产业增加值: 和政 2022).
    !/(第(?![一二三]产业)|排名|位居|居全|前列|以下|批次|次会议)/.test(metric.name) &&
    !/^(经|对|按|通过|围绕|实施|开展|推进|加快|完成|实现)$/.test(metric.name) &&
    !/^(经|对|按|通过|围绕)/.test(metric.name)
  );
}

/**
 * A change measured from a stated year (2020年地区生产总值…比2015年增长37.8%: 南宁 2021; 较2015年增长180.4%: 芜湖 2021) is
 * a result of its year over that base, not a yearly change: its base year is kept (rule `stated-base-year`).
 */
const BASE_YEAR = /[比较]((?:19|20)\d{2})\s?年(?:末|底)?(?:同期)?(?:分别)?(?:增长|下降|降低|减少|提高|提升|增加|上涨|回落)[了约近]?$/;

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

/** The year a review heading names (一、2024年工作回顾, 一、回顾2022年政府工作), from the innermost heading out. */
function reviewedYearOf(path: readonly string[]): number | null {
  for (let i = path.length - 1; i >= 0; i--) {
    if (!REVIEW_SECTION.test(path[i])) continue;
    const year = /((?:19|20)\d{2})年/.exec(path[i]);
    if (year) return Number(year[1]);
  }
  return null;
}
